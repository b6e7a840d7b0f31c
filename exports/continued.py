"""Text too long for its box continues at the end of the sheet.

A table cell whose content would stand taller than ``LONGEST_CELL`` keeps what fits,
says where the rest is, and the rest is printed after the sheet's own content under a
numbered note that repeats the row's and the column's labels. So a sheet keeps its
shape whatever the room typed, and a long text is cut once and then flows from page
to page like any paragraph: laying it out takes time in step with its length.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from exports.bidi import BidiParagraph
from exports.language import t
from exports.table import SheetTable

# The tallest a cell may be before its text continues at the end (about 13 lines).
LONGEST_CELL = 150.0
# Cells with less text than this are not measured at all: they always fit.
QUICK_LENGTH = 320
# The header's fields (team, cycle, objective) keep to about three lines.
LONGEST_HEADER_FIELD = 36.0
# Room taken by a cell's padding on both sides, at most.
CELL_INSET = 10.0
LABEL_CHARS = 70

# (text, style name) -> a paragraph of user text.
MakePara = Callable[[str, str], Paragraph]


@dataclass
class Note:
    number: int
    label: str
    content: list[Flowable] = field(default_factory=list)


def continue_long_cells(story: list[Flowable], para: MakePara) -> list[Flowable]:
    """``story`` with over-long cells cut short, and their rest as notes at the end."""
    notes: list[Note] = []
    for flowable in story:
        _visit(flowable, notes, para)
    if not notes:
        return story
    tail: list[Flowable] = [Spacer(1, 10), para(t("Continued from above"), "heading")]
    for note in notes:
        tail.append(para(f"{note.number}. {note.label}", "label"))
        tail.extend(note.content)
        tail.append(Spacer(1, 6))
    return [*story, *tail]


def _visit(flowable: Flowable, notes: list[Note], para: MakePara) -> None:
    if isinstance(flowable, KeepTogether):
        for inner in flowable._content:
            _visit(inner, notes, para)
    elif isinstance(flowable, Table):
        _visit_table(flowable, notes, para)


def _visit_table(table: Table, notes: list[Note], para: MakePara) -> None:
    before = len(notes)
    _cut_cells(table, notes, para)
    if len(notes) > before and isinstance(table, SheetTable):
        table.changed()  # a cell of it, or of a table inside it, was cut short


def _cut_cells(table: Table, notes: list[Note], para: MakePara) -> None:
    rows: list[list[Any]] = table._cellvalues
    widths = _cell_widths(table)
    # A table may ask for less: the header's fields keep to a few lines.
    longest = float(getattr(table, "longest_cell", LONGEST_CELL))
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            cell = list(value) if isinstance(value, list | tuple) else [value]
            for inner in cell:
                if isinstance(inner, Table | KeepTogether):
                    _visit(inner, notes, para)
            width = widths.get((row_index, column))
            if width is None or _text_length(cell) < QUICK_LENGTH * longest / LONGEST_CELL:
                continue
            kept, rest = _cut(cell, width - CELL_INSET, longest)
            if not rest:
                continue
            number = len(notes) + 1
            kept.append(
                para(t("… continued in note {number}, after the sheet.", number=number), "hint")
            )
            row[column] = kept
            notes.append(Note(number, _label(table, row_index, column), rest))


def _cell_widths(table: Table) -> dict[tuple[int, int], float]:
    """The width of every cell that is drawn (a spanned cell: its whole span)."""
    widths = [float(w) if isinstance(w, int | float) else None for w in table._argW]
    count_rows, count_columns = len(table._cellvalues), len(widths)
    hidden: set[tuple[int, int]] = set()
    result: dict[tuple[int, int], float] = {}
    for _, start, stop in table._spanCmds:
        c0, r0 = (start[0] % count_columns, start[1] % count_rows)
        c1, r1 = (stop[0] % count_columns, stop[1] % count_rows)
        spanned = widths[c0 : c1 + 1]
        if None not in spanned:
            result[(r0, c0)] = sum(w for w in spanned if w is not None)
        hidden |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    for row in range(count_rows):
        for column, width in enumerate(widths):
            if width is not None and (row, column) not in hidden:
                result.setdefault((row, column), width)
    return result


def _text_length(cell: Iterable[Any]) -> int:
    return sum(len(item.text) for item in cell if isinstance(item, Paragraph))


def _cut(cell: list[Any], width: float, longest: float) -> tuple[list[Any], list[Flowable]]:
    """What of ``cell`` fits in ``longest`` points, and the rest (empty when all fits)."""
    kept: list[Any] = []
    used = 0.0
    for index, item in enumerate(cell):
        if not isinstance(item, Flowable):
            kept.append(item)
            continue
        rest = cell[index + 1 :]
        # A right-to-left text breaks only the lines that fit: it is broken in full later.
        parts = item.cut(width, longest - used) if isinstance(item, BidiParagraph) else None
        if parts is None:
            _, height = item.wrap(width, longest)
            if used + height <= longest:
                kept.append(item)
                used += height
                continue
            parts = item.split(width, longest - used) if isinstance(item, Paragraph) else []
        if len(parts) == 2:
            return [*kept, parts[0]], [parts[1], *rest]
        return kept, [item, *rest]
    return kept, []


def _label(table: Table, row: int, column: int) -> str:
    """ "KR 2 · How to measure": the row's first cell and the column's heading."""
    rows = table._cellvalues
    heading_row = max(int(getattr(table, "repeatRows", 0) or 0) - 1, 0)
    parts = []
    if column > 0:
        parts.append(_plain(rows[row][0]))
    if row > heading_row:
        parts.append(_plain(rows[heading_row][column]))
    words = " · ".join(p for p in parts if p) or t("Text")
    return words if len(words) <= LABEL_CHARS else words[: LABEL_CHARS - 1] + "…"


def _plain(value: Any) -> str:
    items = list(value) if isinstance(value, list | tuple) else [value]
    for item in items:
        if isinstance(item, Paragraph):
            return " ".join(item.getPlainText().split())
        if isinstance(item, str):
            return " ".join(item.split())
    return ""
