"""Both backends refuse the same values, before writing, naming the field."""

from __future__ import annotations

import pytest

from tests.clocks import STAMPED
from workshop import commands, models
from workshop.store import Store, ValueNotStorable


@pytest.fixture
def store(backend_store: Store) -> Store:
    return backend_store


def workshop_id(store: Store) -> int:
    return commands.create_workshop(
        store, commands.NewWorkshop(team="Platform", template="team", steps=[], created_at=STAMPED)
    )


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("team", "T" * 201, "The workshop team takes at most 200 characters, not 201"),
        ("cycle_label", "Q1\x002027", "The workshop cycle label holds a NUL character"),
        ("mission", "half a pair \ud800", "holds a broken character"),
        ("current_step_id", 2**31, "takes whole numbers from -2,147,483,648 to 2,147,483,647"),
    ],
)
def test_a_value_no_backend_keeps_is_refused_by_name(
    store: Store, column: str, value: object, message: str
) -> None:
    created = workshop_id(store)
    with pytest.raises(ValueNotStorable, match=message), store.transaction() as session:
        workshop = session.get(models.Workshop, created)
        assert workshop is not None
        setattr(workshop, column, value)
    (summary,) = commands.list_workshops(store)
    assert summary.team == "Platform"


def test_an_endless_number_is_refused(store: Store) -> None:
    created = workshop_id(store)
    step = models.AgendaStep(
        workshop_id=created,
        position=0,
        kind="refresher",
        title="Refresher",
        planned_seconds=60,
        used_seconds=float("inf"),
    )
    with (
        pytest.raises(ValueNotStorable, match="takes finite numbers, not inf"),
        store.transaction() as session,
    ):
        session.add(step)
    with store.reading() as session:
        assert session.get(models.Workshop, created) is not None


def test_text_at_the_limit_is_kept_on_both_backends(store: Store) -> None:
    created = workshop_id(store)
    with store.transaction() as session:
        workshop = session.get(models.Workshop, created)
        assert workshop is not None
        workshop.team = "团" * 200
    (summary,) = commands.list_workshops(store)
    assert summary.team == "团" * 200
