"""The step timer: time used and time left, computed from a monotonic clock.

The timer never counts ticks. It keeps the seconds used before the last start and
the clock reading at that start, so whatever the screen refresh does, the time shown
is ``used_before + (now - started_at)``. Tests pass a fake clock.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

Clock = Callable[[], float]
"""Seconds from a monotonic source; ``time.monotonic`` in the app."""

monotonic: Clock = time.monotonic

WallClock = Callable[[], dt.datetime]
"""Local date and time, for what the room reads (the projected end of the day)."""


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def utc_moment(wall: WallClock) -> dt.datetime:
    """The wall clock's moment in UTC, as the store keeps moments (naive UTC)."""
    return wall().astimezone(dt.UTC).replace(tzinfo=None)


WARNING_SECONDS = 120
"""Time left at which the timer turns to its warning colour."""


RESUME_WITHOUT_ASKING_SECONDS = 5 * 60
"""A running timer that stopped (a crash, a flat battery) for at most this long resumes
with the time away counted; after a longer gap the facilitator is asked first."""


def time_away(last_written: dt.datetime, now: dt.datetime) -> float:
    """Seconds between the timer's last write and now; none if the clock went back."""
    return max(0.0, (now - last_written).total_seconds())


def away_text(seconds: float) -> str:
    """A stretch of time away as the room says it: ``40 s``, ``23 min``, ``2 h 05 min``."""
    if seconds < 60:
        return f"{round(seconds)} s"
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


class TimerPhase(Enum):
    """What the room should see: plenty of time, nearly out, or over."""

    PLENTY = "plenty"
    WARNING = "warning"
    OVERTIME = "overtime"


class ZeroAction(Enum):
    """What happens when a step's time is up."""

    NONE = "none"
    SIGNAL = "signal"
    MOVE_ON = "move_on"


@dataclass(frozen=True)
class StepTimer:
    """The clock of one agenda step.

    ``allowed_seconds`` is the step's planned time plus any minutes added during the
    workshop. ``started_at`` is a reading of the monotonic clock while the timer runs,
    and ``None`` while it is paused.
    """

    allowed_seconds: float
    used_before: float = 0.0
    started_at: float | None = None

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def used(self, now: float) -> float:
        if self.started_at is None:
            return self.used_before
        return self.used_before + max(0.0, now - self.started_at)

    def remaining(self, now: float) -> float:
        """Seconds left; negative once the step runs over."""
        return self.allowed_seconds - self.used(now)

    def overtime(self, now: float) -> float:
        return max(0.0, -self.remaining(now))

    def phase(self, now: float) -> TimerPhase:
        left = self.remaining(now)
        if left <= 0:
            return TimerPhase.OVERTIME
        if left <= WARNING_SECONDS:
            return TimerPhase.WARNING
        return TimerPhase.PLENTY

    def start(self, now: float) -> StepTimer:
        if self.running:
            return self
        return replace(self, started_at=now)

    def pause(self, now: float) -> StepTimer:
        if not self.running:
            return self
        return replace(self, used_before=self.used(now), started_at=None)

    def add_time(self, seconds: float) -> StepTimer:
        return replace(self, allowed_seconds=self.allowed_seconds + seconds)

    def zero_action(self, now: float, on_zero: str, grace_seconds: float) -> ZeroAction:
        """What the step's setting asks for now: nothing yet, a signal, or moving on."""
        if self.remaining(now) > 0:
            return ZeroAction.NONE
        if on_zero == "move_on" and self.overtime(now) >= grace_seconds:
            return ZeroAction.MOVE_ON
        return ZeroAction.SIGNAL


def format_clock(seconds: float) -> str:
    """Seconds as the room reads them: ``12:05``, ``1:02:00``, ``-0:45`` when over."""
    whole = math.ceil(seconds) if seconds > 0 else math.floor(-seconds)
    sign = "-" if seconds < 0 and whole else ""
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
