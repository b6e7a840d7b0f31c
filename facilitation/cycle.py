"""The cycle between two workshops, as pure rules: weeks, trends, the end-of-cycle score.

A key result moves from its baseline to its target over the twelve weeks of the
cycle. The straight line between the two is where the team would be if progress
were even; a week's actual below that line, by more than a tenth of the way, is
lagging. A confidence of 0.4 or below is a warning of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

import resources
from facilitation.rules import RuleError
from facilitation.scoring import CONFIDENCE_SCALE, WEEKS_IN_CYCLE, check_score

LOW_CONFIDENCE = 0.4
"""Confidence at or below this is pointed out: the room should talk about that KR."""

LAG_TOLERANCE = 0.1
"""How far behind the line (as a share of the way from baseline to target) still counts
as on track: one week's noise should not raise a flag."""

CHECKIN_QUESTIONS: dict[str, str] = resources.vocabulary()["checkin_questions"]
"""The questions of a weekly check-in, by the field that keeps the week's answer."""

WEEKLY_FIELDS: dict[str, str] = {
    **CHECKIN_QUESTIONS,
    "priority_pipeline": "Priority pipeline: big projects, initiatives, critical events",
    "weekly_focus": "Weekly focus: the near-term priorities",
}

REVIEW_QUESTIONS: dict[str, str] = resources.vocabulary()["review_questions"]
"""The questions of the end-of-cycle review, by the key that stores the answer."""

REVIEW_COLUMNS: dict[str, str] = resources.vocabulary()["review_columns"]

HEALTH_STATUSES: dict[str, str] = {
    "": "Not rated",
    "green": "Green",
    "amber": "Amber",
    "red": "Red",
}


def week_in_cycle(start: dt.date | None, day: dt.date) -> int | None:
    """The week of the cycle a day falls in (1 to 12), or None without a start date."""
    if start is None:
        return None
    week = (day - start).days // 7 + 1
    return max(1, min(WEEKS_IN_CYCLE, week))


_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def actual_number(actual: str) -> float | None:
    """The number in what was written as the actual ("62%", "1,5", "about 40"), if any."""
    found = _NUMBER.search(actual.replace("\u2212", "-").replace(" ", ""))
    if found is None:
        return None
    return float(found.group().replace(",", "."))


def expected_at(baseline: float, target: float, week: int) -> float:
    """Where the straight line from baseline to target stands at the end of a week."""
    return baseline + (target - baseline) * week / WEEKS_IN_CYCLE


def progress(baseline: float, target: float, actual: float) -> float:
    """How much of the way from baseline to target an actual has come (not clamped)."""
    if target == baseline:
        return 1.0 if actual == target else 0.0
    return (actual - baseline) / (target - baseline)


def suggested_score(
    baseline: float | None, target: float | None, actual: float | None
) -> float | None:
    """A 0.0-1.0 score from the last actual: the share of the way covered, in tenths."""
    if baseline is None or target is None or actual is None:
        return None
    share = max(0.0, min(1.0, progress(baseline, target, actual)))
    return check_score(round(share, 1))


@dataclass(frozen=True)
class WeekPoint:
    week: int
    confidence: float | None
    actual: float | None
    expected: float | None


@dataclass(frozen=True)
class Trend:
    """A key result's weeks so far, and what the room should look at."""

    points: tuple[WeekPoint, ...]
    latest_confidence: float | None
    latest_actual: float | None
    low_confidence: bool
    lagging: bool

    @property
    def warnings(self) -> tuple[str, ...]:
        found = []
        if self.low_confidence:
            found.append(f"confidence {self.latest_confidence:g}")
        if self.lagging:
            found.append("behind the line")
        return tuple(found)


def trend(
    baseline: float | None,
    target: float | None,
    weeks: Mapping[int, tuple[float | None, str]],
) -> Trend:
    """The trend of one key result from its check-ins: week -> (confidence, actual)."""
    points = []
    for week in sorted(weeks):
        confidence, actual = weeks[week]
        expected = None
        if baseline is not None and target is not None:
            expected = expected_at(baseline, target, week)
        points.append(WeekPoint(week, confidence, actual_number(actual), expected))
    confidences = [p.confidence for p in points if p.confidence is not None]
    actuals = [p for p in points if p.actual is not None]
    latest_confidence = confidences[-1] if confidences else None
    lagging = False
    latest_actual = None
    if actuals:
        last = actuals[-1]
        latest_actual = last.actual
        if baseline is not None and target is not None and target != baseline:
            assert last.actual is not None
            on_the_line = last.week / WEEKS_IN_CYCLE
            lagging = progress(baseline, target, last.actual) < on_the_line - LAG_TOLERANCE
    return Trend(
        points=tuple(points),
        latest_confidence=latest_confidence,
        latest_actual=latest_actual,
        low_confidence=latest_confidence is not None and latest_confidence <= LOW_CONFIDENCE,
        lagging=lagging,
    )


_QUARTER = re.compile(r"\b([QqHhTt])([1-4])(\W+)(\d{4})\b")
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")
PARTS_OF_YEAR = {"q": 4, "t": 3, "h": 2}


def next_cycle_label(label: str) -> str:
    """The label of the cycle after this one: Q4 2027 -> Q1 2028, Cycle 3 -> Cycle 4."""
    quarter = _QUARTER.search(label)
    if quarter is not None:
        letter, number, gap, year = quarter.groups()
        count = PARTS_OF_YEAR[letter.lower()]
        part, year_number = int(number) + 1, int(year)
        if part > count:
            part, year_number = 1, year_number + 1
        return (
            label[: quarter.start()] + f"{letter}{part}{gap}{year_number}" + label[quarter.end() :]
        )
    number_match = _LAST_NUMBER.search(label)
    if number_match is not None:
        start, end = number_match.span()
        return label[:start] + str(int(number_match.group()) + 1) + label[end:]
    return f"After {label}" if label else ""


def next_cycle_dates(
    start: dt.date | None, end: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The next cycle starts the day after this one ends and lasts as long."""
    if start is None or end is None:
        return None, None
    following = end + dt.timedelta(days=1)
    return following, following + (end - start)


def read_confidence(typed: str) -> float | None:
    """Confidence as typed in a hurry: "1", "0.7", ".7", "7" or "0,7" all mean a level.

    Empty means no confidence recorded. A single digit 7 or 4 is read as 0.7 or 0.4,
    so a week is typed with one key per key result.
    """
    text = typed.strip().replace(",", ".")
    if not text:
        return None
    shorthand = {"7": "0.7", "4": "0.4"}
    text = shorthand.get(text, text)
    try:
        value = float(text)
    except ValueError:
        raise RuleError(f"{typed.strip()!r} is not a confidence: type 1, 0.7, 0.4 or 0.") from None
    for level in CONFIDENCE_SCALE:
        if abs(level.value - value) < 1e-9:
            return level.value
    raise RuleError(f"{typed.strip()!r} is not a confidence: type 1, 0.7, 0.4 or 0.")


def read_score(typed: str) -> float | None:
    """An end-of-cycle score as typed ("0.6", ".6", "0,6"); empty clears it."""
    text = typed.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RuleError(f"{typed.strip()!r} is not a score: type 0.0 to 1.0.") from None
    return check_score(value)
