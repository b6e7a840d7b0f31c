"""Scoring last cycle and the confidence scale, as pure rules."""

from __future__ import annotations

from dataclasses import dataclass

import resources
from facilitation.rules import RuleError
from okr_rules.scores import (
    VERDICTS,
    WEEKS_IN_CYCLE,
    Thresholds,
    Verdict,
    objective_score,
    verdict,
)

__all__ = ["VERDICTS", "WEEKS_IN_CYCLE", "Verdict", "objective_score", "verdict"]

SWEET_SPOT = 0.7
"""A KR scored about 0.7 was ambitious and largely met: where good OKRs land."""


class VerdictThresholds(Thresholds):
    """The verdict thresholds, as the scoring step sets them: they must rise."""

    def check(self) -> None:
        if not self.rising:
            raise RuleError(
                "The verdict thresholds must rise: fell short < delivered <= exceeded, "
                "all between 0.0 and 1.0."
            )


def check_score(score: float) -> float:
    """A KR score: 0.0 to 1.0 in steps of 0.1."""
    rounded = round(score, 1)
    if not 0.0 <= score <= 1.0 or abs(score - rounded) > 1e-9:
        raise RuleError("Score a key result from 0.0 to 1.0 in steps of 0.1.")
    return rounded


@dataclass(frozen=True)
class ConfidenceLevel:
    value: float
    meaning: str


CONFIDENCE_SCALE = tuple(
    ConfidenceLevel(float(level["value"]), level["meaning"])
    for level in resources.vocabulary()["confidence"]
)


def check_week(week: int) -> int:
    if not 1 <= week <= WEEKS_IN_CYCLE:
        raise RuleError("A check-in is for week 1 to {weeks} of the cycle.", weeks=WEEKS_IN_CYCLE)
    return week


def check_confidence(value: float, week: int) -> float:
    check_week(week)
    for level in CONFIDENCE_SCALE:
        if abs(level.value - value) < 1e-9:
            return level.value
    raise RuleError("Confidence is 1, 0.7, 0.4 or 0.")
