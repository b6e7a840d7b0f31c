"""Fake clocks: time in tests moves only when the test says so."""

from __future__ import annotations

import datetime as dt


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
