#!/usr/bin/env bash
# The UI and facilitation tests again, on another day and in another time zone, so a
# test that reads today's date or the real clock cannot pass by luck: faketime starts
# the clock at 23:58 on 28 February 2031 in UTC+14 (the first time zone to reach a
# date) and lets it run, so the run crosses midnight into March and the local date is
# a day ahead of UTC's. A child process a test starts goes on from its parent's time
# (FAKETIME_DONT_RESET) rather than from the start again, as on a real machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
# A POSIX zone, so the check needs no time zone database on the machine.
export TZ="KIR-14"
export FAKETIME_DONT_RESET=1
start="@2031-02-28 23:58:00"
shifted=$(faketime -f "$start" date +%Y-%m-%d)
if [ "$shifted" != "2031-02-28" ]; then
  echo "faketime did not move the clock (date says $shifted)" >&2
  exit 1
fi
faketime -f "$start" .venv/bin/python -m pytest tests/ui tests/facilitation -q -p no:cacheprovider
