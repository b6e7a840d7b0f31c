#!/usr/bin/env bash
# The double-clickable app, built from this clone with `make app` and tried as a person
# would use it: the Linux tarball is unpacked in a folder of its own and its program,
# not the source tree, runs everything below.
#
# - The window opens on an X server (Xvfb, Qt's xcb platform) on a workshop file the
#   first version saved, so the migrations inside the app upgrade it; the screen read
#   back from the server shows the window painted.
# - `create`, `list`, `export` (every PDF read back: pages, a sheet's title, the team's
#   name, the paper size), `export --blank`, `import-table` (an XLSX workbook with
#   German headers), `export-okrs` (Markdown in German, CSV, HTML), `export-json`,
#   `import-json` and `vote-room` (the phone page served) do their work.
# - The tarball's launcher and add-to-menu script work from the unpacked folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
source=$PWD
source .ci/window-paints.sh
work=$(mktemp -d)
vote_room=""
cleanup() {
  if [ -n "$vote_room" ]; then kill "$vote_room" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/home" "$work/data" "$work/config"
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
fail() {
  echo "built app: $*" >&2
  exit 1
}

started=$SECONDS
make app
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
tarball="dist/okr-workshop-$version-linux-$(uname -m).tar.gz"
[ -f "$tarball" ] || fail "make app wrote no $tarball"
echo "built the app in $((SECONDS - started)) s: $(du -sh dist/okr-workshop | cut -f1) folder," \
  "$(du -h "$tarball" | cut -f1) tarball"

tar -C "$work" -xzf "$tarball"
folder="$work/okr-workshop-$version-linux-$(uname -m)"
app="$folder/okr-workshop"
for name in okr-workshop add-to-menu okr-workshop.desktop okr-workshop.svg README.txt \
  app/okr-workshop; do
  [ -e "$folder/$name" ] || fail "the tarball has no $name"
done
# Away from the source tree, so nothing can be read from it.
cd "$work"

revision() {
  python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    "SELECT version_num FROM alembic_version").fetchone()[0])' "$1"
}

# A new file is made at the newest revision.
"$app" create --db "$work/room.sqlite" --team "R&D <team> 研发 🚀" --cycle "Q1 2027" \
  --participant "Ana:facilitator" --participant "Bo" >/dev/null
newest=$(revision "$work/room.sqlite")

# The window, on the first version's file.
cp "$source/tests/workshop/fixtures/0001_initial.sqlite" "$work/field.sqlite"
open_window "$work/screen.png" "$app" --db "$work/field.sqlite"
[ "$(revision "$work/field.sqlite")" = "$newest" ] ||
  fail "the window did not upgrade the file to $newest"
[ -f "$work/field.before-upgrade-from-0001_initial.sqlite" ] ||
  fail "the window upgraded the file without keeping a copy of it"
check_painted "$source/.venv/bin/python" "$work/screen.png" "the built app"

listed=$("$app" list --db "$work/field.sqlite")
grep -q "Field Support" <<<"$listed" || fail "list does not show the workshop in the file"

# Every sheet of both workshops, and the blank ones on US Letter: each PDF has pages
# on the paper asked for, carries one of the sheets' titles, and every title is there.
TITLES=("OKR facilitation sheet" "OKR drafting card" "Embedding OKR worksheet" "OKR story"
  "OKR confidence scoring" "Weekly check-in" "Cycle review" "Workshop summary" "Ballot 1 of")
check_pdfs() { # folder, page size, the list of files export printed, text every sheet holds
  local pdf pages text title matched count=0 found=()
  while IFS= read -r pdf; do
    [ -f "$pdf" ] || fail "export printed $pdf but wrote no such file"
    case "$pdf" in "$1"/*.pdf) ;; *) fail "export wrote $pdf outside $1" ;; esac
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    [ "${pages:-0}" -gt 0 ] || fail "$pdf has no pages"
    pdfinfo "$pdf" | grep -q "^Page size: *$2" || fail "$pdf is not on $2 paper"
    text=$(pdftotext "$pdf" -)
    [ -z "${4:-}" ] || grep -qF -- "$4" <<<"$text" || fail "$pdf does not read \"$4\""
    matched=""
    for title in "${TITLES[@]}"; do
      if grep -qF -- "$title" <<<"$text"; then found+=("$title") matched=1; fi
    done
    [ -n "$matched" ] || fail "$pdf carries none of the sheets' titles"
    count=$((count + 1))
  done <"$3"
  for title in "${TITLES[@]}"; do
    printf '%s\n' "${found[@]}" | grep -qxF -- "$title" || fail "no sheet in $1 reads \"$title\""
  done
  echo "$count sheets in ${1##*/}, every kind there${4:+, each reading \"$4\"}"
}
A4="595.276 x 841.89"
LETTER="612 x 792"
mkdir "$work/field-sheets" "$work/room-sheets" "$work/blank-sheets"
"$app" export --db "$work/field.sqlite" --workshop 1 --paper a4 --out "$work/field-sheets" \
  >"$work/field-sheets.txt"
check_pdfs "$work/field-sheets" "$A4" "$work/field-sheets.txt" "Field Support"
"$app" export --db "$work/room.sqlite" --workshop 1 --paper a4 --out "$work/room-sheets" \
  >"$work/room-sheets.txt"
check_pdfs "$work/room-sheets" "$A4" "$work/room-sheets.txt" "R&D <team> 研发 🚀"
"$app" export --blank --paper letter --out "$work/blank-sheets" >"$work/blank-sheets.txt"
check_pdfs "$work/blank-sheets" "$LETTER" "$work/blank-sheets.txt"

# Key results from a spreadsheet with German headers, then the OKRs for a wiki (in
# German), a tracker and a web page.
"$source/.venv/bin/python" - "$work/krs.xlsx" <<'PY'
import sys

from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.append(["Ziel", "Schlüsselergebnis", "Ausgangswert", "Zielwert", "Einheit"])
sheet.append(["Kunden warten nie zweimal", "Wiederholte Einsätze", "12,5 %", "5 %", ""])
sheet.append(["", "Antwortzeit in Stunden", 48, 8, "h"])
book.save(sys.argv[1])
PY
"$app" import-table --db "$work/room.sqlite" --workshop 1 --as key-results "$work/krs.xlsx" \
  >/dev/null
for format in markdown csv html; do
  language=$([ "$format" = markdown ] && echo de || echo en)
  written=$("$app" export-okrs --db "$work/room.sqlite" --workshop 1 --format "$format" \
    --language "$language" --out "$work")
  [ -f "$written" ] || fail "export-okrs --format $format wrote no file"
  for text in "Kunden warten nie zweimal" "Antwortzeit in Stunden"; do
    grep -qF "$text" "$written" || fail "$written does not hold \"$text\""
  done
done
grep -qF "| Von | Auf |" "$work"/*.md || fail "the Markdown OKRs are not in German"
echo "import-table read the workbook; export-okrs wrote Markdown (German), CSV and HTML"

# The new workshop through JSON, with a vote on two post-its added by hand, imported
# back; then the phones' page served for that vote.
"$app" export-json --db "$work/room.sqlite" --workshop 1 --out "$work/room.json" >/dev/null
python3 - "$work/room.json" <<'PY'
import json
import sys

document = json.load(open(sys.argv[1], encoding="utf-8"))
post_it = {"kind": "objective", "author_id": None, "colour": "yellow", "cluster_id": None,
           "origin_retro_item_id": None, "origin_past_key_result_id": None}
document["cards"] = [
    {**post_it, "id": 1, "position": 0, "text": "Ship the 研发 kit in a week 🚀"},
    {**post_it, "id": 2, "position": 1, "text": "R&D <team> answers within a day"},
]
document["voting_rounds"] = [{
    "id": 1, "subject": "objectives", "objective_id": None, "title": "", "votes_per_person": 3,
    "max_per_option": 2, "secret": True, "status": "open", "counting": "dots",
    "cut_line": None, "runoff_of_id": None, "created_at": "2027-01-04T09:30:00",
}]
document["round_options"] = [
    {"id": card, "round_id": 1, "position": card - 1, "card_id": card, "key_result_id": None,
     "manual_count": None, "tie_break_rank": None, "tie_break_by": ""}
    for card in (1, 2)
]
json.dump(document, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
imported=$("$app" import-json --db "$work/room.sqlite" "$work/room.json" |
  sed -n 's/^Imported workshop \([0-9]*\) .*/\1/p')
[ "$imported" = 2 ] || fail "import-json did not add the workshop as workshop 2"
round=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
  "SELECT id FROM voting_round WHERE workshop_id = 2 AND status = ?", ("open",)).fetchone()[0])' \
  "$work/room.sqlite")
mkfifo "$work/vote-room.out"
# Started with job control on, as from a terminal: a script's background job would
# ignore Ctrl+C (SIGINT).
set -m
"$app" vote-room --db "$work/room.sqlite" --workshop "$imported" --round "$round" \
  --host 127.0.0.1 >"$work/vote-room.out" &
vote_room=$!
set +m
# Held open to the end, so the server can go on printing after its first line.
exec 3<"$work/vote-room.out"
read -r -t 60 address <&3 || fail "vote-room printed no address"
python3 - "$address" <<'PY'
import sys
import urllib.request

address = sys.argv[1] if "://" in sys.argv[1] else f"http://{sys.argv[1]}"
page = urllib.request.urlopen(address, timeout=30).read().decode("utf-8")
if "<title>Vote · OKR Workshop</title>" not in page:
    sys.exit(f"built app: {address} does not serve the phones' page")
print(f"vote-room serves the phones' page at {address}")
PY
kill -INT "$vote_room"
wait "$vote_room" || fail "vote-room did not stop on Ctrl+C"
vote_room=""
exec 3<&-

# The tarball's own scripts.
"$folder/add-to-menu" >/dev/null
grep -qF "Exec=\"$folder/okr-workshop\"" "$XDG_DATA_HOME/applications/okr-workshop.desktop" ||
  fail "add-to-menu wrote no menu entry for $folder"
usage=$("$HOME/.local/bin/okr-workshop" --help)
grep -q "export" <<<"$usage" || fail "the menu's command does not run"
echo "the built app passed in $((SECONDS - started)) s"
