"""The OKR facilitation sheet, one page per objective, in its two variants.

"measures": each key result with how it is measured and where the data comes
from, and the room's initiative ideas below. "initiatives": each key result with
its key initiatives and data source, and notes below. Both carry the objective's
and the key results' criteria columns, ticked from the stored answers. Up to five
key results fit one page; more continue on the next page under the same heading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from exports.criteria import Criterion, criteria
from exports.flowables import SMALL, RotatedLabel, TickBox
from exports.fonts import sheet_font
from exports.renderer import Cell, Document, Renderer, table_style
from exports.sheets.common import file_name, footer, key_result_details, priority
from exports.text import printable
from workshop.snapshot import KeyResultSnapshot, ObjectiveSnapshot, WorkshopSnapshot

TITLE = "OKR facilitation sheet"
TAGLINE = "If we could move the needle on one thing only, this is it."
TICK_COLUMN = 24.0
NUMBER_COLUMN = 34.0
CHECK_COLUMN = 140.0
OBJECTIVE_ROW = 84.0
KEY_RESULT_ROW = 50.0
MIN_KEY_RESULT_ROWS = 3


def measures_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    return _documents(snapshot, r, "measures", _measures_columns, _ideas_box)


def initiatives_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    return _documents(snapshot, r, "initiatives", _initiatives_columns, _notes_box)


# The middle columns of the key-result table: headings, widths, and each row's cells.
MiddleColumns: TypeAlias = tuple[list[str], list[float], list[list[Cell]]]
Columns: TypeAlias = Callable[[Renderer, float, tuple[KeyResultSnapshot, ...]], MiddleColumns]
Closing: TypeAlias = Callable[[Renderer, ObjectiveSnapshot], list[Flowable]]


def _documents(
    snapshot: WorkshopSnapshot, r: Renderer, variant: str, columns: Columns, closing: Closing
) -> list[Document]:
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    if snapshot.blank:
        # One empty page is the template; the room prints as many as it needs.
        objectives = objectives[:1]
    sheet_title = f"Facilitation sheet ({variant})"
    documents = []
    for number, objective in enumerate(objectives, 1):
        story: list[Flowable] = r.header(
            TITLE, TAGLINE, [("Team", snapshot.team), ("Cycle", snapshot.cycle_label), ("Date", "")]
        )
        story.append(_objective_table(r, objective))
        story.append(Spacer(1, 10))
        key_results = objective.final_key_results
        if snapshot.blank or len(key_results) < MIN_KEY_RESULT_ROWS:
            missing = max(MIN_KEY_RESULT_ROWS, len(key_results)) - len(key_results)
            key_results = key_results + (KeyResultSnapshot(),) * missing
        story.append(_key_result_table(r, key_results, columns))
        story.append(Spacer(1, 3))
        story.append(_legend(r))
        story.append(Spacer(1, 8))
        story.extend(closing(r, objective))
        label = f"Objective {number}" + (f" {objective.text}" if objective.text else "")
        documents.append(
            Document(
                name=file_name(snapshot, sheet_title, "" if snapshot.blank else label),
                title=f"{TITLE}: {objective.text}" if objective.text else TITLE,
                footer=footer(snapshot, sheet_title),
                story=story,
            )
        )
    return documents


def _header_height(labels: list[str]) -> float:
    """Tall enough for the longest word of any rotated heading, and not less than 58 pt."""
    words = [word for label in labels for word in printable(label, "bold").split()]
    bold = sheet_font().font_name("bold")
    longest = max(float(stringWidth(word, bold, SMALL)) for word in words)
    return max(58.0, longest + 8)


def _tick_style(first_tick_column: int) -> list[tuple[object, ...]]:
    return [
        ("ALIGN", (first_tick_column, 1), (-1, -1), "CENTER"),
        ("VALIGN", (first_tick_column, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (first_tick_column, 0), (-1, -1), 2),
        ("RIGHTPADDING", (first_tick_column, 0), (-1, -1), 2),
    ]


def _objective_table(r: Renderer, objective: ObjectiveSnapshot) -> Table:
    what: list[Flowable] = [r.para(objective.text, "big")] if objective.text else []
    if objective.parent_text:
        what.append(r.rich([("Supports: ", "b"), (objective.parent_text, "")], "small"))
    checks = _check_list(r, objective.criteria, criteria("objective"), CHECK_COLUMN)
    widths = [(r.width - CHECK_COLUMN) * 0.56, (r.width - CHECK_COLUMN) * 0.44, CHECK_COLUMN]
    header: list[Cell] = ["Objective", "Why this matters", "Check the objective"]
    return r.table(header, [[what, objective.why_it_matters, checks]], widths, OBJECTIVE_ROW)


def _check_list(
    r: Renderer,
    answers: dict[str, bool | None],
    listed: tuple[Criterion, ...],
    width: float,
) -> Table:
    """The objective's criteria as a column of tick boxes with their names."""
    rows = [[TickBox(answers.get(c.id), 9), r.para(c.label, "cell")] for c in listed]
    table = Table(rows, colWidths=[14, width - 14 - 8])
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
    r: Renderer, key_results: tuple[KeyResultSnapshot, ...], columns: Columns
) -> Table:
    labels = [c.label for c in criteria("key_result")]
    height = _header_height(labels)
    rest = r.width - NUMBER_COLUMN - TICK_COLUMN * len(labels)
    names, widths, cells = columns(r, rest, key_results)
    header: list[Cell] = ["#", *names]
    header += [RotatedLabel(label, height) for label in labels]
    rows = []
    for number, (kr, middle) in enumerate(zip(key_results, cells, strict=True), 1):
        row: list[Cell] = [r.para(f"KR {number}", "strong"), *middle]
        row += [TickBox(kr.criteria.get(c.id)) for c in criteria("key_result")]
        rows.append(row)
    all_widths = [NUMBER_COLUMN, *widths] + [TICK_COLUMN] * len(labels)
    first_tick = 1 + len(names)
    return r.table(header, rows, all_widths, KEY_RESULT_ROW, extra_style=_tick_style(first_tick))


def _key_result_cell(r: Renderer, kr: KeyResultSnapshot) -> list[Flowable]:
    cell: list[Flowable] = [r.para(kr.text)] if kr.text else []
    details = key_result_details(kr, shown=kr.text)
    if details:
        cell.append(r.para(details, "small"))
    return cell


def _measures_columns(
    r: Renderer, room: float, key_results: tuple[KeyResultSnapshot, ...]
) -> MiddleColumns:
    cells: list[list[Cell]] = []
    for kr in key_results:
        measure: list[Flowable] = [r.para(kr.how_to_measure)] if kr.how_to_measure else []
        if kr.data_source:
            measure.append(r.rich([("Source: ", "b"), (kr.data_source, "")], "small"))
        cells.append([_key_result_cell(r, kr), measure])
    return ["Key result", "How to measure / data source"], [room * 0.6, room * 0.4], cells


def _initiatives_columns(
    r: Renderer, room: float, key_results: tuple[KeyResultSnapshot, ...]
) -> MiddleColumns:
    cells: list[list[Cell]] = []
    for kr in key_results:
        initiatives: list[Flowable] = [
            r.para(f"• {i.text}" + _owner_and_priority(i.owner, i.priority)) for i in kr.initiatives
        ]
        source = kr.data_source or kr.how_to_measure
        cells.append([_key_result_cell(r, kr), initiatives, source])
    widths = [room * 0.40, room * 0.36, room * 0.24]
    return ["Key result", "Key initiatives", "Data source"], widths, cells


def _owner_and_priority(owner: str, level: str) -> str:
    parts = [p for p in (owner, priority(level)) if p]
    return f" ({', '.join(parts)})" if parts else ""


def _legend(r: Renderer) -> Table:
    items: list[Flowable | str] = [
        TickBox(True, 9),
        "the room agrees",
        TickBox(False, 9),
        "not yet",
        TickBox(None, 9),
        "not checked yet",
    ]
    cells = [r.cell(item, "small")[0] for item in items]
    widths = [13, 80, 13, 45, 13, 90]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
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
    return table


def _ideas_box(r: Renderer, objective: ObjectiveSnapshot) -> list[Flowable]:
    ideas: list[Flowable] = []
    for number, kr in enumerate(objective.final_key_results, 1):
        for initiative in kr.initiatives:
            extra = _owner_and_priority(initiative.owner, initiative.priority)
            ideas.append(r.rich([(f"KR {number}: ", "b"), (initiative.text + extra, "")]))
    return [
        r.boxes(
            [("How to achieve the objective", "Initiative, action and task ideas", ideas)],
            min_height=84,
        )
    ]


def _notes_box(r: Renderer, objective: ObjectiveSnapshot) -> list[Flowable]:
    notes: list[Flowable] = [r.para(objective.notes)] if objective.notes else []
    for number, kr in enumerate(objective.final_key_results, 1):
        if kr.notes:
            notes.append(r.rich([(f"KR {number}: ", "b"), (kr.notes, "")]))
    return [r.boxes([("Notes", "", notes)], min_height=84)]
