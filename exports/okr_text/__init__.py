"""The final OKRs as text files for the tools a company already has.

Markdown for a wiki (Confluence, Notion, a Git wiki), CSV for a tracker's import
(Jira) or a spreadsheet, and a standalone HTML page to share or print. All three
are built from the workshop snapshot and written in the chosen language; no Qt,
no PDF library.
"""

from __future__ import annotations

from pathlib import Path

from exports.errors import ExportError
from exports.filenames import safe_file_name
from exports.language import speaking, t
from exports.names import OKR_FORMATS
from exports.okr_text.markdown import okr_markdown
from exports.okr_text.page import okr_html
from exports.okr_text.spreadsheet import okr_csv
from exports.writer import check_folder, write_atomically
from workshop.snapshot import WorkshopSnapshot

FORMATS = dict(zip(OKR_FORMATS, (".md", ".csv", ".html"), strict=True))


def format_named(name: str) -> str:
    key = name.strip().lower()
    if key in ("md", "markdown"):
        return "markdown"
    if key not in FORMATS:
        raise ExportError(
            "There is no OKR file format called {name}. The formats are: {formats}.",
            name=repr(name),
            formats=", ".join(FORMATS),
        )
    return key


def okr_file(snapshot: WorkshopSnapshot, format_name: str, language: str = "en") -> bytes:
    """The file's bytes: UTF-8 (with a byte order mark for CSV, for spreadsheets)."""
    chosen = format_named(format_name)
    with speaking(language):
        if chosen == "markdown":
            return okr_markdown(snapshot).encode("utf-8")
        if chosen == "csv":
            return okr_csv(snapshot).encode("utf-8-sig")
        return okr_html(snapshot).encode("utf-8")


def okr_file_name(snapshot: WorkshopSnapshot, format_name: str, language: str = "en") -> str:
    """ "Field Support - OKRs Q1 2027.md", safe on every system."""
    with speaking(language):
        stem = " - ".join(p for p in (snapshot.team.strip(), t("OKRs")) if p)
    cycle = " ".join(snapshot.cycle_label.split())
    return safe_file_name(
        f"{stem} {cycle}".strip(), FORMATS[format_named(format_name)], fallback="OKRs"
    )


def export_okrs(
    snapshot: WorkshopSnapshot, format_name: str, out: str | Path, language: str = "en"
) -> Path:
    """Write the OKR file to ``out`` (a file, or a folder to put it in); returns its path."""
    target = Path(out).expanduser()
    if target.is_dir():
        target = target / okr_file_name(snapshot, format_name, language)
    check_folder(target.parent)
    data = okr_file(snapshot, format_name, language)
    write_atomically(target, data)
    return target
