"""The OKR story and the embedding worksheet: the team, dependencies and metrics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from facilitation.engine.base import apply_fields
from facilitation.engine.okr_parts import (
    DEPENDENCY_DIRECTIONS,
    DEPENDENCY_STRENGTHS,
    METRIC_KINDS,
    STORY_FIELDS,
    WORKSHEET_TEXT_FIELDS,
    DependencyView,
    FieldCleaner,
    MetricView,
    OkrPart,
    StoryView,
    WorksheetView,
    clean_each,
    clean_fields,
    one_of,
)
from facilitation.engine.undo import Undo
from facilitation.rules import Message, RuleError, Word, clean_text
from workshop.models import (
    EmbeddingWorksheet,
    WorksheetDependency,
    WorksheetMetric,
)
from workshop.rows import view_of
from workshop.snapshot import participants_line


class WorksheetPart(OkrPart):
    """The story of an objective and the twelve fields of the worksheet."""

    # The OKR story

    def story(self, objective_id: int | None = None) -> StoryView:
        with self.store.reading() as session:
            story = self._story(session, objective_id, create=False)
            if story is None:
                return StoryView(objective_id)
            return StoryView(objective_id, **{name: getattr(story, name) for name in STORY_FIELDS})

    def edit_story(self, objective_id: int | None = None, **fields: str) -> Undo:
        cleaned = clean_fields(fields, STORY_FIELDS, Word("the story"))
        with self.store.transaction() as session:
            story = self._story(session, objective_id, create=True)
            assert story is not None
            old = apply_fields(story, cleaned)
        return Undo(self.edit_story, (objective_id,), old)

    # The embedding worksheet

    def worksheet(self) -> WorksheetView:
        """The worksheet as it stands; who takes part defaults to the participants."""
        with self.store.reading() as session:
            workshop = self._workshop(session)
            sheet = workshop.worksheet
            texts = {name: getattr(sheet, name) if sheet else "" for name in WORKSHEET_TEXT_FIELDS}
            return WorksheetView(
                **{**texts, "people": texts["people"] or participants_line(workshop.participants)},
                time_on_okr_percent=sheet.time_on_okr_percent if sheet else None,
                dependencies=tuple(view_of(DependencyView, d) for d in workshop.dependencies),
                metrics=tuple(view_of(MetricView, m) for m in workshop.metrics),
            )

    def edit_worksheet(self, **fields: Any) -> Undo:
        cleaned: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "time_on_okr_percent":
                if value is not None and not (isinstance(value, int) and 0 <= value <= 100):
                    raise RuleError("Time on OKRs is a whole percentage from 0 to 100.")
                cleaned[name] = value
            elif name in WORKSHEET_TEXT_FIELDS:
                cleaned[name] = clean_text(value, Word("the worksheet field"), required=False)
            else:
                raise RuleError("The worksheet has no field “{name}”.", name=name)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            if workshop.worksheet is None:
                workshop.worksheet = EmbeddingWorksheet()
                session.flush()
            sheet = workshop.worksheet
            old = apply_fields(sheet, cleaned)
        return Undo(self.edit_worksheet, (), old)

    def edit_team(self, *, team: str | None = None, mission: str | None = None) -> Undo:
        """Field 1 of the worksheet: the team's name and mission."""
        changes: dict[str, str] = {}
        if team is not None:
            changes["team"] = clean_text(team, Word("the team's name"), limit=200)
        if mission is not None:
            changes["mission"] = clean_text(mission, Word("the mission"), required=False)
        with self.store.transaction() as session:
            old = apply_fields(self._workshop(session), changes)
        return Undo(self.edit_team, (), old)

    def dependencies(self) -> list[DependencyView]:
        with self.store.reading() as session:
            return [view_of(DependencyView, d) for d in self._workshop(session).dependencies]

    def add_dependency(
        self, direction: str, team: str, description: str = "", strength: str = "feedback"
    ) -> int:
        fields = _clean_dependency(
            {"direction": direction, "strength": strength, "team": team, "description": description}
        )
        return self._add_to_workshop("dependencies", WorksheetDependency(**fields))

    def edit_dependency(self, dependency_id: int, **fields: str) -> Undo:
        changes = _clean_dependency(fields)
        return self._edit_row(
            WorksheetDependency, dependency_id, Word("dependency"), changes, self.edit_dependency
        )

    def remove_dependency(self, dependency_id: int) -> Undo:
        return self._remove_row(
            WorksheetDependency, dependency_id, Word("dependency"), self.remove_dependency
        )

    def metrics(self) -> list[MetricView]:
        with self.store.reading() as session:
            return [view_of(MetricView, m) for m in self._workshop(session).metrics]

    def add_metric(self, kind: str, text: str, sweet_spot: bool = False) -> int:
        fields = _clean_metric({"kind": kind, "text": text, "sweet_spot": sweet_spot})
        return self._add_to_workshop("metrics", WorksheetMetric(**fields))

    def edit_metric(self, metric_id: int, **fields: Any) -> Undo:
        changes = _clean_metric(fields)
        return self._edit_row(WorksheetMetric, metric_id, Word("metric"), changes, self.edit_metric)

    def remove_metric(self, metric_id: int) -> Undo:
        return self._remove_row(WorksheetMetric, metric_id, Word("metric"), self.remove_metric)


_DEPENDENCY_FIELDS: dict[str, FieldCleaner] = {
    "direction": one_of(
        DEPENDENCY_DIRECTIONS, Message("A dependency is on others, or of others on us.")
    ),
    "strength": one_of(DEPENDENCY_STRENGTHS, Message("A dependency is feedback only, or hard.")),
    "team": lambda value: clean_text(value, Word("the team"), limit=200),
    "description": lambda value: clean_text(value, Word("the description"), required=False),
}
_METRIC_FIELDS: dict[str, FieldCleaner] = {
    "kind": one_of(
        METRIC_KINDS, Message("A metric is an output, a leading or a lagging indicator.")
    ),
    "text": lambda value: clean_text(value, Word("the metric")),
    "sweet_spot": bool,
}


def _clean_dependency(fields: Mapping[str, str]) -> dict[str, str]:
    """A dependency's fields as they are stored, or a refusal naming what is wrong."""
    return clean_each(
        fields,
        _DEPENDENCY_FIELDS,
        lambda name: RuleError("A dependency has no field “{name}”.", name=name),
    )


def _clean_metric(fields: Mapping[str, Any]) -> dict[str, Any]:
    """A metric's fields as they are stored, or a refusal naming what is wrong."""
    return clean_each(
        fields, _METRIC_FIELDS, lambda name: RuleError("A metric has no field “{name}”.", name=name)
    )
