"""Voting from phones on a stored round: its address, claims on names, codes, who has voted.

A phone's dot goes through ``VotingEngine.cast_vote`` like a click in the booth, so
the same rules and the same transaction decide it; this part only says which
participant a phone speaks for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitation.engine.base import EnginePart, apply_fields
from facilitation.engine.undo import Undo
from facilitation.engine.voting import Ballot, RoundView, VotingEngine
from facilitation.phones import (
    PAPER,
    PHONE,
    Presence,
    check_claim,
    device_hash,
    new_codes,
    new_token,
    normalise_code,
    presence,
)
from facilitation.rules import Word
from facilitation.templates import SOURCE_LANGUAGE
from facilitation.voting import VoteRefused, VoterTurn
from workshop.claims import claim_of, claim_of_device, claim_with_code, claims_of_round
from workshop.models import (
    BallotClaim,
    Participant,
    PhoneAccess,
    UnfinishedBallot,
    VotingRound,
)
from workshop.queries import votes_of
from workshop.store import Session


@dataclass(frozen=True)
class PhoneRound:
    round_id: int
    token: str
    codes_only: bool
    """People type the code printed for them instead of picking their name."""


@dataclass(frozen=True)
class PhoneVoter:
    """The person a phone speaks for."""

    participant_id: int
    name: str
    sent: bool


@dataclass(frozen=True)
class PhoneView:
    """All a phone may know of a round: the ballot, whose names are taken, its own dots.

    It holds no totals and no one else's dots, whatever the round's state.
    """

    voting_round: RoundView
    codes_only: bool
    people: tuple[tuple[int, str, bool], ...]
    """Id, name and whether another phone or a paper ballot has taken it; empty with codes."""
    voter: PhoneVoter | None
    ballot: Ballot | None


FREE_CLAIM: dict[str, Any] = {"channel": "", "device": "", "claimed_at": None, "sent_at": None}
"""A claim on a name that no phone or paper ballot holds."""


class PhoneEngine(EnginePart):
    def _opened(self) -> None:
        self.voting = VotingEngine(self.store, self.workshop_id, self.clock, self.wall)

    def open_for_phones(self, round_id: int, *, codes_only: bool = False) -> PhoneRound:
        """Give a round its phone address (once; reopening keeps it, so phones still work).

        With ``codes_only`` every participant gets a code to print on a paper slip.
        """
        with self.store.transaction() as session:
            voting_round = self._open_round(session, round_id)
            access = session.get(PhoneAccess, round_id)
            if access is None:
                access = PhoneAccess(
                    round_id=round_id, token=new_token(), created_at=self.utc_now()
                )
                session.add(access)
            access.codes_only = codes_only
            if codes_only:
                self._give_codes(session, voting_round)
            return PhoneRound(round_id, access.token, access.codes_only)

    def language(self) -> str:
        """The workshop's language, the one its people speak: the phone page speaks it too."""
        with self.store.reading() as session:
            return str(self._workshop(session).settings.get("language", SOURCE_LANGUAGE))

    def phone_round(self, round_id: int) -> PhoneRound | None:
        with self.store.reading() as session:
            self._round(session, round_id)
            access = session.get(PhoneAccess, round_id)
            return None if access is None else PhoneRound(round_id, access.token, access.codes_only)

    def claim_name(self, round_id: int, participant_id: int, device_secret: str) -> PhoneVoter:
        """A phone takes a person's name; a second phone asking for the same name is refused."""
        with self.store.transaction() as session:
            access = self._access(session, round_id)
            if access.codes_only:
                raise VoteRefused("Type the code on your paper slip instead of picking a name.")
            participant = self._participant(session, participant_id)
            return self._claim(session, round_id, participant, device_secret)

    def claim_code(self, round_id: int, typed: str, device_secret: str) -> PhoneVoter:
        """A phone takes the name whose printed code was typed."""
        code = normalise_code(typed)
        with self.store.transaction() as session:
            self._access(session, round_id)
            claim = claim_with_code(session, round_id, code)
            if claim is None:
                raise VoteRefused("That code is not one of this vote's: check the slip again.")
            participant = self._participant(session, claim.participant_id)
            return self._claim(session, round_id, participant, device_secret)

    def phone_voter(self, round_id: int, device_secret: str) -> PhoneVoter | None:
        """Who this phone votes as, or ``None`` before it has claimed a name."""
        with self.store.reading() as session:
            claim = self._claim_of_device(session, round_id, device_secret)
            return None if claim is None else _voter(session, claim)

    def phone_view(
        self, round_id: int, device_secret: str, voting_round: RoundView | None = None
    ) -> PhoneView:
        """``voting_round`` is the round as read a moment ago, when the caller has it."""
        voting_round = voting_round or self.voting.round(round_id)
        with self.store.reading() as session:
            access = session.get(PhoneAccess, round_id)
            codes_only = access is not None and access.codes_only
            claim = self._claim_of_device(session, round_id, device_secret)
            voter = None if claim is None else _voter(session, claim)
            taken = {c.participant_id for c in claims_of_round(session, round_id) if c.channel}
            people = (
                ()
                if codes_only
                else tuple(
                    (
                        p.id,
                        p.name,
                        p.id in taken and (voter is None or p.id != voter.participant_id),
                    )
                    for p in self._workshop(session).participants
                )
            )
        ballot = None if voter is None else self.voting.ballot(round_id, voter.participant_id)
        return PhoneView(voting_round, codes_only, people, voter, ballot)

    def cast(self, round_id: int, device_secret: str, option_id: int) -> Ballot:
        voter = self._active_voter(round_id, device_secret)
        self.voting.cast_vote(round_id, voter.participant_id, option_id)
        return self.voting.ballot(round_id, voter.participant_id)

    def retract(self, round_id: int, device_secret: str, option_id: int) -> Ballot:
        voter = self._active_voter(round_id, device_secret)
        self.voting.retract_vote(round_id, voter.participant_id, option_id)
        return self.voting.ballot(round_id, voter.participant_id)

    def send(self, round_id: int, device_secret: str) -> PhoneVoter:
        """The phone's ballot is final: the room, and the booth, see this person as voted."""
        with self.store.transaction() as session:
            self._open_round(session, round_id)
            claim = self._claim_of_device(session, round_id, device_secret)
            if claim is None:
                raise VoteRefused("Pick your name first.")
            if claim.sent_at is None:
                claim.sent_at = self.utc_now()
            unfinished = session.get(UnfinishedBallot, (round_id, claim.participant_id))
            if unfinished is not None:
                session.delete(unfinished)
            return _voter(session, claim)

    def release(self, round_id: int, participant_id: int) -> Undo:
        """Free a name a phone has taken, so the person can vote from another device.

        Their dots stay. Undoing gives the name back to the phone that had it.
        """
        with self.store.transaction() as session:
            self._round(session, round_id)
            participant = self._participant(session, participant_id)
            claim = claim_of(session, round_id, participant_id)
            if claim is None or claim.channel != PHONE:
                raise VoteRefused("No phone holds {name}'s name.", name=participant.name)
            old = apply_fields(claim, FREE_CLAIM)
        return self._claim_undo(round_id, participant_id, FREE_CLAIM, old)

    def mark_paper(self, round_id: int, participant_id: int, handed_in: bool) -> Undo:
        """Record a paper ballot handed in, or take that back."""
        with self.store.transaction() as session:
            self._round(session, round_id)
            participant = self._participant(session, participant_id)
            claim = claim_of(session, round_id, participant_id)
            if claim is not None and claim.channel == PHONE:
                raise VoteRefused("{name} is voting on a phone.", name=participant.name)
            if claim is None:
                claim = BallotClaim(round_id=round_id, participant_id=participant_id, **FREE_CLAIM)
                session.add(claim)
            old = {name: getattr(claim, name) for name in FREE_CLAIM}
            if handed_in and claim.channel != PAPER:
                now = self.utc_now()
                apply_fields(claim, {"channel": PAPER, "claimed_at": now, "sent_at": now})
            elif not handed_in and claim.channel == PAPER:
                apply_fields(claim, FREE_CLAIM)
            new = {name: getattr(claim, name) for name in FREE_CLAIM}
        return self._claim_undo(round_id, participant_id, new, old)

    def _claim_undo(
        self, round_id: int, participant_id: int, now: Mapping[str, Any], was: Mapping[str, Any]
    ) -> Undo:
        return Undo(self._put_claim_back, (round_id, participant_id, dict(now), dict(was)))

    def _put_claim_back(
        self, round_id: int, participant_id: int, now: Mapping[str, Any], was: Mapping[str, Any]
    ) -> Undo:
        """The undo of freeing a name or of a paper ballot: the claim as it ``was``.

        Refused when someone has changed how the person votes since (``now`` is how
        the change left it), or the phone that had the name now votes as someone else.
        """
        with self.store.transaction() as session:
            self._round(session, round_id)
            participant = self._participant(session, participant_id)
            claim = claim_of(session, round_id, participant_id)
            if claim is None:
                claim = BallotClaim(round_id=round_id, participant_id=participant_id, **FREE_CLAIM)
                session.add(claim)
            if (claim.channel, claim.device) != (now["channel"], now["device"]):
                raise VoteRefused("{name} has voted another way since.", name=participant.name)
            if was["channel"] == PHONE:
                holder = claim_of_device(session, round_id, PHONE, was["device"])
                if holder is not None and holder.participant_id != participant_id:
                    raise VoteRefused(
                        "That phone now votes as {name}.", name=_name(session, holder)
                    )
            apply_fields(claim, was)
        return self._claim_undo(round_id, participant_id, was, now)

    def room(self, round_id: int) -> list[Presence]:
        """Everyone in the workshop and whether they have voted, by any channel."""
        turns = self.voting.turns(round_id)
        with self.store.reading() as session:
            claims = {c.participant_id: c for c in claims_of_round(session, round_id)}
            people = []
            for person in self._workshop(session).participants:
                claim = claims.get(person.id)
                people.append(
                    presence(
                        person.id,
                        person.name,
                        channel=claim.channel if claim else "",
                        sent=claim is not None and claim.sent_at is not None,
                        turn=turns.get(person.id, VoterTurn(0, False)),
                        code=claim.code if claim else "",
                    )
                )
            return people

    # Inside

    def _active_voter(self, round_id: int, device_secret: str) -> PhoneVoter:
        voter = self.phone_voter(round_id, device_secret)
        if voter is None:
            raise VoteRefused("Pick your name first.")
        if voter.sent:
            raise VoteRefused("You have sent your votes: they can no longer be changed.")
        return voter

    def _round(self, session: Session, round_id: int) -> VotingRound:
        return self._get(session, VotingRound, round_id, Word("voting round"))

    def _open_round(self, session: Session, round_id: int) -> VotingRound:
        voting_round = self._round(session, round_id)
        if voting_round.status != "open":
            raise VoteRefused("This round is closed: no more votes.")
        return voting_round

    def _access(self, session: Session, round_id: int) -> PhoneAccess:
        self._open_round(session, round_id)
        access = session.get(PhoneAccess, round_id)
        if access is None:
            raise VoteRefused("This round is not open for phones.")
        return access

    def _participant(self, session: Session, participant_id: int) -> Participant:
        participant = session.get(Participant, participant_id)
        if participant is None or participant.workshop_id != self.workshop_id:
            raise VoteRefused("That name is not on this workshop's list.")
        return participant

    def _claim_of_device(
        self, session: Session, round_id: int, device_secret: str
    ) -> BallotClaim | None:
        if not device_secret:
            return None
        return claim_of_device(session, round_id, PHONE, device_hash(device_secret))

    def _claim(
        self, session: Session, round_id: int, participant: Participant, device_secret: str
    ) -> PhoneVoter:
        device = device_hash(device_secret)
        current = self._claim_of_device(session, round_id, device_secret)
        if current is not None and current.participant_id != participant.id:
            raise VoteRefused("This phone already votes as {name}.", name=_name(session, current))
        claim = claim_of(session, round_id, participant.id)
        dots = len(votes_of(session, round_id, participant.id))
        check_claim(
            channel=claim.channel if claim else "",
            same_device=claim is not None and claim.device == device,
            dots=dots,
            name=participant.name,
        )
        if claim is None:
            claim = BallotClaim(round_id=round_id, participant_id=participant.id)
            session.add(claim)
        if claim.channel != PHONE:
            claim.channel, claim.device, claim.claimed_at = PHONE, device, self.utc_now()
        if (
            claim.sent_at is None
            and session.get(UnfinishedBallot, (round_id, participant.id)) is None
        ):
            # Like a voter in the booth: not finished until the phone sends.
            session.add(UnfinishedBallot(round_id=round_id, participant_id=participant.id))
        session.flush()
        return PhoneVoter(participant.id, participant.name, claim.sent_at is not None)

    def _give_codes(self, session: Session, voting_round: VotingRound) -> None:
        claims = {c.participant_id: c for c in claims_of_round(session, voting_round.id)}
        people = self._workshop(session).participants
        missing = [p for p in people if not (p.id in claims and claims[p.id].code)]
        codes = new_codes(len(missing), (c.code for c in claims.values()))
        for person, code in zip(missing, codes, strict=True):
            claim = claims.get(person.id)
            if claim is None:
                claim = BallotClaim(round_id=voting_round.id, participant_id=person.id)
                session.add(claim)
            claim.code = code


def _name(session: Session, claim: BallotClaim) -> str:
    participant = session.get(Participant, claim.participant_id)
    return participant.name if participant else Word("someone else")


def _voter(session: Session, claim: BallotClaim) -> PhoneVoter:
    return PhoneVoter(claim.participant_id, _name(session, claim), claim.sent_at is not None)
