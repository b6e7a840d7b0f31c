"""The cycle review sheet: each key result scored with its verdict, the review questions
with the room's answers, and the stop / start / continue board."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer

import resources
from exports.language import t
from exports.renderer import CELL_PADDING, Cell, Document, Renderer
from exports.sheets.common import (
    fixed,
    measure,
    objective_title,
    one_file,
    short_date,
)
from exports.sheets.trends import kr_number, warning_line
from okr_rules.scores import Thresholds, objective_score, verdict
from workshop.snapshot import KeyResultSnapshot, ObjectiveSnapshot, WorkshopSnapshot

TITLE = "Cycle review"
TAGLINE = "How the cycle went: every key result scored, what we learned, what changes next."
QUESTIONS: dict[str, str] = resources.vocabulary()["review_questions"]
COLUMNS: dict[str, str] = resources.vocabulary()["review_columns"]
ROW = 30.0
NUMBER_COLUMN = 30.0
QUESTION_ROOM = 70.0
BOARD_ROOM = 110.0
CARRIED = "goes on to the next cycle"


def review_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    dates = ""
    if snapshot.cycle_start and snapshot.cycle_end:
        dates = f"{short_date(snapshot.cycle_start)} – {short_date(snapshot.cycle_end)}"
    story: list[Flowable] = r.header(
        t(TITLE),
        t(TAGLINE),
        [
            (t("Team"), snapshot.team),
            (t("Cycle"), snapshot.cycle_label),
            (t("Dates"), dates),
            (t("Date"), ""),
        ],
    )
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    numbers = _number_column(r, objectives)
    for number, objective in enumerate(objectives, 1):
        story += [_objective_table(r, snapshot, number, objective, numbers), Spacer(1, 8)]
    half = r.width / 2
    answers = snapshot.review_answers
    pairs = list(QUESTIONS.items())
    questions = [
        r.boxes(
            [(t(words), "", answers.get(key, "")) for key, words in pairs[first : first + 2]],
            QUESTION_ROOM,
            widths=[half, half],
        )
        for first in range(0, len(pairs), 2)
    ]
    # Each heading goes to the next page with its first boxes rather than stand alone.
    story.append(KeepTogether([r.heading(t("Review questions")), Spacer(1, 3), questions[0]]))
    for boxes in questions[1:]:
        story += [Spacer(1, 4), boxes]
    board = r.boxes(
        [(t(words), "", _notes(r, snapshot, column)) for column, words in COLUMNS.items()],
        BOARD_ROOM,
        widths=[r.width / 3] * 3,
    )
    hint = t(
        "A note marked “{carried}” is carried into the next workshop's retrospective.",
        carried=t(CARRIED),
    )
    story += [
        Spacer(1, 8),
        KeepTogether(
            [r.heading(t("Stop, start, continue")), r.para(hint, "hint"), Spacer(1, 3), board]
        ),
    ]
    return one_file(snapshot, TITLE, story)


def _number_column(r: Renderer, objectives: tuple[ObjectiveSnapshot, ...]) -> float:
    """Wide enough for the longest key-result number of the sheet ("1.10", "12.4") on
    one line, and the same for every objective's table."""
    style = r.styles["strong"]
    widest: float = max(
        stringWidth(
            kr_number(number, len(objective.final_key_results)), style.fontName, style.fontSize
        )
        for number, objective in enumerate(objectives, 1)
    )
    return max(NUMBER_COLUMN, widest + 2 * CELL_PADDING + 1)


def _objective_table(
    r: Renderer,
    snapshot: WorkshopSnapshot,
    number: int,
    objective: ObjectiveSnapshot,
    number_column: float,
) -> Flowable:
    rest = r.width - number_column
    widths = [
        number_column,
        rest * 0.35,
        rest * 0.17,
        rest * 0.11,
        rest * 0.13,
        rest * 0.09,
        rest * 0.15,
    ]
    key_results = objective.final_key_results or (KeyResultSnapshot(),) * 3
    rows: list[list[Cell]] = []
    thresholds = Thresholds.from_settings(snapshot.settings)
    for index, kr in enumerate(key_results, 1):
        text: list[Flowable] = [r.para(kr.text)]
        if kr.review_note:
            text.append(r.para(kr.review_note, "hint"))
        text += warning_line(r, kr)
        actuals = [c.actual for c in kr.checkins if c.actual.strip()]
        suggested = kr.trend.suggested_score
        rows.append(
            [
                r.para(kr_number(number, index), "strong"),
                text,
                measure(kr),
                actuals[-1] if actuals else "",
                "" if suggested is None else fixed(suggested, 1),
                r.para("" if kr.final_score is None else fixed(kr.final_score, 1), "strong"),
                "" if kr.final_score is None else t(verdict(kr.final_score, thresholds).label),
            ]
        )
    title = objective_title(number, objective.text)
    mean = objective_score([kr.final_score for kr in objective.final_key_results])
    if mean is not None:
        title += t(
            " · score {score}, {verdict}",
            score=fixed(mean, 2),
            verdict=t(verdict(mean, thresholds).label),
        )
    return r.table(
        [
            "",
            t("Key result"),
            t("Measure"),
            t("Last actual"),
            t("Suggested"),
            t("Score"),
            t("Verdict"),
        ],
        rows,
        widths,
        min_row_height=ROW,
        title=title,
    )


def _notes(r: Renderer, snapshot: WorkshopSnapshot, column: str) -> list[Flowable]:
    notes: list[Flowable] = []
    for item in snapshot.review_items:
        if item.column == column:
            parts = [(f"• {item.text}", "")]
            if item.open:
                parts.append((f" ({t(CARRIED)})", "i"))
            notes.append(r.rich(parts, "cell"))
    return notes
