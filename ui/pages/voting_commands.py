"""Undo commands for the voting booth.

Undoing the opening of a round removes it with its options; redoing opens it
again, and the store gives the new round and options new ids. ``RoundIds`` keeps
the way from the old ids to the current ones, so a command made before the
round was opened again still finds what it was about.

The text of a vote command names neither the voter nor the card: the undo
history can be on screen while people vote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from weakref import WeakKeyDictionary

from facilitation.engine.okrs import OkrEngine
from facilitation.engine.voting import Ballot, VotingEngine
from ui.commands import EngineCommand


class RoundIds:
    """Where a round and its options are now, after undo and redo opened them again."""

    def __init__(self) -> None:
        self._rounds: dict[int, int] = {}
        self._options: dict[int, int] = {}

    def round(self, round_id: int) -> int:
        seen = set()
        while round_id in self._rounds and round_id not in seen:
            seen.add(round_id)
            round_id = self._rounds[round_id]
        return round_id

    def option(self, option_id: int) -> int:
        seen = set()
        while option_id in self._options and option_id not in seen:
            seen.add(option_id)
            option_id = self._options[option_id]
        return option_id

    def moved(
        self, old_round: int, new_round: int, old_options: Sequence[int], new_options: Sequence[int]
    ) -> None:
        if old_round != new_round:
            self._rounds[old_round] = new_round
        for old, new in zip(old_options, new_options, strict=True):
            if old != new:
                self._options[old] = new
        self._rounds.pop(new_round, None)
        for new in new_options:
            self._options.pop(new, None)


_IDS: WeakKeyDictionary[VotingEngine, RoundIds] = WeakKeyDictionary()


def round_ids(voting: VotingEngine) -> RoundIds:
    if voting not in _IDS:
        _IDS[voting] = RoundIds()
    return _IDS[voting]


class _RoundCommand(EngineCommand):
    """A command about one round, which it finds through ``RoundIds``."""

    def __init__(self, text: str, voting: VotingEngine, round_id: int) -> None:
        super().__init__(text)
        self.voting = voting
        self.ids = round_ids(voting)
        self._round_id = round_id

    @property
    def round_id(self) -> int:
        return self.ids.round(self._round_id)


class OpenRound(EngineCommand):
    """Open a round over cards or over the key results of one objective."""

    def __init__(
        self,
        voting: VotingEngine,
        subject: str,
        item_ids: Sequence[int],
        *,
        votes_per_person: int,
        max_per_option: int,
        secret: bool,
        title: str = "",
        objective_id: int | None = None,
    ) -> None:
        super().__init__("Open a secret vote" if secret else "Open a vote")
        self.voting = voting
        self.ids = round_ids(voting)
        self.subject = subject
        self.item_ids = list(item_ids)
        self.votes_per_person = votes_per_person
        self.max_per_option = max_per_option
        self.secret = secret
        self.title = title
        self.objective_id = objective_id
        self.first_id: int | None = None
        self.first_options: list[int] = []

    def _open(self) -> int:
        return self.voting.open_round(
            self.subject,
            self.item_ids,
            votes_per_person=self.votes_per_person,
            max_per_option=self.max_per_option,
            secret=self.secret,
            title=self.title,
            objective_id=self.objective_id,
        )

    def apply(self) -> None:
        new_id = self._open()
        new_options = [o.id for o in self.voting.round(new_id).options]
        if self.first_id is None:
            self.first_id, self.first_options = new_id, new_options
        else:
            self.ids.moved(self.first_id, new_id, self.first_options, new_options)

    def revert(self) -> None:
        if self.first_id is not None:
            self.voting.delete_round(self.ids.round(self.first_id))

    @property
    def round_id(self) -> int | None:
        return None if self.first_id is None else self.ids.round(self.first_id)


class StartRunoff(_RoundCommand):
    """A run-off among tied cards: one vote each, secret like the round it settles."""

    def __init__(self, voting: VotingEngine, round_id: int, option_ids: Sequence[int]) -> None:
        super().__init__("Start a run-off", voting, round_id)
        self.option_ids = list(option_ids)
        self.first_id: int | None = None
        self.first_options: list[int] = []

    def apply(self) -> None:
        new_id = self.voting.start_runoff(
            self.round_id, [self.ids.option(o) for o in self.option_ids]
        )
        new_options = [o.id for o in self.voting.round(new_id).options]
        if self.first_id is None:
            self.first_id, self.first_options = new_id, new_options
        else:
            self.ids.moved(self.first_id, new_id, self.first_options, new_options)

    def revert(self) -> None:
        if self.first_id is not None:
            self.voting.delete_round(self.ids.round(self.first_id))


STATUS_TEXT = {
    ("open", "closed"): "Close the vote",
    ("closed", "revealed"): "Reveal the results",
    ("open", "revealed"): "Show the results",
    ("closed", "open"): "Open the vote again",
    ("revealed", "open"): "Open the vote again",
}


class SetRoundStatus(_RoundCommand):
    def __init__(self, voting: VotingEngine, round_id: int, status: str, old: str) -> None:
        super().__init__(STATUS_TEXT.get((old, status), "Change the vote"), voting, round_id)
        self.status = status
        self.old = old

    def apply(self) -> None:
        self.voting.set_status(self.round_id, self.status)

    def revert(self) -> None:
        self.voting.set_status(self.round_id, self.old)


BallotShown = Callable[[Ballot, int, int], None]
"""Told of a voter's ballot after a dot: the ballot, the option, +1 or -1."""


def _ignore_ballot(_ballot: Ballot, _option: int, _change: int) -> None:
    return None


class CastVote(_RoundCommand):
    """One dot placed by one voter. The command's text names neither."""

    text = "Place a vote"
    places = True

    def __init__(
        self,
        voting: VotingEngine,
        round_id: int,
        participant_id: int,
        option_id: int,
        shown: BallotShown = _ignore_ballot,
    ) -> None:
        super().__init__(self.text, voting, round_id)
        self.participant_id = participant_id
        self.option_id = option_id
        self.shown = shown

    def apply(self) -> None:
        self._dot(self.places)

    def revert(self) -> None:
        self._dot(not self.places)

    def _dot(self, place: bool) -> None:
        option = self.ids.option(self.option_id)
        change = self.voting.cast_vote if place else self.voting.retract_vote
        ballot = change(self.round_id, self.participant_id, option)
        self.shown(ballot, option, 1 if place else -1)


class RetractVote(CastVote):
    """One dot taken back by the voter who placed it."""

    text = "Take a vote back"
    places = False


class SetManualCount(_RoundCommand):
    """A count typed in from paper or a show of hands (None clears it)."""

    def __init__(
        self, voting: VotingEngine, round_id: int, option_id: int, label: str, count: int | None
    ) -> None:
        shown = "no count" if count is None else str(count)
        super().__init__(f"Count “{label[:40]}”: {shown}", voting, round_id)
        self.option_id = option_id
        self.count = count
        self.old: dict[int, int | None] = {}

    def apply(self) -> None:
        option = self.ids.option(self.option_id)
        self.old = self.voting.set_manual_counts(self.round_id, {option: self.count})

    def revert(self) -> None:
        self.voting.set_manual_counts(
            self.round_id, {self.ids.option(self.option_id): next(iter(self.old.values()), None)}
        )


class SetCutLine(_RoundCommand):
    def __init__(
        self, voting: VotingEngine, round_id: int, keep: int | None, old: int | None
    ) -> None:
        text = "Remove the cut line" if keep is None else f"Keep the top {keep}"
        super().__init__(text, voting, round_id)
        self.keep = keep
        self.old = old

    def apply(self) -> None:
        self.voting.set_cut_line(self.round_id, self.keep)

    def revert(self) -> None:
        self.voting.set_cut_line(self.round_id, self.old)


class SettleTie(_RoundCommand):
    """The facilitator puts tied cards in an order."""

    def __init__(self, voting: VotingEngine, round_id: int, ordered: Sequence[int]) -> None:
        super().__init__("Settle a tie", voting, round_id)
        self.ordered = list(ordered)
        self.old: Mapping[int, tuple[int | None, str]] = {}

    def apply(self) -> None:
        self.old = self.voting.settle_tie(self.round_id, [self.ids.option(o) for o in self.ordered])

    def revert(self) -> None:
        self.voting.restore_tie_breaks(self.round_id, self.old)


class ApplyRunoff(_RoundCommand):
    """Order the tied cards of a round by the result of its run-off."""

    def __init__(self, voting: VotingEngine, runoff_id: int, parent_id: int) -> None:
        super().__init__("Use the run-off's result", voting, runoff_id)
        self._parent_id = parent_id
        self.old: Mapping[int, tuple[int | None, str]] = {}

    def apply(self) -> None:
        self.old = self.voting.apply_runoff(self.round_id)

    def revert(self) -> None:
        self.voting.restore_tie_breaks(self.ids.round(self._parent_id), self.old)


class MakeObjectives(EngineCommand):
    """Turn the cards above the cut line into this workshop's objectives, ranked."""

    def __init__(self, okrs: OkrEngine, card_ids: Sequence[int]) -> None:
        count = len(card_ids)
        super().__init__(f"Make {count} {'card' if count == 1 else 'cards'} our objectives")
        self.okrs = okrs
        self.card_ids = list(card_ids)
        self.made: list[int] = []
        self.ranks: dict[int, int | None] = {}

    def apply(self) -> None:
        if not self.made:
            self.made = self.okrs.objectives_from_cards(self.card_ids)
            self.ranks = {i: self.okrs.objective(i).rank for i in self.made}
            return
        for objective_id in self.made:
            self.okrs.set_objective_status(objective_id, "draft")
        self.okrs.restore_objective_ranks(self.ranks)

    def revert(self) -> None:
        for objective_id in self.made:
            self.okrs.set_objective_status(objective_id, "dropped")


class PickKeyResults(EngineCommand):
    """Keep these key results of one objective, ranked in this order."""

    def __init__(self, okrs: OkrEngine, objective_id: int, ordered: Sequence[int]) -> None:
        super().__init__(f"Pick {len(ordered)} key results")
        self.okrs = okrs
        self.objective_id = objective_id
        self.ordered = list(ordered)
        self.old: dict[int, dict[str, object]] = {}

    def apply(self) -> None:
        self.old = self.okrs.pick_key_results(self.objective_id, self.ordered)

    def revert(self) -> None:
        self.okrs.restore_picks(self.old)
