"""Undo commands for scoring last cycle: bring in, type in, edit, score, remove."""

from __future__ import annotations

from facilitation.engine.scoring import RemovedPast, ScoringEngine
from ui.commands import EngineCommand
from ui.pages.page_parts import elided


def _quoted(text: str) -> str:
    return f"“{elided(text, 40)}”"


class BringInPrevious(EngineCommand):
    def __init__(self, scoring: ScoringEngine, previous_id: int) -> None:
        super().__init__("Bring in last cycle's OKRs")
        self.scoring = scoring
        self.previous_id = previous_id
        self.made: list[int] = []
        self.removed: list[RemovedPast] = []

    def apply(self) -> None:
        if not self.removed:
            self.made = self.scoring.bring_in_previous(self.previous_id)
            return
        for removed in self.removed:
            self.scoring.restore(removed)
        self.removed = []

    def revert(self) -> None:
        self.removed = [self.scoring.remove_past_objective(i) for i in self.made]


class AddPastObjective(EngineCommand):
    def __init__(self, scoring: ScoringEngine, text: str) -> None:
        super().__init__(f"Add last cycle's objective {_quoted(text)}")
        self.scoring = scoring
        self.wording = text
        self.made: int | None = None
        self.removed: RemovedPast | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.scoring.add_past_objective(self.wording)
        else:
            self.scoring.restore(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.scoring.remove_past_objective(self.made)


class AddPastKeyResult(EngineCommand):
    def __init__(self, scoring: ScoringEngine, objective_id: int, text: str) -> None:
        super().__init__(f"Add last cycle's key result {_quoted(text)}")
        self.scoring = scoring
        self.objective_id = objective_id
        self.wording = text
        self.made: int | None = None
        self.removed: RemovedPast | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.scoring.add_past_key_result(self.objective_id, self.wording)
        else:
            self.scoring.restore(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.scoring.remove_past_key_result(self.made)


class EditPastObjective(EngineCommand):
    def __init__(self, scoring: ScoringEngine, objective_id: int, text: str, old: str) -> None:
        super().__init__(f"Reword last cycle's objective {_quoted(old)}")
        self.scoring = scoring
        self.objective_id = objective_id
        self.wording = text
        self.old = old

    def apply(self) -> None:
        self.scoring.edit_past_objective(self.objective_id, self.wording)

    def revert(self) -> None:
        self.scoring.edit_past_objective(self.objective_id, self.old)


class EditPastKeyResult(EngineCommand):
    def __init__(self, scoring: ScoringEngine, key_result_id: int, text: str, old: str) -> None:
        super().__init__(f"Reword last cycle's key result {_quoted(old)}")
        self.scoring = scoring
        self.key_result_id = key_result_id
        self.wording = text
        self.old = old

    def apply(self) -> None:
        self.scoring.edit_past_key_result(self.key_result_id, self.wording)

    def revert(self) -> None:
        self.scoring.edit_past_key_result(self.key_result_id, self.old)


class ScoreKeyResult(EngineCommand):
    def __init__(
        self,
        scoring: ScoringEngine,
        key_result_id: int,
        text: str,
        score: float | None,
        old: float | None,
    ) -> None:
        shown = "no score" if score is None else f"{score:.1f}"
        super().__init__(f"Score {_quoted(text)}: {shown}")
        self.scoring = scoring
        self.key_result_id = key_result_id
        self.score = score
        self.old = old

    def apply(self) -> None:
        self.scoring.score(self.key_result_id, self.score)

    def revert(self) -> None:
        self.scoring.score(self.key_result_id, self.old)


class RemovePastObjective(EngineCommand):
    def __init__(self, scoring: ScoringEngine, objective_id: int, text: str) -> None:
        super().__init__(f"Remove last cycle's objective {_quoted(text)}")
        self.scoring = scoring
        self.objective_id = objective_id
        self.removed: RemovedPast | None = None

    def apply(self) -> None:
        self.removed = self.scoring.remove_past_objective(self.objective_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.scoring.restore(self.removed)


class RemovePastKeyResult(EngineCommand):
    def __init__(self, scoring: ScoringEngine, key_result_id: int, text: str) -> None:
        super().__init__(f"Remove last cycle's key result {_quoted(text)}")
        self.scoring = scoring
        self.key_result_id = key_result_id
        self.removed: RemovedPast | None = None

    def apply(self) -> None:
        self.removed = self.scoring.remove_past_key_result(self.key_result_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.scoring.restore(self.removed)
