"""The rules' words for stored choices and scales, in the window's language.

Roles, verdicts, the confidence scale, retrospective columns, priorities, review and
check-in questions, the facilitation sheet's criteria and the printable sheets' names:
``facilitation`` and ``exports`` keep them in English, and the window reads them from
here. ``WORDS`` marks every one for translation; a test checks it holds each word the
rules and the sheets know.
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
    QT_TRANSLATE_NOOP("vocabulary", "Inspirational"),
    QT_TRANSLATE_NOOP("vocabulary", "Would the team be glad to spend the whole cycle on this?"),
    QT_TRANSLATE_NOOP("vocabulary", "Manageable outcomes"),
    QT_TRANSLATE_NOOP("vocabulary", "Is the change within what this team can really influence?"),
    QT_TRANSLATE_NOOP("vocabulary", "Provides focus"),
    QT_TRANSLATE_NOOP("vocabulary", "Does it make clear what we will say no to this cycle?"),
    QT_TRANSLATE_NOOP("vocabulary", "Action oriented"),
    QT_TRANSLATE_NOOP("vocabulary", "Does it tell us where to put our effort on Monday morning?"),
    QT_TRANSLATE_NOOP("vocabulary", "Change, not maintain"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Does it move something forward, rather than keep things as they are?"
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Time bound"),
    QT_TRANSLATE_NOOP("vocabulary", "Is it clear by when we want to get there?"),
    QT_TRANSLATE_NOOP("vocabulary", "Results based"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Does it measure a result for someone, rather than a task we finish?"
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Aligned"),
    QT_TRANSLATE_NOOP("vocabulary", "If this number moves, does the objective get closer?"),
    QT_TRANSLATE_NOOP("vocabulary", "Directly measurable"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Can we read the number from a source we trust, without guessing?"
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Indicates progress"),
    QT_TRANSLATE_NOOP("vocabulary", "Will we see it move during the cycle, not only at the end?"),
    QT_TRANSLATE_NOOP("vocabulary", "Challenging"),
    QT_TRANSLATE_NOOP("vocabulary", "Is the target a real stretch, yet still within reach?"),
    QT_TRANSLATE_NOOP("vocabulary", "Accountability clarity"),
    QT_TRANSLATE_NOOP("vocabulary", "Does everyone know who champions it and who reports on it?"),
    QT_TRANSLATE_NOOP("vocabulary", "Leading indicator"),
    QT_TRANSLATE_NOOP("vocabulary", "Does it warn us early whether we are on track?"),
    QT_TRANSLATE_NOOP("vocabulary", "Facilitation sheet: measures"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "One page per objective: key results with how to measure them, criteria, ideas.",
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Facilitation sheet: initiatives"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "One page per objective: key results with key initiatives, data source, notes.",
    ),
    QT_TRANSLATE_NOOP("vocabulary", "OKR drafting card"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "The objective's self-check, who does what by how much, the drafting checklist.",
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Embedding OKR worksheet"),
    QT_TRANSLATE_NOOP("vocabulary", "The twelve fields that make OKRs part of the team's week."),
    QT_TRANSLATE_NOOP("vocabulary", "OKR story"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Character, goal, obstacle, resolution and metric ideas, one story per page."
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Confidence scoring"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "This week's confidence for every key result, and the whole cycle week by week.",
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Weekly check-in"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Lead, metric, actual and confidence per key result; health, pipeline, focus."
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Cycle review"),
    QT_TRANSLATE_NOOP(
        "vocabulary",
        "Each key result scored with its verdict, the review questions, stop/start/continue.",
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Workshop summary"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "The OKRs ranked with champions and initiatives, the comms plan, and the day."
    ),
    QT_TRANSLATE_NOOP("vocabulary", "Paper ballots"),
    QT_TRANSLATE_NOOP(
        "vocabulary", "Numbered voting slips, one per participant, for voting on paper."
    ),
)
