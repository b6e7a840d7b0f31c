"""Objectives and key results: drafting, hands-up checks, selection, ranking, champions.

Also the plans that hang off them: initiatives, the communications plan, the OKR
story and the embedding worksheet.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import resources
from facilitation.engine.base import EnginePart, Gone
from facilitation.engine.undo import Undo
from facilitation.quality import (
    Finding,
    KeyResultDraft,
    ObjectiveDraft,
    RuleBook,
    check_key_result,
    check_objective,
    check_set,
    load_rules,
)
from facilitation.rules import RuleError, clean_text
from workshop.models import (
    Card,
    ChecklistAnswer,
    CommsItem,
    EmbeddingWorksheet,
    Initiative,
    KeyResult,
    Objective,
    OkrStory,
    Participant,
    WorksheetDependency,
    WorksheetMetric,
)
from workshop.rows import RowCopy, copy_row, restore_rows
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

    @property
    def selected_key_results(self) -> tuple[KeyResultView, ...]:
        chosen = [kr for kr in self.key_results if kr.selected]
        return tuple(sorted(chosen, key=lambda kr: (kr.rank is None, kr.rank or 0, kr.id)))


@dataclass(frozen=True)
class Warning:
    """Something the room should look at; unlike a refusal, it does not stop anything."""

    message: str
    objective_id: int | None = None
    participant_id: int | None = None


@dataclass(frozen=True)
class Removed:
    """Rows taken out by one action, to be put back by its undo."""

    rows: tuple[RowCopy, ...]


class OkrEngine(EnginePart):
    # Objectives

    def objectives(self, *, include_dropped: bool = False) -> list[ObjectiveView]:
        with self.store.reading() as session:
            objectives = self._workshop(session).objectives
            views = [
                self._objective_view(o)
                for o in objectives
                if include_dropped or o.status != "dropped"
            ]
        return sorted(views, key=lambda o: (o.rank is None, o.rank or 0, o.id))

    def objective(self, objective_id: int) -> ObjectiveView:
        with self.store.reading() as session:
            return self._objective_view(self._objective(session, objective_id))

    def add_objective(
        self, text: str, why_it_matters: str = "", source_card_id: int | None = None
    ) -> int:
        text = clean_text(text, "the objective")
        why = clean_text(why_it_matters, "why it matters", required=False)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            if source_card_id is not None:
                self._get(session, Card, source_card_id, "card")
            objective = Objective(
                text=text,
                why_it_matters=why,
                source_card_id=source_card_id,
                position=len(workshop.objectives),
            )
            workshop.objectives.append(objective)
            session.flush()
            return objective.id

    def edit_objective(
        self, objective_id: int, *, text: str | None = None, why_it_matters: str | None = None
    ) -> Undo:
        """Change the wording."""
        changes: dict[str, str] = {}
        if text is not None:
            changes["text"] = clean_text(text, "the objective")
        if why_it_matters is not None:
            changes["why_it_matters"] = clean_text(why_it_matters, "why it matters", required=False)
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            old = _apply(objective, changes)
        return Undo(self.edit_objective, (objective_id,), old)

    def set_objective_status(self, objective_id: int, status: str) -> Undo:
        """Draft, final or dropped; dropping is how an objective is removed (and undone)."""
        if status not in OBJECTIVE_STATUSES:
            raise RuleError("An objective is a draft, final or dropped.")
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            old = (objective.status, objective.rank)
            objective.status = status
            if status == "dropped":
                objective.rank = None
        return Undo(self._put_status_back, (objective_id, *old))

    def _put_status_back(self, objective_id: int, status: str, rank: int | None) -> Undo:
        """The undo of a change of status: the status and the rank the objective had."""
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            old = (objective.status, objective.rank)
            objective.status = status
            objective.rank = rank
        return Undo(self._put_status_back, (objective_id, *old))

    def remove_objective(self, objective_id: int) -> Undo:
        """Drop an objective: it stays in the file, out of the set, and comes back on undo."""
        return self.set_objective_status(objective_id, "dropped")

    def objectives_from_cards(self, card_ids: Sequence[int]) -> list[int]:
        """Turn the cards above the cut line into objectives, ranked in that order."""
        made: list[int] = []
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            ranked = [o for o in workshop.objectives if o.rank is not None]
            for card_id in card_ids:
                card = self._get(session, Card, card_id, "card")
                objective = Objective(
                    text=card.text,
                    source_card_id=card.id,
                    position=len(workshop.objectives),
                    rank=len(ranked) + len(made) + 1,
                )
                workshop.objectives.append(objective)
                session.flush()
                made.append(objective.id)
        return made

    def rank_objectives(self, ordered_ids: Sequence[int]) -> Undo:
        """Rank objectives 1..n in this order."""
        with self.store.transaction() as session:
            live = [o for o in self._workshop(session).objectives if o.status != "dropped"]
            by_id = {o.id: o for o in live}
            if sorted(ordered_ids) != sorted(by_id):
                raise RuleError("Rank every objective once: the list has changed, look again.")
            old = {o.id: o.rank for o in live}
            for rank, objective_id in enumerate(ordered_ids, start=1):
                by_id[objective_id].rank = rank
        return Undo(self._put_ranks_back, (old,))

    def _put_ranks_back(self, ranks: Mapping[int, int | None]) -> Undo:
        with self.store.transaction() as session:
            old = {}
            for objective_id, rank in ranks.items():
                objective = self._objective(session, objective_id)
                old[objective_id] = objective.rank
                objective.rank = rank
        return Undo(self._put_ranks_back, (old,))

    # Key results

    def add_key_result(
        self,
        objective_id: int,
        text: str,
        *,
        baseline: float | None = None,
        target: float | None = None,
        unit: str = "",
        how_to_measure: str = "",
        data_source: str = "",
    ) -> int:
        fields = _clean_key_result_fields(
            {
                "text": text,
                "baseline": baseline,
                "target": target,
                "unit": unit,
                "how_to_measure": how_to_measure,
                "data_source": data_source,
            }
        )
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            key_result = KeyResult(position=len(objective.key_results), **fields)
            objective.key_results.append(key_result)
            session.flush()
            return key_result.id

    def edit_key_result(self, key_result_id: int, **changes: Any) -> Undo:
        """Change any of the KR's own fields."""
        cleaned = _clean_key_result_fields(changes)
        return self._set_key_result_fields(key_result_id, **cleaned)

    def remove_key_result(self, key_result_id: int) -> Undo:
        """Take a KR off, with its initiatives and checklist answers, for undo to put back."""
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            if any(
                o.key_result_id == key_result.id
                for r in self._workshop(session).rounds
                for o in r.options
            ):
                raise RuleError(
                    "This key result is on a ballot: its votes would be lost. "
                    "Leave it out of the picked ones instead."
                )
            answers = list(key_result.checklist_answers)
            rows = (
                copy_row(key_result),
                *(copy_row(i) for i in key_result.initiatives),
                *(copy_row(a) for a in answers),
            )
            key_result.objective.key_results.remove(key_result)
        return Undo(self.restore, (Removed(rows), self.remove_key_result))

    def restore(self, removed: Removed, remove: Callable[[int], Undo]) -> Undo:
        """Put back removed rows with their ids; ``remove`` takes the first away again."""
        with self.store.transaction() as session:
            restore_rows(session, removed.rows)
        return Undo(remove, (removed.rows[0].id,))

    def record_hands(self, key_result_id: int, question: str, first: int, second: int) -> Undo:
        """The room's hands up: outcome vs output, or leading vs lagging.

        The verdict follows the majority; equal hands leave it open for the room
        to discuss.
        """
        if question not in HANDS:
            raise RuleError("The hands-up questions are outcome or output, leading or lagging.")
        if min(first, second) < 0 or max(first, second) > 1000:
            raise RuleError("Count hands from 0 to 1,000.")
        first_word, second_word = HANDS[question]
        verdict = first_word if first > second else second_word if second > first else ""
        fields = {
            f"{first_word}_hands": first,
            f"{second_word}_hands": second,
            question: verdict,
        }
        return self._set_key_result_fields(key_result_id, **fields)

    def pick_key_results(self, objective_id: int, ordered_ids: Sequence[int]) -> Undo:
        """Keep these KRs of an objective, ranked in this order; the rest are not picked."""
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            by_id = {kr.id: kr for kr in objective.key_results}
            if any(kr_id not in by_id for kr_id in ordered_ids) or len(set(ordered_ids)) != len(
                ordered_ids
            ):
                raise RuleError("Pick key results of this objective, each once.")
            old = {kr.id: {"selected": kr.selected, "rank": kr.rank} for kr in by_id.values()}
            for kr in by_id.values():
                kr.selected = False
                kr.rank = None
            for rank, kr_id in enumerate(ordered_ids, start=1):
                by_id[kr_id].selected = True
                by_id[kr_id].rank = rank
        return Undo(self._put_picks_back, (old,))

    def _put_picks_back(self, picks: Mapping[int, Mapping[str, Any]]) -> Undo:
        with self.store.transaction() as session:
            old = {}
            for kr_id, fields in picks.items():
                old[kr_id] = _apply(self._key_result(session, kr_id), fields)
        return Undo(self._put_picks_back, (old,))

    # Champions

    def set_champion(self, key_result_id: int, participant_id: int | None) -> Undo:
        """One champion per KR, from the participants."""
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            if participant_id is not None:
                self._get(session, Participant, participant_id, "participant")
            old = key_result.champion_id
            key_result.champion_id = participant_id
        return Undo(self.set_champion, (key_result_id, old))

    def champion_load(self) -> dict[int, int]:
        """How many picked KRs each participant champions."""
        load: Counter[int] = Counter()
        for objective in self.objectives():
            for kr in objective.selected_key_results:
                if kr.champion_id is not None:
                    load[kr.champion_id] += 1
        return {p: load.get(p, 0) for p in self._participant_ids()}

    def set_okr_champion(self, participant_id: int | None) -> Undo:
        """The team's OKR champion (one person, or nobody)."""
        with self.store.transaction() as session:
            people = self._workshop(session).participants
            if participant_id is not None and participant_id not in {p.id for p in people}:
                raise Gone("That person is no longer in this workshop.")
            old = next((p.id for p in people if p.is_okr_champion), None)
            for person in people:
                person.is_okr_champion = person.id == participant_id
        return Undo(self.set_okr_champion, (old,))

    def warnings(self) -> list[Warning]:
        """What the room should look at in the set of OKRs as it stands."""
        found: list[Warning] = []
        objectives = self.objectives()
        settings = self.rules().settings
        most_objectives = settings["max_objectives"]
        fewest_krs, most_krs = settings["min_key_results"], settings["max_key_results"]
        if len(objectives) > most_objectives:
            found.append(
                Warning(
                    f"{len(objectives)} objectives: more than {most_objectives} "
                    "spreads the team thin. Which can wait?"
                )
            )
        for objective in objectives:
            picked = objective.selected_key_results
            if picked and not fewest_krs <= len(picked) <= most_krs:
                found.append(
                    Warning(
                        f"“{_short(objective.text)}” has {len(picked)} key results "
                        f"picked: keep {fewest_krs} to {most_krs}.",
                        objective_id=objective.id,
                    )
                )
            for kr in picked:
                if kr.champion_id is None:
                    found.append(
                        Warning(
                            f"“{_short(kr.text)}” has no champion yet.",
                            objective_id=objective.id,
                        )
                    )
        names = self._participant_names()
        for person, count in self.champion_load().items():
            if count > MOST_KRS_PER_CHAMPION:
                found.append(
                    Warning(
                        f"{names[person]} champions {count} key results: more than "
                        f"{MOST_KRS_PER_CHAMPION} is a lot for one person.",
                        participant_id=person,
                    )
                )
        return found

    # Quality checks on what is stored

    def findings_for_objective(self, objective_id: int) -> list[Finding]:
        return check_objective(objective_draft(self.objective(objective_id)), self.rules())

    def findings_for_key_result(self, key_result_id: int) -> list[Finding]:
        names = self._participant_names()
        for objective in self.objectives():
            for kr in objective.key_results:
                if kr.id == key_result_id:
                    return check_key_result(key_result_draft(kr, names), self.rules())
        raise Gone("That key result is no longer in this workshop.")

    def findings_for_set(self) -> list[Finding]:
        """The set rules over the objectives and their picked KRs (all KRs before picking)."""
        names = self._participant_names()
        drafts = [
            (
                objective_draft(o),
                [key_result_draft(kr, names) for kr in o.selected_key_results or o.key_results],
            )
            for o in self.objectives()
        ]
        return check_set(drafts, self.rules())

    def rules(self) -> RuleBook:
        """The quality rules in the workshop's language, for live checks as for stored ones."""
        with self.store.reading() as session:
            language = self._workshop(session).settings.get("language", "en")
        return load_rules(language)

    # Checklist of the facilitation sheet

    def set_answer(
        self,
        criterion: str,
        answer: bool | None,
        *,
        objective_id: int | None = None,
        key_result_id: int | None = None,
    ) -> Undo:
        """The room's yes / no on one criterion for one objective or KR."""
        if (objective_id is None) == (key_result_id is None):
            raise RuleError("An answer is about one objective or one key result.")
        with self.store.transaction() as session:
            answers = self._answers_of(session, objective_id, key_result_id)
            existing = next((a for a in answers if a.criterion == criterion), None)
            old = existing.answer if existing else None
            if existing is None:
                session.add(
                    ChecklistAnswer(
                        criterion=criterion,
                        answer=answer,
                        objective_id=objective_id,
                        key_result_id=key_result_id,
                    )
                )
            else:
                existing.answer = answer
        where = {"objective_id": objective_id, "key_result_id": key_result_id}
        return Undo(self.set_answer, (criterion, old), where)

    def answers(
        self, *, objective_id: int | None = None, key_result_id: int | None = None
    ) -> dict[str, bool | None]:
        with self.store.reading() as session:
            return {
                a.criterion: a.answer
                for a in self._answers_of(session, objective_id, key_result_id)
            }

    # Initiatives

    def add_initiative(
        self, key_result_id: int, text: str, owner: str = "", priority: str = "should"
    ) -> int:
        _check_priority(priority)
        text = clean_text(text, "the initiative")
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            initiative = Initiative(
                text=text,
                owner=clean_text(owner, "the owner", required=False, limit=200),
                priority=priority,
                position=len(key_result.initiatives),
            )
            key_result.initiatives.append(initiative)
            session.flush()
            return initiative.id

    def edit_initiative(self, initiative_id: int, **changes: str) -> Undo:
        cleaned: dict[str, str] = {}
        for name, value in changes.items():
            if name == "text":
                cleaned[name] = clean_text(value, "the initiative")
            elif name == "owner":
                cleaned[name] = clean_text(value, "the owner", required=False, limit=200)
            elif name == "priority":
                _check_priority(value)
                cleaned[name] = value
            else:
                raise RuleError(f"An initiative has no field “{name}”.")
        with self.store.transaction() as session:
            initiative = self._initiative(session, initiative_id)
            old = _apply(initiative, cleaned)
        return Undo(self.edit_initiative, (initiative_id,), old)

    def remove_initiative(self, initiative_id: int) -> Undo:
        with self.store.transaction() as session:
            initiative = self._initiative(session, initiative_id)
            rows = (copy_row(initiative),)
            session.delete(initiative)
        return Undo(self.restore, (Removed(rows), self.remove_initiative))

    # Communications plan

    def comms_items(self) -> list[dict[str, Any]]:
        with self.store.reading() as session:
            return [
                {"id": c.id, **{name: getattr(c, name) for name in COMMS_FIELDS}}
                for c in self._workshop(session).comms_items
            ]

    def add_comms_item(self, **fields: str) -> int:
        cleaned = _clean_fields(fields, COMMS_FIELDS, "a line of the communications plan")
        if not any(cleaned.values()):
            raise RuleError("Fill in at least the audience or the message.")
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            item = CommsItem(position=len(workshop.comms_items), **cleaned)
            workshop.comms_items.append(item)
            session.flush()
            return item.id

    def edit_comms_item(self, item_id: int, **fields: str) -> Undo:
        cleaned = _clean_fields(fields, COMMS_FIELDS, "a line of the communications plan")
        with self.store.transaction() as session:
            item = self._get(session, CommsItem, item_id, "line of the plan")
            old = _apply(item, cleaned)
        return Undo(self.edit_comms_item, (item_id,), old)

    def remove_comms_item(self, item_id: int) -> Undo:
        with self.store.transaction() as session:
            item = self._get(session, CommsItem, item_id, "line of the plan")
            rows = (copy_row(item),)
            session.delete(item)
        return Undo(self.restore, (Removed(rows), self.remove_comms_item))

    # The OKR story

    def story(self, objective_id: int | None = None) -> dict[str, str]:
        with self.store.reading() as session:
            story = self._story(session, objective_id, create=False)
            return {name: getattr(story, name) if story else "" for name in STORY_FIELDS}

    def edit_story(self, objective_id: int | None = None, **fields: str) -> Undo:
        cleaned = _clean_fields(fields, STORY_FIELDS, "the story")
        with self.store.transaction() as session:
            story = self._story(session, objective_id, create=True)
            assert story is not None
            old = _apply(story, cleaned)
        return Undo(self.edit_story, (objective_id,), old)

    # The embedding worksheet

    def worksheet(self) -> dict[str, Any]:
        with self.store.reading() as session:
            sheet = self._workshop(session).worksheet
            values: dict[str, Any] = {
                name: getattr(sheet, name) if sheet else "" for name in WORKSHEET_TEXT_FIELDS
            }
            values["time_on_okr_percent"] = sheet.time_on_okr_percent if sheet else None
            return values

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
            old = _apply(sheet, cleaned)
        return Undo(self.edit_worksheet, (), old)

    def edit_team(self, *, team: str | None = None, mission: str | None = None) -> Undo:
        """Field 1 of the worksheet: the team's name and mission."""
        changes: dict[str, str] = {}
        if team is not None:
            changes["team"] = clean_text(team, "the team's name", limit=200)
        if mission is not None:
            changes["mission"] = clean_text(mission, "the mission", required=False)
        with self.store.transaction() as session:
            old = _apply(self._workshop(session), changes)
        return Undo(self.edit_team, (), old)

    def dependencies(self) -> list[dict[str, Any]]:
        with self.store.reading() as session:
            return [
                {
                    "id": d.id,
                    "direction": d.direction,
                    "strength": d.strength,
                    "team": d.team,
                    "description": d.description,
                }
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
            old = _apply(dependency, changes)
        return Undo(self.edit_dependency, (dependency_id,), old)

    def remove_dependency(self, dependency_id: int) -> Undo:
        with self.store.transaction() as session:
            dependency = self._get(session, WorksheetDependency, dependency_id, "dependency")
            rows = (copy_row(dependency),)
            session.delete(dependency)
        return Undo(self.restore, (Removed(rows), self.remove_dependency))

    def metrics(self) -> list[dict[str, Any]]:
        with self.store.reading() as session:
            return [
                {"id": m.id, "kind": m.kind, "text": m.text, "sweet_spot": m.sweet_spot}
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
            old = _apply(self._get(session, WorksheetMetric, metric_id, "metric"), changes)
        return Undo(self.edit_metric, (metric_id,), old)

    def remove_metric(self, metric_id: int) -> Undo:
        with self.store.transaction() as session:
            metric = self._get(session, WorksheetMetric, metric_id, "metric")
            rows = (copy_row(metric),)
            session.delete(metric)
        return Undo(self.restore, (Removed(rows), self.remove_metric))

    # Inside

    def _objective(self, session: Session, objective_id: int) -> Objective:
        return self._get(session, Objective, objective_id, "objective")

    def _key_result(self, session: Session, key_result_id: int) -> KeyResult:
        key_result = session.get(KeyResult, key_result_id)
        if key_result is None or key_result.objective.workshop_id != self.workshop_id:
            raise Gone("That key result is no longer in this workshop.")
        return key_result

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
            old = _apply(key_result, fields)
        return Undo(self._set_key_result_fields, (key_result_id,), old)

    def _participant_ids(self) -> list[int]:
        return list(self._participant_names())

    def _participant_names(self) -> dict[int, str]:
        with self.store.reading() as session:
            return {p.id: p.name for p in self._workshop(session).participants}

    @staticmethod
    def _objective_view(objective: Objective) -> ObjectiveView:
        return ObjectiveView(
            id=objective.id,
            text=objective.text,
            why_it_matters=objective.why_it_matters,
            rank=objective.rank,
            status=objective.status,
            source_card_id=objective.source_card_id,
            key_results=tuple(_key_result_view(kr) for kr in objective.key_results),
        )


def _key_result_view(kr: KeyResult) -> KeyResultView:
    return KeyResultView(
        id=kr.id,
        objective_id=kr.objective_id,
        text=kr.text,
        baseline=kr.baseline,
        target=kr.target,
        unit=kr.unit,
        how_to_measure=kr.how_to_measure,
        data_source=kr.data_source,
        notes=kr.notes,
        outcome_or_output=kr.outcome_or_output,
        outcome_hands=kr.outcome_hands,
        output_hands=kr.output_hands,
        leading_or_lagging=kr.leading_or_lagging,
        leading_hands=kr.leading_hands,
        lagging_hands=kr.lagging_hands,
        rank=kr.rank,
        selected=kr.selected,
        champion_id=kr.champion_id,
        success_threshold=kr.success_threshold,
        partial_threshold=kr.partial_threshold,
        no_impact_threshold=kr.no_impact_threshold,
        negative_threshold=kr.negative_threshold,
        initiatives=tuple(
            InitiativeView(i.id, kr.id, i.text, i.owner, i.priority) for i in kr.initiatives
        ),
    )


def _clean_key_result_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A key result's own fields as they are stored, or a refusal naming the field."""
    cleaned: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("baseline", "target"):
            cleaned[name] = _number(value, name)
        elif name == "text":
            cleaned[name] = clean_text(value, "the key result")
        elif name == "unit":
            cleaned[name] = clean_text(value, "the unit", required=False, limit=50)
        elif name in KEY_RESULT_TEXT_FIELDS:
            cleaned[name] = clean_text(value, name.replace("_", " "), required=False)
        else:
            raise RuleError(f"A key result has no field “{name}”.")
    return cleaned


def _apply(row: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Set these fields of a row; returns their old values, for undo."""
    old = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    return old


def objective_draft(objective: ObjectiveView) -> ObjectiveDraft:
    return ObjectiveDraft(objective.text, objective.why_it_matters)


def key_result_draft(kr: KeyResultView, names: Mapping[int, str]) -> KeyResultDraft:
    """What the quality rules read of a KR; the champion by name, ``None`` when unassigned."""
    return KeyResultDraft(
        text=kr.text,
        baseline=kr.baseline,
        target=kr.target,
        unit=kr.unit,
        how_to_measure=kr.how_to_measure,
        data_source=kr.data_source,
        champion=names.get(kr.champion_id) if kr.champion_id is not None else None,
        leading_or_lagging=kr.leading_or_lagging,
    )


def _number(value: Any, what: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = (
            float(str(value).replace(",", "").strip()) if isinstance(value, str) else float(value)
        )
    except (TypeError, ValueError):
        raise RuleError(f"The {what} is a number, like 40 or 12.5.") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RuleError(f"The {what} is a number, like 40 or 12.5.")
    return number


def _check_priority(priority: str) -> None:
    if priority not in PRIORITIES:
        raise RuleError("Priority is must, should, could or won't have.")


def _clean_fields(fields: Mapping[str, str], allowed: Sequence[str], what: str) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    for name, value in fields.items():
        if name not in allowed:
            raise RuleError(f"There is no field “{name}” in {what}.")
        limit = 200 if name == "owner" else None
        if limit:
            cleaned[name] = clean_text(value, name.replace("_", " "), required=False, limit=limit)
        else:
            cleaned[name] = clean_text(value, name.replace("_", " "), required=False)
    return cleaned


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
