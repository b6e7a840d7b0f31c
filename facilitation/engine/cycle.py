"""The cycle after the workshop: weekly check-ins, the end-of-cycle review, the next cycle.

The key results are the ones the workshop kept, numbered "objective.KR" as the
sheets print them, so a filled paper sheet is typed back without guessing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from facilitation.cycle import (
    HEALTH_STATUSES,
    REVIEW_COLUMNS,
    REVIEW_QUESTIONS,
    WEEKLY_FIELDS,
)
from facilitation.engine.base import EnginePart
from facilitation.engine.scoring import stored_thresholds
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word, clean_text
from facilitation.scoring import (
    Verdict,
    VerdictThresholds,
    check_confidence,
    check_score,
    check_week,
    objective_score,
    verdict,
)
from facilitation.templates import SOURCE_LANGUAGE
from facilitation.workshops import plan_workshop
from okr_rules.cycle import (
    Trend,
    next_cycle_dates,
    next_cycle_label,
    suggested_score,
    trend,
    week_in_cycle,
)
from workshop import commands
from workshop.models import (
    ConfidenceCheckIn,
    HealthMetric,
    KeyResult,
    PastKeyResult,
    PastObjective,
    RetroItem,
    ReviewAnswer,
    ReviewItem,
    WeeklyNote,
    Workshop,
)
from workshop.queries import next_workshop_of, okrs_in_sheet_order
from workshop.rows import view_of
from workshop.snapshot import WeeklyNoteSnapshot
from workshop.store import Session

LESSONS_COLUMN = "learned"
"""Where the review's answers land in the next workshop's retrospective."""


@dataclass(frozen=True)
class CheckInView:
    week: int
    confidence: float | None
    actual: str = ""
    note: str = ""


@dataclass(frozen=True)
class CycleKeyResult:
    id: int
    number: str
    """ "2.3": the third key result of the second objective, as the sheets print it."""
    text: str
    baseline: float | None
    target: float | None
    unit: str
    champion: str
    checkins: dict[int, CheckInView]
    trend: Trend
    final_score: float | None
    review_note: str
    suggested_score: float | None
    """From the last actual against baseline and target; the room may score otherwise."""
    verdict: Verdict | None


@dataclass(frozen=True)
class CycleObjective:
    id: int
    number: int
    text: str
    key_results: tuple[CycleKeyResult, ...]
    score: float | None
    verdict: Verdict | None


@dataclass(frozen=True)
class CycleInfo:
    team: str
    label: str
    start: dt.date | None
    end: dt.date | None
    next_workshop_id: int | None
    next_label: str


@dataclass(frozen=True)
class HealthView:
    id: int
    name: str
    status: str


@dataclass(frozen=True)
class ReviewAnswerView:
    question: str
    """The key of one of ``REVIEW_QUESTIONS``."""
    text: str


@dataclass(frozen=True)
class ReviewItemView:
    id: int
    column: str
    text: str
    open: bool


class CycleEngine(EnginePart):
    # What the cycle is

    def info(self) -> CycleInfo:
        with self.store.reading() as session:
            workshop = self._workshop(session)
            following = next_workshop_of(session, workshop.id)
            return CycleInfo(
                team=workshop.team,
                label=workshop.cycle_label,
                start=workshop.cycle_start,
                end=workshop.cycle_end,
                next_workshop_id=None if following is None else following.id,
                next_label=next_cycle_label(workshop.cycle_label),
            )

    def current_week(self) -> int:
        """This week of the cycle from its dates; else the latest week recorded; else 1."""
        info = self.info()
        from_dates = week_in_cycle(info.start, self.wall().date())
        if from_dates is not None:
            return from_dates
        recorded = [week for o in self.objectives() for kr in o.key_results for week in kr.checkins]
        return max(recorded, default=1)

    def objectives(self) -> list[CycleObjective]:
        """The workshop's OKRs with their check-ins and review, numbered as printed."""
        with self.store.reading() as session:
            workshop = self._workshop(session)
            thresholds = stored_thresholds(workshop)
            people = {p.id: p.name for p in workshop.participants}
            views = []
            for number, (objective, key_results) in enumerate(okrs_in_sheet_order(workshop), 1):
                krs = tuple(
                    self._kr_view(f"{number}.{kr_number}", kr, people, thresholds)
                    for kr_number, kr in enumerate(key_results, 1)
                )
                score = objective_score([kr.final_score for kr in krs])
                views.append(
                    CycleObjective(
                        objective.id,
                        number,
                        objective.text,
                        krs,
                        score,
                        None if score is None else verdict(score, thresholds),
                    )
                )
            return views

    def key_result(self, number: str) -> CycleKeyResult:
        """A key result by its printed number ("1.2")."""
        wanted = number.strip().upper().removeprefix("KR").strip()
        every = [kr for o in self.objectives() for kr in o.key_results]
        for kr in every:
            if kr.number == wanted:
                return kr
        if not every:
            raise RuleError("This workshop has no key results yet to check in on.")
        raise RuleError(
            "There is no key result {number!r}: the key results are {numbers} "
            "(objective.KR, as the sheets print them).",
            number=number.strip(),
            numbers=", ".join(kr.number for kr in every),
        )

    # Weekly check-ins

    def check_in(
        self,
        key_result_id: int,
        week: int,
        confidence: float | None,
        actual: str = "",
        note: str = "",
    ) -> Undo:
        """One week's confidence, actual and note for one KR."""
        value = None if confidence is None else check_confidence(confidence, week)
        check_week(week)
        actual = clean_text(actual, Word("the actual"), required=False, limit=200)
        note = clean_text(note, Word("the note"), required=False)
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            existing = next((c for c in key_result.checkins if c.week == week), None)
            old = None if existing is None else _checkin_view(existing)
            if existing is None:
                existing = ConfidenceCheckIn(week=week, recorded_at=self.utc_now())
                key_result.checkins.append(existing)
            existing.score = value
            existing.actual = actual
            existing.note = note
            existing.recorded_at = self.utc_now()
        return Undo(self.put_back_check_in, (key_result_id, week, old))

    def forget_check_in(self, key_result_id: int, week: int) -> Undo:
        """Remove one week's check-in of a KR."""
        check_week(week)
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            existing = next((c for c in key_result.checkins if c.week == week), None)
            old = None if existing is None else _checkin_view(existing)
            if existing is not None:
                key_result.checkins.remove(existing)
        return Undo(self.put_back_check_in, (key_result_id, week, old))

    def put_back_check_in(
        self, key_result_id: int, week: int, previous: CheckInView | None
    ) -> Undo:
        """Put a week's check-in back as it was (``None``: no check-in that week)."""
        if previous is None:
            return self.forget_check_in(key_result_id, week)
        return self.check_in(
            key_result_id, week, previous.confidence, previous.actual, previous.note
        )

    def weekly_note(self, week: int) -> WeeklyNoteSnapshot:
        """The week's answers to the check-in questions, its pipeline and its focus."""
        check_week(week)
        with self.store.reading() as session:
            note = self._note(session, week)
            return WeeklyNoteSnapshot(week) if note is None else view_of(WeeklyNoteSnapshot, note)

    def set_weekly_answer(self, week: int, field: str, text: str) -> Undo:
        """Answer one question of a week's check-in."""
        check_week(week)
        if field not in WEEKLY_FIELDS:
            raise RuleError("A week's check-in has no part called {field!r}.", field=field)
        text = clean_text(text, Word("the answer"), required=False)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            note = self._note(session, week)
            if note is None:
                note = WeeklyNote(week=week)
                workshop.weekly_notes.append(note)
            old: str = getattr(note, field) or ""
            setattr(note, field, text)
        return Undo(self.set_weekly_answer, (week, field, old))

    # Operational health

    def health(self) -> list[HealthView]:
        with self.store.reading() as session:
            return [view_of(HealthView, h) for h in self._workshop(session).health_metrics]

    def add_health_metric(self, name: str) -> int:
        name = clean_text(name, Word("the health metric"), limit=200)
        return self._add_to_workshop("health_metrics", HealthMetric(name=name))

    def set_health_status(self, metric_id: int, status: str) -> Undo:
        """Green, amber, red or "" (not rated)."""
        if status not in HEALTH_STATUSES:
            raise RuleError("A health metric is green, amber or red.")
        return self._edit_row(
            HealthMetric,
            metric_id,
            Word("health metric"),
            {"status": status},
            self.set_health_status,
        )

    def remove_health_metric(self, metric_id: int) -> Undo:
        return self._remove_row(
            HealthMetric, metric_id, Word("health metric"), self.remove_health_metric
        )

    # The end of the cycle

    def set_final_score(self, key_result_id: int, score: float | None) -> Undo:
        """The room's 0.0-1.0 score of a KR at the end of the cycle."""
        value = None if score is None else check_score(score)
        return self._set_field(
            self._key_result, key_result_id, "final_score", value, self.set_final_score
        )

    def set_review_note(self, key_result_id: int, text: str) -> Undo:
        text = clean_text(text, Word("the note"), required=False)
        return self._set_field(
            self._key_result, key_result_id, "review_note", text, self.set_review_note
        )

    def review_answers(self) -> tuple[ReviewAnswerView, ...]:
        """The answer to each review question, in the order the review asks them."""
        with self.store.reading() as session:
            stored = {a.question: a.text for a in self._workshop(session).review_answers}
        return tuple(
            ReviewAnswerView(question, stored.get(question, "")) for question in REVIEW_QUESTIONS
        )

    def set_review_answer(self, question: str, text: str) -> Undo:
        if question not in REVIEW_QUESTIONS:
            raise RuleError("The review has no question called {question!r}.", question=question)
        text = clean_text(text, Word("the answer"), required=False)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            answer = next((a for a in workshop.review_answers if a.question == question), None)
            if answer is None:
                answer = ReviewAnswer(question=question, text="")
                workshop.review_answers.append(answer)
            old = answer.text
            answer.text = text
        return Undo(self.set_review_answer, (question, old))

    def review_items(self) -> list[ReviewItemView]:
        with self.store.reading() as session:
            return [view_of(ReviewItemView, i) for i in self._workshop(session).review_items]

    def add_review_item(self, column: str, text: str) -> int:
        if column not in REVIEW_COLUMNS:
            raise RuleError("A review note goes under stop, start or continue.")
        text = clean_text(text, Word("the note"))
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            position = max((i.position for i in workshop.review_items), default=-1) + 1
            item = ReviewItem(column=column, text=text, position=position, open=True)
            workshop.review_items.append(item)
            session.flush()
            return item.id

    def edit_review_item(self, item_id: int, text: str) -> Undo:
        text = clean_text(text, Word("the note"))
        return self._edit_row(
            ReviewItem, item_id, Word("review note"), {"text": text}, self.edit_review_item
        )

    def set_review_item_open(self, item_id: int, is_open: bool) -> Undo:
        """An open note is carried into the next cycle; a settled one is not."""
        with self.store.transaction() as session:
            item = self._get(session, ReviewItem, item_id, Word("review note"))
            old = item.open
            item.open = is_open
        return Undo(self.set_review_item_open, (item_id, old))

    def remove_review_item(self, item_id: int) -> Undo:
        return self._remove_row(ReviewItem, item_id, Word("review note"), self.remove_review_item)

    # The next cycle

    def start_next_cycle(self, label: str | None = None) -> int:
        """The next workshop of the team, its Score step and retrospective filled in.

        Last cycle's OKRs come in with the scores the review gave them (the suggested
        score where the room gave none), the review's answers as lessons learned, and
        the open stop / start / continue notes in the retrospective. Returns its id.
        """
        objectives = self.objectives()
        if not any(o.key_results for o in objectives):
            raise RuleError(
                "This workshop has no key results yet: the next cycle starts from them."
            )
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            following = next_workshop_of(session, workshop.id)
            if following is not None:
                if following.cycle_label:
                    raise RuleError(
                        "The next cycle is already started: workshop {id} ({cycle}).",
                        id=following.id,
                        cycle=following.cycle_label,
                    )
                raise RuleError(
                    "The next cycle is already started: workshop {id}.", id=following.id
                )
            start, end = next_cycle_dates(workshop.cycle_start, workshop.cycle_end)
            plan = plan_workshop(
                workshop.team,
                workshop.template,
                created_at=self.utc_now(),
                mission=workshop.mission,
                cycle_label=next_cycle_label(workshop.cycle_label) if label is None else label,
                cycle_start=start,
                cycle_end=end,
                participants=[(p.name, p.role) for p in workshop.participants],
                language=workshop.settings.get("language", SOURCE_LANGUAGE),
            )
            new = commands.add_workshop(session, plan)
            new.previous_workshop_id = workshop.id
            thresholds = workshop.settings.get("verdict_thresholds")
            if thresholds:
                new.settings = {**new.settings, "verdict_thresholds": dict(thresholds)}
            for position, objective in enumerate(objectives):
                past = PastObjective(
                    text=objective.text, position=position, source_objective_id=objective.id
                )
                past.key_results = [
                    PastKeyResult(
                        text=kr.text,
                        position=index,
                        score=kr.final_score if kr.final_score is not None else kr.suggested_score,
                        note=kr.review_note,
                        source_key_result_id=kr.id,
                    )
                    for index, kr in enumerate(objective.key_results)
                ]
                new.past_objectives.append(past)
            self._carry_into_retro(workshop, new)
            session.flush()
            return new.id

    def _carry_into_retro(self, workshop: Workshop, new: Workshop) -> None:
        notes: list[tuple[str, str, int | None]] = [
            (LESSONS_COLUMN, f"{REVIEW_QUESTIONS[a.question]} {a.text}", None)
            for a in sorted(
                workshop.review_answers, key=lambda a: list(REVIEW_QUESTIONS).index(a.question)
            )
            if a.text.strip() and a.question in REVIEW_QUESTIONS
        ]
        notes += [(i.column, i.text, i.id) for i in workshop.review_items if i.open]
        positions: dict[str, int] = {}
        for column, text, source in notes:
            position = positions.get(column, 0)
            positions[column] = position + 1
            new.retro_items.append(
                RetroItem(
                    board="opening",
                    column=column,
                    text=text,
                    position=position,
                    source_review_item_id=source,
                )
            )

    # Helpers

    def _kr_view(
        self,
        number: str,
        kr: KeyResult,
        people: dict[int, str],
        thresholds: VerdictThresholds,
    ) -> CycleKeyResult:
        checkins = {c.week: _checkin_view(c) for c in kr.checkins}
        kr_trend = trend(
            kr.baseline,
            kr.target,
            {week: (c.confidence, c.actual) for week, c in checkins.items()},
        )
        return CycleKeyResult(
            id=kr.id,
            number=number,
            text=kr.text,
            baseline=kr.baseline,
            target=kr.target,
            unit=kr.unit,
            champion=people.get(kr.champion_id or -1, ""),
            checkins=checkins,
            trend=kr_trend,
            final_score=kr.final_score,
            review_note=kr.review_note,
            suggested_score=suggested_score(kr.baseline, kr.target, kr_trend.latest_actual),
            verdict=None if kr.final_score is None else verdict(kr.final_score, thresholds),
        )

    def _note(self, session: Session, week: int) -> WeeklyNote | None:
        return next((n for n in self._workshop(session).weekly_notes if n.week == week), None)


def _checkin_view(checkin: ConfidenceCheckIn) -> CheckInView:
    return CheckInView(checkin.week, checkin.score, checkin.actual, checkin.note)
