"""Commands of the cycle: one per entry of a check-in or of the review."""

from __future__ import annotations

from functools import partial

from facilitation.cycle import REVIEW_QUESTIONS, WEEKLY_FIELDS
from facilitation.engine.cycle import CheckInView, CycleEngine
from facilitation.engine.undo import Undo
from ui.commands import Changes, EngineCommand, adding
from ui.text import elided

CYCLE = Changes(cycle=True)


def _shown(value: float | None) -> str:
    return "no confidence" if value is None else f"{value:g}"


def record_check_in(
    cycle: CycleEngine, key_result_id: int, number: str, week: int, entry: CheckInView | None
) -> EngineCommand:
    """A week's confidence, actual and note of one KR; ``None`` clears the week."""
    what = "Clear" if entry is None else f"{_shown(entry.confidence)} for"
    return EngineCommand(
        f"{what} KR {number}, week {week}",
        CYCLE,
        partial(cycle.put_back_check_in, key_result_id, week, entry),
    )


def set_weekly_answer(cycle: CycleEngine, week: int, field: str, text: str) -> EngineCommand:
    return EngineCommand(
        f"{WEEKLY_FIELDS[field].split(':')[0]} (week {week})",
        CYCLE,
        partial(cycle.set_weekly_answer, week, field, text),
    )


def add_health_metric(cycle: CycleEngine, name: str) -> EngineCommand:
    return adding(
        f"Add the health metric “{elided(name, 40)}”",
        CYCLE,
        partial(cycle.add_health_metric, name),
        cycle.remove_health_metric,
    )


def set_health_status(cycle: CycleEngine, metric_id: int, name: str, status: str) -> EngineCommand:
    return EngineCommand(
        f"“{elided(name, 40)}” {status or 'not rated'}",
        CYCLE,
        partial(cycle.set_health_status, metric_id, status),
    )


def remove_health_metric(cycle: CycleEngine, metric_id: int, name: str) -> EngineCommand:
    return EngineCommand(
        f"Remove the health metric “{elided(name, 40)}”",
        CYCLE,
        partial(cycle.remove_health_metric, metric_id),
    )


def set_final_score(
    cycle: CycleEngine, key_result_id: int, number: str, score: float | None
) -> EngineCommand:
    shown = "no score" if score is None else f"{score:.1f}"
    return EngineCommand(
        f"Score KR {number}: {shown}", CYCLE, partial(cycle.set_final_score, key_result_id, score)
    )


def use_suggested_scores(cycle: CycleEngine, scores: dict[int, float]) -> EngineCommand:
    """The suggested score of every KR the room has not scored, as one action."""
    return EngineCommand(
        "Use the suggested scores",
        CYCLE,
        lambda: Undo.together([cycle.set_final_score(kr, score) for kr, score in scores.items()]),
    )


def set_review_note(
    cycle: CycleEngine, key_result_id: int, number: str, text: str
) -> EngineCommand:
    return EngineCommand(
        f"Review note of KR {number}", CYCLE, partial(cycle.set_review_note, key_result_id, text)
    )


def set_review_answer(cycle: CycleEngine, question: str, text: str) -> EngineCommand:
    return EngineCommand(
        f"Answer “{elided(REVIEW_QUESTIONS[question], 40)}”",
        CYCLE,
        partial(cycle.set_review_answer, question, text),
    )


def add_review_item(cycle: CycleEngine, column: str, text: str) -> EngineCommand:
    return adding(
        f"Add “{elided(text, 40)}” to {column}",
        CYCLE,
        partial(cycle.add_review_item, column, text),
        cycle.remove_review_item,
    )


def set_review_item_open(
    cycle: CycleEngine, item_id: int, text: str, is_open: bool
) -> EngineCommand:
    verb = "Carry" if is_open else "Settle"
    return EngineCommand(
        f"{verb} “{elided(text, 40)}”", CYCLE, partial(cycle.set_review_item_open, item_id, is_open)
    )


def remove_review_item(cycle: CycleEngine, item_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        f"Remove “{elided(text, 40)}”", CYCLE, partial(cycle.remove_review_item, item_id)
    )
