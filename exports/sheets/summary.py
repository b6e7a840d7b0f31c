"""The workshop summary: the OKRs we chose and how the day got there.

First what the team takes away (the final OKRs ranked, with champions and
initiatives, and the communications plan), then the record of the day: who took
part, the agenda planned against the minutes used, last cycle's scores, the
retrospective, the vote results as bar charts and the "not now" list.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from exports.flowables import ACCENT, FILL, MUTED, Bar
from exports.language import t
from exports.renderer import Cell, Document, Renderer
from exports.sheets.common import (
    fixed,
    key_result_details,
    objective_title,
    one_file,
    priority,
    score,
    short_date,
    votes,
)
from exports.sheets.labels import BOARDS, COLUMNS, ROLES, STEP_STATUSES, words
from okr_rules.scores import VERDICTS, Thresholds, objective_score, verdict
from workshop.snapshot import (
    ObjectiveSnapshot,
    PastObjectiveSnapshot,
    RetroItemSnapshot,
    StepSnapshot,
    VotingRoundSnapshot,
    WorkshopSnapshot,
)

TITLE = "Workshop summary"
TAGLINE = "The OKRs we chose, and how the day got there."
NUMBER_COLUMN = 34.0
RETRO_ORDER = tuple(COLUMNS)
ROUND_SUBJECTS = {"objectives": "Objectives", "key_results": "Key results"}
BLANK_ROWS = 5


def summary_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    story: list[Flowable] = r.header(
        t(TITLE),
        t(TAGLINE),
        [(t("Team"), snapshot.team), (t("Cycle"), _cycle(snapshot)), (t("Date"), "")],
    )
    story += _participants(r, snapshot)
    story += _final_okrs(r, snapshot)
    story += _comms(r, snapshot)
    story += _agenda(r, snapshot)
    story += _last_cycle(r, snapshot)
    story += _retrospective(r, snapshot)
    story += _votes(r, snapshot)
    return one_file(snapshot, TITLE, story)


def _cycle(snapshot: WorkshopSnapshot) -> str:
    start, end = snapshot.cycle_start, snapshot.cycle_end
    if start and end:
        dates = f"{short_date(start)} – {short_date(end)}"
        return f"{snapshot.cycle_label} ({dates})" if snapshot.cycle_label else dates
    return snapshot.cycle_label


def _section(r: Renderer, title: str) -> list[Flowable]:
    """A section heading that never ends a page alone."""
    return [CondPageBreak(90), r.heading(t(title))]


def _participants(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    people = [p for p in snapshot.participants if p.name]
    if not people:
        return [r.boxes([(t("Who took part"), "", "")], 40), Spacer(1, 4)]
    listed = ", ".join(f"{p.name} ({words(p.role, ROLES)})" if p.role else p.name for p in people)
    return [r.rich([(t("Who took part: "), "b"), (listed, "")])]


# ---------------------------------------------------------------- the OKRs


def _final_okrs(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "Our OKRs, ranked")
    objectives = snapshot.ranked_objectives or (ObjectiveSnapshot(),)
    for number, objective in enumerate(objectives, 1):
        flow.append(_objective(r, number, objective))
        flow.append(Spacer(1, 8))
    return flow


def _objective(r: Renderer, number: int, objective: ObjectiveSnapshot) -> Flowable:
    rest = r.width - NUMBER_COLUMN
    widths = [NUMBER_COLUMN, rest * 0.46, rest * 0.16, rest * 0.38]
    rows: list[list[Cell]] = []
    for kr_number, kr in enumerate(objective.final_key_results, 1):
        cell: list[Flowable] = [r.para(kr.text)]
        details = key_result_details(kr, shown=kr.text, champion=False)
        if details and kr.text:
            cell.append(r.para(details, "small"))
        initiatives = [
            r.para(f"• {i.text}" + (f" ({priority(i.priority)})" if i.priority else ""), "cell")
            for i in kr.initiatives
        ]
        rows.append([r.para(f"KR {kr_number}", "strong"), cell, kr.champion, initiatives])
    if not rows:
        rows = [[r.para(f"KR {n}", "strong"), "", "", ""] for n in (1, 2, 3)]
    title = f"{number}. {objective.text}" if objective.text else objective_title(number, "")
    table = r.table(
        ["", t("Key result"), t("Champion"), t("Initiatives")],
        rows,
        widths,
        min_row_height=28,
        title=title,
    )
    if not objective.why_it_matters:
        return table
    why = r.rich([(t("Why it matters: "), "b"), (objective.why_it_matters, "")], "small")
    return KeepTogether([table, Spacer(1, 2), why]) if len(rows) <= 5 else table


def _comms(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "Communications plan")
    rows: list[list[Cell]] = [
        [c.audience, c.message, c.channel, c.when, c.owner] for c in snapshot.comms
    ]
    if not rows:
        rows = [[""] * 5 for _ in range(BLANK_ROWS if snapshot.blank else 2)]
    shares = (0.2, 0.32, 0.16, 0.16, 0.16)
    flow.append(
        KeepTogether(
            r.table(
                [
                    t("Who needs to know"),
                    t("What we tell them"),
                    t("How"),
                    t("When"),
                    t("Who tells them"),
                ],
                rows,
                [r.width * share for share in shares],
                min_row_height=24,
            )
        )
    )
    return flow


# ---------------------------------------------------------------- the day


def _minutes(seconds: float) -> int:
    return round(seconds / 60)


def _agenda(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "The agenda: planned and used")
    steps: list[StepSnapshot] = list(snapshot.steps)
    rows: list[list[Cell]] = []
    planned_total = used_total = 0
    for step in steps:
        planned = _minutes(step.planned_seconds + step.added_seconds)
        planned_total += planned
        if snapshot.blank:
            rows.append([step.title, _right(r, t("{minutes} min", minutes=planned)), "", ""])
            continue
        used = _minutes(step.used_seconds)
        used_total += used
        ran = step.status != "pending" or used > 0
        difference = f"{used - planned:+d}" if ran and used != planned else ("0" if ran else "")
        status = words(step.status, STEP_STATUSES)
        rows.append(
            [
                step.title + (t(" (optional)") if step.optional else ""),
                _right(r, t("{minutes} min", minutes=planned)),
                _right(r, t("{minutes} min", minutes=used) if ran else status),
                _right(r, difference),
            ]
        )
    if not steps:
        rows = [["", "", "", ""] for _ in range(BLANK_ROWS)]
    else:
        rows.append(
            [
                r.para(t("Whole day"), "strong"),
                _right(r, t("{minutes} min", minutes=planned_total)),
                _right(r, "" if snapshot.blank else t("{minutes} min", minutes=used_total)),
                _right(r, "" if snapshot.blank else f"{used_total - planned_total:+d}"),
            ]
        )
    rest = r.width * 0.52
    flow.append(
        KeepTogether(
            r.table(
                [t("Step"), t("Planned"), t("Used"), t("Over (+) or under (−)")],
                rows,
                [rest, r.width * 0.14, r.width * 0.14, r.width * 0.20],
                min_row_height=20,
            )
        )
    )
    return flow


def _right(r: Renderer, text: str) -> Flowable:
    return r.para(text, "right")


def _last_cycle(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "Last cycle's scores")
    past: list[PastObjectiveSnapshot] = list(snapshot.past_objectives)
    if not past:
        if not snapshot.blank:
            return [*flow, r.note(t("No scores from last cycle were recorded."))]
        past = [PastObjectiveSnapshot(text="", key_results=())]
    rest = r.width - NUMBER_COLUMN
    thresholds = Thresholds.from_settings(snapshot.settings)
    for number, objective in enumerate(past, 1):
        mean = objective_score([kr.score for kr in objective.key_results])
        average = t(" · average {score}", score=fixed(mean, 2)) if mean is not None else ""
        rows: list[list[Cell]] = [
            [
                r.para(f"KR {n}", "strong"),
                kr.text,
                r.para(score(kr.score), "strong"),
                t(verdict(kr.score, thresholds).label) if kr.score is not None else "",
            ]
            for n, kr in enumerate(objective.key_results, 1)
        ]
        if not rows:
            rows = [[r.para(f"KR {n}", "strong"), "", "", ""] for n in (1, 2, 3)]
        title = f"{objective.text}{average}" if objective.text else objective_title(number, "")
        flow.append(
            r.table(
                ["", t("Key result"), t("Score"), t("Verdict")],
                rows,
                [NUMBER_COLUMN, rest * 0.62, rest * 0.12, rest * 0.26],
                min_row_height=22,
                title=title,
            )
        )
        flow.append(Spacer(1, 6))
    flow.append(_verdict_scale(r, thresholds))
    return flow


def _verdict_scale(r: Renderer, thresholds: Thresholds) -> Flowable:
    """The four verdicts and the scores they start from, beside the scores."""
    lowest = (thresholds.exceeded, thresholds.delivered, thresholds.fell_short, 0.0)
    parts: list[tuple[str, str]] = [(t("Verdicts: "), "b")]
    for index, (each, start) in enumerate(zip(VERDICTS, lowest, strict=True)):
        parts += [(t(each.label), "b"), (t(" from {score}", score=fixed(start, 1)), "")]
        if index < len(VERDICTS) - 1:
            parts.append((" · ", ""))
    return r.rich(parts, "small")


def _retrospective(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "Retrospective")
    items: list[RetroItemSnapshot] = list(snapshot.retro_items)
    if not items:
        if not snapshot.blank:
            return [*flow, r.note(t("Nothing was written on the retrospective boards."))]
        items = [RetroItemSnapshot("opening", column, "") for column in RETRO_ORDER[:3]]
    boards = list(dict.fromkeys(item.board for item in items))
    for board in boards:
        on_board = [item for item in items if item.board == board]
        columns = sorted(
            dict.fromkeys(item.column for item in on_board),
            key=lambda c: RETRO_ORDER.index(c) if c in RETRO_ORDER else len(RETRO_ORDER),
        )
        cells: list[Cell] = [
            [
                r.para(f"• {item.text}", "cell")
                for item in on_board
                if item.column == c and item.text
            ]
            for c in columns
        ]
        flow.append(
            r.table(
                [words(c, COLUMNS) for c in columns],
                [cells],
                [r.width / len(columns)] * len(columns),
                min_row_height=70,
                title=words(board, BOARDS),
            )
        )
        flow.append(Spacer(1, 6))
    return flow


def _votes(r: Renderer, snapshot: WorkshopSnapshot) -> list[Flowable]:
    flow = _section(r, "Vote results")
    rounds = list(snapshot.rounds)
    if not rounds:
        if not snapshot.blank:
            return [*flow, r.note(t("No vote was held."))]
        return [*flow, _tally_by_hand(r), *_not_now(r, [], blank=True)]
    for voting in rounds:
        flow.append(_round_chart(r, voting))
        flow.append(Spacer(1, 8))
    return flow + _not_now(r, rounds, blank=False)


def _round_title(voting: VotingRoundSnapshot) -> str:
    subject = voting.title or (
        t("Key results for: {objective}", objective=voting.objective_text)
        if voting.objective_text
        else words(voting.subject, ROUND_SUBJECTS)
    )
    return t("{subject} · {votes} votes each", subject=subject, votes=voting.votes_per_person)


def _round_chart(r: Renderer, voting: VotingRoundSnapshot) -> Flowable:
    if not voting.results_visible:
        return r.boxes(
            [(_round_title(voting), "", t("The results of this secret round were not revealed."))],
            0,
        )
    largest = max((option.votes for option in voting.options), default=0)
    bar_width = r.width * 0.38
    rows: list[list[Cell]] = []
    for place, option in enumerate(voting.options, 1):
        rows.append(
            [r.para(str(place), "strong"), option.text, Bar(option.votes, largest, bar_width - 8)]
        )
    style: list[tuple[object, ...]] = [("VALIGN", (2, 2), (2, -1), "MIDDLE")]
    kept = len(voting.above_cut)
    if voting.cut_line is not None and 0 < kept < len(voting.options):
        # Row 0 is the title, row 1 the heading: the cut falls under row ``kept + 1``.
        style.append(("LINEBELOW", (0, kept + 1), (-1, kept + 1), 2, ACCENT, 1, (5, 3)))
        style.append(("TEXTCOLOR", (0, kept + 2), (-1, -1), MUTED))
        style.append(("BACKGROUND", (0, kept + 2), (-1, -1), FILL))
    if not rows:
        rows = [["", t("No options were on the ballot."), ""]]
    return r.table(
        ["#", t("Option"), t("Votes")],
        rows,
        [NUMBER_COLUMN, r.width - NUMBER_COLUMN - bar_width, bar_width],
        extra_style=style,
        title=_round_title(voting)
        + (t(" · cut line after {kept}", kept=kept) if voting.cut_line is not None else ""),
    )


def _tally_by_hand(r: Renderer) -> Flowable:
    rows: list[list[Cell]] = [[r.para(str(n), "strong"), "", ""] for n in range(1, 9)]
    return KeepTogether(
        r.table(
            ["#", t("Option"), t("Votes")],
            rows,
            [NUMBER_COLUMN, r.width * 0.6, r.width * 0.4 - NUMBER_COLUMN],
            min_row_height=22,
            title=t("Vote tally"),
        )
    )


def _not_now(r: Renderer, rounds: list[VotingRoundSnapshot], blank: bool) -> list[Flowable]:
    below = [
        f"{option.text} ({votes(option.votes)})"
        for voting in rounds
        if voting.results_visible
        for option in voting.below_cut
    ]
    if not below and not blank:
        return []
    content: list[Flowable] = [r.para(f"• {text}", "cell") for text in below]
    return [
        Spacer(1, 4),
        r.boxes(
            [(t("Not now"), t("Below the cut line: kept for a later cycle"), content)],
            80 if blank else 0,
        ),
    ]
