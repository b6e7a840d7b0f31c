"""Engines in tests run on the fake clocks: building one on the real clock fails the test."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.engine.agenda import AgendaEngine
from tests.clocks import FakeClock, FakeWall, fake_engine
from tests.conftest import RealClockInTest
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
