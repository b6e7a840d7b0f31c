"""The error an export raises, worded for the person exporting."""

from __future__ import annotations

from okr_rules.messages import SayingError


class ExportError(SayingError):
    """The sheets could not be written; the message says why and what to do.

    An English template with its values, so the window says it in its language.
    """
