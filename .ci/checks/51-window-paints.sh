#!/usr/bin/env bash
# The real app, from the project's own install, opens its window on an X server
# (Xvfb, Qt's xcb platform, as on a Linux desktop), and the screen read back from
# the server shows it painted.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/data" "$work/config"
export QT_QPA_PLATFORM=xcb HOME="$work/home" XDG_DATA_HOME="$work/data" \
  XDG_CONFIG_HOME="$work/config"

# The app's own check first: it names any system library the window would miss.
problem=$(.venv/bin/python -c \
  'from ui.platform_check import platform_problem; print(platform_problem({"QT_QPA_PLATFORM": "xcb"}))')
if [ -n "$problem" ]; then
  echo "$problem" >&2
  exit 1
fi

OKR_WORKSHOP_SCREEN_GRAB="$work/screen.png" timeout 120 \
  xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/okr-workshop --db "$work/smoke.sqlite"

QT_QPA_PLATFORM=offscreen .venv/bin/python - "$work/screen.png" <<'PY'
import sys

from PySide6.QtGui import QGuiApplication, QImage

app = QGuiApplication([])
image = QImage(sys.argv[1])
if image.isNull():
    sys.exit("the app wrote no picture of the screen")
colours = {
    image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
}
# An empty X screen is one colour; the window's text, fields and buttons are many.
if len(colours) < 20:
    sys.exit(f"the screen shows {len(colours)} colours: the window did not paint")
print(f"the window painted: {image.width()}x{image.height()}, {len(colours)} colours")
PY
