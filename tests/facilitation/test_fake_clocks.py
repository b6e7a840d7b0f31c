"""Engines in tests run on the fake clocks: building one on the real clock fails the test."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

import facilitation
from facilitation.engine import WorkshopEngine
from facilitation.engine.agenda import AgendaEngine
from facilitation.timer import utc_moment
from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall, fake_clocks, fake_engine
from tests.conftest import RealClockInTest
from workshop import models
from workshop.store import Store


def test_an_engine_on_the_real_clock_fails_the_test(store: Store, workshop_id: int) -> None:
    with pytest.raises(RealClockInTest, match="built on the real clock"):
        WorkshopEngine(store, workshop_id)
    clock = FakeClock()
    with pytest.raises(RealClockInTest):
        AgendaEngine(store, workshop_id, clock)
    with pytest.raises(RealClockInTest):
        WorkshopEngine(store, workshop_id, wall=FakeWall(clock))


def test_fake_engines_read_the_fake_clocks(store: Store, workshop_id: int) -> None:
    clock = FakeClock()
    engine = fake_engine(store, workshop_id, clock)
    engine.agenda.start()
    clock.advance(90)
    assert engine.agenda.used() == 90
    assert engine.cycle.wall() == dt.datetime(2026, 11, 23, 9, 1, 30)


REAL_CLOCK_READS = (
    "utc_now",
    "datetime.now",
    "datetime.utcnow",
    "datetime.today",
    "date.today",
    "time.time",
    "time.monotonic",
    "time.perf_counter",
)
"""Calls that read the real date or clock (``dt.datetime.now`` too)."""


def test_the_engine_and_rules_read_the_time_only_from_their_clocks() -> None:
    """No stamp bypasses the engine's clocks (its own ``self.utc_now`` reads its wall)."""
    readers = []
    for path in sorted(Path(facilitation.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name == "local_now":
                continue
            for call in ast.walk(function):
                if not isinstance(call, ast.Call):
                    continue
                called = ast.unparse(call.func)
                if called.startswith("self."):
                    continue
                if any(called == read or called.endswith(f".{read}") for read in REAL_CLOCK_READS):
                    readers.append(f"{path.name}:{call.lineno} {function.name} calls {called}")
    assert readers == []


def test_every_row_written_on_the_fake_clocks_holds_the_fake_time(store: Store) -> None:
    """A workshop, its round, a dot, a check-in and a phone vote's access, each stamped
    with the fake wall clock's moment when it was written (the store keeps UTC)."""
    clock, wall = fake_clocks()
    people = [("Ana", "facilitator"), ("Bo", "contributor")]
    workshop_id = new_workshop(store, "Platform team", "team", participants=people, wall=wall)
    made = utc_moment(wall)
    engine = fake_engine(store, workshop_id, clock, wall)
    cards = [engine.boards.add_card(text) for text in ("Calm releases", "Known costs")]
    clock.advance(600)
    round_id = engine.voting.open_round("objectives", cards)
    opened = utc_moment(wall)
    clock.advance(45)
    ana = engine.participants()[0].id
    option = engine.voting.round(round_id).options[0].id
    engine.voting.cast_vote(round_id, ana, option)
    cast = utc_moment(wall)
    clock.advance(30)
    engine.phones.open_for_phones(round_id)
    shared = utc_moment(wall)
    objective = engine.okrs.add_objective("Releases are calm")
    key_result = engine.okrs.add_key_result(objective, "Rollbacks fall to one a month")
    clock.advance(3600)
    engine.cycle.check_in(key_result, 1, 0.7, "2 a month")
    checked = utc_moment(wall)

    assert made == dt.datetime(2026, 11, 23, 9, 0).astimezone(dt.UTC).replace(tzinfo=None)
    with store.reading() as session:
        workshop = session.get(models.Workshop, workshop_id)
        assert workshop is not None
        assert (workshop.created_at, workshop.updated_at) == (made, made)
        voting_round = session.get(models.VotingRound, round_id)
        assert voting_round is not None and voting_round.created_at == opened
        assert [v.cast_at for v in voting_round.votes] == [cast]
        access = session.get(models.PhoneAccess, round_id)
        assert access is not None and access.created_at == shared
        stamps = session.scalars(select(models.ConfidenceCheckIn.recorded_at)).all()
        assert stamps == [checked]


def test_a_row_written_without_a_time_is_refused_not_stamped_with_the_real_clock(
    store: Store,
) -> None:
    with pytest.raises(IntegrityError, match="created_at"), store.transaction() as session:
        session.add(models.Workshop(team="Platform team", settings={}))
        session.flush()
