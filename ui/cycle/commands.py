"""Commands of the cycle: one per entry of a check-in or of the review."""

from __future__ import annotations

from facilitation.engine.cycle import CheckInView, CycleEngine
from facilitation.engine.undo import Undo
from ui.commands import Changes, EngineCommand
from ui.i18n import translate
from ui.text import elided
from ui.vocabulary import REVIEW_QUESTIONS, WEEKLY_FIELDS

CYCLE = Changes(cycle=True)


def _shown(value: float | None) -> str:
    return translate("commands", "no confidence") if value is None else f"{value:g}"


def record_check_in(
    cycle: CycleEngine, key_result_id: int, number: str, week: int, entry: CheckInView | None
) -> EngineCommand:
    """A week's confidence, actual and note of one KR; ``None`` clears the week."""
    what = (
        translate("commands", "Clear")
        if entry is None
        else translate("commands", "{0} for").format(_shown(entry.confidence))
    )
    return EngineCommand(
        translate("commands", "{0} KR {1}, week {2}").format(what, number, week),
        CYCLE,
        lambda: cycle.put_back_check_in(key_result_id, week, entry),
    )


def set_weekly_answer(cycle: CycleEngine, week: int, field: str, text: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "{0} (week {1})").format(WEEKLY_FIELDS[field].split(":")[0], week),
        CYCLE,
        lambda: cycle.set_weekly_answer(week, field, text),
    )


def add_health_metric(cycle: CycleEngine, name: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Add the health metric “{0}”").format(elided(name, 40)),
        CYCLE,
        lambda: Undo.of_added(cycle.remove_health_metric, cycle.add_health_metric(name)),
    )


def set_health_status(cycle: CycleEngine, metric_id: int, name: str, status: str) -> EngineCommand:
    return EngineCommand(
        f"“{elided(name, 40)}” {status or translate('commands', 'not rated')}",
        CYCLE,
        lambda: cycle.set_health_status(metric_id, status),
    )


def remove_health_metric(cycle: CycleEngine, metric_id: int, name: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Remove the health metric “{0}”").format(elided(name, 40)),
        CYCLE,
        lambda: cycle.remove_health_metric(metric_id),
    )


def set_final_score(
    cycle: CycleEngine, key_result_id: int, number: str, score: float | None
) -> EngineCommand:
    shown = translate("commands", "no score") if score is None else f"{score:.1f}"
    return EngineCommand(
        translate("commands", "Score KR {0}: {1}").format(number, shown),
        CYCLE,
        lambda: cycle.set_final_score(key_result_id, score),
    )


def use_suggested_scores(cycle: CycleEngine, scores: dict[int, float]) -> EngineCommand:
    """The suggested score of every KR the room has not scored, as one action."""
    return EngineCommand(
        translate("commands", "Use the suggested scores"),
        CYCLE,
        lambda: Undo.together([cycle.set_final_score(kr, score) for kr, score in scores.items()]),
    )


def set_review_note(
    cycle: CycleEngine, key_result_id: int, number: str, text: str
) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Review note of KR {0}").format(number),
        CYCLE,
        lambda: cycle.set_review_note(key_result_id, text),
    )


def set_review_answer(cycle: CycleEngine, question: str, text: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Answer “{0}”").format(elided(REVIEW_QUESTIONS[question], 40)),
        CYCLE,
        lambda: cycle.set_review_answer(question, text),
    )


def add_review_item(cycle: CycleEngine, column: str, text: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Add “{0}” to {1}").format(elided(text, 40), column),
        CYCLE,
        lambda: Undo.of_added(cycle.remove_review_item, cycle.add_review_item(column, text)),
    )


def set_review_item_open(
    cycle: CycleEngine, item_id: int, text: str, is_open: bool
) -> EngineCommand:
    verb = translate("commands", "Carry") if is_open else translate("commands", "Settle")
    return EngineCommand(
        f"{verb} “{elided(text, 40)}”",
        CYCLE,
        lambda: cycle.set_review_item_open(item_id, is_open),
    )


def remove_review_item(cycle: CycleEngine, item_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Remove “{0}”").format(elided(text, 40)),
        CYCLE,
        lambda: cycle.remove_review_item(item_id),
    )
