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
from exports.paragraph import word_width
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
        # A long text breaks only the lines that fit: it is broken in full later.
        if isinstance(item, BidiParagraph):
            parts = item.cut(width, longest - used)
        else:
            parts = _cut_plain(item, width, longest - used)
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


def _cut_plain(item: Flowable, width: float, height: float) -> list[Any] | None:
    """What ``item.split(width, height)`` gives for a paragraph of plain words in one
    font, found by breaking only its first words; None where it cannot be told so.

    ReportLab fills each line with as many words as fit, in order, so a text's first
    lines are those of any start of it that runs on past them; the rest is the words of
    the start's later lines followed by the words after it.
    """
    if not _plain_words(item):
        return None
    frag = item.frags[0]
    style = item.style
    fit = int(height / style.leading)
    words = frag.text.split()
    space = word_width(" ", frag.fontName, frag.fontSize)
    # Any start this wide needs more than ``fit + 2`` lines.
    enough = (fit + 3) * (width + space) * 1.1
    used, count = 0.0, 0
    while count < len(words) and used <= enough:
        used += word_width(words[count], frag.fontName, frag.fontSize) + space
        count += 1
    if count == len(words):
        return None
    head = item.__class__(None, style, frags=[frag.clone(text=" ".join(words[:count]))])
    head.wrap(width, height)
    if len(head.blPara.lines) < fit + 2:
        return None  # a line held more than the estimate: the whole text is laid out
    parts: list[Any] = head.split(width, height)
    if len(parts) == 2:
        parts[1].frags[0].words.extend(words[count:])
    return parts


def _plain_words(item: Flowable) -> bool:
    """A paragraph of one piece of text that ReportLab breaks as plain words."""
    if not isinstance(item, Paragraph) or item.bulletText or len(item.frags) != 1:
        return False
    frag, style = item.frags[0], item.style
    return (
        isinstance(getattr(frag, "text", None), str)
        and not hasattr(frag, "cbDefn")
        and not hasattr(frag, "backColor")
        and not {"\xa0", "\xad"} & set(frag.text)
        and not (style.endDots or style.shaping or style.wordWrap)
        and not (style.hyphenationLang or style.embeddedHyphenation or style.uriWasteReduce)
        and bool(style.allowWidows)
        and not getattr(style, "autoLeading", None)
        and not getattr(item, "autoLeading", None)
    )


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
