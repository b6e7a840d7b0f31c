"""Fake clocks and a stored workshop for the engine's tests."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation.workshops import new_workshop
from workshop.store import Store

PEOPLE = [
    ("Amara", "facilitator"),
    ("Bruno", "sponsor"),
    ("Chiara", "okr_lead"),
    ("Dmitri", "kr_lead"),
    ("Eun-ji", "contributor"),
]


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWall:
    """Local time that moves with a fake monotonic clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.start = dt.datetime(2026, 11, 23, 9, 0)
        self.origin = clock.now

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.clock.now - self.origin)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wall(clock: FakeClock) -> FakeWall:
    return FakeWall(clock)


@pytest.fixture
def workshop_id(store: Store) -> int:
    return new_workshop(store, "Platform team", "executive", participants=PEOPLE)
