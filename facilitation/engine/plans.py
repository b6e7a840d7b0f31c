"""The plans that hang off the key results: champions, initiatives, the communications plan."""

from __future__ import annotations

from collections import Counter

from facilitation.engine.base import Gone, apply_fields
from facilitation.engine.okr_parts import (
    COMMS_FIELDS,
    CommsItemView,
    FieldCleaner,
    OkrPart,
    check_priority,
    clean_each,
    clean_fields,
)
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word, clean_text
from workshop.models import (
    CommsItem,
    Initiative,
    Participant,
)
from workshop.rows import view_of

_INITIATIVE_FIELDS: dict[str, FieldCleaner] = {
    "text": lambda value: clean_text(value, Word("the initiative")),
    "owner": lambda value: clean_text(value, Word("the owner"), required=False, limit=200),
    "priority": check_priority,
}


class PlansPart(OkrPart):
    """Who champions what, the initiatives and the communications plan."""

    # Champions

    def set_champion(self, key_result_id: int, participant_id: int | None) -> Undo:
        """One champion per KR, from the participants."""
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            if participant_id is not None:
                self._get(session, Participant, participant_id, Word("participant"))
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

    # Initiatives

    def add_initiative(
        self, key_result_id: int, text: str, owner: str = "", priority: str = "should"
    ) -> int:
        check_priority(priority)
        text = clean_text(text, Word("the initiative"))
        with self.store.transaction() as session:
            key_result = self._key_result(session, key_result_id)
            initiative = Initiative(
                text=text,
                owner=clean_text(owner, Word("the owner"), required=False, limit=200),
                priority=priority,
                position=len(key_result.initiatives),
            )
            key_result.initiatives.append(initiative)
            session.flush()
            return initiative.id

    def edit_initiative(self, initiative_id: int, **changes: str) -> Undo:
        cleaned = clean_each(
            changes,
            _INITIATIVE_FIELDS,
            lambda name: RuleError("An initiative has no field “{name}”.", name=name),
        )
        with self.store.transaction() as session:
            initiative = self._initiative(session, initiative_id)
            old = apply_fields(initiative, cleaned)
        return Undo(self.edit_initiative, (initiative_id,), old)

    def remove_initiative(self, initiative_id: int) -> Undo:
        return self._remove_found(self._initiative, initiative_id, self.remove_initiative)

    # Communications plan

    def comms_items(self) -> list[CommsItemView]:
        with self.store.reading() as session:
            return [view_of(CommsItemView, c) for c in self._workshop(session).comms_items]

    def add_comms_item(self, **fields: str) -> int:
        cleaned = clean_fields(fields, COMMS_FIELDS, Word("a line of the communications plan"))
        if not any(cleaned.values()):
            raise RuleError("Fill in at least the audience or the message.")
        return self._add_to_workshop("comms_items", CommsItem(**cleaned))

    def edit_comms_item(self, item_id: int, **fields: str) -> Undo:
        cleaned = clean_fields(fields, COMMS_FIELDS, Word("a line of the communications plan"))
        return self._edit_row(
            CommsItem, item_id, Word("line of the plan"), cleaned, self.edit_comms_item
        )

    def remove_comms_item(self, item_id: int) -> Undo:
        return self._remove_row(
            CommsItem, item_id, Word("line of the plan"), self.remove_comms_item
        )
