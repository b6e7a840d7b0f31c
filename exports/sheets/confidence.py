"""The confidence-scoring sheet: this week's score for every key result, and the whole cycle.

Page one is the weekly sheet (cycle, team, "week X of 12", the scale, every
objective with its key results and score boxes); then a grid with one column per
week of the cycle, filled with the recorded scores.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

import resources
from exports.flowables import ACCENT, FILL, RULE, ScoreBoxes
from exports.language import t
from exports.renderer import Cell, Document, Renderer, table_style
from exports.sheets.common import objective_title, one_file, score
from exports.sheets.trends import has_trends, kr_number, trend_section, warning_line
from exports.table import SheetTable
from okr_rules.scores import WEEKS_IN_CYCLE
from workshop.snapshot import ObjectiveSnapshot, WorkshopSnapshot

TITLE = "OKR confidence scoring"
TAGLINE = "How sure are we that each key result will be achieved?"
SCALE = tuple((level["value"], level["meaning"]) for level in resources.vocabulary()["confidence"])
SCORE_TINTS = {
    1.0: colors.HexColor("#d3f9d8"),
    0.7: colors.HexColor("#e3f1ef"),
    0.4: colors.HexColor("#fff3bf"),
    0.0: colors.HexColor("#ffe3e3"),
}
NUMBER_COLUMN = 34.0
SCORE_COLUMN = 150.0
WEEK_COLUMN = 25.0
ROW = 24.0
NBSP = "\u00a0"


def week_of(week: int | None) -> str:
    """ "3 of 12", or room to write the week in."""
    shown = str(week) if week is not None else NBSP * 8
    return t("{week} of {weeks}", week=shown, weeks=WEEKS_IN_CYCLE)


def scale_legend(r: Renderer) -> Table:
    cells = [
        [r.rich([(score(value), "b")], "big"), r.para(t(meaning), "cell")]
        for value, meaning in SCALE
    ]
    row = [item for pair in cells for item in pair]
    widths = [34.0, r.width / 4 - 34.0] * 4
    table = SheetTable([row], colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *[("TEXTCOLOR", (i, 0), (i, 0), ACCENT) for i in range(0, 8, 2)],
            ]
        )
    )
    return table


def confidence_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    week = None if snapshot.blank else snapshot.current_week
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    story: list[Flowable] = r.header(
        t(TITLE),
        t(TAGLINE),
        [
            (t("Cycle"), snapshot.cycle_label),
            (t("Team"), snapshot.team),
            (t("Week"), week_of(week)),
            (t("Date"), ""),
        ],
    )
    story += [r.para(t("Scoring scale"), "label"), Spacer(1, 3), scale_legend(r), Spacer(1, 10)]
    for number, objective in enumerate(objectives, 1):
        story.append(_weekly_table(r, number, objective, week))
        story.append(Spacer(1, 8))
    story.append(PageBreak())
    story += [
        r.para(t("The whole cycle"), "title"),
        r.para(
            t(
                "One column per week: write in each key result's score at every check-in. "
                "Type it back under Check-ins and review, Paper sheet, by the same numbers."
            ),
            "tagline",
        ),
        Spacer(1, 8),
        *_cycle_grid(r, objectives),
    ]
    if not snapshot.blank and has_trends(objectives):
        story += [PageBreak(), *trend_section(r, objectives)]
    return one_file(snapshot, TITLE, story, file_title="Confidence scoring")


def _objective_title(number: int, objective: ObjectiveSnapshot) -> str:
    return objective_title(number, objective.text)


def _weekly_table(
    r: Renderer, number: int, objective: ObjectiveSnapshot, week: int | None
) -> Table:
    key_results = objective.final_key_results or (objective.key_results or ())
    rows: list[list[Cell]] = []
    for index, kr in enumerate(key_results, 1):
        entry = kr.checkin(week) if week is not None else None
        text: list[Flowable] = [r.para(kr.text), *warning_line(r, kr)]
        rows.append(
            [
                r.para(kr_number(number, index), "strong"),
                text,
                ScoreBoxes(entry.score if entry else None),
            ]
        )
    if not rows:
        rows = [[r.para(kr_number(number, n), "strong"), "", ScoreBoxes(None)] for n in (1, 2, 3)]
    text_width = r.width - NUMBER_COLUMN - SCORE_COLUMN
    return r.table(
        [t("KR #"), t("Key result"), t("Score (tick one)")],
        rows,
        [NUMBER_COLUMN, text_width, SCORE_COLUMN],
        min_row_height=ROW,
        extra_style=[("VALIGN", (2, 1), (2, -1), "MIDDLE")],
        title=_objective_title(number, objective),
    )


def _cycle_grid(r: Renderer, objectives: tuple[ObjectiveSnapshot, ...]) -> list[Flowable]:
    """One grid per objective: many small tables lay out in linear time, one long one does not."""
    grids: list[Flowable] = []
    for number, objective in enumerate(objectives, 1):
        grids += [_objective_grid(r, number, objective), Spacer(1, 6)]
    return grids


def _objective_grid(r: Renderer, number: int, objective: ObjectiveSnapshot) -> Table:
    weeks = range(1, WEEKS_IN_CYCLE + 1)
    label_width = r.width - NUMBER_COLUMN - WEEK_COLUMN * WEEKS_IN_CYCLE
    rows: list[list[Cell]] = []
    style: list[tuple[object, ...]] = [
        ("ALIGN", (2, 0), (-1, -1), "CENTER"),
        ("VALIGN", (2, 1), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (2, 0), (-1, -1), 1),
        ("RIGHTPADDING", (2, 0), (-1, -1), 1),
    ]
    key_results = objective.final_key_results
    for index, kr in enumerate(key_results, 1):
        cells: list[Cell] = [r.para(kr_number(number, index), "strong"), kr.text]
        for week in weeks:
            entry = kr.checkin(week)
            value = score(entry.score) if entry else ""
            cells.append(r.para(value, "centred") if value else "")
            if entry is not None and entry.score is not None:
                tint = SCORE_TINTS.get(round(entry.score, 1))
                if tint is not None:
                    column = 1 + week
                    # Row 0 is the objective's title, row 1 the week numbers.
                    style.append(
                        ("BACKGROUND", (column, len(rows) + 2), (column, len(rows) + 2), tint)
                    )
        rows.append(cells)
    header: list[Cell] = ["", t("Key result"), *[r.para(str(week), "centred") for week in weeks]]
    return r.table(
        header,
        rows,
        [NUMBER_COLUMN, label_width] + [WEEK_COLUMN] * WEEKS_IN_CYCLE,
        min_row_height=ROW,
        extra_style=style,
        title=_objective_title(number, objective),
    )
