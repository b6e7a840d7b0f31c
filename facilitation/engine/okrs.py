"""Objectives and key results: drafting, hands-up checks, selection, ranking, the checklist.

The plans that hang off them (``plans``) and the story and worksheet
(``worksheet``) are parts of the same engine, each in its own module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from facilitation.engine.base import Gone, apply_fields
from facilitation.engine.okr_parts import (
    COMMS_FIELDS,
    DEPENDENCY_DIRECTIONS,
    DEPENDENCY_STRENGTHS,
    HANDS,
    KEY_RESULT_TEXT_FIELDS,
    METRIC_KINDS,
    MOST_KRS_PER_CHAMPION,
    OBJECTIVE_STATUSES,
    PRIORITIES,
    STORY_FIELDS,
    WORKSHEET_TEXT_FIELDS,
    CommsItemView,
    DependencyView,
    InitiativeView,
    KeyResultView,
    MetricView,
    ObjectiveView,
    StoryView,
    Warning,
    WorksheetView,
    clean_key_result_fields,
    key_result_draft,
    objective_draft,
)
from facilitation.engine.plans import PlansPart
from facilitation.engine.undo import Undo
from facilitation.engine.worksheet import WorksheetPart
from facilitation.quality import (
    Finding,
    KeyResultFields,
    RuleBook,
    check_key_result,
    check_objective,
    check_set,
    load_rules,
)
from facilitation.rules import RuleError, Word, clean_text
from workshop.models import (
    Card,
    ChecklistAnswer,
    KeyResult,
    Objective,
)
from workshop.rows import RowCopy, copy_row, restore_rows

__all__ = [
    "COMMS_FIELDS",
    "DEPENDENCY_DIRECTIONS",
    "DEPENDENCY_STRENGTHS",
    "HANDS",
    "KEY_RESULT_TEXT_FIELDS",
    "METRIC_KINDS",
    "MOST_KRS_PER_CHAMPION",
    "OBJECTIVE_STATUSES",
    "PRIORITIES",
    "STORY_FIELDS",
    "WORKSHEET_TEXT_FIELDS",
    "CommsItemView",
    "DependencyView",
    "InitiativeView",
    "KeyResultView",
    "MetricView",
    "NewKeyResult",
    "NewObjective",
    "ObjectiveView",
    "OkrEngine",
    "StoryView",
    "Warning",
    "WorksheetView",
    "key_result_draft",
    "objective_draft",
]


@dataclass(frozen=True)
class NewKeyResult(KeyResultFields):
    """A key result to add: its fields and its champion, one of the workshop's people or nobody."""

    champion_id: int | None = None


@dataclass(frozen=True)
class NewObjective:
    """An objective with key results to add; ``existing_id`` adds them to one already here."""

    text: str
    why_it_matters: str = ""
    key_results: tuple[NewKeyResult, ...] = ()
    existing_id: int | None = None


class OkrEngine(PlansPart, WorksheetPart):
    """Everything about this workshop's objectives and key results."""

    # Objectives

    def add_objective(
        self, text: str, why_it_matters: str = "", source_card_id: int | None = None
    ) -> int:
        text = clean_text(text, Word("the objective"))
        why = clean_text(why_it_matters, Word("why it matters"), required=False)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            if source_card_id is not None:
                self._get(session, Card, source_card_id, Word("card"))
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
            changes["text"] = clean_text(text, Word("the objective"))
        if why_it_matters is not None:
            changes["why_it_matters"] = clean_text(
                why_it_matters, Word("why it matters"), required=False
            )
        with self.store.transaction() as session:
            objective = self._objective(session, objective_id)
            old = apply_fields(objective, changes)
        return Undo(self.edit_objective, (objective_id,), old)

    def set_objective_status(self, objective_id: int, status: str) -> Undo:
        """Draft, final or dropped; dropping is how an objective is removed (and undone)."""
        if status not in OBJECTIVE_STATUSES:
            raise RuleError("An objective is a draft, final or dropped.")
        unranked = {"rank": None} if status == "dropped" else {}
        return self._put_status_back(objective_id, status=status, **unranked)

    def _put_status_back(self, objective_id: int, **status_and_rank: Any) -> Undo:
        """Set an objective's status (and rank, where given) as they are: the undo of a
        change of status sets back the ones it had."""
        return self._edit_found(
            self._objective, objective_id, status_and_rank, self._put_status_back
        )

    def remove_objective(self, objective_id: int) -> Undo:
        """Take an objective off with its key results, their plans and check-ins, its
        checklist answers and its story; undo puts the same rows back with their ids."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            objective = self._objective(session, objective_id)
            if any(r.objective_id == objective.id for r in workshop.rounds):
                raise RuleError(
                    "The room has voted on this objective's key results: those votes "
                    "would be lost. Leave it out of the set instead."
                )
            stories = [s for s in workshop.stories if s.objective_id == objective.id]
            children = tuple(o.id for o in workshop.objectives if o.parent_id == objective.id)
            rows = (
                copy_row(objective),
                *(copy_row(a) for a in objective.checklist_answers),
                *(row for kr in objective.key_results for row in _key_result_rows(kr)),
                *(copy_row(s) for s in stories),
            )
            for story in stories:
                workshop.stories.remove(story)
            for child in workshop.objectives:
                if child.parent_id == objective.id:
                    child.parent_id = None
            workshop.objectives.remove(objective)
        return Undo(self._put_objective_back, (rows, children))

    def _put_objective_back(self, rows: tuple[RowCopy, ...], children: tuple[int, ...]) -> Undo:
        """The undo of removing an objective: its rows, and the objectives under it again."""
        with self.store.transaction() as session:
            restore_rows(session, rows)
            for child_id in children:
                child = session.get(Objective, child_id)
                if child is not None:
                    child.parent_id = rows[0].id
        return Undo(self.remove_objective, (rows[0].id,))

    def objectives_from_cards(self, card_ids: Sequence[int]) -> list[int]:
        """Turn the cards above the cut line into objectives, ranked in that order."""
        made: list[int] = []
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            ranked = [o for o in workshop.objectives if o.rank is not None]
            for card_id in card_ids:
                card = self._get(session, Card, card_id, Word("card"))
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
        fields = clean_key_result_fields(
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

    def add_okrs(self, objectives: Sequence[NewObjective]) -> Undo:
        """Add objectives and key results as one action (a table brought in); the undo
        removes all of them."""
        checked = [
            (
                objective,
                clean_text(objective.text, Word("the objective")),
                clean_text(objective.why_it_matters, Word("why it matters"), required=False),
                [_checked_key_result(kr) for kr in objective.key_results],
            )
            for objective in objectives
        ]
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            people = {p.id for p in workshop.participants}
            made_objectives: list[Objective] = []
            made_key_results: list[KeyResult] = []
            for objective, text, why, key_results in checked:
                if objective.existing_id is not None:
                    into = self._objective(session, objective.existing_id)
                else:
                    into = Objective(
                        text=text, why_it_matters=why, position=len(workshop.objectives)
                    )
                    workshop.objectives.append(into)
                    made_objectives.append(into)
                for fields, champion_id in key_results:
                    if champion_id is not None and champion_id not in people:
                        raise Gone("That champion is no longer in this workshop.")
                    key_result = KeyResult(
                        position=len(into.key_results), champion_id=champion_id, **fields
                    )
                    into.key_results.append(key_result)
                    made_key_results.append(key_result)
            session.flush()
            made = (tuple(o.id for o in made_objectives), tuple(k.id for k in made_key_results))
        return Undo(self.remove_okrs, made)

    def remove_okrs(self, objective_ids: Sequence[int], key_result_ids: Sequence[int]) -> Undo:
        """Remove objectives and key results that nothing else hangs on yet, as one action."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            objectives = [self._objective(session, i) for i in objective_ids]
            key_results = [self._key_result(session, i) for i in key_result_ids]
            on_ballot = {o.key_result_id for r in workshop.rounds for o in r.options}
            removing = set(key_result_ids)
            taken = [
                kr
                for kr in key_results
                if kr.id in on_ballot or kr.initiatives or kr.checklist_answers or kr.checkins
            ] + [
                o
                for o in objectives
                if o.checklist_answers
                or any(kr.id not in removing for kr in o.key_results)
                or any(r.objective_id == o.id for r in workshop.rounds)
                or any(s.objective_id == o.id for s in workshop.stories)
            ]
            if taken:
                raise RuleError(
                    "“{text}” has votes, answers, initiatives or check-ins since it came in: "
                    "take those off first.",
                    text=_short(taken[0].text),
                )
            rows: list[RowCopy] = [copy_row(o) for o in objectives]
            rows += [copy_row(kr) for kr in key_results]
            for kr in key_results:
                kr.objective.key_results.remove(kr)
            for objective in objectives:
                workshop.objectives.remove(objective)
        again = Undo(self.remove_okrs, (tuple(objective_ids), tuple(key_result_ids)))
        return Undo(self._put_rows_back, (tuple(rows), again))

    def edit_key_result(self, key_result_id: int, **changes: Any) -> Undo:
        """Change any of the KR's own fields."""
        cleaned = clean_key_result_fields(changes)
        return self._set_key_result_fields(key_result_id, **cleaned)

    def remove_key_result(self, key_result_id: int) -> Undo:
        """Take a KR off, with its initiatives, checklist answers and check-ins, for undo to
        put back."""
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
            rows = _key_result_rows(key_result)
            key_result.objective.key_results.remove(key_result)
        return self._undo_removal(rows, self.remove_key_result)

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
                old[kr_id] = apply_fields(self._key_result(session, kr_id), fields)
        return Undo(self._put_picks_back, (old,))

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


def _key_result_rows(key_result: KeyResult) -> tuple[RowCopy, ...]:
    """Copies of a key result and all that hangs on it, parents first."""
    return (
        copy_row(key_result),
        *(copy_row(i) for i in key_result.initiatives),
        *(copy_row(a) for a in key_result.checklist_answers),
        *(copy_row(c) for c in key_result.checkins),
    )


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _checked_key_result(kr: NewKeyResult) -> tuple[dict[str, Any], int | None]:
    """A new key result's own fields as stored, and its champion (checked when it is added)."""
    fields = asdict(kr)
    champion_id = fields.pop("champion_id")
    return clean_key_result_fields(fields), champion_id
