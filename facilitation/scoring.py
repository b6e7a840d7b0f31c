"""Scoring last cycle and the confidence scale, as pure rules."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import resources
from facilitation.rules import RuleError

SWEET_SPOT = 0.7
"""A KR scored about 0.7 was ambitious and largely met: where good OKRs land."""


@dataclass(frozen=True)
class Verdict:
    key: str
    label: str
    meaning: str
    band: str
    """A colour band for screens and sheets: green, blue, amber or red."""


VERDICTS = tuple(
    Verdict(v["key"], v["label"], v["meaning"], v["band"])
    for v in resources.vocabulary()["verdicts"]
)
_USUAL = {v["key"]: float(v["from"]) for v in resources.vocabulary()["verdicts"]}


@dataclass(frozen=True)
class VerdictThresholds:
    """Lowest score of each verdict; settings of the workshop, these are the usual ones."""

    exceeded: float = _USUAL["exceeded"]
    delivered: float = _USUAL["delivered"]
    fell_short: float = _USUAL["fell_short"]

    def check(self) -> None:
        if not 0 <= self.fell_short < self.delivered <= self.exceeded <= 1:
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


def objective_score(scores: Sequence[float | None]) -> float | None:
    """The mean of the KRs scored so far, or ``None`` before any is scored."""
    scored = [s for s in scores if s is not None]
    if not scored:
        return None
    return round(sum(scored) / len(scored), 2)


def verdict(score: float, thresholds: VerdictThresholds = VerdictThresholds()) -> Verdict:
    exceeded, delivered, fell_short, failed = VERDICTS
    if score >= thresholds.exceeded:
        return exceeded
    if score >= thresholds.delivered:
        return delivered
    if score >= thresholds.fell_short:
        return fell_short
    return failed


@dataclass(frozen=True)
class ConfidenceLevel:
    value: float
    meaning: str


CONFIDENCE_SCALE = tuple(
    ConfidenceLevel(float(level["value"]), level["meaning"])
    for level in resources.vocabulary()["confidence"]
)
WEEKS_IN_CYCLE = 12


def check_week(week: int) -> int:
    if not 1 <= week <= WEEKS_IN_CYCLE:
        raise RuleError(f"A check-in is for week 1 to {WEEKS_IN_CYCLE} of the cycle.")
    return week


def check_confidence(value: float, week: int) -> float:
    check_week(week)
    for level in CONFIDENCE_SCALE:
        if abs(level.value - value) < 1e-9:
            return level.value
    raise RuleError("Confidence is 1, 0.7, 0.4 or 0.")
