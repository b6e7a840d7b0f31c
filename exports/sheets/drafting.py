"""The OKR drafting card: the checks a draft goes through before the room moves on.

One page per objective, filled with its text and key results, or one blank page: the
objective's self-check, key results written as "who does what by how much", and the
drafting checklist for objectives and key results. The boxes are left for the room
to tick by hand.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from exports.flowables import LINE_SPACING, TickBox, WritingLines
from exports.language import t
from exports.renderer import Cell, Document, Renderer, table_style
from exports.sheets.common import one_file, team_and_cycle
from exports.table import SheetTable
from workshop.snapshot import ObjectiveSnapshot, WorkshopSnapshot

TITLE = "OKR drafting card"
TAGLINE = "Check each draft before the room moves on."
SELF_CHECK = (
    "Said in the positive: what we want, not what we avoid",
    "Inspiring: it ties our work to a bigger purpose",
    "Qualitative: no numbers, those go in the key results",
    "Timeboxed: we reach it within this cycle",
    "Specific: it names one key element of our strategy",
    "Holds no solution: the how comes later, as initiatives",
)
OBJECTIVE_CHECKS = (
    "Achievable, and within what we control",
    "Actionable: we know where to start",
    "Ambitious: it stretches us",
    "Aligned with our mission and the parent OKR",
    "One to five objectives in all",
)
KEY_RESULT_CHECKS = (
    "Moves us closer to the objective",
    "Has a number: if it has none, it is not a key result",
    "Realistic target, from a known baseline",
    "Has a lead who answers for it",
    "Not a task, a to-do or business as usual",
    "Three to five per objective",
)
KEY_RESULT_ROWS = 5
NUMBER_COLUMN = 36.0


def drafting_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    if snapshot.blank:
        objectives = objectives[:1]
    story: list[Flowable] = []
    for index, objective in enumerate(objectives):
        if index:
            story.append(PageBreak())
        story += r.header(t(TITLE), t(TAGLINE), [*team_and_cycle(snapshot), (t("Date"), "")])
        story += _card(r, objective)
    return one_file(snapshot, TITLE, story, file_title="Drafting card")


def _card(r: Renderer, objective: ObjectiveSnapshot) -> list[Flowable]:
    text: Cell = objective.text or [WritingLines(2 * LINE_SPACING)]
    half = r.width / 2
    return [
        r.boxes(
            [
                (t("Our objective"), t("We will focus on … so that …"), text),
                (t("Self-check the objective"), "", _ticks(r, SELF_CHECK, half)),
            ],
            0,
            widths=[half, half],
        ),
        Spacer(1, 8),
        _who_does_what(r, objective),
        Spacer(1, 8),
        r.boxes(
            [
                (t("Drafting checklist: the objectives"), "", _ticks(r, OBJECTIVE_CHECKS, half)),
                (t("Drafting checklist: the key results"), "", _ticks(r, KEY_RESULT_CHECKS, half)),
            ],
            0,
            widths=[half, half],
        ),
    ]


def _who_does_what(r: Renderer, objective: ObjectiveSnapshot) -> Table:
    """Key results written as who (a customer or colleague) does what, by how much."""
    rest = r.width - NUMBER_COLUMN
    rows: list[list[Cell]] = []
    written = objective.final_key_results
    for number in range(1, max(KEY_RESULT_ROWS, len(written)) + 1):
        kr = written[number - 1] if number <= len(written) else None
        label = r.para(f"KR {number}", "strong")
        if kr is not None and kr.text:
            rows.append([label, kr.text, "", ""])
        else:
            rows.append([label, "", "", ""])
    # Row 0 is the title and row 1 the headings: a written key result spans the three.
    style = [("SPAN", (1, n + 1), (3, n + 1)) for n, kr in enumerate(written, 1) if kr.text]
    return r.table(
        [
            "",
            t("Who (a customer, a colleague)"),
            t("does what (a behaviour)"),
            t("by how much, by when"),
        ],
        rows,
        [NUMBER_COLUMN, rest * 0.3, rest * 0.4, rest * 0.3],
        min_row_height=LINE_SPACING * 1.6,
        extra_style=style,
        title=t("Key results: who does what, by how much?"),
    )


def _ticks(r: Renderer, items: tuple[str, ...], width: float) -> Table:
    rows = [[TickBox(None, 10), r.para(t(item), "cell")] for item in items]
    table = SheetTable(rows, colWidths=[16, width - 16 - 12])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table
