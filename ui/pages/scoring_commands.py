"""Commands of scoring last cycle: bring in, type in, edit, score, remove."""

from __future__ import annotations

from functools import partial

from facilitation.engine.scoring import ScoringEngine
from facilitation.engine.undo import Undo
from ui.commands import Changes, EngineCommand, adding
from ui.i18n import translate
from ui.widgets.parts import elided

SCORING = Changes(scoring=True)


def _quoted(text: str) -> str:
    return f"“{elided(text, 40)}”"


def bring_in_previous(scoring: ScoringEngine, previous_id: int) -> EngineCommand:
    def do() -> Undo:
        made = scoring.bring_in_previous(previous_id)
        return Undo.together([Undo.of_added(scoring.remove_past_objective, i) for i in made])

    return EngineCommand(translate("scoring_commands", "Bring in last cycle's OKRs"), SCORING, do)


def add_past_objective(scoring: ScoringEngine, text: str) -> EngineCommand:
    return adding(
        translate("scoring_commands", "Add last cycle's objective {0}").format(_quoted(text)),
        SCORING,
        partial(scoring.add_past_objective, text),
        scoring.remove_past_objective,
    )


def add_past_key_result(scoring: ScoringEngine, objective_id: int, text: str) -> EngineCommand:
    return adding(
        translate("scoring_commands", "Add last cycle's key result {0}").format(_quoted(text)),
        SCORING,
        partial(scoring.add_past_key_result, objective_id, text),
        scoring.remove_past_key_result,
    )


def edit_past_objective(
    scoring: ScoringEngine, objective_id: int, text: str, old: str
) -> EngineCommand:
    return EngineCommand(
        translate("scoring_commands", "Reword last cycle's objective {0}").format(_quoted(old)),
        SCORING,
        partial(scoring.edit_past_objective, objective_id, text),
    )


def edit_past_key_result(
    scoring: ScoringEngine, key_result_id: int, text: str, old: str
) -> EngineCommand:
    return EngineCommand(
        translate("scoring_commands", "Reword last cycle's key result {0}").format(_quoted(old)),
        SCORING,
        partial(scoring.edit_past_key_result, key_result_id, text),
    )


def score_key_result(
    scoring: ScoringEngine, key_result_id: int, text: str, score: float | None
) -> EngineCommand:
    shown = translate("scoring_commands", "no score") if score is None else f"{score:.1f}"
    return EngineCommand(
        translate("scoring_commands", "Score {0}: {1}").format(_quoted(text), shown),
        SCORING,
        partial(scoring.score, key_result_id, score),
    )


def remove_past_objective(scoring: ScoringEngine, objective_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        translate("scoring_commands", "Remove last cycle's objective {0}").format(_quoted(text)),
        SCORING,
        partial(scoring.remove_past_objective, objective_id),
    )


def remove_past_key_result(scoring: ScoringEngine, key_result_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        translate("scoring_commands", "Remove last cycle's key result {0}").format(_quoted(text)),
        SCORING,
        partial(scoring.remove_past_key_result, key_result_id),
    )
