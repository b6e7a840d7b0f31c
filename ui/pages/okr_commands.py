"""Undo commands for the objective and key-result pages.

One command per user action. The value to put back is read when the command is
created (or returned by the engine when it acts), so undo restores exactly what was
there before.
"""

from __future__ import annotations

from typing import Any

from facilitation.engine.base import Gone
from facilitation.engine.okrs import InitiativeView, KeyResultView, OkrEngine, Removed
from ui.commands import EngineCommand


def _short(text: str, length: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


# Objectives


class AddObjective(EngineCommand):
    """A new objective; its undo drops it, its redo brings it back as a draft."""

    def __init__(self, okrs: OkrEngine, text: str, why_it_matters: str = "") -> None:
        super().__init__(f"Add the objective “{_short(text)}”")
        self.okrs = okrs
        self.wording = text
        self.why_it_matters = why_it_matters
        self.objective_id: int | None = None

    def apply(self) -> None:
        if self.objective_id is None:
            self.objective_id = self.okrs.add_objective(self.wording, self.why_it_matters)
        else:
            self.okrs.set_objective_status(self.objective_id, "draft")

    def revert(self) -> None:
        if self.objective_id is not None:
            self.okrs.set_objective_status(self.objective_id, "dropped")


OBJECTIVE_FIELD_WORDS = {"text": "the objective", "why_it_matters": "why it matters"}
ANSWER_WORDS = {True: "Yes", False: "No", None: "Not answered"}


class EditObjective(EngineCommand):
    """New wording for the objective or for why it matters."""

    def __init__(self, okrs: OkrEngine, objective_id: int, field: str, value: str) -> None:
        super().__init__(f"Edit {OBJECTIVE_FIELD_WORDS[field]}")
        self.okrs = okrs
        self.objective_id = objective_id
        self.field = field
        self.value = value
        self.old_value: str = getattr(okrs.objective(objective_id), field)

    def apply(self) -> None:
        self.okrs.edit_objective(self.objective_id, **{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_objective(self.objective_id, **{self.field: self.old_value})


# Key results


class AddKeyResult(EngineCommand):
    def __init__(self, okrs: OkrEngine, objective_id: int, text: str) -> None:
        super().__init__(f"Add the key result “{_short(text)}”")
        self.okrs = okrs
        self.objective_id = objective_id
        self.wording = text
        self.key_result_id: int | None = None
        self._removed: Removed | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.key_result_id = self.okrs.add_key_result(self.objective_id, self.wording)
        else:
            self.okrs.restore(self._removed)

    def revert(self) -> None:
        if self.key_result_id is not None:
            self._removed = self.okrs.remove_key_result(self.key_result_id)


class RemoveKeyResult(EngineCommand):
    def __init__(self, okrs: OkrEngine, key_result_id: int, text: str) -> None:
        super().__init__(f"Remove the key result “{_short(text)}”")
        self.okrs = okrs
        self.key_result_id = key_result_id
        self._removed: Removed | None = None

    def apply(self) -> None:
        self._removed = self.okrs.remove_key_result(self.key_result_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.okrs.restore(self._removed)


KEY_RESULT_FIELD_WORDS = {
    "text": "the key result",
    "baseline": "the baseline",
    "target": "the target",
    "unit": "the unit",
    "how_to_measure": "how to measure",
    "data_source": "the data source",
    "success_threshold": "what counts as success",
    "partial_threshold": "what counts as partial success",
    "no_impact_threshold": "what counts as no impact",
    "negative_threshold": "what counts as a negative impact",
}


class EditKeyResult(EngineCommand):
    """One field of a key result, typed in and finished."""

    def __init__(self, okrs: OkrEngine, key_result_id: int, field: str, value: Any) -> None:
        super().__init__(f"Edit {KEY_RESULT_FIELD_WORDS.get(field, field)}")
        self.okrs = okrs
        self.key_result_id = key_result_id
        self.field = field
        self.value = value
        self.old_value: Any = getattr(_key_result(okrs, key_result_id), field)

    def apply(self) -> None:
        self.okrs.edit_key_result(self.key_result_id, **{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_key_result(self.key_result_id, **{self.field: self.old_value})


HANDS_QUESTIONS = {
    "outcome_or_output": "outcome or output",
    "leading_or_lagging": "leading or lagging",
}


class RecordHands(EngineCommand):
    """The hands counted for one of the two questions the room votes on by hand."""

    def __init__(
        self, okrs: OkrEngine, key_result_id: int, question: str, first: int, second: int
    ) -> None:
        super().__init__(f"Count hands: {HANDS_QUESTIONS.get(question, question)}")
        self.okrs = okrs
        self.key_result_id = key_result_id
        self.question = question
        self.counts = (first, second)
        self.old_fields: dict[str, Any] = {}

    def apply(self) -> None:
        self.old_fields = self.okrs.record_hands(self.key_result_id, self.question, *self.counts)

    def revert(self) -> None:
        self.okrs.set_key_result_fields(self.key_result_id, self.old_fields)


class SetAnswer(EngineCommand):
    """The room's yes, no, or not yet on one criterion of the facilitation sheet."""

    def __init__(
        self,
        okrs: OkrEngine,
        criterion: str,
        label: str,
        answer: bool | None,
        *,
        objective_id: int | None = None,
        key_result_id: int | None = None,
    ) -> None:
        super().__init__(f"{label}: {ANSWER_WORDS[answer]}")
        self.okrs = okrs
        self.criterion = criterion
        self.answer = answer
        self.where = {"objective_id": objective_id, "key_result_id": key_result_id}
        self.old_answer = okrs.answers(**self.where).get(criterion)

    def apply(self) -> None:
        self.okrs.set_answer(self.criterion, self.answer, **self.where)

    def revert(self) -> None:
        self.okrs.set_answer(self.criterion, self.old_answer, **self.where)


class SetChampion(EngineCommand):
    def __init__(
        self, okrs: OkrEngine, key_result_id: int, participant_id: int | None, name: str
    ) -> None:
        kr = _key_result(okrs, key_result_id)
        what = f"{name} champions" if participant_id is not None else "No champion for"
        super().__init__(f"{what} “{_short(kr.text)}”")
        self.okrs = okrs
        self.key_result_id = key_result_id
        self.participant_id = participant_id
        self.old_id = kr.champion_id

    def apply(self) -> None:
        self.okrs.set_champion(self.key_result_id, self.participant_id)

    def revert(self) -> None:
        self.okrs.set_champion(self.key_result_id, self.old_id)


class SetOkrChampion(EngineCommand):
    def __init__(self, okrs: OkrEngine, participant_id: int | None, name: str) -> None:
        text = f"{name} is the team's OKR champion" if participant_id else "No OKR champion"
        super().__init__(text)
        self.okrs = okrs
        self.participant_id = participant_id
        self.old_id = next((p.id for p in okrs.participants() if p.is_okr_champion), None)

    def apply(self) -> None:
        self.okrs.set_okr_champion(self.participant_id)

    def revert(self) -> None:
        self.okrs.set_okr_champion(self.old_id)


# The OKR story


class EditStory(EngineCommand):
    def __init__(self, okrs: OkrEngine, objective_id: int | None, field: str, value: str) -> None:
        super().__init__(f"Edit the story: {field.replace('_', ' ')}")
        self.okrs = okrs
        self.objective_id = objective_id
        self.field = field
        self.value = value
        self.old_value = okrs.story(objective_id)[field]

    def apply(self) -> None:
        self.okrs.edit_story(self.objective_id, **{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_story(self.objective_id, **{self.field: self.old_value})


# Initiatives


class AddInitiative(EngineCommand):
    def __init__(
        self, okrs: OkrEngine, key_result_id: int, text: str, owner: str, priority: str
    ) -> None:
        super().__init__(f"Add the initiative “{_short(text)}”")
        self.okrs = okrs
        self.key_result_id = key_result_id
        self.fields = (text, owner, priority)
        self.initiative_id: int | None = None
        self._removed: Removed | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.initiative_id = self.okrs.add_initiative(self.key_result_id, *self.fields)
        else:
            self.okrs.restore(self._removed)

    def revert(self) -> None:
        if self.initiative_id is not None:
            self._removed = self.okrs.remove_initiative(self.initiative_id)


class EditInitiative(EngineCommand):
    def __init__(self, okrs: OkrEngine, initiative_id: int, field: str, value: str) -> None:
        super().__init__(f"Edit the initiative's {field}")
        self.okrs = okrs
        self.initiative_id = initiative_id
        self.field = field
        self.value = value
        self.old_value: str = getattr(_initiative(okrs, initiative_id), field)

    def apply(self) -> None:
        self.okrs.edit_initiative(self.initiative_id, **{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_initiative(self.initiative_id, **{self.field: self.old_value})


class RemoveInitiative(EngineCommand):
    def __init__(self, okrs: OkrEngine, initiative_id: int, text: str) -> None:
        super().__init__(f"Remove the initiative “{_short(text)}”")
        self.okrs = okrs
        self.initiative_id = initiative_id
        self._removed: Removed | None = None

    def apply(self) -> None:
        self._removed = self.okrs.remove_initiative(self.initiative_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.okrs.restore(self._removed)


# The communications plan


class AddCommsItem(EngineCommand):
    def __init__(self, okrs: OkrEngine, fields: dict[str, str]) -> None:
        what = fields.get("audience") or fields.get("message") or ""
        super().__init__(f"Add “{_short(what)}” to the communications plan")
        self.okrs = okrs
        self.fields = dict(fields)
        self.item_id: int | None = None
        self._removed: Removed | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.item_id = self.okrs.add_comms_item(**self.fields)
        else:
            self.okrs.restore(self._removed)

    def revert(self) -> None:
        if self.item_id is not None:
            self._removed = self.okrs.remove_comms_item(self.item_id)


class EditCommsItem(EngineCommand):
    def __init__(self, okrs: OkrEngine, item_id: int, field: str, value: str) -> None:
        super().__init__(f"Edit the communications plan: {field}")
        self.okrs = okrs
        self.item_id = item_id
        self.field = field
        self.value = value
        self.old_value: str = _comms_item(okrs, item_id)[field]

    def apply(self) -> None:
        self.okrs.edit_comms_item(self.item_id, **{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_comms_item(self.item_id, **{self.field: self.old_value})


class RemoveCommsItem(EngineCommand):
    def __init__(self, okrs: OkrEngine, item_id: int) -> None:
        super().__init__("Remove a line of the communications plan")
        self.okrs = okrs
        self.item_id = item_id
        self._removed: Removed | None = None

    def apply(self) -> None:
        self._removed = self.okrs.remove_comms_item(self.item_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.okrs.restore(self._removed)


# The embedding worksheet


class EditWorksheet(EngineCommand):
    def __init__(self, okrs: OkrEngine, field: str, value: Any, label: str) -> None:
        super().__init__(f"Edit the worksheet: {label}")
        self.okrs = okrs
        self.field = field
        self.value = value
        self.old_value: Any = okrs.worksheet()[field]

    def apply(self) -> None:
        self.okrs.edit_worksheet(**{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_worksheet(**{self.field: self.old_value})


class EditTeam(EngineCommand):
    """The team's name or mission: field 1 of the worksheet."""

    def __init__(self, okrs: OkrEngine, field: str, value: str, old_value: str) -> None:
        super().__init__(f"Edit the team's {'name' if field == 'team' else field}")
        self.okrs = okrs
        self.field = field
        self.value = value
        self.old_value = old_value

    def apply(self) -> None:
        self.okrs.edit_team(**{self.field: self.value})

    def revert(self) -> None:
        self.okrs.edit_team(**{self.field: self.old_value})


class AddDependency(EngineCommand):
    def __init__(
        self, okrs: OkrEngine, direction: str, team: str, description: str, strength: str
    ) -> None:
        super().__init__(f"Add the dependency on “{_short(team)}”")
        self.okrs = okrs
        self.fields = (direction, team, description, strength)
        self.dependency_id: int | None = None
        self._removed: Removed | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.dependency_id = self.okrs.add_dependency(*self.fields)
        else:
            self.okrs.restore(self._removed)

    def revert(self) -> None:
        if self.dependency_id is not None:
            self._removed = self.okrs.remove_dependency(self.dependency_id)


class RemoveDependency(EngineCommand):
    def __init__(self, okrs: OkrEngine, dependency_id: int, team: str) -> None:
        super().__init__(f"Remove the dependency on “{_short(team)}”")
        self.okrs = okrs
        self.dependency_id = dependency_id
        self._removed: Removed | None = None

    def apply(self) -> None:
        self._removed = self.okrs.remove_dependency(self.dependency_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.okrs.restore(self._removed)


class AddMetric(EngineCommand):
    def __init__(self, okrs: OkrEngine, kind: str, text: str, sweet_spot: bool) -> None:
        super().__init__(f"Add the metric “{_short(text)}”")
        self.okrs = okrs
        self.fields = (kind, text, sweet_spot)
        self.metric_id: int | None = None
        self._removed: Removed | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.metric_id = self.okrs.add_metric(*self.fields)
        else:
            self.okrs.restore(self._removed)

    def revert(self) -> None:
        if self.metric_id is not None:
            self._removed = self.okrs.remove_metric(self.metric_id)


class RemoveMetric(EngineCommand):
    def __init__(self, okrs: OkrEngine, metric_id: int, text: str) -> None:
        super().__init__(f"Remove the metric “{_short(text)}”")
        self.okrs = okrs
        self.metric_id = metric_id
        self._removed: Removed | None = None

    def apply(self) -> None:
        self._removed = self.okrs.remove_metric(self.metric_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.okrs.restore(self._removed)


def _key_result(okrs: OkrEngine, key_result_id: int) -> KeyResultView:
    """The key result as the engine shows it; a readable refusal when it has gone."""
    for objective in okrs.objectives():
        for kr in objective.key_results:
            if kr.id == key_result_id:
                return kr
    raise Gone("That key result is no longer in this workshop.")


def _initiative(okrs: OkrEngine, initiative_id: int) -> InitiativeView:
    for objective in okrs.objectives():
        for kr in objective.key_results:
            for initiative in kr.initiatives:
                if initiative.id == initiative_id:
                    return initiative
    raise Gone("That initiative is no longer in this workshop.")


def _comms_item(okrs: OkrEngine, item_id: int) -> dict[str, Any]:
    for item in okrs.comms_items():
        if item["id"] == item_id:
            return item
    raise Gone("That line of the plan is no longer in this workshop.")
