# An X server without a screen (Xvfb) and the system libraries Qt's X11 plugin loads,
# for the check that opens the real window (.ci/checks/51-window-paints.sh). The
# libraries are the Debian column of ui/platform_check.py's PACKAGES: when one is
# missing, that check fails with the app's own message naming it.
apt_install xvfb xauth fonts-dejavu-core \
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
  libxcb-util1 libxcb-randr0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
  libxcb-xfixes0 libxcb-xkb1 libxcb1 libxkbcommon-x11-0 libxkbcommon0 libx11-xcb1 \
  libx11-6 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
