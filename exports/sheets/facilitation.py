"""The OKR facilitation sheet, one page per objective, in its two variants.

"measures": each key result with how it is measured and where the data comes
from, and the room's initiative ideas below. "initiatives": each key result with
its key initiatives and data source, and notes below. Both carry the objective's
and the key results' criteria columns, ticked from the stored answers. Up to five
key results fit one page; more continue on the next page under the same heading.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from exports.criteria import Criterion, criteria
from exports.flowables import LINE_SPACING, SMALL, TickBox, WritingLines
from exports.language import t
from exports.renderer import (
    CELL_PADDING,
    LONG_TEXT,
    Cell,
    Document,
    Renderer,
    content_height,
    table_style,
    text_length,
)
from exports.sheets.common import (
    file_name,
    footer,
    key_result_details,
    key_result_thresholds,
    priority,
)
from exports.table import SheetTable
from exports.text import printable
from workshop.snapshot import KeyResultSnapshot, ObjectiveSnapshot, WorkshopSnapshot

TITLE = "OKR facilitation sheet"
VARIANT_TITLES = {
    "measures": "Facilitation sheet (measures)",
    "initiatives": "Facilitation sheet (initiatives)",
}
TAGLINE = "If we could move the needle on one thing only, this is it."
NUMBER_COLUMN = 36.0
CHECK_COLUMN = 206.0
OBJECTIVE_ROW = 64.0
KEY_RESULT_ROW = 40.0
# A blank row: two lines to write the key result on, the second shared with its champion.
BLANK_KEY_RESULT_ROW = 54.0
MIN_KEY_RESULT_ROWS = 3


@dataclass(frozen=True)
class Layout:
    """How tightly the key results are set: their text style, padding and gaps."""

    style: str
    padding: float
    gap: float
    tick_column: float
    # Whether the two text columns share the width so that the rows are shortest.
    balanced: bool
    # The closing box takes the rest of the page, but never less than this.
    closing_box: float


BALANCE_SHIFTS = (-0.08, -0.04, 0.0, 0.04, 0.08)
LAYOUTS = (
    Layout(
        style="cell",
        padding=3,
        gap=6,
        tick_column=19,
        balanced=False,
        closing_box=3 * LINE_SPACING + 8,
    ),
    Layout(
        style="dense",
        padding=2,
        gap=3,
        tick_column=16,
        balanced=True,
        closing_box=2 * LINE_SPACING + 8,
    ),
)


def measures_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    return _documents(snapshot, r, "measures", _measures_columns, _ideas_box)


def initiatives_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    return _documents(snapshot, r, "initiatives", _initiatives_columns, _notes_box)


# The middle columns of the key-result table: headings, widths, and each row's cells.
MiddleColumns: TypeAlias = tuple[list[str], list[float], list[list[Cell]]]
Columns: TypeAlias = Callable[[Renderer, float, tuple[KeyResultSnapshot, ...], str], MiddleColumns]
Closing: TypeAlias = Callable[[Renderer, ObjectiveSnapshot, float], list[Flowable]]


def _documents(
    snapshot: WorkshopSnapshot, r: Renderer, variant: str, columns: Columns, closing: Closing
) -> list[Document]:
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    if snapshot.blank:
        # One empty page is the template; the room prints as many as it needs.
        objectives = objectives[:1]
    sheet_title = VARIANT_TITLES[variant]
    documents = []
    for number, objective in enumerate(objectives, 1):
        label = t("Objective {number}", number=number)
        label += f" {objective.text}" if objective.text else ""
        documents.append(
            Document(
                name=file_name(snapshot, sheet_title, "" if snapshot.blank else label),
                title=f"{t(TITLE)}: {objective.text}" if objective.text else t(TITLE),
                footer=footer(snapshot, sheet_title),
                story=_page(snapshot, r, objective, columns, closing),
                continued=f"{t(TITLE)}, {label}" if not snapshot.blank else t(TITLE),
            )
        )
    return documents


def _page(
    snapshot: WorkshopSnapshot,
    r: Renderer,
    objective: ObjectiveSnapshot,
    columns: Columns,
    closing: Closing,
) -> list[Flowable]:
    """The sheet in the roomiest layout that keeps it on one page.

    A full objective (five long key results with three initiatives each) is set
    tighter rather than spill its closing box onto a second page; what is more
    than that continues on the next page.
    """
    # The same in every layout: made and measured once.
    header = r.header(
        t(TITLE),
        t(TAGLINE),
        [(t("Team"), snapshot.team), (t("Cycle"), snapshot.cycle_label), (t("Date"), "")],
    )
    objective_table = _objective_table(r, objective, snapshot.blank)
    legend = _legend(r)
    key_results = objective.final_key_results
    if snapshot.blank or len(key_results) < MIN_KEY_RESULT_ROWS:
        missing = max(MIN_KEY_RESULT_ROWS, len(key_results)) - len(key_results)
        key_results = key_results + (KeyResultSnapshot(),) * missing
    row = BLANK_KEY_RESULT_ROW if snapshot.blank else KEY_RESULT_ROW
    for layout in LAYOUTS:
        story: list[Flowable] = [*header, objective_table, Spacer(1, layout.gap)]
        story.append(_key_result_table(r, key_results, columns, row, snapshot.blank, layout))
        story.append(Spacer(1, 2))
        story.extend(legend)
        story.append(Spacer(1, layout.gap))
        smallest = closing(r, objective, layout.closing_box)
        if r.room_left([*story, *smallest]) >= 0 or layout is LAYOUTS[-1]:
            break
    # The box's heading row: an empty box is its heading and the body's padding.
    heading = r.height - r.room_left(closing(r, ObjectiveSnapshot(), 0)) - 2 * CELL_PADDING
    room = r.room_left(story) - heading
    return [*story, *closing(r, objective, max(layout.closing_box, room))]


def _tick_style(first_tick_column: int) -> list[tuple[object, ...]]:
    return [
        ("ALIGN", (first_tick_column, 1), (-1, -1), "CENTER"),
        ("VALIGN", (first_tick_column, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (first_tick_column, 0), (-1, -1), 2),
        ("RIGHTPADDING", (first_tick_column, 0), (-1, -1), 2),
    ]


def _objective_table(r: Renderer, objective: ObjectiveSnapshot, blank: bool) -> Table:
    what: list[Flowable] = [r.para(objective.text, "big")] if objective.text else []
    if objective.parent_text:
        what.append(r.rich([(t("Supports: "), "b"), (objective.parent_text, "")], "small"))
    elif blank:
        width = (r.width - CHECK_COLUMN) * 0.6 - 10
        what += [WritingLines(2 * LINE_SPACING), r.para(t("Supports (parent OKR):"), "hint")]
        what.append(WritingLines(LINE_SPACING, width=width))
    checks = _check_list(r, objective.criteria, criteria("objective"), CHECK_COLUMN)
    widths = [(r.width - CHECK_COLUMN) * 0.6, (r.width - CHECK_COLUMN) * 0.4, CHECK_COLUMN]
    header: list[Cell] = [t("Objective"), t("Why this matters"), t("Check the objective")]
    why: Cell = objective.why_it_matters
    if blank:
        why = [WritingLines(3 * LINE_SPACING)]
    return r.table(header, [[what, why, checks]], widths, OBJECTIVE_ROW)


def _check_list(
    r: Renderer,
    answers: dict[str, bool | None],
    listed: tuple[Criterion, ...],
    width: float,
) -> Table:
    """The objective's criteria as two columns of tick boxes with their names."""
    cells = [[TickBox(answers.get(c.id), 9), r.para(t(c.label), "cell")] for c in listed]
    half = (len(cells) + 1) // 2
    rows = [
        left + (cells[half + index] if half + index < len(cells) else ["", ""])
        for index, left in enumerate(cells[:half])
    ]
    column = (width - 8) / 2
    table = SheetTable(rows, colWidths=[14, column - 14, 14, column - 14])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            ]
        )
    )
    return table


def _key_result_table(
    r: Renderer,
    key_results: tuple[KeyResultSnapshot, ...],
    columns: Columns,
    row_height: float,
    blank: bool,
    layout: Layout,
) -> Table:
    labels = [c.label for c in criteria("key_result")]
    rest = r.width - NUMBER_COLUMN - layout.tick_column * len(labels)
    names, widths, cells = columns(r, rest, key_results, layout.style)
    if layout.balanced and not blank:
        widths = _balanced(r, widths, cells)
    if blank:
        for middle in cells:
            middle[0] = [WritingLines(2 * LINE_SPACING, last_label=t("Champion:"))]
    header: list[Cell] = ["", *names]
    header += [r.para(str(number), "centred") for number in range(1, len(labels) + 1)]
    rows = []
    for number, (kr, middle) in enumerate(zip(key_results, cells, strict=True), 1):
        row: list[Cell] = [r.para(f"KR {number}", "strong"), *middle]
        row += [TickBox(kr.criteria.get(c.id)) for c in criteria("key_result")]
        rows.append(row)
    all_widths = [NUMBER_COLUMN, *widths] + [layout.tick_column] * len(labels)
    first_tick = 1 + len(names)
    compact = [
        ("TOPPADDING", (0, 1), (-1, -1), layout.padding),
        ("BOTTOMPADDING", (0, 1), (-1, -1), layout.padding),
    ]
    return r.table(
        header, rows, all_widths, row_height, extra_style=[*_tick_style(first_tick), *compact]
    )


def _balanced(r: Renderer, widths: list[float], cells: list[list[Cell]]) -> list[float]:
    """The split of the two text columns that makes the key results' rows shortest."""
    total = sum(widths)
    stacks = [[r.cell(value) for value in row] for row in cells]
    if any(text_length(stack) > LONG_TEXT for row in stacks for stack in row):
        return widths  # far more than one page: not worth measuring

    def height(first: float) -> float:
        return sum(
            max(
                content_height(stack, width - 2 * CELL_PADDING)
                for stack, width in zip(row, (first, total - first), strict=True)
            )
            for row in stacks
        )

    first = min((widths[0] + shift * total for shift in BALANCE_SHIFTS), key=height)
    return [first, total - first]


def _key_result_cell(
    r: Renderer, kr: KeyResultSnapshot, style: str, source: bool = False
) -> list[Flowable]:
    """The key result, then on the same line its numbers, champion and (on the initiatives
    variant) its data source, so a full row of five key results fits one page."""
    details = [key_result_details(kr, shown=kr.text)]
    if source and (kr.data_source or kr.how_to_measure):
        details.append(t("source: {source}", source=kr.data_source or kr.how_to_measure))
    details.append(key_result_thresholds(kr))
    after = " · ".join(d for d in details if d)
    if not kr.text:
        return [r.para(after, "small")] if after else []
    parts = [(kr.text, "")]
    if after:
        parts.append((f" — {after}", "i"))
    return [r.rich(parts, style)]


def _measures_columns(
    r: Renderer, room: float, key_results: tuple[KeyResultSnapshot, ...], style: str
) -> MiddleColumns:
    cells: list[list[Cell]] = []
    for kr in key_results:
        measure: list[Flowable] = [r.para(kr.how_to_measure, style)] if kr.how_to_measure else []
        if kr.data_source:
            measure.append(r.rich([(t("Source: "), "b"), (kr.data_source, "")], "small"))
        cells.append([_key_result_cell(r, kr, style), measure])
    names = [t("Key result"), t("How to measure / data source")]
    return names, [room * 0.63, room * 0.37], cells


def _initiatives_columns(
    r: Renderer, room: float, key_results: tuple[KeyResultSnapshot, ...], style: str
) -> MiddleColumns:
    cells: list[list[Cell]] = []
    for kr in key_results:
        initiatives: list[Flowable] = [
            r.para(f"• {i.text}" + _owner_and_priority(i.owner, i.priority), style)
            for i in kr.initiatives
        ]
        cells.append([_key_result_cell(r, kr, style, source=True), initiatives])
    names = [t("Key result and data source"), t("Key initiatives")]
    return names, [room * 0.44, room * 0.56], cells


def _owner_and_priority(owner: str, level: str) -> str:
    parts = [p for p in (owner, priority(level)) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _legend(r: Renderer) -> list[Flowable]:
    """What the numbered columns check, and what a tick, a dash and an empty box say."""
    names = " · ".join(
        f"{number} {t(c.label)}" for number, c in enumerate(criteria("key_result"), 1)
    )
    items: list[Flowable | str] = [
        TickBox(True, 9),
        t("the room agrees"),
        TickBox(False, 9),
        t("not yet"),
        TickBox(None, 9),
        t("not checked yet"),
    ]
    cells = [r.cell(item, "small")[0] for item in items]
    font = r.font.font_name("regular")
    widths = [
        13.0 if isinstance(item, Flowable) else stringWidth(printable(item), font, SMALL) + 8
        for item in items
    ]
    table = SheetTable([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [r.rich([(t("Key-result checks: "), "b"), (names, "")], "small"), Spacer(1, 2), table]


def _ideas_box(r: Renderer, objective: ObjectiveSnapshot, room: float) -> list[Flowable]:
    """The room's ideas, one line of them per key result (owners are on the other variant)."""
    ideas: list[Flowable] = []
    for number, kr in enumerate(objective.final_key_results, 1):
        listed = " · ".join(i.text for i in kr.initiatives)
        if listed:
            ideas.append(r.rich([(f"KR {number}: ", "b"), (listed, "")], "cell"))
    return [
        r.boxes(
            [(t("How to achieve the objective"), t("Initiative, action and task ideas"), ideas)],
            min_height=room,
        )
    ]


def _notes_box(r: Renderer, objective: ObjectiveSnapshot, room: float) -> list[Flowable]:
    notes: list[Flowable] = [r.para(objective.notes, "cell")] if objective.notes else []
    for number, kr in enumerate(objective.final_key_results, 1):
        if kr.notes:
            notes.append(r.rich([(f"KR {number}: ", "b"), (kr.notes, "")], "cell"))
    return [r.boxes([(t("Notes"), "", notes)], min_height=room)]
