"""Scores, verdicts and the cycle's length."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields

import resources

WEEKS_IN_CYCLE = 12
"""A cycle (a quarter) has twelve weekly check-ins."""


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
class Thresholds:
    """Lowest score of each verdict; a workshop may set its own, these are the usual ones."""

    exceeded: float = _USUAL["exceeded"]
    delivered: float = _USUAL["delivered"]
    fell_short: float = _USUAL["fell_short"]

    @property
    def rising(self) -> bool:
        return 0 <= self.fell_short < self.delivered <= self.exceeded <= 1

    @classmethod
    def from_settings(cls, settings: Mapping[str, object]) -> Thresholds:
        """The thresholds a workshop saved under ``verdict_thresholds``; anything that is
        not a number (a hand-written file) falls back to the usual value."""
        saved = settings.get("verdict_thresholds")
        saved = saved if isinstance(saved, Mapping) else {}
        values = {}
        for item in fields(cls):
            value = saved.get(item.name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                values[item.name] = float(value)
        return cls(**values)


def verdict(score: float, thresholds: Thresholds = Thresholds()) -> Verdict:
    exceeded, delivered, fell_short, failed = VERDICTS
    if score >= thresholds.exceeded:
        return exceeded
    if score >= thresholds.delivered:
        return delivered
    if score >= thresholds.fell_short:
        return fell_short
    return failed


def objective_score(scores: Sequence[float | None]) -> float | None:
    """The mean of the KRs scored so far, or ``None`` before any is scored."""
    scored = [s for s in scores if s is not None]
    if not scored:
        return None
    return round(sum(scored) / len(scored), 2)
