"""A first look at one stored workshop, read with the standard library's sqlite3.

The window paints a workshop's agenda from this before the database layer is
loaded (importing SQLAlchemy costs more than starting Qt), then opens the file
properly. The glance only reads, and only a file this program can open as it is:
anything else (a server URL, a missing, older, newer or damaged file, a workshop
that is not there) gives None, and the proper opening says what is wrong.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop import schema

STEP_COLUMNS = (
    "id, position, kind, title, planned_seconds, added_seconds, used_seconds, status, "
    "optional, on_zero, grace_seconds, notes"
)


@dataclass(frozen=True)
class StepView:
    """One step of the agenda as the screens show it."""

    id: int
    position: int
    kind: str
    title: str
    planned_seconds: int
    added_seconds: int
    used_seconds: float
    status: str
    optional: bool
    on_zero: str
    grace_seconds: int
    notes: str
    current: bool

    @property
    def allowed_seconds(self) -> int:
        return self.planned_seconds + self.added_seconds


@dataclass(frozen=True)
class WorkshopGlance:
    id: int
    team: str
    cycle_label: str
    steps: list[StepView]

    @property
    def current(self) -> StepView | None:
        return next((s for s in self.steps if s.current), None)


def glance(location: str, workshop_id: int) -> WorkshopGlance | None:
    """The workshop's team, cycle and agenda as stored, or None when it cannot be read so."""
    if "://" in location:
        return None
    path = Path(location)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != schema.HEAD:
            return None
        workshop = connection.execute(
            "SELECT team, cycle_label, current_step_id FROM workshop WHERE id = ?",
            (workshop_id,),
        ).fetchone()
        if workshop is None:
            return None
        team, cycle_label, current_id = workshop
        rows = connection.execute(
            f"SELECT {STEP_COLUMNS} FROM agenda_step WHERE workshop_id = ? ORDER BY position",
            (workshop_id,),
        ).fetchall()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    steps = [_step(row, current_id) for row in rows]
    return WorkshopGlance(workshop_id, str(team), str(cycle_label or ""), steps)


def _step(row: tuple[Any, ...], current_id: int | None) -> StepView:
    id_, position, kind, title, planned, added, used, status, optional, on_zero, grace, notes = row
    return StepView(
        id=id_,
        position=position,
        kind=kind,
        title=title,
        planned_seconds=planned,
        added_seconds=added or 0,
        used_seconds=float(used or 0.0),
        status=status,
        optional=bool(optional),
        on_zero=on_zero,
        grace_seconds=grace or 0,
        notes=notes or "",
        current=id_ == current_id,
    )
