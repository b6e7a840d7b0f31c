"""The OKR story and the embedding worksheet: the team, dependencies and metrics."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from facilitation.engine.base import apply_fields
from facilitation.engine.okr_parts import (
    DEPENDENCY_DIRECTIONS,
    DEPENDENCY_STRENGTHS,
    METRIC_KINDS,
    STORY_FIELDS,
    WORKSHEET_TEXT_FIELDS,
    DependencyView,
    MetricView,
    OkrPart,
    StoryView,
    WorksheetView,
    clean_fields,
)
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, clean_text
from workshop.models import (
    EmbeddingWorksheet,
    WorksheetDependency,
    WorksheetMetric,
)
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
        cleaned = clean_fields(fields, STORY_FIELDS, "the story")
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
            view = WorksheetView()
            if sheet is not None:
                texts = {name: getattr(sheet, name) for name in WORKSHEET_TEXT_FIELDS}
                view = WorksheetView(**texts, time_on_okr_percent=sheet.time_on_okr_percent)
            if not view.people:
                view = replace(view, people=participants_line(workshop.participants))
            return view

    def edit_worksheet(self, **fields: Any) -> Undo:
        cleaned: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "time_on_okr_percent":
                if value is not None and not (isinstance(value, int) and 0 <= value <= 100):
                    raise RuleError("Time on OKRs is a whole percentage from 0 to 100.")
                cleaned[name] = value
            elif name in WORKSHEET_TEXT_FIELDS:
                cleaned[name] = clean_text(value, "the worksheet field", required=False)
            else:
                raise RuleError(f"The worksheet has no field “{name}”.")
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
            changes["team"] = clean_text(team, "the team's name", limit=200)
        if mission is not None:
            changes["mission"] = clean_text(mission, "the mission", required=False)
        with self.store.transaction() as session:
            old = apply_fields(self._workshop(session), changes)
        return Undo(self.edit_team, (), old)

    def dependencies(self) -> list[DependencyView]:
        with self.store.reading() as session:
            return [
                DependencyView(d.id, d.direction, d.strength, d.team, d.description)
                for d in self._workshop(session).dependencies
            ]

    def add_dependency(
        self, direction: str, team: str, description: str = "", strength: str = "feedback"
    ) -> int:
        if direction not in DEPENDENCY_DIRECTIONS:
            raise RuleError("A dependency is on others, or of others on us.")
        if strength not in DEPENDENCY_STRENGTHS:
            raise RuleError("A dependency is feedback only, or hard.")
        team = clean_text(team, "the team", limit=200)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            dependency = WorksheetDependency(
                direction=direction,
                strength=strength,
                team=team,
                description=clean_text(description, "the description", required=False),
                position=len(workshop.dependencies),
            )
            workshop.dependencies.append(dependency)
            session.flush()
            return dependency.id

    def edit_dependency(self, dependency_id: int, **fields: str) -> Undo:
        changes: dict[str, str] = {}
        for name, value in fields.items():
            if name == "direction" and value not in DEPENDENCY_DIRECTIONS:
                raise RuleError("A dependency is on others, or of others on us.")
            if name == "strength" and value not in DEPENDENCY_STRENGTHS:
                raise RuleError("A dependency is feedback only, or hard.")
            if name == "team":
                value = clean_text(value, "the team", limit=200)
            elif name == "description":
                value = clean_text(value, "the description", required=False)
            elif name not in ("direction", "strength"):
                raise RuleError(f"A dependency has no field “{name}”.")
            changes[name] = value
        with self.store.transaction() as session:
            dependency = self._get(session, WorksheetDependency, dependency_id, "dependency")
            old = apply_fields(dependency, changes)
        return Undo(self.edit_dependency, (dependency_id,), old)

    def remove_dependency(self, dependency_id: int) -> Undo:
        return self._remove_row(
            WorksheetDependency, dependency_id, "dependency", self.remove_dependency
        )

    def metrics(self) -> list[MetricView]:
        with self.store.reading() as session:
            return [
                MetricView(m.id, m.kind, m.text, m.sweet_spot)
                for m in self._workshop(session).metrics
            ]

    def add_metric(self, kind: str, text: str, sweet_spot: bool = False) -> int:
        if kind not in METRIC_KINDS:
            raise RuleError("A metric is an output, a leading or a lagging indicator.")
        text = clean_text(text, "the metric")
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            metric = WorksheetMetric(
                kind=kind, text=text, sweet_spot=sweet_spot, position=len(workshop.metrics)
            )
            workshop.metrics.append(metric)
            session.flush()
            return metric.id

    def edit_metric(self, metric_id: int, **fields: Any) -> Undo:
        changes: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "kind" and value not in METRIC_KINDS:
                raise RuleError("A metric is an output, a leading or a lagging indicator.")
            if name == "text":
                value = clean_text(value, "the metric")
            elif name == "sweet_spot":
                value = bool(value)
            elif name != "kind":
                raise RuleError(f"A metric has no field “{name}”.")
            changes[name] = value
        with self.store.transaction() as session:
            old = apply_fields(self._get(session, WorksheetMetric, metric_id, "metric"), changes)
        return Undo(self.edit_metric, (metric_id,), old)

    def remove_metric(self, metric_id: int) -> Undo:
        return self._remove_row(WorksheetMetric, metric_id, "metric", self.remove_metric)
