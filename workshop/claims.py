"""Look-ups for phone voting that the engine needs inside one of its transactions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from workshop.models import BallotClaim


def claims_of_round(session: Session, round_id: int) -> list[BallotClaim]:
    return list(session.scalars(select(BallotClaim).where(BallotClaim.round_id == round_id)))


def claim_of(session: Session, round_id: int, participant_id: int) -> BallotClaim | None:
    return session.scalar(
        select(BallotClaim).where(
            BallotClaim.round_id == round_id, BallotClaim.participant_id == participant_id
        )
    )


def claim_with_code(session: Session, round_id: int, code: str) -> BallotClaim | None:
    if not code:
        return None
    return session.scalar(
        select(BallotClaim).where(BallotClaim.round_id == round_id, BallotClaim.code == code)
    )


def claim_of_device(
    session: Session, round_id: int, channel: str, device: str
) -> BallotClaim | None:
    return session.scalar(
        select(BallotClaim).where(
            BallotClaim.round_id == round_id,
            BallotClaim.channel == channel,
            BallotClaim.device == device,
        )
    )
