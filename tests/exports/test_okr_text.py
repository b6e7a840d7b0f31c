"""The OKRs as Markdown and CSV, read back by the tools they are for."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token

from exports.errors import ExportError
from exports.okr_text import export_okrs, okr_file, okr_file_name
from exports.okr_text.content import one_line
from tests.exports.okr_text_samples import HOSTILE, HOSTILE_NAMES, PLAIN
from tests.hostile import HOSTILE_STRINGS
from tests.workshop.samples import build_full_workshop
from workshop.snapshot import WorkshopSnapshot, load_snapshot
from workshop.store import Store


def markdown_tokens(snapshot: WorkshopSnapshot, language: str = "en") -> list[Token]:
    """The file as a wiki's CommonMark parser with GitHub tables reads it."""
    text = okr_file(snapshot, "markdown", language).decode("utf-8")
    return MarkdownIt("commonmark").enable("table").parse(text)


def shown(token: Token) -> str:
    """What a reader sees of an inline token: its text, its breaks as spaces."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def blocks(tokens: list[Token], opening: str) -> list[str]:
    """The text inside every block that ``opening`` starts (a heading, a cell, an item)."""
    found = []
    for index, token in enumerate(tokens):
        if token.type == opening:
            following = tokens[index + 1 :]
            inline = next(t for t in following if t.type == "inline")
            found.append(shown(inline))
    return found


def headings(tokens: list[Token], level: str) -> list[str]:
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == level:
            found.append(shown(tokens[index + 1]))
    return found


def table_rows(tokens: list[Token]) -> list[list[str]]:
    """Every row of every table (headings included), cell by cell."""
    rows: list[list[str]] = []
    in_row = False
    for token in tokens:
        if token.type == "tr_open":
            rows.append([])
            in_row = True
        elif token.type == "tr_close":
            in_row = False
        elif token.type == "inline" and in_row:
            rows[-1].append(shown(token))
    return rows


def read_csv(
    snapshot: WorkshopSnapshot, language: str = "en"
) -> tuple[bytes, list[dict[str, str]]]:
    data = okr_file(snapshot, "csv", language)
    delimiter = ";" if language == "de" else ","
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    return data, rows


# ------------------------------------------------------------------ Markdown


def test_markdown_has_the_objectives_in_rank_order_with_their_key_results() -> None:
    tokens = markdown_tokens(PLAIN)
    assert headings(tokens, "h1") == ["OKRs: Field Support, Q1 2027"]
    assert headings(tokens, "h2") == [
        "Objective 1: Customers never need a second visit",
        "Objective 2: Engineers carry the right parts",
        "Objective 3: Nobody wrote this one down",
        "Communications plan",
    ]
    paragraphs = blocks(tokens, "paragraph_open")
    assert "Why it matters: Every repeat visit costs a day of someone's work" in paragraphs
    assert "Supports: Customers never need a second visit" in paragraphs
    assert "No key results yet." in paragraphs
    rows = table_rows(tokens)
    heading = ["No.", "Key result", "From", "To", "Unit", "Champion"]
    assert rows[:3] == [
        heading,
        ["1.1", "Repeat visits fall", "12.5", "5", "%", "Bo"],
        ["1.2", "First-visit fixes rise", "1200", "1500", "fixes", ""],
    ]
    # Only the key result the vote kept: the candidate it left out is not in the wiki.
    assert rows[3:5] == [heading, ["2.1", "Vans leave with a full kit", "70", "95", "%", ""]]
    assert rows[5:] == [
        ["Audience", "Message", "Channel", "When", "Owner"],
        ["Dispatch", "Our OKRs", "Stand-up", "Week 1", "Ana"],
    ]
    assert blocks(tokens, "list_item_open") == [
        "1.1 Van stock check (Must have, owner: Bo)",
        "1.1 Photo of the fault (Could have)",
    ]


def test_markdown_shows_hostile_text_as_typed_and_never_as_markup() -> None:
    tokens = markdown_tokens(HOSTILE)
    kinds = {token.type for token in tokens} | {
        child.type for token in tokens for child in token.children or []
    }
    # Nothing typed became a link, an image, raw HTML, emphasis, code or a quote.
    assert kinds.isdisjoint(
        {"link_open", "image", "html_inline", "html_block", "em_open", "code_inline", "s_open"}
        | {"blockquote_open", "code_block", "fence", "ordered_list_open"}
    )
    # One list item per initiative: no typed "-" or "1." started a list of its own.
    assert blocks(tokens, "list_item_open") == [
        one_line(f"{n}.1 {HOSTILE_STRINGS[name]} (Should have)")
        for n, name in enumerate(HOSTILE_NAMES, 1)
    ]
    assert headings(tokens, "h1") == [one_line(f"OKRs: {HOSTILE_STRINGS['markup']}, Q1 2027")]
    assert headings(tokens, "h2")[:-1] == [
        one_line(f"Objective {n}: {name}: {HOSTILE_STRINGS[name]}")
        for n, name in enumerate(HOSTILE_NAMES, 1)
    ]
    rows = table_rows(tokens)
    key_result_rows = [row for row in rows if row[0].count(".") == 1 and row[0][0].isdigit()]
    assert [row[1] for row in key_result_rows] == [
        one_line(HOSTILE_STRINGS[name]) for name in HOSTILE_NAMES
    ]
    # A pipe in a cell stays in its cell: every row has the six columns.
    assert all(len(row) == 6 for row in rows if row[0] != "Audience" and len(row) != 5)
    assert ["=1+2", "| a | b |", "[x](y)", "-3", ""] in rows
    # The leading # of a hashtag-like value never makes a heading of its own.
    assert all(
        h.startswith(("OKRs", "Objective", "Initiatives", "Comm"))
        for h in headings(tokens, "h2") + headings(tokens, "h3")
    )


def test_markdown_in_german() -> None:
    tokens = markdown_tokens(PLAIN, "de")
    assert headings(tokens, "h2")[0] == "Objective 1: Customers never need a second visit"
    assert headings(tokens, "h2")[-1] == "Kommunikationsplan"
    rows = table_rows(tokens)
    assert rows[0] == ["Nr.", "Key Result", "Von", "Auf", "Einheit", "Champion"]
    assert rows[1] == ["1.1", "Repeat visits fall", "12,5", "5", "%", "Bo"]
    paragraphs = blocks(tokens, "paragraph_open")
    assert "Warum es wichtig ist: Every repeat visit costs a day of someone's work" in paragraphs
    assert "Noch keine Key Results." in paragraphs
    assert "1.1 Van stock check (Muss, verantwortlich: Bo)" in blocks(tokens, "list_item_open")


# ------------------------------------------------------------------ CSV


def test_csv_has_a_header_and_one_row_per_key_result() -> None:
    data, rows = read_csv(PLAIN)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: spreadsheets read UTF-8
    header = data.decode("utf-8-sig").splitlines()[0].split(",")
    assert {"objective", "key_result", "baseline", "target", "unit", "champion"} <= set(header)
    assert [(r["number"], r["objective"], r["key_result"]) for r in rows] == [
        ("1.1", "Customers never need a second visit", "Repeat visits fall"),
        ("1.2", "Customers never need a second visit", "First-visit fixes rise"),
        ("2.1", "Engineers carry the right parts", "Vans leave with a full kit"),
        ("", "Nobody wrote this one down", ""),
    ]
    first = rows[0]
    assert (first["baseline"], first["target"], first["unit"], first["champion"]) == (
        "12.5",
        "5",
        "%",
        "Bo",
    )
    assert first["data_source"] == "Dispatch reports"
    assert (
        first["initiatives"]
        == "Van stock check (Must have, owner: Bo); Photo of the fault (Could have)"
    )
    assert rows[1]["baseline"] == "1200"  # no thousands separator for a spreadsheet to misread


def test_csv_neutralises_formulas_and_keeps_every_character() -> None:
    _, rows = read_csv(HOSTILE)
    assert len(rows) == len(HOSTILE_NAMES)
    for row, name in zip(rows, HOSTILE_NAMES, strict=True):
        # A carriage return is a line break; other control characters are dropped.
        text = HOSTILE_STRINGS[name].replace("\r", "\n")
        kept = "".join(c for c in text if c in "\t\n" or (ord(c) >= 32 and ord(c) != 127))
        kept = kept.strip()
        assert row["key_result"] in (kept, "'" + kept)
        assert row["team"] == HOSTILE_STRINGS["markup"]
    for row in rows:
        for column, value in row.items():
            if column not in ("baseline", "target"):
                assert not value.startswith(("=", "+", "-", "@")), (column, value)
    assert rows[0]["baseline"] == "-5"  # a number is a number, not a formula


def test_csv_formula_starts_get_an_apostrophe() -> None:
    objective = PLAIN.objectives[1]
    kr = objective.key_results[0]
    hostile = WorkshopSnapshot(
        team="@team",
        objectives=(
            type(objective)(
                text='=HYPERLINK("http://x")',
                key_results=(
                    type(kr)(text="+1 customers", unit="-", champion="=cmd|' /C calc'!A0"),
                ),
            ),
        ),
    )
    _, rows = read_csv(hostile)
    assert rows[0]["team"] == "'@team"
    assert rows[0]["objective"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["key_result"] == "'+1 customers"
    assert rows[0]["unit"] == "'-"
    assert rows[0]["champion"] == "'=cmd|' /C calc'!A0"


def test_csv_in_german_uses_semicolons_and_decimal_commas() -> None:
    data, rows = read_csv(PLAIN, "de")
    assert data.decode("utf-8-sig").splitlines()[0].startswith("team;cycle;objective_number;")
    assert rows[0]["baseline"] == "12,5"
    assert rows[0]["initiatives"].startswith("Van stock check (Muss, verantwortlich: Bo)")


# ------------------------------------------------------------------ files


def test_writing_a_file_and_into_a_folder(tmp_path: Path) -> None:
    target = export_okrs(PLAIN, "markdown", tmp_path / "okrs.md")
    assert target == tmp_path / "okrs.md"
    assert target.read_text("utf-8").startswith("# OKRs: Field Support, Q1 2027")
    into_folder = export_okrs(PLAIN, "csv", tmp_path)
    assert into_folder.name == "Field Support - OKRs Q1 2027.csv"
    assert okr_file_name(HOSTILE, "html").endswith(".html")
    assert "/" not in okr_file_name(HOSTILE, "html")


def test_a_missing_folder_or_format_is_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_okrs(PLAIN, "html", tmp_path / "nowhere" / "okrs.html")
    with pytest.raises(ExportError, match="The formats are: markdown, csv, html"):
        okr_file(PLAIN, "docx")


def test_a_stored_workshop_exports_in_every_format(store: Store) -> None:
    snapshot = load_snapshot(store, build_full_workshop(store))
    tokens = markdown_tokens(snapshot)
    assert "Objective 1: Customers never need a second visit" in headings(tokens, "h2")
    _, rows = read_csv(snapshot)
    assert rows[0]["key_result"] == "Repeat visits fall from 12% to 5%"
    assert b"<h1" in okr_file(snapshot, "html")
