"""Look-ups across workshops that the engine needs inside one of its transactions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.models import Workshop


def workshops_of_team(session: Session, team: str) -> list[Workshop]:
    """Every workshop of a team, whatever the case of its name, oldest first."""
    return list(
        session.scalars(
            select(Workshop)
            .where(func.lower(Workshop.team) == team.lower())
            .order_by(Workshop.created_at, Workshop.id)
        )
    )
