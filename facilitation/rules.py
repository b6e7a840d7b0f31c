"""The typed errors that rules raise, with messages written for the room."""

from __future__ import annotations


class RuleError(Exception):
    """A rule said no. The message is shown to the facilitator as it is."""


TEXT_LIMIT = 10_000
"""The longest text one field takes; far beyond any post-it, short of a pasted book."""

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {127: None}


def clean_text(text: str, what: str, *, required: bool = True, limit: int = TEXT_LIMIT) -> str:
    """Text as typed, minus control characters and outer spaces; refused when empty or huge.

    ``what`` names the field in the message ("the card", "the objective").
    """
    cleaned = text.translate(_CONTROL).replace("\r", "").strip()
    if required and not cleaned:
        raise RuleError(f"Write something on {what} first.")
    if len(cleaned) > limit:
        raise RuleError(
            f"That is {len(cleaned):,} characters: {what} takes at most {limit:,}. "
            "Shorten it, or keep the long text in the notes."
        )
    return cleaned
