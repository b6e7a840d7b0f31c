"""The bad-input suite: every text field of the engine takes hostile text.

Each field either keeps the text as typed (minus control characters and outer
spaces) or refuses it with a message for the room. Nothing else may happen.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.hostile import HOSTILE_STRINGS, cleaned
from workshop.store import Store

Field = Callable[[WorkshopEngine, str], str]
"""Writes the text through one engine action and reads back what was stored."""


def _objective(engine: WorkshopEngine) -> int:
    return engine.okrs.add_objective("Releases are a non-event")


def _key_result(engine: WorkshopEngine) -> int:
    return engine.okrs.add_key_result(_objective(engine), "Rollbacks from 9 to 2 a month")


def _card(e: WorkshopEngine, text: str) -> str:
    return e.boards.card(e.boards.add_card(text)).text


def _card_edit(e: WorkshopEngine, text: str) -> str:
    card = e.boards.add_card("first")
    e.boards.edit_card(card, text)
    return e.boards.card(card).text


def _retro(e: WorkshopEngine, text: str) -> str:
    e.boards.add_retro_item("opening", "learned", text)
    return e.boards.retro_items("opening")[0].text


def _objective_text(e: WorkshopEngine, text: str) -> str:
    return e.okrs.objective(e.okrs.add_objective(text)).text


def _why(e: WorkshopEngine, text: str) -> str:
    objective = _objective(e)
    e.okrs.edit_objective(objective, why_it_matters=text)
    return e.okrs.objective(objective).why_it_matters


def _kr_field(name: str) -> Field:
    def write(e: WorkshopEngine, text: str) -> str:
        kr = _key_result(e)
        e.okrs.edit_key_result(kr, **{name: text})
        return str(getattr(e.okrs.objectives()[0].key_results[0], name))

    return write


def _initiative(e: WorkshopEngine, text: str) -> str:
    kr = _key_result(e)
    e.okrs.add_initiative(kr, text, owner=text)
    (initiative,) = e.okrs.objectives()[0].key_results[0].initiatives
    assert initiative.owner == initiative.text
    return initiative.text


def _comms(e: WorkshopEngine, text: str) -> str:
    e.okrs.add_comms_item(audience="Everyone", message=text, channel=text, when=text)
    return e.okrs.comms_items()[0].message


def _story(e: WorkshopEngine, text: str) -> str:
    e.okrs.edit_story(None, character=text, obstacle=text)
    return e.okrs.story(None).obstacle


def _worksheet(e: WorkshopEngine, text: str) -> str:
    e.okrs.edit_worksheet(hopes=text, fears=text, upcoming_themes=text)
    return e.okrs.worksheet().fears


def _dependency(e: WorkshopEngine, text: str) -> str:
    e.okrs.add_dependency("they_depend", "Data team", description=text)
    return e.okrs.dependencies()[0].description


def _metric(e: WorkshopEngine, text: str) -> str:
    e.okrs.add_metric("leading", text)
    return e.okrs.metrics()[0].text


def _past(e: WorkshopEngine, text: str) -> str:
    past = e.scoring.add_past_objective(text)
    kr = e.scoring.add_past_key_result(past, text)
    e.scoring.set_past_note(kr, text)
    return e.scoring.past_objectives()[0].key_results[0].note


def _confidence(e: WorkshopEngine, text: str) -> str:
    kr = _key_result(e)
    e.cycle.check_in(kr, 3, 0.7, note=text)
    return e.cycle.objectives()[0].key_results[0].checkins[3].note


def _step_title(e: WorkshopEngine, text: str) -> str:
    step = e.agenda.add_step(text, 10)
    return e.agenda.step(step).title


FIELDS: dict[str, Field] = {
    "card": _card,
    "card edit": _card_edit,
    "retro note": _retro,
    "objective": _objective_text,
    "why it matters": _why,
    "key result": _kr_field("text"),
    "how to measure": _kr_field("how_to_measure"),
    "data source": _kr_field("data_source"),
    "success threshold": _kr_field("success_threshold"),
    "unit": _kr_field("unit"),
    "initiative and owner": _initiative,
    "communications plan": _comms,
    "story": _story,
    "worksheet": _worksheet,
    "dependency": _dependency,
    "metric": _metric,
    "last cycle": _past,
    "confidence note": _confidence,
    "step title": _step_title,
}


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", HOSTILE_STRINGS)
def test_every_text_field_keeps_hostile_text_or_refuses_it_with_a_reason(
    store: Store, field: str, name: str
) -> None:
    engine = fake_engine(store, new_workshop(store, "Platform team", "team"))
    text = HOSTILE_STRINGS[name]
    try:
        stored = FIELDS[field](engine, text)
    except RuleError as refusal:
        message = str(refusal)
        assert message and "Traceback" not in message
        assert not cleaned(text) or len(cleaned(text)) > 50
        return
    if field == "step title":
        assert stored == " ".join(cleaned(text).split())
    elif field != "confidence note":
        assert stored == cleaned(text)


@pytest.mark.parametrize("name", HOSTILE_STRINGS)
def test_a_workshop_with_a_hostile_team_name_is_created_or_refused(store: Store, name: str) -> None:
    text = HOSTILE_STRINGS[name]
    try:
        workshop_id = new_workshop(store, text, "team", participants=[(text, "contributor")])
    except RuleError as refusal:
        assert str(refusal)
        return
    people = fake_engine(store, workshop_id).agenda.participants()
    assert [p.name for p in people] in ([cleaned(text)], [])
