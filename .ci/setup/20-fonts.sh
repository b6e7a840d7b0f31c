# The sheets print every script in the system's own fonts: DejaVu Sans, then Noto for
# Chinese, Japanese, Korean, Arabic and Hebrew, and Symbola for emoji (a colour emoji
# font is a bitmap that a PDF font cannot carry). fontconfig finds them; poppler-utils
# reads the PDFs back in the tests.
apt_install fontconfig fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-symbola poppler-utils
