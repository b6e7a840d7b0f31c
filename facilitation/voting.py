"""Dot voting as pure rules: who may place a dot, the tally, ties and the cut line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from facilitation.rules import RuleError
from okr_rules.tally import tally_key

MIN_VOTES, MAX_VOTES = 1, 10
DEFAULT_VOTES = 3


class VoteRefused(RuleError):
    """A dot that may not be placed or taken back, with the reason for the voter."""


class SecretUntilRevealed(RuleError):
    """A secret round gives out no totals before the facilitator reveals them."""


@dataclass(frozen=True)
class BallotRules:
    votes_per_person: int = DEFAULT_VOTES
    max_per_option: int = DEFAULT_VOTES

    def check(self) -> None:
        if not MIN_VOTES <= self.votes_per_person <= MAX_VOTES:
            raise RuleError(
                "Each person gets from {low} to {high} votes, not {count}.",
                low=MIN_VOTES,
                high=MAX_VOTES,
                count=self.votes_per_person,
            )
        if not 1 <= self.max_per_option <= self.votes_per_person:
            raise RuleError(
                "The most one person may put on one card is from 1 to their {count} votes.",
                count=self.votes_per_person,
            )


def check_cast(
    rules: BallotRules,
    *,
    round_open: bool,
    is_participant: bool,
    option_in_round: bool,
    used: int,
    used_on_option: int,
) -> None:
    """Raise ``VoteRefused`` with the reason if this dot may not be placed."""
    if not round_open:
        raise VoteRefused("This round is closed: no more votes.")
    if not is_participant:
        raise VoteRefused("Only the workshop's participants can vote.")
    if not option_in_round:
        raise VoteRefused("That card is not in this round.")
    if used >= rules.votes_per_person:
        raise VoteRefused(
            "No votes left: you have placed all {count}.", count=rules.votes_per_person
        )
    if used_on_option >= rules.max_per_option == 1:
        raise VoteRefused("This card is at your limit: at most 1 vote from one person.")
    if used_on_option >= rules.max_per_option:
        raise VoteRefused(
            "This card is at your limit: at most {count} votes from one person.",
            count=rules.max_per_option,
        )


def check_retract(*, round_open: bool, used_on_option: int) -> None:
    if not round_open:
        raise VoteRefused("This round is closed: votes can no longer be taken back.")
    if used_on_option == 0:
        raise VoteRefused("You have no vote on that card to take back.")


@dataclass(frozen=True)
class VoterTurn:
    """Where one voter stands in a round: dots placed, and whether still in the booth.

    A voter has voted once they have placed a dot and handed over. One still in the
    booth (or left there by a crash) has not finished, whatever dots they placed.
    """

    dots: int
    in_booth: bool

    @property
    def voted(self) -> bool:
        return self.dots > 0 and not self.in_booth


@dataclass(frozen=True)
class OptionCount:
    option_id: int
    label: str
    count: int
    position: int = 0
    tie_break_rank: int | None = None
    tie_break_by: str = ""


@dataclass(frozen=True)
class TallyRow:
    option_id: int
    label: str
    count: int
    place: int
    """1 for the most votes; rows the tally cannot tell apart share a place."""
    tied: bool
    tie_break_by: str


def tally(counts: Sequence[OptionCount]) -> list[TallyRow]:
    """Most votes first. Rows with the same count and no settled order are tied."""

    ordered = sorted(counts, key=lambda c: tally_key(c.count, c.tie_break_rank, c.position))
    rows: list[TallyRow] = []
    for index, item in enumerate(ordered):
        same = [
            other
            for other in ordered
            if other.count == item.count and other.tie_break_rank == item.tie_break_rank
        ]
        first_same = ordered.index(same[0])
        rows.append(
            TallyRow(
                option_id=item.option_id,
                label=item.label,
                count=item.count,
                place=(first_same if len(same) > 1 else index) + 1,
                tied=len(same) > 1,
                tie_break_by=item.tie_break_by,
            )
        )
    return rows


@dataclass(frozen=True)
class CutResult:
    selected: tuple[int, ...]
    not_now: tuple[int, ...]
    tied_at_cut: tuple[int, ...]
    """Options tied across the line: the facilitator settles them before it holds."""


def cut(rows: Sequence[TallyRow], keep: int | None) -> CutResult:
    """Keep the top ``keep`` rows; the rest is the "not now" list."""
    if keep is None:
        return CutResult((), (), ())
    keep = max(0, min(keep, len(rows)))
    selected = tuple(r.option_id for r in rows[:keep])
    not_now = tuple(r.option_id for r in rows[keep:])
    tied_at_cut: tuple[int, ...] = ()
    if 0 < keep < len(rows):
        last_in, first_out = rows[keep - 1], rows[keep]
        if last_in.tied and first_out.tied and last_in.place == first_out.place:
            tied_at_cut = tuple(r.option_id for r in rows if r.place == last_in.place)
    return CutResult(selected, not_now, tied_at_cut)
