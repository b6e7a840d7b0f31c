"""Every printable sheet by name, in the order they are offered and written."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from exports.errors import ExportError
from exports.renderer import Document, Renderer
from exports.sheets import (
    ballots,
    checkin,
    confidence,
    drafting,
    facilitation,
    review,
    story,
    summary,
    worksheet,
)
from workshop.snapshot import WorkshopSnapshot


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    description: str
    documents: Callable[[WorkshopSnapshot, Renderer], list[Document]]


SHEETS: dict[str, Sheet] = {
    sheet.name: sheet
    for sheet in (
        Sheet(
            "facilitation-measures",
            "Facilitation sheet: measures",
            "One page per objective: key results with how to measure them, criteria, ideas.",
            facilitation.measures_sheet,
        ),
        Sheet(
            "facilitation-initiatives",
            "Facilitation sheet: initiatives",
            "One page per objective: key results with key initiatives, data source, notes.",
            facilitation.initiatives_sheet,
        ),
        Sheet(
            "drafting-card",
            "OKR drafting card",
            "The objective's self-check, who does what by how much, the drafting checklist.",
            drafting.drafting_sheet,
        ),
        Sheet(
            "embedding-worksheet",
            "Embedding OKR worksheet",
            "The twelve fields that make OKRs part of the team's week.",
            worksheet.worksheet_sheet,
        ),
        Sheet(
            "okr-story",
            "OKR story",
            "Character, goal, obstacle, resolution and metric ideas, one story per page.",
            story.story_sheet,
        ),
        Sheet(
            "confidence-scoring",
            "Confidence scoring",
            "This week's confidence for every key result, and the whole cycle week by week.",
            confidence.confidence_sheet,
        ),
        Sheet(
            "weekly-check-in",
            "Weekly check-in",
            "Lead, metric, actual and confidence per key result; health, pipeline, focus.",
            checkin.checkin_sheet,
        ),
        Sheet(
            "cycle-review",
            "Cycle review",
            "Each key result scored with its verdict, the review questions, stop/start/continue.",
            review.review_sheet,
        ),
        Sheet(
            "summary",
            "Workshop summary",
            "The OKRs ranked with champions and initiatives, the comms plan, and the day.",
            summary.summary_sheet,
        ),
        Sheet(
            "ballots",
            "Paper ballots",
            "Numbered voting slips, one per participant, for voting on paper.",
            ballots.ballots_sheet,
        ),
    )
}


def sheet_names() -> list[str]:
    return list(SHEETS)


def resolve(names: str | Iterable[str]) -> list[Sheet]:
    """Sheets from "all", "a,b" or a list of names, in the registry's order."""
    wanted = names.split(",") if isinstance(names, str) else list(names)
    wanted = [name.strip().lower() for name in wanted if name.strip()]
    if not wanted or "all" in wanted:
        return list(SHEETS.values())
    unknown = [name for name in wanted if name not in SHEETS]
    if unknown:
        raise ExportError(
            "There is no sheet called {unknown}. The sheets are: {sheets} (or all).",
            unknown=", ".join(repr(n) for n in unknown),
            sheets=", ".join(SHEETS),
        )
    return [sheet for name, sheet in SHEETS.items() if name in wanted]
