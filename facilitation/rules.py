"""The typed errors that rules raise, with messages written for the room."""

from __future__ import annotations


class RuleError(Exception):
    """A rule said no. The message is shown to the facilitator as it is."""
