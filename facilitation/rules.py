"""The typed errors that rules raise, with messages written for the room.

A refusal is written in English, the product's source language, as a template with
named values: ``RuleError("No votes left: you have placed all {count}.", count=3)``.
Its ``Message``, ``Word`` and ``said`` come from ``okr_rules.messages``, which the
store's and the sheets' errors share; ``make translations`` reads the calls of
``RuleError`` and its subclasses there as Qt's ``QT_TR_NOOP``.
"""

from __future__ import annotations

from okr_rules.messages import Message as Message
from okr_rules.messages import SayingError
from okr_rules.messages import Word as Word
from okr_rules.messages import said as said


class RuleError(SayingError):
    """A rule said no, with a message written for the facilitator.

    ``str(error)`` is the English sentence; ``error.message`` keeps its template and
    values for the window to say it in its language.
    """


TEXT_LIMIT = 10_000
"""The longest text one field takes; far beyond any post-it, short of a pasted book."""

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {127: None}


def clean_text(text: str, what: str, *, required: bool = True, limit: int = TEXT_LIMIT) -> str:
    """Text as typed, minus control characters and outer spaces; refused when empty or huge.

    ``what`` names the field in the message (``Word("the card")``); a plain string is
    shown as it is, in every language.
    """
    cleaned = text.translate(_CONTROL).replace("\r", "").strip()
    if required and not cleaned:
        raise RuleError("Write something on {what} first.", what=what)
    if len(cleaned) > limit:
        raise RuleError(
            "That is {count:,} characters: {what} takes at most {limit:,}. "
            "Shorten it, or keep the long text in the notes.",
            count=len(cleaned),
            what=what,
            limit=limit,
        )
    return cleaned
