"""Undo commands for the cycle: one per entry of a check-in or of the review."""

from __future__ import annotations

from facilitation.cycle import REVIEW_QUESTIONS, WEEKLY_FIELDS
from facilitation.engine.cycle import CheckInView, CycleEngine, RemovedRows
from ui.commands import EngineCommand
from ui.text import elided


def _shown(value: float | None) -> str:
    return "no confidence" if value is None else f"{value:g}"


class RecordCheckIn(EngineCommand):
    """A week's confidence, actual and note of one KR; ``None`` clears the week."""

    def __init__(
        self,
        cycle: CycleEngine,
        key_result_id: int,
        number: str,
        week: int,
        entry: CheckInView | None,
        old: CheckInView | None,
    ) -> None:
        what = "Clear" if entry is None else f"{_shown(entry.confidence)} for"
        super().__init__(f"{what} KR {number}, week {week}")
        self.cycle = cycle
        self.key_result_id = key_result_id
        self.week = week
        self.entry = entry
        self.old = old

    def apply(self) -> None:
        self.cycle.put_back_check_in(self.key_result_id, self.week, self.entry)

    def revert(self) -> None:
        self.cycle.put_back_check_in(self.key_result_id, self.week, self.old)


class SetWeeklyAnswer(EngineCommand):
    def __init__(self, cycle: CycleEngine, week: int, field: str, text: str, old: str) -> None:
        super().__init__(f"{WEEKLY_FIELDS[field].split(':')[0]} (week {week})")
        self.cycle = cycle
        self.week = week
        self.field = field
        self.text = text
        self.old = old

    def apply(self) -> None:
        self.cycle.set_weekly_answer(self.week, self.field, self.text)

    def revert(self) -> None:
        self.cycle.set_weekly_answer(self.week, self.field, self.old)


class AddHealthMetric(EngineCommand):
    def __init__(self, cycle: CycleEngine, name: str) -> None:
        super().__init__(f"Add the health metric “{elided(name, 40)}”")
        self.cycle = cycle
        self.name = name
        self.made: int | None = None
        self.removed: RemovedRows | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.cycle.add_health_metric(self.name)
        else:
            self.cycle.restore(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.cycle.remove_health_metric(self.made)


class SetHealthStatus(EngineCommand):
    def __init__(
        self, cycle: CycleEngine, metric_id: int, name: str, status: str, old: str
    ) -> None:
        super().__init__(f"“{elided(name, 40)}” {status or 'not rated'}")
        self.cycle = cycle
        self.metric_id = metric_id
        self.status = status
        self.old = old

    def apply(self) -> None:
        self.cycle.set_health_status(self.metric_id, self.status)

    def revert(self) -> None:
        self.cycle.set_health_status(self.metric_id, self.old)


class RemoveHealthMetric(EngineCommand):
    def __init__(self, cycle: CycleEngine, metric_id: int, name: str) -> None:
        super().__init__(f"Remove the health metric “{elided(name, 40)}”")
        self.cycle = cycle
        self.metric_id = metric_id
        self.removed: RemovedRows | None = None

    def apply(self) -> None:
        self.removed = self.cycle.remove_health_metric(self.metric_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.cycle.restore(self.removed)


class SetFinalScore(EngineCommand):
    def __init__(
        self,
        cycle: CycleEngine,
        key_result_id: int,
        number: str,
        score: float | None,
        old: float | None,
    ) -> None:
        shown = "no score" if score is None else f"{score:.1f}"
        super().__init__(f"Score KR {number}: {shown}")
        self.cycle = cycle
        self.key_result_id = key_result_id
        self.score = score
        self.old = old

    def apply(self) -> None:
        self.cycle.set_final_score(self.key_result_id, self.score)

    def revert(self) -> None:
        self.cycle.set_final_score(self.key_result_id, self.old)


class SetReviewNote(EngineCommand):
    def __init__(
        self, cycle: CycleEngine, key_result_id: int, number: str, text: str, old: str
    ) -> None:
        super().__init__(f"Review note of KR {number}")
        self.cycle = cycle
        self.key_result_id = key_result_id
        self.text = text
        self.old = old

    def apply(self) -> None:
        self.cycle.set_review_note(self.key_result_id, self.text)

    def revert(self) -> None:
        self.cycle.set_review_note(self.key_result_id, self.old)


class SetReviewAnswer(EngineCommand):
    def __init__(self, cycle: CycleEngine, question: str, text: str, old: str) -> None:
        super().__init__(f"Answer “{elided(REVIEW_QUESTIONS[question], 40)}”")
        self.cycle = cycle
        self.question = question
        self.text = text
        self.old = old

    def apply(self) -> None:
        self.cycle.set_review_answer(self.question, self.text)

    def revert(self) -> None:
        self.cycle.set_review_answer(self.question, self.old)


class AddReviewItem(EngineCommand):
    def __init__(self, cycle: CycleEngine, column: str, text: str) -> None:
        super().__init__(f"Add “{elided(text, 40)}” to {column}")
        self.cycle = cycle
        self.column = column
        self.text = text
        self.made: int | None = None
        self.removed: RemovedRows | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.cycle.add_review_item(self.column, self.text)
        else:
            self.cycle.restore(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.cycle.remove_review_item(self.made)


class SetReviewItemOpen(EngineCommand):
    def __init__(self, cycle: CycleEngine, item_id: int, text: str, is_open: bool) -> None:
        verb = "Carry" if is_open else "Settle"
        super().__init__(f"{verb} “{elided(text, 40)}”")
        self.cycle = cycle
        self.item_id = item_id
        self.is_open = is_open

    def apply(self) -> None:
        self.cycle.set_review_item_open(self.item_id, self.is_open)

    def revert(self) -> None:
        self.cycle.set_review_item_open(self.item_id, not self.is_open)


class RemoveReviewItem(EngineCommand):
    def __init__(self, cycle: CycleEngine, item_id: int, text: str) -> None:
        super().__init__(f"Remove “{elided(text, 40)}”")
        self.cycle = cycle
        self.item_id = item_id
        self.removed: RemovedRows | None = None

    def apply(self) -> None:
        self.removed = self.cycle.remove_review_item(self.item_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.cycle.restore(self.removed)
