#!/usr/bin/env bash
# The real app, from the project's own install, opens its window on an X server
# (Xvfb, Qt's xcb platform, as on a Linux desktop), and the screen read back from
# the server shows it painted.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/window-paints.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/data" "$work/config"
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

# The app's own check first: it names any system library the window would miss.
problem=$(QT_QPA_PLATFORM=xcb .venv/bin/python -c \
  'from ui.platform_check import platform_problem; print(platform_problem({"QT_QPA_PLATFORM": "xcb"}))')
if [ -n "$problem" ]; then
  echo "$problem" >&2
  exit 1
fi

open_window "$work/screen.png" .venv/bin/okr-workshop --db "$work/smoke.sqlite"
check_painted .venv/bin/python "$work/screen.png" "the app"
