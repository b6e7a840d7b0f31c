"""The error an export raises, worded for the person exporting."""

from __future__ import annotations


class ExportError(Exception):
    """The sheets could not be written; the message says why and what to do."""
