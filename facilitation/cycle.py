"""The cycle between two workshops: its questions and words, and reading what is typed.

The arithmetic of weeks and trends is in ``okr_rules.cycle``.
"""

from __future__ import annotations

import resources
from facilitation.rules import RuleError
from facilitation.scoring import CONFIDENCE_SCALE, check_score

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
        raise RuleError(
            "{typed!r} is not a confidence: type 1, 0.7, 0.4 or 0.", typed=typed.strip()
        ) from None
    for level in CONFIDENCE_SCALE:
        if abs(level.value - value) < 1e-9:
            return level.value
    raise RuleError("{typed!r} is not a confidence: type 1, 0.7, 0.4 or 0.", typed=typed.strip())


def read_score(typed: str) -> float | None:
    """An end-of-cycle score as typed ("0.6", ".6", "0,6"); empty clears it."""
    text = typed.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RuleError("{typed!r} is not a score: type 0.0 to 1.0.", typed=typed.strip()) from None
    return check_score(value)
