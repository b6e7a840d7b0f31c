"""What the sheets print: a workshop's snapshot, with what the rules say about its cycle.

The sheets only draw; the trend of each key result (its actuals as numbers, its
warnings, its suggested end score) is the engine's reading, added here.
"""

from __future__ import annotations

from dataclasses import replace

from facilitation.cycle import suggested_score, trend
from workshop.snapshot import (
    KeyResultSnapshot,
    TrendSnapshot,
    WorkshopSnapshot,
    load_snapshot,
)
from workshop.store import Store


def sheet_snapshot(store: Store, workshop_id: int) -> WorkshopSnapshot:
    """The snapshot the sheets of a workshop are printed from."""
    return with_trends(load_snapshot(store, workshop_id))


def with_trends(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    objectives = tuple(
        replace(objective, key_results=tuple(_with_trend(kr) for kr in objective.key_results))
        for objective in snapshot.objectives
    )
    return replace(snapshot, objectives=objectives)


def _with_trend(kr: KeyResultSnapshot) -> KeyResultSnapshot:
    reading = trend(kr.baseline, kr.target, {c.week: (c.score, c.actual) for c in kr.checkins})
    return replace(
        kr,
        trend=TrendSnapshot(
            actuals=tuple((p.week, p.actual) for p in reading.points if p.actual is not None),
            warnings=reading.warnings,
            suggested_score=suggested_score(kr.baseline, kr.target, reading.latest_actual),
        ),
    )
