"""The sheets' names, for the command line's help, without loading ReportLab."""

from __future__ import annotations

SHEET_NAMES = (
    "facilitation-measures",
    "facilitation-initiatives",
    "embedding-worksheet",
    "okr-story",
    "confidence-scoring",
    "weekly-check-in",
    "cycle-review",
    "summary",
    "ballots",
)
