"""Look-ups across workshops that the engine needs inside one of its transactions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.models import Card, RoundOption, Vote, Workshop


def workshops_of_team(session: Session, team: str) -> list[Workshop]:
    """Every workshop of a team, whatever the case of its name, oldest first."""
    return list(
        session.scalars(
            select(Workshop)
            .where(func.lower(Workshop.team) == team.lower())
            .order_by(Workshop.created_at, Workshop.id)
        )
    )


def votes_of(session: Session, round_id: int, participant_id: int) -> list[Vote]:
    """One participant's votes in one round, oldest first: a ballot without the others."""
    return list(
        session.scalars(
            select(Vote)
            .where(Vote.round_id == round_id, Vote.participant_id == participant_id)
            .order_by(Vote.id)
        )
    )


def option_of_round(session: Session, round_id: int, option_id: int) -> RoundOption | None:
    option = session.get(RoundOption, option_id)
    return option if option is not None and option.round_id == round_id else None


def next_card_position(session: Session, workshop_id: int) -> int:
    """The place after the last card of a workshop, without loading the board."""
    last = session.scalar(select(func.max(Card.position)).where(Card.workshop_id == workshop_id))
    return 0 if last is None else last + 1
