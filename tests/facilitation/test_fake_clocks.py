"""Engines in tests run on the fake clocks: building one on the real clock fails the test."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import facilitation
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
