"""The weekly check-in sheet: key results with lead, metric, actual and confidence;
operational health with traffic lights; the priority pipeline; the week's focus."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

import resources
from exports.flowables import LINE_SPACING, WRITING_RULE, TrafficLights, WritingLines
from exports.language import t
from exports.renderer import Cell, Document, Renderer, table_style
from exports.sheets.common import measure, objective_title, one_file, score
from exports.sheets.confidence import scale_legend, week_of
from exports.sheets.trends import has_trends, kr_number, trend_section
from exports.table import SheetTable
from workshop.snapshot import (
    HealthMetricSnapshot,
    ObjectiveSnapshot,
    WeeklyNoteSnapshot,
    WorkshopSnapshot,
)

TITLE = "Weekly check-in"
TAGLINE = "Where we are on our key results, and what we focus on next."
NUMBER_COLUMN = 34.0
ROW = 26.0
# A blank row: three handwritten lines of 8 mm for the key result.
BLANK_LINES = 3
BLANK_ROW = BLANK_LINES * LINE_SPACING
BLANK_HEALTH_LINES = 4
BLANK_FOCUS_LINES = 3
BLANK_KEY_RESULTS = 3
BOX_ROOM = 92.0
# Rows set tighter: a dense week, or ruled lines that are room enough themselves.
TIGHT_ROWS = (("TOPPADDING", (0, 2), (-1, -1), 2), ("BOTTOMPADDING", (0, 2), (-1, -1), 2))
CHECKIN_QUESTIONS: dict[str, str] = resources.vocabulary()["checkin_questions"]
# Asked aloud beside the stored questions: the scale is on the sheet, the rest is talk.
SPOKEN_QUESTIONS = (
    "How confident are we now that we will get there (1, 0.7, 0.4 or 0)?",
    "What did we achieve this week, and what did we learn?",
)
QUESTIONS_ROOM = 5 * LINE_SPACING


def checkin_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    week = None if snapshot.blank else snapshot.current_week
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    story = _key_results_page(snapshot, r, objectives, week)
    talk = _talk(snapshot, r, snapshot.weekly_note(week))
    # The talk starts a page of its own rather than break across two. The blank
    # template is two-sided: the last objective and the talk are on the back.
    story.append(KeepTogether(talk))
    if not snapshot.blank and has_trends(objectives):
        story += [PageBreak(), *trend_section(r, objectives)]
    continued = (
        t("{title}, week {week}", title=t(TITLE), week=week) if week is not None else t(TITLE)
    )
    return one_file(snapshot, TITLE, story, continued=continued)


def _key_results_page(
    snapshot: WorkshopSnapshot,
    r: Renderer,
    objectives: tuple[ObjectiveSnapshot, ...],
    week: int | None,
) -> list[Flowable]:
    """The header, the scale and each objective's key results, set tighter when that
    keeps them on the first page; each objective's table stays whole where it can."""
    for dense in (False, True):
        story: list[Flowable] = r.header(
            t(TITLE),
            t(TAGLINE),
            [
                (t("Team"), snapshot.team),
                (t("Cycle"), snapshot.cycle_label),
                (t("Week"), week_of(week)),
                (t("Date"), ""),
            ],
        )
        story += [r.para(t("Confidence"), "label"), Spacer(1, 2), scale_legend(r), Spacer(1, 8)]
        for number, objective in enumerate(objectives, 1):
            table = _objective_table(r, number, objective, week, snapshot.blank, dense)
            story += [KeepTogether([table]), Spacer(1, 8 if not dense else 5)]
        if r.room_left(story) >= 0:
            break
    return story


def _talk(
    snapshot: WorkshopSnapshot, r: Renderer, note: WeeklyNoteSnapshot | None
) -> list[Flowable]:
    """The questions (or the answers given), health, pipeline and the week's focus."""
    answered = note is not None and any(getattr(note, field) for field in CHECKIN_QUESTIONS)
    talk: list[Flowable] = [] if answered else [_questions(r), Spacer(1, 8)]
    third = r.width / 3
    talk.append(
        r.boxes(
            [
                (t("Operational health"), t("Green, amber or red"), _health(r, snapshot.health)),
                (
                    t("Priority pipeline"),
                    t("Big projects and initiatives; critical events"),
                    note.priority_pipeline if note else "",
                ),
                (t("Weekly focus"), t("Near-term priorities"), _focus(r, note)),
            ],
            BOX_ROOM,
            widths=[third, third, third],
        )
    )
    if note is not None and answered:
        talk += [
            Spacer(1, 8),
            r.boxes(
                [
                    (t(words), "", getattr(note, field))
                    for field, words in CHECKIN_QUESTIONS.items()
                ],
                BOX_ROOM / 2,
                widths=[third, third, third],
            ),
        ]
    return talk


def _objective_table(
    r: Renderer,
    number: int,
    objective: ObjectiveSnapshot,
    week: int | None,
    blank: bool,
    dense: bool = False,
) -> Table:
    rest = r.width - NUMBER_COLUMN
    widths = [NUMBER_COLUMN, rest * 0.36, rest * 0.14, rest * 0.18, rest * 0.16, rest * 0.16]
    rows: list[list[Cell]] = []
    key_results = objective.final_key_results
    if blank:
        # Three rows per objective keep a blank week on one sheet of paper.
        key_results = key_results[:BLANK_KEY_RESULTS]
    text_style = "dense" if dense else "body"
    for index, kr in enumerate(key_results, 1):
        entry = kr.checkin(week) if week is not None else None
        rows.append(
            [
                r.para(kr_number(number, index), "strong"),
                [WritingLines(BLANK_ROW)] if blank else r.para(kr.text, text_style),
                r.para(kr.champion, text_style),
                r.para(measure(kr) or kr.unit, text_style),
                r.para(entry.actual if entry else "", text_style),
                r.para(score(entry.score) if entry else "", "strong"),
            ]
        )
    if not rows:
        rows = [[r.para(kr_number(number, n), "strong"), "", "", "", "", ""] for n in (1, 2, 3)]
    return r.table(
        ["", t("Key result"), t("Lead"), t("Metric"), t("Actual"), t("Confidence")],
        rows,
        widths,
        min_row_height=0 if blank or dense else ROW,
        title=objective_title(number, objective.text),
        extra_style=TIGHT_ROWS if blank or dense else (),
    )


def _questions(r: Renderer) -> Flowable:
    """The questions a check-in goes through, with room for the answers."""
    questions = [*CHECKIN_QUESTIONS.values(), *SPOKEN_QUESTIONS]
    asked = [r.para(f"{n}. {t(q)}", "cell") for n, q in enumerate(questions, 1)]
    return r.boxes(
        [
            (t("Talk it through"), t("Keep it short: a check-in is not a status report"), asked),
            (t("What we said"), t("Answers, decisions, who does what next"), ""),
        ],
        QUESTIONS_ROOM,
        widths=[r.width * 0.45, r.width * 0.55],
    )


def _health(r: Renderer, health: tuple[HealthMetricSnapshot, ...]) -> Table:
    lines = list(health) or [HealthMetricSnapshot(name="")] * BLANK_HEALTH_LINES
    rows = [[r.para(line.name, "cell"), TrafficLights(line.status)] for line in lines]
    table = SheetTable(rows, colWidths=[None, 56], splitInRow=0)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (0, -1), 0.6, WRITING_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _focus(r: Renderer, note: WeeklyNoteSnapshot | None) -> list[Flowable]:
    if note is not None and note.weekly_focus:
        return [r.para(note.weekly_focus)]
    rows = [[r.para(f"{n}.", "strong"), ""] for n in range(1, BLANK_FOCUS_LINES + 1)]
    table = SheetTable(rows, colWidths=[14, None], rowHeights=LINE_SPACING)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, WRITING_RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [table]
