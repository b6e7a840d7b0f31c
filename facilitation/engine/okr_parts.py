"""What the parts of the OKR engine share: the views they return, the words they take,
and reading and writing the rows they have in common."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import resources
from facilitation.engine.base import EnginePart, Gone, apply_fields
from facilitation.engine.undo import Undo
from facilitation.quality import (
    KeyResultDraft,
    ObjectiveDraft,
)
from facilitation.rules import Message, RuleError, Word, clean_text
from workshop.models import (
    ChecklistAnswer,
    Initiative,
    KeyResult,
    Objective,
    OkrStory,
)
from workshop.queries import objectives_in_sheet_order
from workshop.rows import view_of
from workshop.snapshot import (
    CommsItemSnapshot,
    DependencySnapshot,
    MetricSnapshot,
    WorksheetSnapshot,
)
from workshop.store import Session

MOST_KRS_PER_CHAMPION = 2
PRIORITIES: dict[str, str] = resources.vocabulary()["priorities"]
OBJECTIVE_STATUSES = ("draft", "final", "dropped")
HANDS = {
    "outcome_or_output": ("outcome", "output"),
    "leading_or_lagging": ("leading", "lagging"),
}
DEPENDENCY_DIRECTIONS = {"we_depend": "We depend on them", "they_depend": "They depend on us"}
DEPENDENCY_STRENGTHS = {"feedback": "Feedback only", "hard": "Hard dependency"}
METRIC_KINDS = {
    "output": "Outputs",
    "leading": "Leading indicators",
    "lagging": "Lagging indicators",
}

KEY_RESULT_TEXT_FIELDS = (
    "text",
    "unit",
    "how_to_measure",
    "data_source",
    "notes",
    "success_threshold",
    "partial_threshold",
    "no_impact_threshold",
    "negative_threshold",
)
WORKSHEET_TEXT_FIELDS = (
    "people",
    "benefits",
    "checkin_cadence",
    "update_due",
    "okr_champion",
    "hopes",
    "fears",
    "upcoming_themes",
)
STORY_FIELDS = ("character", "goal", "obstacle", "resolution", "metric_ideas")
COMMS_FIELDS = ("audience", "message", "channel", "when", "owner")
FIELD_WORDS = {
    "baseline": Word("baseline"),
    "target": Word("target"),
    "how_to_measure": Word("how to measure"),
    "data_source": Word("data source"),
    "notes": Word("notes"),
    "success_threshold": Word("success threshold"),
    "partial_threshold": Word("partial threshold"),
    "no_impact_threshold": Word("no impact threshold"),
    "negative_threshold": Word("negative threshold"),
    "character": Word("character"),
    "goal": Word("goal"),
    "obstacle": Word("obstacle"),
    "resolution": Word("resolution"),
    "metric_ideas": Word("metric ideas"),
    "audience": Word("audience"),
    "message": Word("message"),
    "channel": Word("channel"),
    "when": Word("when"),
    "owner": Word("owner"),
}
"""The fields' names in refusals, by the field they name."""


@dataclass(frozen=True)
class InitiativeView:
    id: int
    key_result_id: int
    text: str
    owner: str
    priority: str


@dataclass(frozen=True)
class KeyResultView:
    id: int
    objective_id: int
    text: str
    baseline: float | None
    target: float | None
    unit: str
    how_to_measure: str
    data_source: str
    notes: str
    outcome_or_output: str
    outcome_hands: int
    output_hands: int
    leading_or_lagging: str
    leading_hands: int
    lagging_hands: int
    rank: int | None
    selected: bool
    champion_id: int | None
    success_threshold: str
    partial_threshold: str
    no_impact_threshold: str
    negative_threshold: str
    initiatives: tuple[InitiativeView, ...]


@dataclass(frozen=True)
class ObjectiveView:
    id: int
    text: str
    why_it_matters: str
    rank: int | None
    status: str
    source_card_id: int | None
    key_results: tuple[KeyResultView, ...]
    number: int
    """Its place among the live objectives as the sheets number them: ranked first by
    rank, then the others in board order. Unranked objectives get a number too."""

    @property
    def selected_key_results(self) -> tuple[KeyResultView, ...]:
        chosen = [kr for kr in self.key_results if kr.selected]
        return tuple(sorted(chosen, key=lambda kr: (kr.rank is None, kr.rank or 0, kr.id)))


@dataclass(frozen=True)
class StoryView:
    """The OKR story of one objective, or of the whole set (``objective_id`` ``None``)."""

    objective_id: int | None
    character: str = ""
    goal: str = ""
    obstacle: str = ""
    resolution: str = ""
    metric_ideas: str = ""


WorksheetView = WorksheetSnapshot
"""The worksheet's fields as the sheet prints them; the engine fills in its
dependencies and metrics with their ids (``DependencyView``, ``MetricView``)."""


@dataclass(frozen=True, kw_only=True)
class DependencyView(DependencySnapshot):
    id: int


@dataclass(frozen=True, kw_only=True)
class MetricView(MetricSnapshot):
    id: int


@dataclass(frozen=True, kw_only=True)
class CommsItemView(CommsItemSnapshot):
    """One line of the communications plan."""

    id: int


@dataclass(frozen=True)
class Warning:
    """Something the room should look at; unlike a refusal, it does not stop anything."""

    message: str
    objective_id: int | None = None
    participant_id: int | None = None


class OkrPart(EnginePart):
    """The objectives, key results and what hangs on them, as the engine parts read them."""

    def objectives(self, *, include_dropped: bool = False) -> list[ObjectiveView]:
        with self.store.reading() as session:
            objectives = self._workshop(session).objectives
            live = objectives_in_sheet_order(objectives)
            views = [self._objective_view(o, number) for number, o in enumerate(live, start=1)]
            if include_dropped:
                views += [self._objective_view(o, 0) for o in objectives if o.status == "dropped"]
            return views

    def objective(self, objective_id: int) -> ObjectiveView:
        with self.store.reading() as session:
            objective = self._objective(session, objective_id)
            number = _numbers(self._workshop(session).objectives).get(objective.id, 0)
            return self._objective_view(objective, number)

    def _objective(self, session: Session, objective_id: int) -> Objective:
        return self._get(session, Objective, objective_id, Word("objective"))

    def _initiative(self, session: Session, initiative_id: int) -> Initiative:
        initiative = session.get(Initiative, initiative_id)
        if initiative is None:
            raise Gone("That initiative is no longer in this workshop.")
        self._key_result(session, initiative.key_result_id)
        return initiative

    def _answers_of(
        self, session: Session, objective_id: int | None, key_result_id: int | None
    ) -> list[ChecklistAnswer]:
        """The stored answers about one objective or one key result."""
        if key_result_id is not None:
            return list(self._key_result(session, key_result_id).checklist_answers)
        if objective_id is not None:
            return list(self._objective(session, objective_id).checklist_answers)
        return []

    def _story(
        self, session: Session, objective_id: int | None, *, create: bool
    ) -> OkrStory | None:
        workshop = self._workshop(session)
        if objective_id is not None:
            self._objective(session, objective_id)
        story = next((s for s in workshop.stories if s.objective_id == objective_id), None)
        if story is None and create:
            story = OkrStory(objective_id=objective_id)
            workshop.stories.append(story)
            session.flush()
        return story

    def _set_key_result_fields(self, key_result_id: int, **fields: Any) -> Undo:
        """Set stored fields of a KR as they are (the undo of edits and hands)."""
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            old = apply_fields(key_result, fields)
        return Undo(self._set_key_result_fields, (key_result_id,), old)

    def _participant_ids(self) -> list[int]:
        return list(self._participant_names())

    def _participant_names(self) -> dict[int, str]:
        with self.store.reading() as session:
            return {p.id: p.name for p in self._workshop(session).participants}

    @staticmethod
    def _objective_view(objective: Objective, number: int) -> ObjectiveView:
        key_results = tuple(_key_result_view(kr) for kr in objective.key_results)
        return view_of(ObjectiveView, objective, key_results=key_results, number=number)


def _numbers(objectives: Sequence[Objective]) -> dict[int, int]:
    """Each live objective's number, as the sheets print it; dropped ones have none."""
    return {o.id: n for n, o in enumerate(objectives_in_sheet_order(objectives), start=1)}


def _key_result_view(kr: KeyResult) -> KeyResultView:
    """A key result's stored fields, each under its own name, and its initiatives."""
    initiatives = tuple(
        InitiativeView(i.id, kr.id, i.text, i.owner, i.priority) for i in kr.initiatives
    )
    return view_of(KeyResultView, kr, initiatives=initiatives)


def clean_key_result_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A key result's own fields as they are stored, or a refusal naming the field."""
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("baseline", "target"):
            cleaned[name] = _number(value, name)
        elif name == "text":
            cleaned[name] = clean_text(value, Word("the key result"))
        elif name == "unit":
            cleaned[name] = clean_text(value, Word("the unit"), required=False, limit=50)
        elif name in KEY_RESULT_TEXT_FIELDS:
            cleaned[name] = clean_text(value, FIELD_WORDS[name], required=False)
        else:
            raise RuleError("A key result has no field “{name}”.", name=name)
    return cleaned


def objective_draft(objective: ObjectiveView) -> ObjectiveDraft:
    return ObjectiveDraft(objective.text, objective.why_it_matters)


def key_result_draft(kr: KeyResultView, names: Mapping[int, str]) -> KeyResultDraft:
    """What the quality rules read of a KR; the champion by name, ``None`` when unassigned."""
    champion = names.get(kr.champion_id) if kr.champion_id is not None else None
    return view_of(KeyResultDraft, kr, champion=champion)


def _number(value: Any, what: str) -> float | None:
    """A baseline or target as typed, or a refusal naming ``what`` (its field)."""
    if value is None or value == "":
        return None
    try:
        number = (
            float(str(value).replace(",", "").strip()) if isinstance(value, str) else float(value)
        )
    except (TypeError, ValueError):
        raise RuleError(
            "The {what} is a number, like 40 or 12.5.", what=FIELD_WORDS[what]
        ) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RuleError("The {what} is a number, like 40 or 12.5.", what=FIELD_WORDS[what])
    return number


FieldCleaner = Callable[[Any], Any]
"""One field's value as it is stored, or a refusal saying what the field takes."""


def clean_each(
    fields: Mapping[str, Any],
    cleaners: Mapping[str, FieldCleaner],
    unknown: Callable[[str], RuleError],
) -> dict[str, Any]:
    """Each of ``fields`` through its own cleaner; a field with none is refused by
    ``unknown(name)``."""
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in cleaners:
            raise unknown(name)
        cleaned[name] = cleaners[name](value)
    return cleaned


def one_of(allowed: Collection[str], refusal: Message) -> FieldCleaner:
    """A field that takes one of ``allowed`` and says ``refusal`` to anything else."""

    def clean(value: Any) -> Any:
        if value not in allowed:
            raise RuleError.saying(refusal)
        return value

    return clean


check_priority = one_of(PRIORITIES, Message("Priority is must, should, could or won't have."))


def clean_fields(fields: Mapping[str, str], allowed: Sequence[str], what: Word) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for name, value in fields.items():
        if name not in allowed:
            raise RuleError("There is no field “{name}” in {what}.", name=name, what=what)
        limit = 200 if name == "owner" else None
        if limit:
            cleaned[name] = clean_text(value, FIELD_WORDS[name], required=False, limit=limit)
        else:
            cleaned[name] = clean_text(value, FIELD_WORDS[name], required=False)
    return cleaned
