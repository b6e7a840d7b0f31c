"""The arithmetic of the cycle: weeks, actuals, the line, warnings, the next cycle."""

from __future__ import annotations

import datetime as dt

import pytest

from okr_rules.cycle import (
    actual_number,
    next_cycle_dates,
    next_cycle_label,
    suggested_score,
    trend,
    week_in_cycle,
)

CYCLE_START = dt.date(2027, 1, 4)


@pytest.mark.parametrize(
    ("day", "week"),
    [
        (dt.date(2027, 1, 4), 1),
        (dt.date(2027, 1, 10), 1),
        (dt.date(2027, 1, 11), 2),
        (dt.date(2027, 3, 28), 12),
        (dt.date(2027, 5, 1), 12),
        (dt.date(2026, 12, 1), 1),
    ],
)
def test_the_week_comes_from_the_cycles_first_day(day: dt.date, week: int) -> None:
    assert week_in_cycle(CYCLE_START, day) == week


def test_without_dates_the_week_is_unknown() -> None:
    assert week_in_cycle(None, dt.date(2027, 1, 4)) is None


@pytest.mark.parametrize(
    ("written", "number"),
    [("62%", 62.0), ("1,5", 1.5), ("about 40 a week", 40.0), ("−3", -3.0), ("none yet", None)],
)
def test_the_actual_is_read_from_what_was_written(written: str, number: float | None) -> None:
    assert actual_number(written) == number


def test_the_suggested_score_is_the_share_of_the_way_covered() -> None:
    assert suggested_score(20, 5, 8) == 0.8
    assert suggested_score(2, 10, 12) == 1.0
    assert suggested_score(2, 10, 1) == 0.0
    assert suggested_score(2, 10, None) is None
    assert suggested_score(None, 10, 5) is None


def test_low_confidence_and_lagging_are_pointed_out() -> None:
    on_track = trend(0, 12, {1: (1.0, "1"), 6: (0.7, "6")})
    assert on_track.warnings == ()
    behind = trend(0, 12, {1: (1.0, "1"), 6: (0.4, "3")})
    assert behind.low_confidence and behind.lagging
    assert behind.warnings == ("confidence 0.4", "behind the line")
    falling = trend(20, 5, {6: (0.7, "19")})
    assert falling.lagging and not falling.low_confidence
    assert [p.expected for p in falling.points] == [12.5]


@pytest.mark.parametrize(
    ("label", "following"),
    [
        ("Q1 2027", "Q2 2027"),
        ("Q4 2027", "Q1 2028"),
        ("H2 2027", "H1 2028"),
        ("Cycle 3", "Cycle 4"),
        ("Spring", "After Spring"),
        ("", ""),
    ],
)
def test_the_next_cycle_has_the_next_label(label: str, following: str) -> None:
    assert next_cycle_label(label) == following


def test_the_next_cycle_starts_the_day_after_and_lasts_as_long() -> None:
    assert next_cycle_dates(dt.date(2027, 1, 4), dt.date(2027, 3, 28)) == (
        dt.date(2027, 3, 29),
        dt.date(2027, 6, 20),
    )
    assert next_cycle_dates(None, None) == (None, None)
