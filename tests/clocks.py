"""Fake clocks: time in tests moves only when the test says so.

Every engine a test builds runs on them (``fake_engine``); the check in
``tests/conftest.py`` fails a test that builds one on the real clock or date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from facilitation.engine import WorkshopEngine
from workshop.store import Store

STAMPED = dt.datetime(2026, 11, 23, 8, 0)
"""The moment (naive UTC) the sample builders stamp the rows they write with."""


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWall:
    """Local time that moves with a fake monotonic clock, from 09:00 on a workshop day."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.start = dt.datetime(2026, 11, 23, 9, 0)
        self.origin = clock.now

    def __call__(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.clock.now - self.origin)


def fake_clocks() -> tuple[FakeClock, FakeWall]:
    """A fake monotonic clock and the workshop day's local time that moves with it."""
    clock = FakeClock()
    return clock, FakeWall(clock)


def fake_engine(
    store: Store,
    workshop_id: int,
    clock: FakeClock | None = None,
    wall: Callable[[], dt.datetime] | None = None,
) -> WorkshopEngine:
    """An engine on fake clocks: the test's own when it passes them, new ones otherwise."""
    if clock is None:
        clock = FakeClock()
    return WorkshopEngine(store, workshop_id, clock, wall or FakeWall(clock))
