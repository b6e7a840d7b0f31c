"""Voting rounds on a stored workshop: dots, secrecy, reveal, ties, run-offs, the cut."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from facilitation.engine.base import EnginePart, Gone
from facilitation.engine.okrs import OkrEngine
from facilitation.engine.undo import Undo
from facilitation.rules import Message, RuleError, Word, clean_text
from facilitation.voting import (
    BallotRules,
    CutResult,
    OptionCount,
    SecretUntilRevealed,
    TallyRow,
    VoterTurn,
    check_cast,
    check_retract,
    cut,
    tally,
)
from workshop.models import (
    Card,
    KeyResult,
    Participant,
    RoundOption,
    UnfinishedBallot,
    Vote,
    VotingRound,
)
from workshop.queries import option_of_round, voters_in_booth, votes_of
from workshop.rows import RowCopy, copy_row, restore_rows, view_of
from workshop.store import Session

SUBJECTS = ("objectives", "key_results")
ROUND_STATUSES = ("open", "closed", "revealed")
NUMBER_WORDS = (
    Word("no"),
    Word("one"),
    Word("two"),
    Word("three"),
    Word("four"),
    Word("five"),
    Word("six"),
    Word("seven"),
    Word("eight"),
    Word("nine"),
)


class NotReadyToCount(RuleError):
    """A round cannot be made to count yet; the message says what to do first."""


@dataclass(frozen=True)
class Outcome:
    """What making a round count would do, and whether it may yet."""

    chosen: tuple[int, ...]
    """The cards (objectives) or key results above the cut line, best first."""
    refusal: Message | None
    """Why the round cannot count yet; ``None`` when it can."""
    note: Message | None
    """What the facilitator reads beside the button when it can."""


@dataclass(frozen=True)
class OptionView:
    id: int
    label: str
    card_id: int | None
    key_result_id: int | None
    manual_count: int | None = None
    """The count typed in from paper or hands, ``None`` where none was typed."""


@dataclass(frozen=True)
class RoundView:
    id: int
    subject: str
    title: str
    objective_id: int | None
    votes_per_person: int
    max_per_option: int
    secret: bool
    status: str
    counting: str
    cut_line: int | None
    runoff_of_id: int | None
    options: tuple[OptionView, ...]

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def totals_visible(self) -> bool:
        return not self.secret or self.status == "revealed"


@dataclass(frozen=True)
class BoothRound:
    """The round the booth shows (an open run-off comes first) and the round it belongs to."""

    shown: RoundView | None
    parent: RoundView | None


NO_ROUND = BoothRound(None, None)


@dataclass(frozen=True)
class Ballot:
    """What one voter sees of their own ballot, and nothing of anyone else's."""

    participant_id: int
    votes_left: int
    mine: Mapping[int, int]
    """Dots this voter has on each option."""


@dataclass(frozen=True)
class RoundResult:
    rows: tuple[TallyRow, ...]
    cut: CutResult

    @property
    def has_ties(self) -> bool:
        return any(row.tied for row in self.rows)


@dataclass(frozen=True)
class RemovedRound:
    rows: tuple[RowCopy, ...]
    """The round, its options and its votes, parents first."""
    runoffs: tuple[int, ...]
    """Run-offs of this round, linked to it again when it comes back."""


def _words(number: int) -> str | Word:
    return NUMBER_WORDS[number] if 0 <= number < len(NUMBER_WORDS) else str(number)


def _ballot(votes_per_person: int, participant_id: int, mine: Sequence[Vote]) -> Ballot:
    on_each = Counter(v.option_id for v in mine)
    return Ballot(
        participant_id=participant_id,
        votes_left=votes_per_person - len(mine),
        mine=dict(on_each),
    )


class VotingEngine(EnginePart):
    # Rounds

    def open_round(
        self,
        subject: str,
        option_ids: Sequence[int],
        *,
        votes_per_person: int = 3,
        max_per_option: int = 3,
        secret: bool = True,
        title: str = "",
        objective_id: int | None = None,
        runoff_of_id: int | None = None,
    ) -> int:
        """Open a round over cards (objective candidates) or the KRs of one objective."""
        if subject not in SUBJECTS:
            raise RuleError("A round is over objective candidates or key results.")
        BallotRules(votes_per_person, max_per_option).check()
        unique = list(dict.fromkeys(option_ids))
        if len(unique) < 2:
            raise RuleError("A vote needs at least two cards to choose between.")
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            voting_round = VotingRound(
                subject=subject,
                title=clean_text(
                    " ".join(title.split()), Word("the round's title"), required=False, limit=200
                ),
                votes_per_person=votes_per_person,
                max_per_option=max_per_option,
                secret=secret,
                objective_id=objective_id,
                runoff_of_id=runoff_of_id,
                created_at=self.utc_now(),
            )
            for position, item_id in enumerate(unique):
                if subject == "objectives":
                    self._get(session, Card, item_id, Word("card"))
                    option = RoundOption(position=position, card_id=item_id)
                else:
                    self._key_result(session, item_id)
                    option = RoundOption(position=position, key_result_id=item_id)
                voting_round.options.append(option)
            workshop.rounds.append(voting_round)
            session.flush()
            return voting_round.id

    def delete_round(self, round_id: int) -> Undo:
        """Remove a round and its votes (the inverse of opening it)."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            voting_round = self._round(session, round_id)
            removed = RemovedRound(
                (
                    copy_row(voting_round),
                    *(copy_row(o) for o in voting_round.options),
                    *(copy_row(v) for v in voting_round.votes),
                ),
                tuple(r.id for r in workshop.rounds if r.runoff_of_id == round_id),
            )
            for vote in list(voting_round.votes):
                session.delete(vote)
            session.flush()
            workshop.rounds.remove(voting_round)
        return Undo(self.restore_round, (removed,))

    def restore_round(self, removed: RemovedRound) -> Undo:
        """Put back a removed round with its ids, options and votes."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            restore_rows(session, removed.rows)
            round_id = removed.rows[0].id
            for other in workshop.rounds:
                if other.id in removed.runoffs:
                    other.runoff_of_id = round_id
        return Undo(self.delete_round, (round_id,))

    def rounds(self) -> list[RoundView]:
        with self.store.reading() as session:
            return [self._view(session, r) for r in self._workshop(session).rounds]

    def round(self, round_id: int) -> RoundView:
        with self.store.reading() as session:
            return self._view(session, self._round(session, round_id))

    def set_status(self, round_id: int, status: str) -> Undo:
        """Close, reveal or reopen a round.

        Closing freezes the votes; revealing shows the totals of a secret round.
        """
        if status not in ROUND_STATUSES:
            raise RuleError("A round is open, closed or revealed.")
        return self._set_field(self._round, round_id, "status", status, self.set_status)

    def close(self, round_id: int) -> Undo:
        return self.set_status(round_id, "closed")

    def reveal(self, round_id: int) -> Undo:
        return self.set_status(round_id, "revealed")

    # Voting

    def cast_vote(self, round_id: int, participant_id: int, option_id: int) -> Undo:
        """Place one dot. Only this voter's own votes are read, so a click stays quick."""
        with self.store.transaction() as session:
            voting_round = self._round(session, round_id)
            participant = session.get(Participant, participant_id)
            is_participant = participant is not None and participant.workshop_id == self.workshop_id
            mine = votes_of(session, round_id, participant_id)
            check_cast(
                BallotRules(voting_round.votes_per_person, voting_round.max_per_option),
                round_open=voting_round.status == "open" and voting_round.counting != "manual",
                is_participant=is_participant,
                option_in_round=option_of_round(session, round_id, option_id) is not None,
                used=len(mine),
                used_on_option=sum(1 for v in mine if v.option_id == option_id),
            )
            session.add(
                Vote(
                    round_id=round_id,
                    option_id=option_id,
                    participant_id=participant_id,
                    cast_at=self.utc_now(),
                )
            )
        return Undo(self.retract_vote, (round_id, participant_id, option_id))

    def retract_vote(self, round_id: int, participant_id: int, option_id: int) -> Undo:
        """Take back one of this voter's dots on an option (the last one placed)."""
        with self.store.transaction() as session:
            voting_round = self._round(session, round_id)
            mine = votes_of(session, round_id, participant_id)
            on_option = [v for v in mine if v.option_id == option_id]
            check_retract(round_open=voting_round.status == "open", used_on_option=len(on_option))
            session.delete(on_option[-1])
        return Undo(self.cast_vote, (round_id, participant_id, option_id))

    def ballot(self, round_id: int, participant_id: int) -> Ballot:
        with self.store.reading() as session:
            voting_round = self._round(session, round_id)
            mine = votes_of(session, round_id, participant_id)
            return _ballot(voting_round.votes_per_person, participant_id, mine)

    def turns(self, round_id: int) -> dict[int, VoterTurn]:
        """Each participant's dots placed and whether they are still in the booth.

        For the "who votes next?" screen: it says who has voted, never on what.
        """
        with self.store.reading() as session:
            voting_round = self._round(session, round_id)
            used = Counter(v.participant_id for v in voting_round.votes)
            in_booth = voters_in_booth(session, round_id)
            return {
                p.id: VoterTurn(used.get(p.id, 0), p.id in in_booth)
                for p in self._workshop(session).participants
            }

    def enter_booth(self, round_id: int, participant_id: int) -> None:
        """A voter steps into the booth: not finished until they hand over."""
        with self.store.transaction() as session:
            self._round(session, round_id)
            self._get(session, Participant, participant_id, Word("participant"))
            if session.get(UnfinishedBallot, (round_id, participant_id)) is None:
                session.add(UnfinishedBallot(round_id=round_id, participant_id=participant_id))

    def hand_over(self, round_id: int, participant_id: int) -> None:
        """The voter is done: from now on they count as having voted, if they placed a dot."""
        with self.store.transaction() as session:
            ballot = session.get(UnfinishedBallot, (round_id, participant_id))
            if ballot is not None:
                session.delete(ballot)

    # Paper and show of hands

    def set_manual_counts(
        self, round_id: int, counts: Mapping[int, int | None], *, added_to_dots: bool = False
    ) -> Undo:
        """Counts typed in by the facilitator, per option.

        A round with any typed count is tallied from the typed counts, and says so;
        ``added_to_dots`` counts them as paper ballots beside the dots placed on
        screens, so a mixed room keeps voting in the same round.
        """
        with self.store.transaction() as session:
            voting_round = self._round(session, round_id)
            options = {o.id: o for o in voting_round.options}
            for option_id, count in counts.items():
                if option_id not in options:
                    raise RuleError("That card is not in this round.")
                if count is not None and not 0 <= count <= 10_000:
                    raise RuleError("A count is a whole number from 0 to 10,000.")
            old = {option_id: options[option_id].manual_count for option_id in counts}
            for option_id, count in counts.items():
                options[option_id].manual_count = count
            typed = any(o.manual_count is not None for o in voting_round.options)
            was_mixed = voting_round.counting == "mixed"
            voting_round.counting = ("mixed" if added_to_dots else "manual") if typed else "dots"
        return Undo(self.set_manual_counts, (round_id, old), {"added_to_dots": was_mixed})

    # Results

    def result(self, round_id: int, *, facilitator: bool = False) -> RoundResult:
        """The sorted tally and the cut. A secret round refuses until revealed.

        ``facilitator`` is for the facilitator's own reveal preview and the printed
        summary; the shared screen never passes it.
        """
        with self.store.reading() as session:
            voting_round = self._round(session, round_id)
            if voting_round.secret and voting_round.status != "revealed" and not facilitator:
                raise SecretUntilRevealed(
                    "The votes stay hidden until the facilitator reveals them."
                )
            rows = tuple(tally(self._counts(session, voting_round)))
            return RoundResult(rows, cut(rows, voting_round.cut_line))

    def set_cut_line(self, round_id: int, keep: int | None) -> Undo:
        """Keep the top ``keep`` options; the rest becomes the "not now" list."""
        with self.store.transaction() as session:
            voting_round = self._round(session, round_id)
            if keep is not None and not 0 <= keep <= len(voting_round.options):
                raise RuleError(
                    "The cut line goes from 0 to {count} cards.", count=len(voting_round.options)
                )
            old = voting_round.cut_line
            voting_round.cut_line = keep
        return Undo(self.set_cut_line, (round_id, old))

    def settle_tie(
        self, round_id: int, ordered_option_ids: Sequence[int], by: str = "facilitator"
    ) -> Undo:
        """Put tied options in an order, recorded with who settled it."""
        with self.store.transaction() as session:
            voting_round = self._round(session, round_id)
            options = {o.id: o for o in voting_round.options}
            if any(option_id not in options for option_id in ordered_option_ids):
                raise RuleError("That card is not in this round.")
            old = {i: (options[i].tie_break_rank, options[i].tie_break_by) for i in options}
            for rank, option_id in enumerate(ordered_option_ids, start=1):
                options[option_id].tie_break_rank = rank
                options[option_id].tie_break_by = by
        return Undo(self._restore_tie_breaks, (round_id, old))

    def _restore_tie_breaks(self, round_id: int, old: Mapping[int, tuple[int | None, str]]) -> Undo:
        with self.store.transaction() as session:
            options = self._round(session, round_id).options
            now = {o.id: (o.tie_break_rank, o.tie_break_by) for o in options if o.id in old}
            for option in options:
                if option.id in old:
                    option.tie_break_rank, option.tie_break_by = old[option.id]
        return Undo(self._restore_tie_breaks, (round_id, now))

    def start_runoff(self, round_id: int, option_ids: Sequence[int]) -> int:
        """A new round among the tied options: one vote each, secret like its parent."""
        parent = self.round(round_id)
        by_option = {o.id: o for o in parent.options}
        if any(option_id not in by_option for option_id in option_ids):
            raise RuleError("That card is not in this round.")
        items = [
            by_option[i].card_id if parent.subject == "objectives" else by_option[i].key_result_id
            for i in option_ids
        ]
        return self.open_round(
            parent.subject,
            [item for item in items if item is not None],
            votes_per_person=1,
            max_per_option=1,
            secret=parent.secret,
            title=f"Run-off: {parent.title}" if parent.title else "Run-off",
            objective_id=parent.objective_id,
            runoff_of_id=round_id,
        )

    def apply_runoff(self, runoff_id: int) -> Undo:
        """Order the parent round's tied options by the run-off's result."""
        runoff = self.round(runoff_id)
        if runoff.runoff_of_id is None:
            raise RuleError("That round is not a run-off.")
        if runoff.is_open:
            raise RuleError("Close the run-off before using its result.")
        rows = self.result(runoff_id, facilitator=True).rows
        if rows and rows[0].tied:
            raise RuleError("The run-off is tied too: settle it as facilitator.")
        key_of = {o.id: (o.card_id, o.key_result_id) for o in runoff.options}
        parent = self.round(runoff.runoff_of_id)
        parent_option = {(o.card_id, o.key_result_id): o.id for o in parent.options}
        ordered = [parent_option[key_of[row.option_id]] for row in rows]
        return self.settle_tie(runoff.runoff_of_id, ordered, by="runoff")

    # The booth: which round, and making it count

    def current_round(self, subject: str, objective_id: int | None = None) -> BoothRound:
        """The round the booth shows and the round it belongs to.

        The latest round on the subject (for key results, on that objective's, and
        none before an objective is chosen); an open run-off of it comes first.
        """
        if subject == "key_results" and objective_id is None:
            return NO_ROUND
        rounds = [r for r in self.rounds() if r.subject == subject]
        if subject == "key_results":
            rounds = [r for r in rounds if r.objective_id == objective_id]
        main = [r for r in rounds if r.runoff_of_id is None]
        if not main:
            return NO_ROUND
        parent = main[-1]
        runoffs = [r for r in rounds if r.runoff_of_id == parent.id]
        if runoffs and runoffs[-1].is_open:
            return BoothRound(runoffs[-1], parent)
        return BoothRound(parent, parent)

    def last_runoff(self, round_id: int) -> RoundView | None:
        runoffs = [r for r in self.rounds() if r.runoff_of_id == round_id]
        return runoffs[-1] if runoffs else None

    def runoff_waiting(self, round_id: int) -> RoundView | None:
        """A closed run-off of this round whose result is not used yet."""
        runoff = self.last_runoff(round_id)
        if runoff is None or runoff.is_open:
            return None
        keys = {(o.card_id, o.key_result_id) for o in runoff.options}
        parent = self.round(round_id)
        ours = {o.id for o in parent.options if (o.card_id, o.key_result_id) in keys}
        rows = self.result(round_id, facilitator=True).rows
        used = all(r.tie_break_by == "runoff" for r in rows if r.option_id in ours)
        return None if used else runoff

    def outcome(self, round_id: int) -> Outcome:
        """What the cut of this round would make count, or why it cannot yet."""
        voting_round = self.round(round_id)
        result = self.result(round_id, facilitator=True)
        by_option = {o.id: o for o in voting_round.options}
        chosen = tuple(
            item
            for option_id in result.cut.selected
            if (item := self._item(voting_round, by_option[option_id])) is not None
        )
        refusal = self._refusal(voting_round, result, chosen)
        return Outcome(chosen, refusal, None if refusal else self._note(voting_round, chosen))

    def finish(self, round_id: int) -> Undo:
        """Make the round count: the cards above the cut become the objectives, ranked;
        or the key results above it become the picked ones, in order."""
        outcome = self.outcome(round_id)
        if outcome.refusal:
            raise NotReadyToCount.saying(outcome.refusal)
        okrs = self._okrs()
        voting_round = self.round(round_id)
        if voting_round.subject == "objectives":
            made = okrs.objectives_from_cards(outcome.chosen)
            return Undo.together([Undo.of_added(okrs.remove_objective, i) for i in made])
        assert voting_round.objective_id is not None
        return okrs.pick_key_results(voting_round.objective_id, outcome.chosen)

    def _okrs(self) -> OkrEngine:
        return OkrEngine(self.store, self.workshop_id, self.clock, self.wall)

    @staticmethod
    def _item(voting_round: RoundView, option: OptionView) -> int | None:
        return option.card_id if voting_round.subject == "objectives" else option.key_result_id

    def _refusal(
        self, voting_round: RoundView, result: RoundResult, chosen: tuple[int, ...]
    ) -> Message | None:
        if voting_round.is_open:
            return Message("Close the vote first.")
        if not voting_round.totals_visible:
            return Message("Reveal the results first.")
        if voting_round.cut_line is None:
            return Message(
                "Set the cut line first: drag it on the chart, or type how many to keep."
            )
        if result.cut.tied_at_cut:
            return Message("Cards are tied across the cut line: settle the tie first.")
        if not chosen:
            return Message("Keep at least one above the cut line.")
        okrs = self._okrs()
        if voting_round.subject == "objectives":
            made = {o.source_card_id for o in okrs.objectives()}
            if set(chosen) <= made:
                return Message("These cards are already our objectives.")
        elif voting_round.objective_id is not None:
            objective = okrs.objective(voting_round.objective_id)
            if tuple(kr.id for kr in objective.selected_key_results) == chosen:
                return Message("These are the picked key results, in this order.")
        return None

    def _note(self, voting_round: RoundView, chosen: tuple[int, ...]) -> Message:
        count = len(chosen)
        if voting_round.subject == "key_results":
            settings = self._okrs().rules().settings
            fewest, most = settings["min_key_results"], settings["max_key_results"]
            if not fewest <= count <= most and count == 1:
                return Message(
                    "1 key result above the line: {fewest} to {most} per objective work best.",
                    fewest=_words(fewest),
                    most=_words(most),
                )
            if not fewest <= count <= most:
                return Message(
                    "{count} key results above the line: {fewest} to {most} per objective "
                    "work best.",
                    count=count,
                    fewest=_words(fewest),
                    most=_words(most),
                )
            if count == 1:
                return Message("1 key result above the line, ranked in this order.")
            return Message("{count} key results above the line, ranked in this order.", count=count)
        if count == 1:
            return Message("1 objective above the line, ranked in this order.")
        return Message("{count} objectives above the line, ranked in this order.", count=count)

    # Inside

    def _round(self, session: Session, round_id: int) -> VotingRound:
        voting_round = session.get(VotingRound, round_id)
        if voting_round is None or voting_round.workshop_id != self.workshop_id:
            raise Gone("That voting round is no longer in this workshop.")
        return voting_round

    def _label(self, session: Session, option: RoundOption) -> str:
        if option.card_id is not None:
            card = session.get(Card, option.card_id)
            return card.text if card else ""
        if option.key_result_id is not None:
            key_result = session.get(KeyResult, option.key_result_id)
            return key_result.text if key_result else ""
        return ""

    def _counts(self, session: Session, voting_round: VotingRound) -> list[OptionCount]:
        dots = Counter(v.option_id for v in voting_round.votes)
        return [
            OptionCount(
                option_id=o.id,
                label=self._label(session, o),
                count=voting_round.count_of(o, dots.get(o.id, 0)),
                position=o.position,
                tie_break_rank=o.tie_break_rank,
                tie_break_by=o.tie_break_by,
            )
            for o in voting_round.options
        ]

    def _view(self, session: Session, voting_round: VotingRound) -> RoundView:
        options = tuple(
            OptionView(o.id, self._label(session, o), o.card_id, o.key_result_id, o.manual_count)
            for o in voting_round.options
        )
        return view_of(RoundView, voting_round, options=options)
