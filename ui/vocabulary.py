"""The rules' words for stored choices and scales, in the window's language.

Roles, verdicts, the confidence scale, retrospective columns, priorities, review and
check-in questions: ``facilitation`` keeps them in English, the sheets have their own
tables, and the window reads them from here. ``WORDS`` marks every one for
translation; a test checks it holds each word the rules know.
"""

from __future__ import annotations

from facilitation import cycle, scoring
from facilitation.engine import boards, okrs
from facilitation.workshops import ROLE_LABELS as ROLE_WORDS
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate

CONTEXT = "vocabulary"

COLUMNS = Words(CONTEXT, boards.COLUMNS)
PRIORITIES = Words(CONTEXT, okrs.PRIORITIES)
DEPENDENCY_STRENGTHS = Words(CONTEXT, okrs.DEPENDENCY_STRENGTHS)
DEPENDENCY_DIRECTIONS = Words(CONTEXT, okrs.DEPENDENCY_DIRECTIONS)
METRIC_KINDS = Words(CONTEXT, okrs.METRIC_KINDS)
ROLE_LABELS = Words(CONTEXT, ROLE_WORDS)
REVIEW_COLUMNS = Words(CONTEXT, cycle.REVIEW_COLUMNS)
REVIEW_QUESTIONS = Words(CONTEXT, cycle.REVIEW_QUESTIONS)
HEALTH_STATUSES = Words(CONTEXT, cycle.HEALTH_STATUSES)
WEEKLY_FIELDS = Words(CONTEXT, cycle.WEEKLY_FIELDS)
CHECKIN_QUESTIONS = Words(CONTEXT, cycle.CHECKIN_QUESTIONS)


def word(text: str) -> str:
    """One of the rules' words (a verdict's label, a confidence level's meaning) as shown."""
    return translate(CONTEXT, text)


def verdict_label(found: scoring.Verdict) -> str:
    return word(found.label)


WORDS = (
    QT_TRANSLATE_NOOP("vocabulary", "Went well"),
    QT_TRANSLATE_NOOP("vocabulary", "Didn't go well"),
    QT_TRANSLATE_NOOP("vocabulary", "Learned"),
    QT_TRANSLATE_NOOP("vocabulary", "Start"),
    QT_TRANSLATE_NOOP("vocabulary", "Stop"),
    QT_TRANSLATE_NOOP("vocabulary", "Continue"),
    QT_TRANSLATE_NOOP("vocabulary", "Must have"),
    QT_TRANSLATE_NOOP("vocabulary", "Should have"),
    QT_TRANSLATE_NOOP("vocabulary", "Could have"),
    QT_TRANSLATE_NOOP("vocabulary", "Won't have"),
    QT_TRANSLATE_NOOP("vocabulary", "Feedback only"),
    QT_TRANSLATE_NOOP("vocabulary", "Hard dependency"),
    QT_TRANSLATE_NOOP("vocabulary", "We depend on them"),
    QT_TRANSLATE_NOOP("vocabulary", "They depend on us"),
    QT_TRANSLATE_NOOP("vocabulary", "Outputs"),
    QT_TRANSLATE_NOOP("vocabulary", "Leading indicators"),
    QT_TRANSLATE_NOOP("vocabulary", "Lagging indicators"),
    QT_TRANSLATE_NOOP("vocabulary", "Facilitator"),
    QT_TRANSLATE_NOOP("vocabulary", "Sponsor"),
    QT_TRANSLATE_NOOP("vocabulary", "OKR lead"),
    QT_TRANSLATE_NOOP("vocabulary", "KR lead"),
    QT_TRANSLATE_NOOP("vocabulary", "Contributor"),
    QT_TRANSLATE_NOOP("vocabulary", "What came up that we did not expect?"),
    QT_TRANSLATE_NOOP("vocabulary", "Did our priorities shift, and what did that do to our OKRs?"),
    QT_TRANSLATE_NOOP("vocabulary", "What worked, what did not, and why?"),
    QT_TRANSLATE_NOOP("vocabulary", "What will we do differently in the next cycle?"),
    QT_TRANSLATE_NOOP("vocabulary", "Not rated"),
    QT_TRANSLATE_NOOP("vocabulary", "Green"),
    QT_TRANSLATE_NOOP("vocabulary", "Amber"),
    QT_TRANSLATE_NOOP("vocabulary", "Red"),
    QT_TRANSLATE_NOOP("vocabulary", "What changed in our key results since the last check-in?"),
    QT_TRANSLATE_NOOP("vocabulary", "What is slowing us down or putting our progress at risk?"),
    QT_TRANSLATE_NOOP("vocabulary", "How can we raise our confidence, or clear the way?"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Priority pipeline: big projects, initiatives, critical events"
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Weekly focus: the near-term priorities"),
    QT_TRANSLATE_NOOP("vocabulary", "Exceeded"),
    QT_TRANSLATE_NOOP("vocabulary", "Did better than the target."),
    QT_TRANSLATE_NOOP("vocabulary", "Delivered"),
    QT_TRANSLATE_NOOP("vocabulary", "Reached the target."),
    QT_TRANSLATE_NOOP("vocabulary", "Fell short"),
    QT_TRANSLATE_NOOP("vocabulary", "Moved forward and created some value."),
    QT_TRANSLATE_NOOP("vocabulary", "Failed to deliver"),
    QT_TRANSLATE_NOOP("vocabulary", "Did not create the value we aimed for."),
    QT_TRANSLATE_NOOP("vocabulary", "High confidence: we will achieve this key result."),
    QT_TRANSLATE_NOOP("vocabulary", "High confidence"),
    QT_TRANSLATE_NOOP("vocabulary", "Likely: we will achieve it or get close."),
    QT_TRANSLATE_NOOP("vocabulary", "Likely"),
    QT_TRANSLATE_NOOP("vocabulary", "A challenge: achieving it will be hard."),
    QT_TRANSLATE_NOOP("vocabulary", "A challenge"),
    QT_TRANSLATE_NOOP("vocabulary", "Unlikely: this result will probably not be achieved."),
    QT_TRANSLATE_NOOP("vocabulary", "Unlikely"),
)
