"""The step timer, as pure rules over a fake monotonic clock."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from facilitation.timer import (
    StepTimer,
    TimerPhase,
    ZeroAction,
    away_text,
    format_clock,
    time_away,
)


def test_remaining_time_is_exact_after_an_hour_of_irregular_steps() -> None:
    rng = random.Random(7)
    now = 500.0
    timer = StepTimer(allowed_seconds=20 * 60).start(now)
    elapsed = 0.0
    while elapsed < 3600:
        step = min(rng.uniform(0.001, 7.3), 3600 - elapsed)
        now += step
        elapsed += step
        timer.remaining(now)
    assert timer.remaining(500.0 + 3600) == pytest.approx(20 * 60 - 3600, abs=1e-6)
    assert timer.overtime(500.0 + 3600) == pytest.approx(3600 - 20 * 60, abs=1e-6)


def test_a_paused_timer_does_not_move() -> None:
    timer = StepTimer(600).start(0).pause(100)
    assert timer.remaining(5000) == 500
    resumed = timer.start(6000)
    assert resumed.remaining(6050) == 450


def test_added_minutes_extend_the_time_left() -> None:
    timer = StepTimer(60).start(0).add_time(5 * 60)
    assert timer.remaining(30) == 330


@pytest.mark.parametrize(
    ("used", "phase"),
    [(0, TimerPhase.PLENTY), (479, TimerPhase.PLENTY), (480, TimerPhase.WARNING),
     (599, TimerPhase.WARNING), (600, TimerPhase.OVERTIME), (900, TimerPhase.OVERTIME)],
)  # fmt: skip
def test_the_phase_turns_at_two_minutes_left_and_at_zero(used: int, phase: TimerPhase) -> None:
    assert StepTimer(600, used_before=used).phase(0) == phase


def test_at_zero_a_step_signals_or_moves_on_after_its_grace_time() -> None:
    timer = StepTimer(60).start(0)
    assert timer.zero_action(59, "move_on", 30) == ZeroAction.NONE
    assert timer.zero_action(60, "signal", 30) == ZeroAction.SIGNAL
    assert timer.zero_action(89, "move_on", 30) == ZeroAction.SIGNAL
    assert timer.zero_action(90, "move_on", 30) == ZeroAction.MOVE_ON
    assert timer.zero_action(5000, "signal", 30) == ZeroAction.SIGNAL


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(1200, "20:00"), (0.2, "0:01"), (0, "0:00"), (-0.5, "0:00"), (-45, "-0:45"),
     (-61, "-1:01"), (3720, "1:02:00")],
)  # fmt: skip
def test_clock_text(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_time_away_is_never_negative_and_reads_as_the_room_says_it() -> None:
    written = dt.datetime(2031, 2, 28, 23, 58)
    assert time_away(written, written + dt.timedelta(minutes=3)) == 180
    assert time_away(written, written - dt.timedelta(hours=1)) == 0, "the clock went back"
    assert [away_text(s) for s in (40, 23 * 60 + 10, 2 * 3600 + 5 * 60)] == [
        "40 s",
        "23 min",
        "2 h 05 min",
    ]
