"""The weekly check-in sheet: key results with lead, metric, actual and confidence;
operational health with traffic lights; the priority pipeline; the week's focus."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

import resources
from exports.flowables import LINE_SPACING, WRITING_RULE, TrafficLights
from exports.language import t
from exports.renderer import Cell, Document, Renderer, table_style
from exports.sheets.common import file_name, footer, measure, objective_title, score
from exports.sheets.confidence import scale_legend, week_of
from exports.sheets.trends import has_trends, kr_number, trend_section
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
# A blank row: one handwritten line of 8 mm, with room above it.
BLANK_ROW = LINE_SPACING + 10
BLANK_HEALTH_LINES = 4
BLANK_FOCUS_LINES = 3
BLANK_KEY_RESULTS = 4
BOX_ROOM = 92.0
CHECKIN_QUESTIONS: dict[str, str] = resources.vocabulary()["checkin_questions"]
# Asked aloud beside the stored questions: the scale is on the sheet, the rest is talk.
SPOKEN_QUESTIONS = (
    "How confident are we now that we will get there (1, 0.7, 0.4 or 0)?",
    "What did we achieve this week, and what did we learn?",
)
QUESTIONS_ROOM = 5 * LINE_SPACING


def checkin_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    week = None if snapshot.blank else snapshot.current_week
    note = snapshot.weekly_note(week)
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
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
        story.append(_objective_table(r, number, objective, week, snapshot.blank))
        story.append(Spacer(1, 8))
    answered = note is not None and any(getattr(note, field) for field in CHECKIN_QUESTIONS)
    if snapshot.blank:
        # The template is two-sided: the key results on the front, the talk on the back.
        story.append(PageBreak())
    if not answered:
        story += [_questions(r), Spacer(1, 8)]
    third = r.width / 3
    story.append(
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
        story += [
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
    if not snapshot.blank and has_trends(objectives):
        story += [PageBreak(), *trend_section(r, objectives)]
    return [
        Document(
            name=file_name(snapshot, TITLE),
            title=t(TITLE),
            footer=footer(snapshot, TITLE),
            story=story,
        )
    ]


def _objective_table(
    r: Renderer, number: int, objective: ObjectiveSnapshot, week: int | None, blank: bool
) -> Table:
    rest = r.width - NUMBER_COLUMN
    widths = [NUMBER_COLUMN, rest * 0.36, rest * 0.14, rest * 0.18, rest * 0.16, rest * 0.16]
    rows: list[list[Cell]] = []
    key_results = objective.final_key_results
    if blank:
        # Four rows per objective keep a blank week on one page.
        key_results = key_results[:BLANK_KEY_RESULTS]
    for index, kr in enumerate(key_results, 1):
        entry = kr.checkin(week) if week is not None else None
        rows.append(
            [
                r.para(kr_number(number, index), "strong"),
                kr.text,
                kr.champion,
                measure(kr) or kr.unit,
                entry.actual if entry else "",
                r.para(score(entry.score) if entry else "", "strong"),
            ]
        )
    if not rows:
        rows = [[r.para(kr_number(number, n), "strong"), "", "", "", "", ""] for n in (1, 2, 3)]
    return r.table(
        ["", t("Key result"), t("Lead"), t("Metric"), t("Actual"), t("Confidence")],
        rows,
        widths,
        min_row_height=BLANK_ROW if blank else ROW,
        title=objective_title(number, objective.text),
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
    table = Table(rows, colWidths=[None, 56], splitInRow=0)
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
    table = Table(rows, colWidths=[14, None], rowHeights=LINE_SPACING)
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
