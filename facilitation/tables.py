"""Spreadsheets in: post-its, last cycle's scores or key results from a CSV or XLSX file.

``read_table`` turns a file into numbered rows of cells, whatever it is underneath:
CSV with any common delimiter, in UTF-8 (with or without a byte-order mark), UTF-16 or
Windows-1252, or an XLSX workbook read as values (a formula gives the value the
spreadsheet last calculated; nothing is ever run). What the file's name says does not
matter: an ".xlsx" that is really CSV is read as CSV.

``plan_table`` then finds the header row, matches its columns by name in English or
German (case, spaces and punctuation ignored) and checks every row through the rules
typing and the JSON import apply (``facilitation.imports``), so that a preview can
list what will be added and each bad row's problem before anything is written. The
plan is added as one action (``add_plan``): one transaction, one undo.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from facilitation import imports
from facilitation.engine import WorkshopEngine
from facilitation.engine.base import ParticipantView
from facilitation.engine.boards import NewCard
from facilitation.engine.okrs import NewKeyResult, NewObjective, ObjectiveView
from facilitation.engine.scoring import NewPastKeyResult, NewPastObjective, PastObjectiveView
from facilitation.engine.undo import Undo
from facilitation.rules import TEXT_LIMIT, Message, RuleError
from workshop import models

KINDS = {
    "postits": "Post-its",
    "last-cycle": "Last cycle's scores",
    "key-results": "Key results",
}
"""What a table can hold, as ``--as`` names it, with the words the window shows."""

MOST_ROWS = 2_000
"""Rows a table may have: far more than a board or a set of OKRs needs."""
MOST_BYTES = 32 * 1024 * 1024
HEADER_SEARCH = 10
"""Rows above the header (a title, a date) that are passed over."""
EMPTY_ROWS_END = 1_000
"""So many empty rows in a row end the table (sheets formatted far below their data)."""


class TableError(RuleError):
    """A file that cannot be read as a table, or has no column to import: one line."""


# ---------------------------------------------------------------- cells


@dataclass(frozen=True)
class Percent:
    """A number written with a percent sign (or formatted as one): ``value`` is 70 for 70 %."""

    value: float


@dataclass(frozen=True)
class SheetError:
    """A cell showing a spreadsheet error, such as #DIV/0!."""

    code: str


Cell = str | int | float | bool | dt.datetime | dt.date | dt.time | Percent | SheetError | None


@dataclass(frozen=True)
class Row:
    number: int
    """The row's number as the spreadsheet shows it (the header row counts)."""
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    name: str
    """The file's name, for messages."""
    rows: tuple[Row, ...]
    """Rows with something in them, in order."""
    decimal_comma: bool = False
    """Whether numbers written as text use a decimal comma (0,7), as the file mostly does."""


def _blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


# ---------------------------------------------------------------- reading


def read_table(path: str | Path) -> Table:
    """The rows of a CSV or XLSX file; TableError says in one line why it cannot be read."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as file:
            data = file.read(MOST_BYTES + 1)
    except OSError as error:
        raise TableError(
            "Cannot read {name}: {error}.", name=name, error=error.strerror or str(error)
        ) from None
    if len(data) > MOST_BYTES:
        raise TableError(
            "{name} is larger than {megabytes} MB: a table to import holds at most {rows:,} rows.",
            name=name,
            megabytes=MOST_BYTES // 2**20,
            rows=MOST_ROWS,
        )
    if not data.strip():
        raise TableError("{name} is empty.", name=name)
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(name, data)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(
            "{name} is an old Excel file (.xls): save it as .xlsx or .csv first.", name=name
        )
    return _read_csv(name, _decode(name, data))


def _decode(name: str, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    else:
        encodings = ("utf-8", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise TableError("{name} is not a table: save it as CSV (UTF-8) or XLSX.", name=name)


DELIMITERS = (",", ";", "\t", "|")
ONE_COLUMN = "\x1f"
"""The delimiter of a table of one column: a character no text holds."""


def _read_csv(name: str, text: str) -> Table:
    delimiter = _delimiter(text)
    rows: list[Row] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, cells in enumerate(reader, start=1):
            if any(not _blank(c) for c in cells):
                rows.append(Row(number, tuple(cells)))
                _check_length(name, rows)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise TableError(
                "{name}, line {line}: a cell holds more than {most:,} characters; "
                "a text takes at most {limit:,}.",
                name=name,
                line=reader.line_num,
                most=csv.field_size_limit(),
                limit=TEXT_LIMIT,
            ) from None
        raise TableError(
            "{name}, line {line}: {error}.", name=name, line=reader.line_num, error=str(error)
        ) from None
    values = (c for row in rows for c in row.cells if isinstance(c, str))
    return Table(name, tuple(rows), _uses_decimal_comma(values, default=delimiter == ";"))


def _delimiter(text: str) -> str:
    """The delimiter that splits a header line into the most column names we know (or,
    with none known, the first line into the most cells); one column when none splits it."""
    head = "\n".join(text.splitlines()[:HEADER_SEARCH])

    def fit(delimiter: str) -> tuple[int, int]:
        try:
            lines = [line for line in csv.reader(io.StringIO(head), delimiter=delimiter) if line]
        except csv.Error:
            return (0, 0)
        if not lines:
            return (0, 0)
        header = max(lines, key=lambda line: sum(header_key(c) in KNOWN_HEADERS for c in line))
        known = sum(header_key(c) in KNOWN_HEADERS for c in header)
        return (known, len(header) if known else len(lines[0]))

    fits = {d: fit(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: fits[d])
    return best if fits[best][1] > 1 else ONE_COLUMN


def _read_xlsx(name: str, data: bytes) -> Table:
    import openpyxl  # only when a workbook is read

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise TableError(
                    "{name} is an OpenDocument spreadsheet: save it as .xlsx or .csv first.",
                    name=name,
                )
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except TableError:
        raise
    except Exception:  # a damaged archive fails in many ways, all meaning the same
        raise TableError(
            "{name} is not a readable XLSX workbook: it may be damaged. "
            "Open it in your spreadsheet and save it again, or save it as CSV.",
            name=name,
        ) from None
    try:
        # The sheet shown on opening first, then the others; a chart sheet has no rows.
        found = [workbook.active, *workbook.worksheets]
        sheets = list(dict.fromkeys(s for s in found if hasattr(s, "iter_rows")))
        for sheet in sheets:
            rows = _sheet_rows(name, sheet)
            if any(_header_fields(row) for row in rows[:HEADER_SEARCH]) or sheet is sheets[-1]:
                values = (c for row in rows for c in row.cells if isinstance(c, str))
                return Table(name, tuple(rows), _uses_decimal_comma(values, default=False))
    except TableError:
        raise
    except Exception:
        raise TableError(
            "{name} is not a readable XLSX workbook: part of it is damaged. "
            "Open it in your spreadsheet and save it again, or save it as CSV.",
            name=name,
        ) from None
    finally:
        workbook.close()
    raise TableError("{name} has no sheet to read.", name=name)


def _sheet_rows(name: str, sheet: Any) -> list[Row]:
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some writers record a wrong size; read what is there
    rows: list[Row] = []
    empty_run = 0
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        values = tuple(_xlsx_cell(cell) for cell in cells)
        if all(_blank(v) for v in values):
            empty_run += 1
            if empty_run >= EMPTY_ROWS_END:
                break
            continue
        empty_run = 0
        rows.append(Row(number, values))
        _check_length(name, rows)
    return rows


def _xlsx_cell(cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "e":
        return SheetError(str(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "%" in str(getattr(cell, "number_format", "")):
            return Percent(round(value * 100, 9))
        return value
    if isinstance(value, str | bool | dt.datetime | dt.date | dt.time) or value is None:
        return value
    return str(value)


def _check_length(name: str, rows: list[Row]) -> None:
    if len(rows) > MOST_ROWS + 1:
        raise TableError(
            "{name} has more than {rows:,} rows: a table to import holds at most {rows:,}. "
            "Split it into smaller tables.",
            name=name,
            rows=MOST_ROWS,
        )


# ---------------------------------------------------------------- numbers

_GROUPED = re.compile(r"^\d{1,3}([.,]\d{3})+$")
_DIGITS = re.compile(r"^\d*\.?\d+$")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009'’")


def _uses_decimal_comma(values: Iterable[str], *, default: bool) -> bool:
    """Whether a file's numbers use a decimal comma: those that can only be read one way
    decide; "1,200" or "1.200" alone cannot, and then the file's kind decides."""
    comma = point = 0
    for value in values:
        text = value.strip().rstrip("%").strip().translate(_SPACES).lstrip("+-−")
        if not text or len(text) > 30 or not text[0].isdigit() or _GROUPED.match(text):
            continue
        if re.fullmatch(r"\d+(\.\d{3})*,\d+", text):
            comma += 1
        elif re.fullmatch(r"\d+(,\d{3})*\.\d+", text):
            point += 1
    return comma > point if comma != point else default


def parse_number(text: str, *, decimal_comma: bool = False) -> float | Percent:
    """A number as people write it: 0.7, 0,7, 1,200.5, 1.200,5, 12 000, -3, 70 %."""
    raw = text.strip()
    percent = raw.endswith("%") or raw.startswith("%")
    body = raw.strip("%").strip().translate(_SPACES).replace("−", "-")
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.lstrip("+-")
    if "," in body and "." in body:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
    elif body.count(",") == 1 and not (len(body.split(",")[1]) == 3 and not decimal_comma):
        decimal = ","
    elif body.count(".") == 1 and not (len(body.split(".")[1]) == 3 and decimal_comma):
        decimal = "."
    else:
        decimal = ""
    whole, _, fraction = body.rpartition(decimal) if decimal else (body, "", "")
    if (whole.count(",") + whole.count(".")) and not _GROUPED.match(whole):
        raise RuleError("“{raw}” is not a number: write it like 40, 12.5 or 12,5.", raw=_shown(raw))
    number = whole.replace(",", "").replace(".", "") + ("." + fraction if decimal else "")
    if not _DIGITS.match(number):
        raise RuleError("“{raw}” is not a number: write it like 40, 12.5 or 12,5.", raw=_shown(raw))
    value = sign * float(number)
    if not math.isfinite(value):
        raise RuleError("“{raw}” is too large a number.", raw=_shown(raw))
    return Percent(value) if percent else value


def _number(cell: Cell, header: str, decimal_comma: bool) -> float | Percent | None:
    if _blank(cell):
        return None
    if isinstance(cell, SheetError):
        raise RuleError(
            "“{header}” shows the spreadsheet error {code}.", header=header, code=cell.code
        )
    if isinstance(cell, bool):
        raise RuleError("“{header}” holds {value}, not a number.", header=header, value=str(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        raise RuleError("“{header}” holds a date or time, not a number.", header=header)
    if isinstance(cell, Percent):
        return cell
    if isinstance(cell, int | float):
        if not math.isfinite(cell):
            raise RuleError("“{header}” holds no usable number.", header=header)
        return float(cell)
    try:
        return parse_number(str(cell), decimal_comma=decimal_comma)
    except RuleError as error:
        raise RuleError("“{header}”: {error}", header=header, error=error.message) from None


def _text(cell: Cell, header: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, SheetError):
        raise RuleError(
            "“{header}” shows the spreadsheet error {code}.", header=header, code=cell.code
        )
    if isinstance(cell, Percent):
        return f"{_number_text(cell.value)} %"
    if isinstance(cell, bool):
        return str(cell).upper()
    if isinstance(cell, int | float):
        return _number_text(float(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, dt.time):
        return cell.strftime("%H:%M")
    return cell


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.12g}"


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 30 else flat[:29] + "…"


# ---------------------------------------------------------------- columns


def header_key(text: Cell) -> str:
    """A header as compared: case, spaces, punctuation and umlaut spellings ignored."""
    if not isinstance(text, str):
        return ""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        folded = folded.replace(umlaut, spelled)
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass(frozen=True)
class Column:
    field: str
    names: tuple[str, ...]
    """English names first, then German; the first of each is the one messages use."""
    german: str

    @property
    def shown(self) -> str:
        return f"“{self.names[0]}” or “{self.german}”"


OBJECTIVE = Column("objective", ("Objective", "Objective text", "Ziel", "Zieltext"), "Ziel")
KEY_RESULT = Column(
    "key_result",
    ("Key result", "KR", "Key results", "Schlüsselergebnis", "Schlüsselergebnisse"),
    "Schlüsselergebnis",
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    "postits": (
        Column(
            "text",
            ("Post-it", "Idea", "Objective", "Text", "Card", "Idee", "Ziel", "Karte", "Notiz"),
            "Idee",
        ),
        Column("kind", ("Kind", "Type", "Art", "Typ"), "Art"),
        Column("colour", ("Colour", "Color", "Farbe"), "Farbe"),
        Column(
            "author",
            ("Author", "By", "From", "Name", "Participant", "Autor", "Von", "Teilnehmer"),
            "Autor",
        ),
    ),
    "last-cycle": (
        OBJECTIVE,
        KEY_RESULT,
        Column("score", ("Score", "Final score", "Grade", "Bewertung", "Punktzahl"), "Bewertung"),
        Column(
            "note",
            ("Note", "Notes", "Comment", "Notiz", "Notizen", "Kommentar", "Anmerkung"),
            "Notiz",
        ),
    ),
    "key-results": (
        OBJECTIVE,
        Column("why", ("Why it matters", "Why", "Warum es wichtig ist", "Warum"), "Warum"),
        KEY_RESULT,
        Column(
            "baseline",
            ("Baseline", "From", "Start", "Current", "Ausgangswert", "Startwert", "Von"),
            "Ausgangswert",
        ),
        Column("target", ("Target", "To", "Target value", "Zielwert", "Bis"), "Zielwert"),
        Column("unit", ("Unit", "Einheit"), "Einheit"),
        Column(
            "how_to_measure",
            ("How to measure", "Measurement", "Wie messen", "Messmethode", "Messung"),
            "Messmethode",
        ),
        Column("data_source", ("Data source", "Source", "Datenquelle", "Quelle"), "Datenquelle"),
        Column(
            "champion",
            (
                *("Champion", "KR champion", "Owner", "KR owner", "Responsible"),
                *("Verantwortlich", "Verantwortliche", "Verantwortlicher", "Zuständig"),
            ),
            "Verantwortlich",
        ),
    ),
}
REQUIRED = {"postits": "text", "last-cycle": "objective", "key-results": "key_result"}
KNOWN_HEADERS = {header_key(n) for columns in COLUMNS.values() for c in columns for n in c.names}

COLOUR_WORDS: dict[str, tuple[str, ...]] = {
    "yellow": ("yellow", "gelb"),
    "pink": ("pink", "rosa"),
    "blue": ("blue", "blau"),
    "green": ("green", "grün"),
    "orange": ("orange",),
    "purple": ("purple", "lila", "violet", "violett"),
}
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "objective": ("objective", "ziel", "o"),
    "key_result": ("key result", "schlüsselergebnis", "kr"),
}


def _words(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {header_key(word): value for value, words in table.items() for word in words}


def _header_fields(row: Row) -> set[str]:
    keys = {header_key(c) for c in row.cells}
    return {c.field for columns in COLUMNS.values() for c in columns if keys & _keys(c)}


def _keys(column: Column) -> set[str]:
    return {header_key(n) for n in column.names}


@dataclass(frozen=True)
class Header:
    row: int
    indexes: dict[str, int]
    """Each matched field's column index."""
    names: dict[str, str]
    """Each matched field's header, as the file writes it."""
    ignored: tuple[str, ...]


def find_header(table: Table, kind: str, *, needs: str | None = None) -> Header:
    """The header row of a table of this kind: the first (of the first few) that names
    the column the kind needs."""
    needed = needs or REQUIRED[kind]
    columns = COLUMNS[kind]
    for row in table.rows[:HEADER_SEARCH]:
        indexes: dict[str, int] = {}
        names: dict[str, str] = {}
        ignored: list[str] = []
        for index, cell in enumerate(row.cells):
            key = header_key(cell)
            column = next((c for c in columns if key in _keys(c)), None)
            if column is not None and column.field not in indexes:
                indexes[column.field] = index
                names[column.field] = str(cell).strip()
            elif not _blank(cell):
                ignored.append(_text(cell, "").strip())
        if needed in indexes:
            return Header(row.number, indexes, names, tuple(ignored))
    wanted = next(c for c in columns if c.field == needed)
    first = ", ".join(_shown(_text(c, "")) for c in table.rows[0].cells if not _blank(c))
    if not first:
        raise TableError(
            "{table} has no column called “{english}” or “{german}”: the first row names the "
            "columns (this one reads: nothing).",
            table=table.name,
            english=wanted.names[0],
            german=wanted.german,
        )
    raise TableError(
        "{table} has no column called “{english}” or “{german}”: the first row names the "
        "columns (this one reads: {first}).",
        table=table.name,
        english=wanted.names[0],
        german=wanted.german,
        first=first,
    )


def guess_kind(table: Table) -> str:
    """The kind a table most likely holds, from the columns its first rows name."""
    found = set().union(*(_header_fields(row) for row in table.rows[:HEADER_SEARCH]))
    if "score" in found:
        return "last-cycle"
    if found & {"baseline", "target", "unit", "how_to_measure", "data_source"}:
        return "key-results"
    if {"objective", "key_result"} <= found:
        return "key-results"
    return "postits"


# ---------------------------------------------------------------- plans


@dataclass(frozen=True)
class BadRow:
    row: int
    reason: Message

    def __str__(self) -> str:
        return f"Row {self.row}: {self.reason}"


@dataclass(frozen=True)
class TablePlan:
    """What a table adds, row by row, and what is wrong with the rows that cannot be added."""

    kind: str
    source: str
    headings: tuple[str, ...]
    preview: tuple[tuple[int, tuple[str, ...]], ...]
    """Each row to add: its number and what it shows under the headings."""
    bad_rows: tuple[BadRow, ...]
    ignored_columns: tuple[str, ...]
    cards: tuple[NewCard, ...] = ()
    past_objectives: tuple[NewPastObjective, ...] = ()
    objectives: tuple[NewObjective, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """What adding it adds, in a few words: "12 post-its", "2 objectives, 7 key results"."""
        parts = [
            f"{n} {what if n != 1 else what.rstrip('s')}" for what, n in self.counts.items() if n
        ]
        return ", ".join(parts) or "nothing"

    @property
    def problems(self) -> str:
        """The bad rows, one line each."""
        return "\n".join(str(bad) for bad in self.bad_rows)


class _Rows:
    """Reading one row's cells by field, each checked by the typing rules."""

    def __init__(self, table: Table, header: Header) -> None:
        self.table = table
        self.header = header

    def has(self, field_name: str) -> bool:
        return field_name in self.header.indexes

    def body(self) -> Iterator[Row]:
        return (row for row in self.table.rows if row.number > self.header.row)

    def cell(self, row: Row, field_name: str) -> Cell:
        index = self.header.indexes.get(field_name)
        return None if index is None else row.cell(index)

    def name(self, field_name: str) -> str:
        return self.header.names.get(field_name, field_name)

    def text(
        self, row: Row, field_name: str, section: str, column: str, *, required: bool = False
    ) -> str:
        header = self.name(field_name)
        value = _text(self.cell(row, field_name), header)
        if not value.strip():
            if required:
                raise RuleError("“{header}” is empty.", header=header)
            return ""
        rule = imports.rule_for(section, _column(section, column))
        try:
            return str(value if rule is None else rule(value))
        except RuleError as error:
            said = error.message
            if said.values.get("what") != imports.THIS_FIELD:
                raise
            raise RuleError(said.template, **{**said.values, "what": f"“{header}”"}) from None

    def number(self, row: Row, field_name: str) -> float | Percent | None:
        return _number(self.cell(row, field_name), self.name(field_name), self.table.decimal_comma)

    def word(self, row: Row, field_name: str, words: dict[str, tuple[str, ...]]) -> str | None:
        cell = self.cell(row, field_name)
        if _blank(cell):
            return None
        found = _words(words).get(header_key(_text(cell, "")))
        if found is None:
            allowed = ", ".join("/".join(dict.fromkeys(w[:2])) for w in words.values())
            raise RuleError(
                "“{value}” in “{header}” is not one of: {allowed}.",
                value=_shown(_text(cell, "")),
                header=self.name(field_name),
                allowed=allowed,
            )
        return found


_MODELS: dict[str, type[models.Base]] = {
    "cards": models.Card,
    "past_objectives": models.PastObjective,
    "past_key_results": models.PastKeyResult,
    "objectives": models.Objective,
    "key_results": models.KeyResult,
    "participants": models.Participant,
}


def _column(section: str, name: str) -> Any:
    return _MODELS[section].__table__.columns[name]


def _same(text: str) -> str:
    return " ".join(text.split()).casefold()


def plan_postits(table: Table, participants: Sequence[ParticipantView]) -> TablePlan:
    """Each row a post-it: its text, and optionally its kind, colour and author."""
    rows = _Rows(table, find_header(table, "postits"))
    people = {_same(p.name): p for p in participants}
    names = {p.id: p.name for p in participants}
    cards: list[NewCard] = []
    preview: list[tuple[int, tuple[str, ...]]] = []
    bad: list[BadRow] = []
    for row in rows.body():
        try:
            text = rows.text(row, "text", "cards", "text", required=True)
            kind = rows.word(row, "kind", KIND_WORDS) or "objective"
            colour = rows.word(row, "colour", COLOUR_WORDS) or "yellow"
            author = _participant(rows, row, "author", people)
        except RuleError as error:
            bad.append(BadRow(row.number, error.message))
            continue
        cards.append(NewCard(text, kind, colour, author))
        kind_words = "Objective" if kind == "objective" else "Key result"
        preview.append((row.number, (text, kind_words, colour, names.get(author or 0, ""))))
    return TablePlan(
        "postits",
        table.name,
        ("Post-it", "Kind", "Colour", "Author"),
        tuple(preview),
        tuple(bad),
        rows.header.ignored,
        cards=tuple(cards),
        counts={"post-its": len(cards)},
    )


class _Continued(RuleError):
    """A row under an objective whose own row has a problem."""


ObjectiveT = TypeVar("ObjectiveT")


class _ObjectiveAbove(Generic[ObjectiveT]):
    """The objective each row is for: the one its own cell names, or, where that cell
    is empty (a merged cell, say), the one of the row above."""

    def __init__(self, rows: _Rows, first: ObjectiveT | None = None) -> None:
        self.rows = rows
        self.current = first
        self.bad_row: int | None = None

    def of(self, row: Row, read: Callable[[Row, Cell], ObjectiveT]) -> ObjectiveT:
        """The objective of ``row``; ``read`` reads a filled cell, or refuses it."""
        cell = self.rows.cell(row, "objective")
        if _blank(cell):
            if self.bad_row is not None:
                raise _Continued(
                    "It belongs to the objective of row {row}, which has a problem.",
                    row=self.bad_row,
                )
            if self.current is None:
                raise RuleError("“{header}” is empty.", header=self.rows.name("objective"))
            return self.current
        self.bad_row = row.number
        self.current = read(row, cell)
        self.bad_row = None
        return self.current


def _okr_counts(objectives: Sequence[NewObjective] | Sequence[NewPastObjective]) -> dict[str, int]:
    """The objectives a plan adds (not those it adds key results to) and its key results."""
    return {
        "objectives": sum(o.existing_id is None for o in objectives),
        "key results": sum(len(o.key_results) for o in objectives),
    }


def plan_last_cycle(table: Table, existing: Sequence[PastObjectiveView]) -> TablePlan:
    """Rows of last cycle's objectives and key results with their scores; an empty
    objective cell (a merged cell, say) continues the objective above."""
    rows = _Rows(table, find_header(table, "last-cycle"))
    here = {_same(o.text): o for o in existing}
    planned: dict[str, tuple[str, int | None, list[NewPastKeyResult]]] = {}
    seen_krs: dict[tuple[str, str], Message] = {
        (_same(o.text), _same(kr.text)): Message("already here")
        for o in existing
        for kr in o.key_results
    }
    preview: list[tuple[int, tuple[str, ...]]] = []
    bad: list[BadRow] = []
    objectives_above = _ObjectiveAbove[str](rows)
    for row in rows.body():
        try:
            objective = objectives_above.of(
                row,
                lambda row, _cell: rows.text(
                    row, "objective", "past_objectives", "text", required=True
                ),
            )
            key = _same(objective)
            kr_text = (
                rows.text(row, "key_result", "past_key_results", "text")
                if rows.has("key_result")
                else ""
            )
            score = _score(rows.number(row, "score")) if rows.has("score") else None
            note = rows.text(row, "note", "past_key_results", "note") if rows.has("note") else ""
            if not kr_text:
                if score is not None:
                    raise RuleError(
                        "It has a score but no key result: fill in “{header}”.",
                        header=rows.name("key_result"),
                    )
                if key in here or key in planned:
                    raise RuleError(
                        "“{objective}” is already there, and this row adds no key result to it.",
                        objective=_shown(objective),
                    )
            elif (key, _same(kr_text)) in seen_krs:
                where = seen_krs[key, _same(kr_text)]
                raise RuleError(
                    "“{key_result}” is {where} under “{objective}”.",
                    key_result=_shown(kr_text),
                    where=where,
                    objective=_shown(objective),
                )
        except RuleError as error:
            bad.append(BadRow(row.number, error.message))
            continue
        if key not in planned:
            match = here.get(key)
            planned[key] = (objective, match.id if match else None, [])
        if kr_text:
            planned[key][2].append(NewPastKeyResult(kr_text, score, note))
            seen_krs[key, _same(kr_text)] = Message("already in row {row}", row=row.number)
        shown_objective = objective + ("" if planned[key][1] is not None else " (new)")
        preview.append(
            (row.number, (shown_objective, kr_text, "" if score is None else f"{score:.1f}", note))
        )
    objectives = tuple(
        NewPastObjective(text, tuple(krs), existing_id)
        for text, existing_id, krs in planned.values()
    )
    return TablePlan(
        "last-cycle",
        table.name,
        ("Objective", "Key result", "Score", "Note"),
        tuple(preview),
        tuple(bad),
        rows.header.ignored,
        past_objectives=objectives,
        counts=_okr_counts(objectives),
    )


def _score(value: float | Percent | None) -> float | None:
    if isinstance(value, Percent):
        value = value.value / 100
    rule = imports.FIELD_RULES["past_key_results", "score"]
    result: float | None = rule(value)
    return result


def plan_key_results(
    table: Table,
    objectives: Sequence[ObjectiveView],
    into: int | None = None,
    participants: Sequence[ParticipantView] = (),
) -> TablePlan:
    """Rows of key results, each under an objective named by its text or its number;
    a new text adds the objective. Without an objective column, or where its cell is
    empty in the first row, the key results go to objective ``into``. A champion is
    one of ``participants``, named as the team page writes them."""
    rows = _Rows(table, find_header(table, "key-results"))
    people = {_same(p.name): p for p in participants}
    names = {p.id: p.name for p in participants}
    live = [o for o in objectives if o.status != "dropped"]
    by_text = {_same(o.text): o for o in live}
    by_number = {o.number: o for o in live}
    planned: dict[str, tuple[NewObjective, list[NewKeyResult]]] = {}
    seen_krs: dict[tuple[str, str], Message] = {
        (_same(o.text), _same(kr.text)): Message("already a key result")
        for o in live
        for kr in o.key_results
    }
    preview: list[tuple[int, tuple[str, ...]]] = []
    bad: list[BadRow] = []
    fallback = next((o for o in live if o.id == into), None)
    objectives_above = _ObjectiveAbove[ObjectiveView | NewObjective](rows, fallback)
    if not rows.has("objective") and fallback is None:
        raise TableError(
            "{table} has no column called “{english}” or “{german}”: add one saying which "
            "objective each key result is for, by its text or its number.",
            table=table.name,
            english=OBJECTIVE.names[0],
            german=OBJECTIVE.german,
        )
    for row in rows.body():
        try:
            current = objectives_above.of(
                row, lambda row, cell: _objective_named(rows, row, cell, by_text, by_number)
            )
            key = _same(current.text)
            fields = _key_result_fields(rows, row, people)
            kr_key = (key, _same(fields.text))
            if kr_key in seen_krs:
                raise RuleError(
                    "“{key_result}” is {where} of “{objective}”.",
                    key_result=_shown(fields.text),
                    where=seen_krs[kr_key],
                    objective=_shown(current.text),
                )
        except RuleError as error:
            bad.append(BadRow(row.number, error.message))
            continue
        if key not in planned:
            target = (
                current
                if isinstance(current, NewObjective)
                else NewObjective(current.text, existing_id=current.id)
            )
            planned[key] = (target, [])
        planned[key][1].append(fields)
        seen_krs[kr_key] = Message("already in row {row} as a key result", row=row.number)
        objective_shown = (
            f"{current.text} (new)"
            if isinstance(current, NewObjective)
            else f"{current.number}. {current.text}"
        )
        shown = (
            objective_shown,
            fields.text,
            _shown_number(fields.baseline),
            _shown_number(fields.target),
            fields.unit,
            fields.how_to_measure,
            fields.data_source,
        )
        champion = (names.get(fields.champion_id or 0, ""),) if rows.has("champion") else ()
        preview.append((row.number, (*shown, *champion)))
    added = tuple(
        NewObjective(o.text, o.why_it_matters, tuple(krs), o.existing_id)
        for o, krs in planned.values()
    )
    return TablePlan(
        "key-results",
        table.name,
        (
            *("Objective", "Key result", "Baseline", "Target", "Unit", "How to measure"),
            *("Data source", *(("Champion",) if rows.has("champion") else ())),
        ),
        tuple(preview),
        tuple(bad),
        rows.header.ignored,
        objectives=added,
        counts=_okr_counts(added),
    )


def _objective_named(
    rows: _Rows,
    row: Row,
    cell: Cell,
    by_text: dict[str, ObjectiveView],
    by_number: dict[int, ObjectiveView],
) -> ObjectiveView | NewObjective:
    number = cell if isinstance(cell, int) and not isinstance(cell, bool) else None
    if isinstance(cell, float) and cell.is_integer():
        number = int(cell)
    if isinstance(cell, str) and cell.strip().isdigit() and len(cell.strip()) < 6:
        number = int(cell.strip())
    if number is not None:
        if number not in by_number:
            raise RuleError("There is no objective {number} in this workshop.", number=number)
        return by_number[number]
    text = rows.text(row, "objective", "objectives", "text", required=True)
    found = by_text.get(_same(text))
    if found is not None:
        return found
    why = rows.text(row, "why", "objectives", "why_it_matters") if rows.has("why") else ""
    return NewObjective(text, why)


def _key_result_fields(rows: _Rows, row: Row, people: dict[str, ParticipantView]) -> NewKeyResult:
    text = rows.text(row, "key_result", "key_results", "text", required=True)
    baseline = rows.number(row, "baseline") if rows.has("baseline") else None
    target = rows.number(row, "target") if rows.has("target") else None
    unit = rows.text(row, "unit", "key_results", "unit") if rows.has("unit") else ""
    if not unit and (isinstance(baseline, Percent) or isinstance(target, Percent)):
        unit = "%"

    def plain(value: float | Percent | None) -> float | None:
        return value.value if isinstance(value, Percent) else value

    def text_of(name: str) -> str:
        return rows.text(row, name, "key_results", name) if rows.has(name) else ""

    return NewKeyResult(
        text,
        plain(baseline),
        plain(target),
        unit,
        text_of("how_to_measure"),
        text_of("data_source"),
        _participant(rows, row, "champion", people),
    )


def _participant(
    rows: _Rows, row: Row, field_name: str, people: dict[str, ParticipantView]
) -> int | None:
    """The participant a cell names, ``None`` for an empty cell; a name not in the team
    is the row's problem, since a person is added on the team page, not by a table."""
    name = rows.text(row, field_name, "participants", "name") if rows.has(field_name) else ""
    if not name:
        return None
    person = people.get(_same(name))
    if person is None:
        raise RuleError(
            "“{name}” is not a participant of this workshop: add them to the team "
            "first, or clear the cell.",
            name=_shown(name),
        )
    return person.id


def _shown_number(value: float | None) -> str:
    return "" if value is None else _number_text(value)


# ---------------------------------------------------------------- with the engine


def plan_table(
    engine: WorkshopEngine, kind: str, table: Table, *, into_objective: int | None = None
) -> TablePlan:
    """The plan of adding this table to the engine's workshop as ``kind``."""
    if kind == "postits":
        return plan_postits(table, engine.boards.participants())
    if kind == "last-cycle":
        return plan_last_cycle(table, engine.scoring.past_objectives())
    if kind == "key-results":
        return plan_key_results(
            table, engine.okrs.objectives(), into_objective, engine.okrs.participants()
        )
    raise RuleError("A table holds one of: {kinds}.", kinds=", ".join(KINDS))


def add_plan(engine: WorkshopEngine, plan: TablePlan, *, skip_bad_rows: bool = False) -> Undo:
    """Add what the plan adds as one action; its Undo takes all of it back.

    With bad rows nothing is added, unless ``skip_bad_rows`` says to add the good ones.
    """
    if plan.bad_rows and not skip_bad_rows:
        rows = len(plan.bad_rows)
        if rows == 1:
            raise RuleError(
                "1 row of {source} has a problem: nothing was added.", source=plan.source
            )
        raise RuleError(
            "{count} rows of {source} have a problem: nothing was added.",
            count=rows,
            source=plan.source,
        )
    if not plan.preview:
        raise RuleError("{source} has no rows to add.", source=plan.source)
    adders: dict[str, Callable[[], Undo]] = {
        "postits": lambda: engine.boards.add_cards(plan.cards),
        "last-cycle": lambda: engine.scoring.add_past_okrs(plan.past_objectives),
        "key-results": lambda: engine.okrs.add_okrs(plan.objectives),
    }
    return adders[plan.kind]()
