"""Commands of the voting booth.

Undoing the opening of a round removes it with its options and votes; redoing
puts the very same rows back, so every command made meanwhile still finds them.

The text of a vote command names neither the voter nor the card: the undo
history can be on screen while people vote.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from facilitation.engine.phones import PhoneEngine
from facilitation.engine.undo import Undo
from facilitation.engine.voting import VotingEngine
from ui.commands import Changes, Dot, EngineCommand
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate

ROUNDS = Changes(rounds=True)


def open_round(
    voting: VotingEngine,
    subject: str,
    item_ids: Sequence[int],
    *,
    votes_per_person: int,
    max_per_option: int,
    secret: bool,
    title: str = "",
    objective_id: int | None = None,
) -> EngineCommand:
    """Open a round over cards or over the key results of one objective."""

    def do() -> Undo:
        made = voting.open_round(
            subject,
            list(item_ids),
            votes_per_person=votes_per_person,
            max_per_option=max_per_option,
            secret=secret,
            title=title,
            objective_id=objective_id,
        )
        return Undo.of_added(voting.delete_round, made)

    return EngineCommand(
        translate("voting_commands", "Open a secret vote")
        if secret
        else translate("voting_commands", "Open a vote"),
        ROUNDS,
        do,
    )


def start_runoff(voting: VotingEngine, round_id: int, option_ids: Sequence[int]) -> EngineCommand:
    """A run-off among tied cards: one vote each, secret like the round it settles."""
    return EngineCommand(
        translate("voting_commands", "Start a run-off"),
        ROUNDS,
        lambda: Undo.of_added(voting.delete_round, voting.start_runoff(round_id, option_ids)),
    )


STATUS_TEXT = Words(
    "voting_commands",
    {
        ("open", "closed"): QT_TRANSLATE_NOOP("voting_commands", "Close the vote"),
        ("closed", "revealed"): QT_TRANSLATE_NOOP("voting_commands", "Reveal the results"),
        ("open", "revealed"): QT_TRANSLATE_NOOP("voting_commands", "Show the results"),
        ("closed", "open"): QT_TRANSLATE_NOOP("voting_commands", "Open the vote again"),
        ("revealed", "open"): QT_TRANSLATE_NOOP("voting_commands", "Open the vote again"),
    },
)


def set_round_status(voting: VotingEngine, round_id: int, status: str, old: str) -> EngineCommand:
    return EngineCommand(
        STATUS_TEXT.get((old, status), "Change the vote"),
        ROUNDS,
        lambda: voting.set_status(round_id, status),
    )


def cast_vote(
    voting: VotingEngine, round_id: int, participant_id: int, option_id: int
) -> EngineCommand:
    """One dot placed by one voter. The command's text names neither."""
    return EngineCommand(
        translate("voting_commands", "Place a vote"),
        Changes(dot=Dot(round_id, participant_id, option_id)),
        lambda: voting.cast_vote(round_id, participant_id, option_id),
    )


def retract_vote(
    voting: VotingEngine, round_id: int, participant_id: int, option_id: int
) -> EngineCommand:
    """One dot taken back by the voter who placed it."""
    return EngineCommand(
        translate("voting_commands", "Take a vote back"),
        Changes(dot=Dot(round_id, participant_id, option_id)),
        lambda: voting.retract_vote(round_id, participant_id, option_id),
    )


def set_manual_count(
    voting: VotingEngine, round_id: int, option_id: int, label: str, count: int | None
) -> EngineCommand:
    """A count typed in from paper or a show of hands (None clears it)."""
    shown = translate("voting_commands", "no count") if count is None else str(count)
    return EngineCommand(
        translate("voting_commands", "Count “{0}”: {1}").format(label[:40], shown),
        ROUNDS,
        lambda: voting.set_manual_counts(round_id, {option_id: count}),
    )


def add_paper_counts(
    voting: VotingEngine, round_id: int, counts: Mapping[int, int | None]
) -> EngineCommand:
    """The dots counted on paper ballots, added to the dots placed on screens."""
    return EngineCommand(
        translate("voting_commands", "Add the paper ballots' dots"),
        ROUNDS,
        lambda: voting.set_manual_counts(round_id, counts, added_to_dots=True),
    )


def free_name(phones: PhoneEngine, round_id: int, participant_id: int, name: str) -> EngineCommand:
    """Let a person vote from another phone: the phone that took the name lets go."""
    return EngineCommand(
        translate("voting_commands", "Free {0}'s name for another phone").format(name),
        ROUNDS,
        lambda: phones.release(round_id, participant_id),
    )


def mark_paper(
    phones: PhoneEngine, round_id: int, participant_id: int, name: str, handed_in: bool
) -> EngineCommand:
    """A paper ballot handed in, or not after all."""
    return EngineCommand(
        translate("voting_commands", "{0} handed in a paper ballot").format(name)
        if handed_in
        else translate("voting_commands", "{0} did not vote on paper").format(name),
        ROUNDS,
        lambda: phones.mark_paper(round_id, participant_id, handed_in),
    )


def set_cut_line(voting: VotingEngine, round_id: int, keep: int | None) -> EngineCommand:
    return EngineCommand(
        translate("voting_commands", "Remove the cut line")
        if keep is None
        else translate("voting_commands", "Keep the top {0}").format(keep),
        ROUNDS,
        lambda: voting.set_cut_line(round_id, keep),
    )


def settle_tie(voting: VotingEngine, round_id: int, ordered: Sequence[int]) -> EngineCommand:
    """The facilitator puts tied cards in an order."""
    return EngineCommand(
        translate("voting_commands", "Settle a tie"),
        ROUNDS,
        lambda: voting.settle_tie(round_id, ordered),
    )


def apply_runoff(voting: VotingEngine, runoff_id: int) -> EngineCommand:
    """Order the tied cards of a round by the result of its run-off."""
    return EngineCommand(
        translate("voting_commands", "Use the run-off's result"),
        ROUNDS,
        lambda: voting.apply_runoff(runoff_id),
    )


def finish_round(voting: VotingEngine, round_id: int, subject: str, count: int) -> EngineCommand:
    """Make the round count: its cards become the objectives, or its KRs the picked ones."""
    text = (
        translate("voting_commands", "Make {0} {1} our objectives").format(
            count, "card" if count == 1 else "cards"
        )
        if subject == "objectives"
        else translate("voting_commands", "Pick {0} key results").format(count)
    )
    return EngineCommand(text, Changes(okrs=True), lambda: voting.finish(round_id))
