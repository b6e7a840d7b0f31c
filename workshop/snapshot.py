"""A frozen, read-only copy of one workshop, for the printable sheets.

``load_snapshot`` reads everything a sheet may print in one reading session and
returns plain frozen dataclasses: no SQLAlchemy object leaves this module, so the
exports never touch the database. ``blank_snapshot`` builds the same shape with
empty fields, so one drawing code prints both the filled sheets and the blank
templates of a paper workshop.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, lazyload

import resources
from okr_rules.cycle import suggested_score, trend
from okr_rules.phone_codes import phone_path
from okr_rules.tally import tally_key
from workshop import models
from workshop.commands import NotFound
from workshop.rows import view_of
from workshop.store import Store


@dataclass(frozen=True)
class ParticipantSnapshot:
    name: str
    role: str
    is_okr_champion: bool = False


@dataclass(frozen=True)
class StepSnapshot:
    title: str
    kind: str
    planned_seconds: int
    added_seconds: int
    used_seconds: float
    status: str
    optional: bool


@dataclass(frozen=True)
class PastKeyResultSnapshot:
    text: str
    score: float | None
    note: str = ""


@dataclass(frozen=True)
class PastObjectiveSnapshot:
    text: str
    key_results: tuple[PastKeyResultSnapshot, ...]


@dataclass(frozen=True)
class RetroItemSnapshot:
    board: str
    column: str
    text: str
    author: str = ""


@dataclass(frozen=True)
class Origin:
    """Where an objective came from: its post-it, and what that post-it grew out of."""

    card_text: str
    retro_board: str = ""
    retro_column: str = ""
    retro_text: str = ""
    past_key_result_text: str = ""
    past_key_result_score: float | None = None

    @property
    def has_thread(self) -> bool:
        return bool(self.retro_text or self.past_key_result_text)


@dataclass(frozen=True)
class InitiativeSnapshot:
    text: str
    owner: str = ""
    priority: str = ""


@dataclass(frozen=True)
class CheckInSnapshot:
    week: int
    score: float | None
    actual: str = ""
    note: str = ""


@dataclass(frozen=True)
class TrendSnapshot:
    """A key result's actuals as numbers, and what ``okr_rules.cycle`` points out."""

    actuals: tuple[tuple[int, float], ...] = ()
    """(week, actual) for each week whose actual holds a number."""
    warnings: tuple[str, ...] = ()
    suggested_score: float | None = None


@dataclass(frozen=True)
class KeyResultSnapshot:
    text: str = ""
    baseline: float | None = None
    target: float | None = None
    unit: str = ""
    how_to_measure: str = ""
    data_source: str = ""
    notes: str = ""
    outcome_or_output: str = ""
    leading_or_lagging: str = ""
    rank: int | None = None
    selected: bool = False
    champion: str = ""
    # What the room agreed counts as success, partial success, no impact, negative impact.
    success_threshold: str = ""
    partial_threshold: str = ""
    no_impact_threshold: str = ""
    negative_threshold: str = ""
    initiatives: tuple[InitiativeSnapshot, ...] = ()
    # Facilitation-sheet criterion id -> the room's answer (None: not asked yet).
    criteria: dict[str, bool | None] = field(default_factory=dict)
    checkins: tuple[CheckInSnapshot, ...] = ()
    final_score: float | None = None
    review_note: str = ""
    trend: TrendSnapshot = field(default_factory=TrendSnapshot)

    def checkin(self, week: int) -> CheckInSnapshot | None:
        for entry in self.checkins:
            if entry.week == week:
                return entry
        return None


@dataclass(frozen=True)
class ObjectiveSnapshot:
    text: str = ""
    why_it_matters: str = ""
    rank: int | None = None
    status: str = ""
    notes: str = ""
    parent_text: str = ""
    criteria: dict[str, bool | None] = field(default_factory=dict)
    key_results: tuple[KeyResultSnapshot, ...] = ()
    origin: Origin | None = None

    @property
    def final_key_results(self) -> tuple[KeyResultSnapshot, ...]:
        """The key results kept by the vote, or every candidate if none was kept yet."""
        chosen = tuple(kr for kr in self.key_results if kr.selected)
        return chosen or self.key_results


@dataclass(frozen=True)
class StorySnapshot:
    objective_text: str = ""
    character: str = ""
    goal: str = ""
    obstacle: str = ""
    resolution: str = ""
    metric_ideas: str = ""
    origin: Origin | None = None


@dataclass(frozen=True)
class DependencySnapshot:
    direction: str
    strength: str
    team: str = ""
    description: str = ""


@dataclass(frozen=True)
class MetricSnapshot:
    kind: str
    text: str
    sweet_spot: bool = False


@dataclass(frozen=True)
class WorksheetSnapshot:
    people: str = ""
    benefits: str = ""
    checkin_cadence: str = ""
    update_due: str = ""
    time_on_okr_percent: int | None = None
    okr_champion: str = ""
    hopes: str = ""
    fears: str = ""
    upcoming_themes: str = ""
    dependencies: tuple[DependencySnapshot, ...] = ()
    metrics: tuple[MetricSnapshot, ...] = ()


@dataclass(frozen=True)
class CommsItemSnapshot:
    audience: str = ""
    message: str = ""
    channel: str = ""
    when: str = ""
    owner: str = ""


@dataclass(frozen=True)
class HealthMetricSnapshot:
    name: str
    status: str = ""


@dataclass(frozen=True)
class WeeklyNoteSnapshot:
    """A week's answers to the check-in questions, its pipeline and its focus."""

    week: int
    priority_pipeline: str = ""
    weekly_focus: str = ""
    what_changed: str = ""
    slowing_us: str = ""
    raise_confidence: str = ""

    def answer(self, field: str) -> str:
        """The text of one part, by the name the check-in's questions give it."""
        if field == "week" or field not in WeeklyNoteSnapshot.__dataclass_fields__:
            raise KeyError(field)
        text: str = getattr(self, field)
        return text


@dataclass(frozen=True)
class ReviewItemSnapshot:
    column: str
    text: str
    open: bool = True


@dataclass(frozen=True)
class VoteOptionSnapshot:
    text: str
    votes: int
    tie_break_rank: int | None = None


@dataclass(frozen=True)
class PhoneCodeSnapshot:
    """The code one person types on their phone instead of picking their name."""

    name: str
    code: str


@dataclass(frozen=True)
class VotingRoundSnapshot:
    title: str
    subject: str
    status: str
    secret: bool
    votes_per_person: int
    max_per_option: int
    cut_line: int | None
    objective_text: str = ""
    # Most votes first; a tie broken by the facilitator's rank, then by ballot order
    # (the order of facilitation.voting.tally). Hand-counted rounds use the typed counts.
    options: tuple[VoteOptionSnapshot, ...] = ()
    # The round's phone address after the host and port, when it was opened for phones.
    phone_path: str = ""
    # Per-person codes, in the participants' order, when phones ask for a code.
    phone_codes: tuple[PhoneCodeSnapshot, ...] = ()

    @property
    def results_visible(self) -> bool:
        """A secret round shows its tally only once revealed."""
        return not self.secret or self.status == "revealed"

    @property
    def above_cut(self) -> tuple[VoteOptionSnapshot, ...]:
        return self.options if self.cut_line is None else self.options[: self.cut_line]

    @property
    def below_cut(self) -> tuple[VoteOptionSnapshot, ...]:
        return () if self.cut_line is None else self.options[self.cut_line :]


@dataclass(frozen=True)
class WorkshopSnapshot:
    team: str = ""
    mission: str = ""
    cycle_label: str = ""
    cycle_start: dt.date | None = None
    cycle_end: dt.date | None = None
    template: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    participants: tuple[ParticipantSnapshot, ...] = ()
    steps: tuple[StepSnapshot, ...] = ()
    past_objectives: tuple[PastObjectiveSnapshot, ...] = ()
    retro_items: tuple[RetroItemSnapshot, ...] = ()
    objectives: tuple[ObjectiveSnapshot, ...] = ()
    stories: tuple[StorySnapshot, ...] = ()
    worksheet: WorksheetSnapshot = field(default_factory=WorksheetSnapshot)
    comms: tuple[CommsItemSnapshot, ...] = ()
    health: tuple[HealthMetricSnapshot, ...] = ()
    weekly_notes: tuple[WeeklyNoteSnapshot, ...] = ()
    rounds: tuple[VotingRoundSnapshot, ...] = ()
    review_items: tuple[ReviewItemSnapshot, ...] = ()
    # The end-of-cycle review's answers, by question key.
    review_answers: dict[str, str] = field(default_factory=dict)
    # A blank template for a paper workshop: the sheets leave room to write.
    blank: bool = False

    @property
    def ranked_objectives(self) -> tuple[ObjectiveSnapshot, ...]:
        """Ranked objectives first (by rank), then the others in board order."""
        order = {id(o): index for index, o in enumerate(self.objectives)}
        return tuple(
            sorted(
                self.objectives,
                key=lambda o: (o.rank is None, o.rank or 0, order[id(o)]),
            )
        )

    @property
    def current_week(self) -> int | None:
        """The latest week with a confidence score or a check-in note, if any."""
        weeks = [note.week for note in self.weekly_notes]
        weeks += [c.week for o in self.objectives for kr in o.key_results for c in kr.checkins]
        return max(weeks) if weeks else None

    def weekly_note(self, week: int | None) -> WeeklyNoteSnapshot | None:
        for note in self.weekly_notes:
            if note.week == week:
                return note
        return None


def _grouped(rows: Iterable[Any], key: str) -> dict[Any, list[Any]]:
    """The rows by the value of their column ``key``, each group in the rows' order."""
    groups: dict[Any, list[Any]] = {}
    for row in rows:
        groups.setdefault(getattr(row, key), []).append(row)
    return groups


def _trend(kr: models.KeyResult, checkins: list[models.ConfidenceCheckIn]) -> TrendSnapshot:
    reading = trend(kr.baseline, kr.target, {c.week: (c.score, c.actual) for c in checkins})
    return TrendSnapshot(
        actuals=tuple((p.week, p.actual) for p in reading.points if p.actual is not None),
        warnings=reading.warnings,
        suggested_score=suggested_score(kr.baseline, kr.target, reading.latest_actual),
    )


def blank_snapshot(
    team: str = "",
    cycle_label: str = "",
    mission: str = "",
    objectives: int = 3,
    key_results: int = 5,
    voters: int = 8,
) -> WorkshopSnapshot:
    """Empty sheets for a paper workshop: ``objectives`` x ``key_results`` empty rows.

    ``voters`` is how many numbered paper ballots to print.
    """
    empty_objective = ObjectiveSnapshot(key_results=(KeyResultSnapshot(),) * key_results)
    return WorkshopSnapshot(
        team=team,
        mission=mission,
        cycle_label=cycle_label,
        participants=tuple(ParticipantSnapshot(name="", role="") for _ in range(voters)),
        objectives=(empty_objective,) * objectives,
        stories=(StorySnapshot(),),
        blank=True,
    )


def load_snapshot(store: Store, workshop_id: int) -> WorkshopSnapshot:
    """Everything the sheets print about one workshop, read in one session."""
    with store.reading() as session:
        workshop = session.get(models.Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                "There is no workshop {id} in {location}.", id=workshop_id, location=store.location
            )
        return _Reader(session, workshop).snapshot()


class _Reader:
    """Turns the rows of one workshop into a snapshot, one query per table."""

    def __init__(self, session: Session, workshop: models.Workshop) -> None:
        self.session = session
        self.workshop = workshop
        w = workshop
        self.people = {p.id: p.name for p in w.participants}
        # A dropped objective is one the room removed: it is not printed.
        self.objectives = self._rows(
            models.Objective,
            models.Objective.workshop_id == w.id,
            models.Objective.status != "dropped",
        )
        self.objective_texts = {o.id: o.text for o in self.objectives}
        self.key_results = self._rows(
            models.KeyResult, models.KeyResult.objective_id.in_(list(self.objective_texts))
        )
        self.retro = {
            item.id: item
            for item in self._rows(models.RetroItem, models.RetroItem.workshop_id == w.id)
        }
        self.cards = {c.id: c for c in self._rows(models.Card, models.Card.workshop_id == w.id)}
        self.past_objectives = self._rows(
            models.PastObjective, models.PastObjective.workshop_id == w.id
        )
        self.past_krs = {
            kr.id: kr
            for kr in self._rows(
                models.PastKeyResult,
                models.PastKeyResult.past_objective_id.in_([p.id for p in self.past_objectives]),
            )
        }
        self.origin_by_objective = {o.id: self._origin(o.source_card_id) for o in self.objectives}

    def _rows(self, model: Any, *conditions: Any) -> list[Any]:
        # Each table is read here once: the rows' eager relationships would read
        # their tables a second time.
        statement = select(model).where(*conditions).options(lazyload("*"))
        if hasattr(model, "position"):
            statement = statement.order_by(model.position, model.id)
        else:
            statement = statement.order_by(model.id)
        return list(self.session.scalars(statement))

    def snapshot(self) -> WorkshopSnapshot:
        w = self.workshop
        objectives = self.objectives
        key_results = self.key_results
        kr_ids = [kr.id for kr in key_results]
        answers = self._rows(
            models.ChecklistAnswer,
            (models.ChecklistAnswer.objective_id.in_(list(self.objective_texts)))
            | (models.ChecklistAnswer.key_result_id.in_(kr_ids)),
        )
        initiatives = self._rows(models.Initiative, models.Initiative.key_result_id.in_(kr_ids))
        checkins = self.session.scalars(
            select(models.ConfidenceCheckIn)
            .where(models.ConfidenceCheckIn.key_result_id.in_(kr_ids))
            .order_by(models.ConfidenceCheckIn.week)
        ).all()

        initiatives_of = _grouped(initiatives, "key_result_id")
        checkins_of = _grouped(checkins, "key_result_id")
        kr_answers = _grouped(answers, "key_result_id")
        objective_answers = _grouped(answers, "objective_id")

        krs_by_objective: dict[int, list[KeyResultSnapshot]] = {o.id: [] for o in objectives}
        for kr in sorted(key_results, key=lambda k: (k.rank is None, k.rank or 0, k.position)):
            krs_by_objective[kr.objective_id].append(
                view_of(
                    KeyResultSnapshot,
                    kr,
                    champion=self.people.get(kr.champion_id or -1, ""),
                    initiatives=tuple(
                        view_of(InitiativeSnapshot, i) for i in initiatives_of.get(kr.id, ())
                    ),
                    criteria={a.criterion: a.answer for a in kr_answers.get(kr.id, ())},
                    checkins=tuple(view_of(CheckInSnapshot, c) for c in checkins_of.get(kr.id, ())),
                    trend=_trend(kr, checkins_of.get(kr.id, [])),
                )
            )

        objective_snapshots = tuple(
            view_of(
                ObjectiveSnapshot,
                o,
                parent_text=self.objective_texts.get(o.parent_id or -1, ""),
                criteria={a.criterion: a.answer for a in objective_answers.get(o.id, ())},
                key_results=tuple(krs_by_objective[o.id]),
                origin=self.origin_by_objective[o.id],
            )
            for o in objectives
        )
        worksheet = self.session.scalars(
            select(models.EmbeddingWorksheet).where(models.EmbeddingWorksheet.workshop_id == w.id)
        ).first()
        past_krs_of = _grouped(self.past_krs.values(), "past_objective_id")

        return WorkshopSnapshot(
            team=w.team,
            mission=w.mission,
            cycle_label=w.cycle_label,
            cycle_start=w.cycle_start,
            cycle_end=w.cycle_end,
            template=w.template,
            settings=dict(w.settings or {}),
            participants=tuple(view_of(ParticipantSnapshot, p) for p in w.participants),
            steps=tuple(view_of(StepSnapshot, s) for s in w.steps),
            past_objectives=tuple(
                PastObjectiveSnapshot(
                    text=p.text,
                    key_results=tuple(
                        view_of(PastKeyResultSnapshot, kr) for kr in past_krs_of.get(p.id, ())
                    ),
                )
                for p in self.past_objectives
            ),
            retro_items=tuple(
                RetroItemSnapshot(
                    board=r.board,
                    column=r.column,
                    text=r.text,
                    author=self.people.get(r.author_id or -1, ""),
                )
                for r in self.retro.values()
            ),
            objectives=objective_snapshots,
            stories=self._stories(),
            worksheet=self._worksheet(worksheet),
            comms=tuple(
                view_of(CommsItemSnapshot, c)
                for c in self._rows(models.CommsItem, models.CommsItem.workshop_id == w.id)
            ),
            health=tuple(
                view_of(HealthMetricSnapshot, h)
                for h in self._rows(models.HealthMetric, models.HealthMetric.workshop_id == w.id)
            ),
            weekly_notes=tuple(
                view_of(WeeklyNoteSnapshot, n)
                for n in sorted(
                    self._rows(models.WeeklyNote, models.WeeklyNote.workshop_id == w.id),
                    key=lambda n: n.week,
                )
            ),
            rounds=self._rounds(key_results),
            review_items=tuple(
                view_of(ReviewItemSnapshot, i)
                for i in self._rows(models.ReviewItem, models.ReviewItem.workshop_id == w.id)
            ),
            review_answers={
                a.question: a.text
                for a in self._rows(models.ReviewAnswer, models.ReviewAnswer.workshop_id == w.id)
            },
        )

    def _origin(self, card_id: int | None) -> Origin | None:
        card = self.cards.get(card_id or -1)
        if card is None:
            return None
        retro = self.retro.get(card.origin_retro_item_id or -1)
        past = self.past_krs.get(card.origin_past_key_result_id or -1)
        return Origin(
            card_text=card.text,
            retro_board=retro.board if retro else "",
            retro_column=retro.column if retro else "",
            retro_text=retro.text if retro else "",
            past_key_result_text=past.text if past else "",
            past_key_result_score=past.score if past else None,
        )

    def _stories(self) -> tuple[StorySnapshot, ...]:
        stories = self._rows(models.OkrStory, models.OkrStory.workshop_id == self.workshop.id)
        return tuple(
            view_of(
                StorySnapshot,
                s,
                objective_text=self.objective_texts.get(s.objective_id or -1, ""),
                origin=self.origin_by_objective.get(s.objective_id or -1),
            )
            for s in stories
        )

    def _worksheet(self, sheet: models.EmbeddingWorksheet | None) -> WorksheetSnapshot:
        workshop_id = self.workshop.id
        dependencies = tuple(
            view_of(DependencySnapshot, d)
            for d in self._rows(
                models.WorksheetDependency, models.WorksheetDependency.workshop_id == workshop_id
            )
        )
        metrics = tuple(
            view_of(MetricSnapshot, m)
            for m in self._rows(
                models.WorksheetMetric, models.WorksheetMetric.workshop_id == workshop_id
            )
        )
        champions = ", ".join(p.name for p in self.workshop.participants if p.is_okr_champion)
        people = participants_line(self.workshop.participants)
        if sheet is None:
            return WorksheetSnapshot(
                people=people, okr_champion=champions, dependencies=dependencies, metrics=metrics
            )
        return WorksheetSnapshot(
            people=sheet.people or people,
            benefits=sheet.benefits,
            checkin_cadence=sheet.checkin_cadence,
            update_due=sheet.update_due,
            time_on_okr_percent=sheet.time_on_okr_percent,
            okr_champion=sheet.okr_champion or champions,
            hopes=sheet.hopes,
            fears=sheet.fears,
            upcoming_themes=sheet.upcoming_themes,
            dependencies=dependencies,
            metrics=metrics,
        )

    def _rounds(self, key_results: list[models.KeyResult]) -> tuple[VotingRoundSnapshot, ...]:
        rounds = self.session.scalars(
            select(models.VotingRound)
            .where(models.VotingRound.workshop_id == self.workshop.id)
            .order_by(models.VotingRound.created_at, models.VotingRound.id)
        ).all()
        round_ids = [r.id for r in rounds]
        dots = Counter(
            dict(
                self.session.execute(
                    select(models.Vote.option_id, func.count())
                    .where(models.Vote.round_id.in_(round_ids))
                    .group_by(models.Vote.option_id)
                ).all()
            )
        )
        kr_texts = {kr.id: kr.text for kr in key_results}
        result = []
        for voting in rounds:
            path, codes = self._phone_codes(voting.id)
            options = []
            for position, option in enumerate(voting.options):
                if option.card_id is not None:
                    card = self.cards.get(option.card_id)
                    text = card.text if card else ""
                else:
                    text = kr_texts.get(option.key_result_id or -1, "")
                votes = voting.count_of(option, dots[option.id])
                options.append((position, VoteOptionSnapshot(text, votes, option.tie_break_rank)))
            options.sort(key=lambda e: tally_key(e[1].votes, e[1].tie_break_rank, e[0]))
            result.append(
                VotingRoundSnapshot(
                    title=voting.title,
                    subject=voting.subject,
                    status=voting.status,
                    secret=voting.secret,
                    votes_per_person=voting.votes_per_person,
                    max_per_option=voting.max_per_option,
                    cut_line=voting.cut_line,
                    objective_text=self.objective_texts.get(voting.objective_id or -1, ""),
                    options=tuple(option for _, option in options),
                    phone_path=path,
                    phone_codes=codes,
                )
            )
        return tuple(result)

    def _phone_codes(self, round_id: int) -> tuple[str, tuple[PhoneCodeSnapshot, ...]]:
        """The round's phone path (empty if never opened for phones) and its printed codes."""
        access = self.session.get(models.PhoneAccess, round_id)
        if access is None:
            return "", ()
        codes: tuple[PhoneCodeSnapshot, ...] = ()
        if access.codes_only:
            code_of = dict(
                self.session.execute(
                    select(models.BallotClaim.participant_id, models.BallotClaim.code).where(
                        models.BallotClaim.round_id == round_id, models.BallotClaim.code != ""
                    )
                ).all()
            )
            codes = tuple(
                PhoneCodeSnapshot(p.name, code_of[p.id])
                for p in self.workshop.participants
                if p.id in code_of
            )
        return phone_path(access.token), codes


def participants_line(participants: Sequence[models.Participant]) -> str:
    """The workshop's participants with their roles: where field 2 of the worksheet
    ("people and teams working on our OKRs") starts until the room writes its own."""
    roles: dict[str, str] = resources.vocabulary()["roles"]
    return ", ".join(f"{p.name} ({roles.get(p.role, p.role)})" for p in participants)
