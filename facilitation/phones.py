"""Voting from phones as pure rules: addresses, per-person codes, who has voted how."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from facilitation.voting import VoteRefused, VoterTurn
from okr_rules.phone_codes import CODE_LENGTH

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"
"""Letters and digits nobody misreads from paper: no 0/O, 1/I/L, 2/Z, 5/S, 8/B."""

PHONE, PAPER, BOOTH = "phone", "paper", "booth"


TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TOKEN_LENGTH = 10


def new_token() -> str:
    """The secret part of a round's phone address: 49 random bits, short enough to type.

    Guessing it would take billions of tries; the server allows an address a few a second.
    """
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def new_device_secret() -> str:
    """What a phone keeps to prove it is the phone that claimed a name."""
    return secrets.token_urlsafe(24)


def device_hash(secret: str) -> str:
    """What the store keeps of a phone's secret, so the file alone cannot act as a phone."""
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


def new_codes(count: int, taken: Iterable[str] = ()) -> list[str]:
    """``count`` different per-person codes, none of them in ``taken``."""
    seen = set(taken)
    codes: list[str] = []
    while len(codes) < count:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if code not in seen:
            seen.add(code)
            codes.append(code)
    return codes


def normalise_code(typed: str) -> str:
    """A code as a person types it: any case, spaces or dashes; "O" read as a zero is not ours."""
    return "".join(c for c in typed.upper() if c.isalnum())[: CODE_LENGTH * 2]


@dataclass(frozen=True)
class Presence:
    """One person's place in a round, as the room may see it: how, never what."""

    participant_id: int
    name: str
    channel: str
    """"phone", "paper" or "booth", or empty while the person has not started."""
    voted: bool
    code: str = ""


def presence(
    participant_id: int,
    name: str,
    *,
    channel: str,
    sent: bool,
    turn: VoterTurn,
    code: str = "",
) -> Presence:
    """Whether a person has voted, whichever way they vote.

    A phone counts once it has sent its ballot, a paper ballot once handed in, and the
    shared screen as the booth counts it: dots placed and handed over.
    """
    if channel == PHONE:
        return Presence(participant_id, name, PHONE, sent, code)
    if channel == PAPER:
        return Presence(participant_id, name, PAPER, True, code)
    if turn.in_booth or turn.dots > 0:
        return Presence(participant_id, name, BOOTH, turn.voted, code)
    return Presence(participant_id, name, "", False, code)


def check_claim(*, channel: str, same_device: bool, dots: int, name: str) -> None:
    """Raise ``VoteRefused`` if a phone may not take this person's name."""
    if channel == PHONE and not same_device:
        raise VoteRefused(
            "{name} is already voting on another phone. If that is you, ask the "
            "facilitator to free your name.",
            name=name,
        )
    if channel == PAPER:
        raise VoteRefused("{name} has handed in a paper ballot for this round.", name=name)
    if channel != PHONE and dots > 0:
        raise VoteRefused("{name} has already voted at the shared screen.", name=name)
