"""The sheets' names and the OKR files' formats, for the command line, without ReportLab."""

from __future__ import annotations

SHEET_NAMES = (
    "facilitation-measures",
    "facilitation-initiatives",
    "drafting-card",
    "embedding-worksheet",
    "okr-story",
    "confidence-scoring",
    "weekly-check-in",
    "cycle-review",
    "summary",
    "ballots",
)

OKR_FORMATS = ("markdown", "csv", "html")
