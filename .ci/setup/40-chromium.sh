# The phone page's tests (tests/web) open it in Debian's Chromium, driven by the
# playwright package from pyproject.toml (no browser download: it uses this one).
apt_install chromium chromium-driver fonts-noto-core fonts-noto-color-emoji fonts-noto-cjk
export OKR_CHROMIUM=/usr/bin/chromium
