# Sourced by the checks that open the real window on an X server and read the screen back.
# Not a check itself: .ci/run runs only .ci/checks/*.sh.

# open_window SCREEN_PNG PROGRAM [ARG ...]: runs the program under Xvfb (1280x720, Qt's
# xcb platform, as on a Linux desktop); once its window has painted, the app saves what
# the X server shows to SCREEN_PNG and quits.
open_window() {
  local screen=$1
  shift
  QT_QPA_PLATFORM=xcb OKR_WORKSHOP_SCREEN_GRAB="$screen" timeout 120 \
    xvfb-run -a -s "-screen 0 1280x720x24" "$@"
}

# check_painted PYTHON SCREEN_PNG WHO: fails, naming WHO ("the app", "the built app"),
# unless the picture of the screen shows a painted window.
check_painted() {
  QT_QPA_PLATFORM=offscreen "$1" - "$2" "$3" <<'PY'
import sys

from PySide6.QtGui import QGuiApplication, QImage

app = QGuiApplication([])
image, who = QImage(sys.argv[1]), sys.argv[2]
if image.isNull():
    sys.exit(f"{who} wrote no picture of the screen")
colours = {
    image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
}
# An empty X screen is one colour; the window's text, fields and buttons are many.
if len(colours) < 20:
    sys.exit(f"{who}: the screen shows {len(colours)} colours: the window did not paint")
print(f"{who}'s window painted: {image.width()}x{image.height()}, {len(colours)} colours")
PY
}
