"""Look-ups across workshops that the engine needs inside one of its transactions."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workshop.models import (
    Card,
    KeyResult,
    Objective,
    RoundOption,
    UnfinishedBallot,
    Vote,
    Workshop,
)


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


def voters_in_booth(session: Session, round_id: int) -> set[int]:
    """The participants who went into the booth in this round and have not handed over."""
    return set(
        session.scalars(
            select(UnfinishedBallot.participant_id).where(UnfinishedBallot.round_id == round_id)
        )
    )


def objectives_in_sheet_order(objectives: Sequence[Objective]) -> list[Objective]:
    """The live objectives as the sheets number them: ranked ones by rank, then the rest
    in board order."""
    return sorted(
        (o for o in objectives if o.status != "dropped"),
        key=lambda o: (o.rank is None, o.rank or 0, o.position, o.id),
    )


def okrs_in_sheet_order(workshop: Workshop) -> list[tuple[Objective, list[KeyResult]]]:
    """The objectives and their final key results, in the order the sheets number them.

    Ranked objectives first by rank, then the others in board order; within each, the
    key results kept by the vote (every candidate while none is kept), by rank, then
    in their order. The sheets print "objective.KR" numbers from this order, and
    typing a paper sheet back follows it.
    """
    ordered = []
    for objective in objectives_in_sheet_order(workshop.objectives):
        key_results = sorted(
            objective.key_results,
            key=lambda kr: (kr.rank is None, kr.rank or 0, kr.position, kr.id),
        )
        ordered.append((objective, [kr for kr in key_results if kr.selected] or key_results))
    return ordered


def next_workshop_of(session: Session, workshop_id: int) -> Workshop | None:
    """The workshop that started the cycle after this one, if any."""
    return session.scalars(
        select(Workshop).where(Workshop.previous_workshop_id == workshop_id).order_by(Workshop.id)
    ).first()
