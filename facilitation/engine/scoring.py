"""Scoring last cycle's OKRs (this cycle's check-ins are in ``engine.cycle``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitation.engine.base import EnginePart, Gone
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word, clean_text
from facilitation.scoring import (
    Verdict,
    VerdictThresholds,
    check_score,
    objective_score,
    verdict,
)
from workshop.models import (
    PastKeyResult,
    PastObjective,
    Workshop,
)
from workshop.queries import workshops_of_team
from workshop.rows import RowCopy, copy_row
from workshop.store import Session

LOW_SCORE = 0.4
"""A KR of last cycle scored below this is worth a look when new objectives are drafted."""


@dataclass(frozen=True)
class PastKeyResultView:
    id: int
    text: str
    score: float | None
    note: str
    verdict: Verdict | None


@dataclass(frozen=True)
class PastObjectiveView:
    id: int
    text: str
    score: float | None
    verdict: Verdict | None
    key_results: tuple[PastKeyResultView, ...]


@dataclass(frozen=True)
class NewPastKeyResult:
    text: str
    score: float | None = None
    note: str = ""


@dataclass(frozen=True)
class NewPastObjective:
    """Last cycle's objective with key results to add; ``existing_id`` adds them to one here."""

    text: str
    key_results: tuple[NewPastKeyResult, ...] = ()
    existing_id: int | None = None


def stored_thresholds(workshop: Workshop) -> VerdictThresholds:
    """The verdict thresholds a workshop keeps in its settings, or the usual ones."""
    return VerdictThresholds(**workshop.settings.get("verdict_thresholds", {}))


class ScoringEngine(EnginePart):
    def thresholds(self) -> VerdictThresholds:
        with self.store.reading() as session:
            return stored_thresholds(self._workshop(session))

    def set_thresholds(self, thresholds: VerdictThresholds) -> Undo:
        """Where exceeded, delivered and fell short begin, for this workshop."""
        thresholds.check()
        old = self.thresholds()
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            workshop.settings = {
                **workshop.settings,
                "verdict_thresholds": {
                    "exceeded": thresholds.exceeded,
                    "delivered": thresholds.delivered,
                    "fell_short": thresholds.fell_short,
                },
            }
        return Undo(self.set_thresholds, (old,))

    # Last cycle

    def past_objectives(self) -> list[PastObjectiveView]:
        thresholds = self.thresholds()
        with self.store.reading() as session:
            views = []
            for past in self._workshop(session).past_objectives:
                krs = tuple(
                    PastKeyResultView(
                        kr.id,
                        kr.text,
                        kr.score,
                        kr.note,
                        None if kr.score is None else verdict(kr.score, thresholds),
                    )
                    for kr in past.key_results
                )
                score = objective_score([kr.score for kr in krs])
                views.append(
                    PastObjectiveView(
                        past.id,
                        past.text,
                        score,
                        None if score is None else verdict(score, thresholds),
                        krs,
                    )
                )
            return views

    def low_scoring_key_results(self) -> list[PastKeyResultView]:
        """Last cycle's KRs that fell well short: prompts for this cycle's objectives."""
        return [
            kr
            for objective in self.past_objectives()
            for kr in objective.key_results
            if kr.score is not None and kr.score < LOW_SCORE
        ]

    def previous_workshop_id(self) -> int | None:
        """The same team's most recent earlier workshop that ended with objectives."""
        with self.store.reading() as session:
            workshop = self._workshop(session)
            if workshop.previous_workshop_id is not None:
                return workshop.previous_workshop_id
            earlier = [
                other
                for other in workshops_of_team(session, workshop.team)
                if other.id != workshop.id
                and other.created_at <= workshop.created_at
                and any(o.status != "dropped" for o in other.objectives)
            ]
            if not earlier:
                return None
            return max(earlier, key=lambda w: (w.created_at, w.id)).id

    def bring_in_previous(self, previous_id: int | None = None) -> list[int]:
        """Copy the previous workshop's final OKRs in, to be scored; returns the new ids.

        Picked KRs are brought in when some were picked, all of them otherwise.
        """
        previous_id = previous_id or self.previous_workshop_id()
        if previous_id is None:
            raise RuleError(
                "There is no earlier workshop of this team in this file: type last "
                "cycle's objectives in."
            )
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            previous = session.get(Workshop, previous_id)
            if previous is None or previous.id == workshop.id:
                raise Gone("That earlier workshop is no longer in this file.")
            if workshop.past_objectives:
                raise RuleError("Last cycle's objectives are already here.")
            made = []
            objectives = [o for o in previous.objectives if o.status != "dropped"]
            objectives.sort(key=lambda o: (o.rank is None, o.rank or 0, o.id))
            for position, objective in enumerate(objectives):
                picked = [kr for kr in objective.key_results if kr.selected]
                picked.sort(key=lambda kr: (kr.rank is None, kr.rank or 0, kr.id))
                past = PastObjective(
                    text=objective.text, position=position, source_objective_id=objective.id
                )
                past.key_results = [
                    PastKeyResult(text=kr.text, position=index, source_key_result_id=kr.id)
                    for index, kr in enumerate(picked or objective.key_results)
                ]
                workshop.past_objectives.append(past)
                session.flush()
                made.append(past.id)
            workshop.previous_workshop_id = previous.id
        return made

    def add_past_objective(self, text: str) -> int:
        text = clean_text(text, Word("last cycle's objective"))
        return self._add_to_workshop("past_objectives", PastObjective(text=text))

    def add_past_key_result(self, past_objective_id: int, text: str) -> int:
        text = clean_text(text, Word("last cycle's key result"))
        with self.store.transaction() as session:
            past = self._get(session, PastObjective, past_objective_id, Word("objective"))
            kr = PastKeyResult(text=text, position=len(past.key_results))
            past.key_results.append(kr)
            session.flush()
            return kr.id

    def add_past_okrs(self, objectives: Sequence[NewPastObjective]) -> Undo:
        """Add last cycle's objectives and key results, scored, as one action (a table
        brought in); the undo removes all of them."""
        checked = [
            (
                objective,
                clean_text(objective.text, Word("last cycle's objective")),
                [
                    (
                        clean_text(kr.text, Word("last cycle's key result")),
                        None if kr.score is None else check_score(kr.score),
                        clean_text(kr.note, Word("the note"), required=False),
                    )
                    for kr in objective.key_results
                ],
            )
            for objective in objectives
        ]
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            made_objectives: list[PastObjective] = []
            made_key_results: list[PastKeyResult] = []
            for objective, text, key_results in checked:
                if objective.existing_id is not None:
                    past = self._get(
                        session, PastObjective, objective.existing_id, Word("objective")
                    )
                else:
                    past = PastObjective(text=text, position=len(workshop.past_objectives))
                    workshop.past_objectives.append(past)
                    made_objectives.append(past)
                for kr_text, score, note in key_results:
                    kr = PastKeyResult(
                        text=kr_text, score=score, note=note, position=len(past.key_results)
                    )
                    past.key_results.append(kr)
                    made_key_results.append(kr)
            session.flush()
            made = (tuple(o.id for o in made_objectives), tuple(k.id for k in made_key_results))
        return Undo(self.remove_past_okrs, made)

    def remove_past_okrs(
        self, past_objective_ids: Sequence[int], past_key_result_ids: Sequence[int]
    ) -> Undo:
        """Remove these objectives (with their key results) and key results of last cycle."""
        with self.store.transaction() as session:
            objectives = [
                self._get(session, PastObjective, i, Word("objective")) for i in past_objective_ids
            ]
            key_results = [self._past_kr(session, i) for i in past_key_result_ids]
            rows: list[RowCopy] = [copy_row(o) for o in objectives]
            rows += [copy_row(kr) for o in objectives for kr in o.key_results]
            removing = set(past_objective_ids)
            elsewhere = [kr for kr in key_results if kr.past_objective_id not in removing]
            rows += [copy_row(kr) for kr in elsewhere]
            for kr in elsewhere:
                session.delete(kr)
            for objective in objectives:
                session.delete(objective)
        again = Undo(self.remove_past_okrs, (tuple(past_objective_ids), tuple(past_key_result_ids)))
        return Undo(self._put_rows_back, (tuple(rows), again))

    def edit_past_objective(self, past_objective_id: int, text: str) -> Undo:
        text = clean_text(text, Word("last cycle's objective"))
        return self._edit_row(
            PastObjective,
            past_objective_id,
            Word("objective"),
            {"text": text},
            self.edit_past_objective,
        )

    def edit_past_key_result(self, past_key_result_id: int, text: str) -> Undo:
        text = clean_text(text, Word("last cycle's key result"))
        return self._set_field(
            self._past_kr, past_key_result_id, "text", text, self.edit_past_key_result
        )

    def score(self, past_key_result_id: int, score: float | None) -> Undo:
        """Score a KR of last cycle 0.0-1.0 (``None`` clears it)."""
        value = None if score is None else check_score(score)
        return self._set_field(self._past_kr, past_key_result_id, "score", value, self.score)

    def set_past_note(self, past_key_result_id: int, note: str) -> Undo:
        note = clean_text(note, Word("the note"), required=False)
        return self._set_field(self._past_kr, past_key_result_id, "note", note, self.set_past_note)

    def remove_past_objective(self, past_objective_id: int) -> Undo:
        with self.store.transaction() as session:
            past = self._get(session, PastObjective, past_objective_id, Word("objective"))
            rows = (copy_row(past), *(copy_row(kr) for kr in past.key_results))
            session.delete(past)
        return self._undo_removal(rows, self.remove_past_objective)

    def remove_past_key_result(self, past_key_result_id: int) -> Undo:
        return self._remove_found(self._past_kr, past_key_result_id, self.remove_past_key_result)

    def _past_kr(self, session: Session, past_key_result_id: int) -> PastKeyResult:
        kr = session.get(PastKeyResult, past_key_result_id)
        if kr is None:
            raise Gone("That key result of last cycle is no longer in this workshop.")
        self._get(session, PastObjective, kr.past_objective_id, Word("objective"))
        return kr
