"""Dot voting: the pure tally and the rounds on a stored workshop."""

from __future__ import annotations

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.engine.voting import NotReadyToCount
from facilitation.rules import RuleError
from facilitation.voting import (
    OptionCount,
    SecretUntilRevealed,
    VoteRefused,
    cut,
    tally,
)
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from workshop.store import Store

CANDIDATES = [
    "Customers trust our status page",
    "New joiners are productive in their first week",
    "Our releases are boring",
    "Support answers feel personal",
    "We know what each feature costs to run",
    "Partners can integrate without calling us",
    "The mobile app feels fast on a slow network",
    "Everyone can explain our strategy in a sentence",
]


@pytest.fixture
def engine(store: Store, workshop_id: int) -> WorkshopEngine:
    return fake_engine(store, workshop_id)


def people(engine: WorkshopEngine) -> list[int]:
    return [p.id for p in engine.voting.participants()]


def open_objective_round(engine: WorkshopEngine, **settings: object) -> tuple[int, list[int]]:
    cards = [engine.boards.add_card(text) for text in CANDIDATES]
    round_id = engine.voting.open_round("objectives", cards, **settings)  # type: ignore[arg-type]
    options = [o.id for o in engine.voting.round(round_id).options]
    return round_id, options


def test_a_secret_round_gives_no_totals_until_revealed(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine)
    voters = people(engine)
    engine.voting.cast_vote(round_id, voters[0], options[2])
    with pytest.raises(SecretUntilRevealed, match="hidden until the facilitator reveals"):
        engine.voting.result(round_id)
    engine.voting.close(round_id)
    with pytest.raises(SecretUntilRevealed):
        engine.voting.result(round_id)
    engine.voting.reveal(round_id)
    rows = engine.voting.result(round_id).rows
    assert rows[0].label == CANDIDATES[2] and rows[0].count == 1


def test_an_open_round_gives_a_live_tally(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine, secret=False)
    voter = people(engine)[0]
    engine.voting.cast_vote(round_id, voter, options[5])
    engine.voting.cast_vote(round_id, voter, options[5])
    assert engine.voting.result(round_id).rows[0].count == 2


def test_a_voter_sees_their_own_dots_and_votes_left(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine)
    voter = people(engine)[1]
    take_back_first = engine.voting.cast_vote(round_id, voter, options[0])
    engine.voting.cast_vote(round_id, voter, options[1])
    ballot = engine.voting.ballot(round_id, voter)
    assert ballot.votes_left == 1
    assert ballot.mine == {options[0]: 1, options[1]: 1}
    place_again = take_back_first()
    ballot = engine.voting.ballot(round_id, voter)
    assert ballot.votes_left == 2 and ballot.mine == {options[1]: 1}
    assert engine.voting.turns(round_id)[voter].dots == 1
    place_again()
    assert engine.voting.ballot(round_id, voter).mine == {options[0]: 1, options[1]: 1}


def test_a_voter_has_voted_only_once_they_hand_over(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine)
    voter, other = people(engine)[:2]
    engine.voting.enter_booth(round_id, voter)
    engine.voting.cast_vote(round_id, voter, options[0])
    turn = engine.voting.turns(round_id)[voter]
    assert (turn.dots, turn.in_booth, turn.voted) == (1, True, False)
    engine.voting.hand_over(round_id, voter)
    assert engine.voting.turns(round_id)[voter].voted
    engine.voting.enter_booth(round_id, voter)
    assert not engine.voting.turns(round_id)[voter].voted, "back in the booth: not done yet"
    engine.voting.enter_booth(round_id, other)
    engine.voting.hand_over(round_id, other)
    assert not engine.voting.turns(round_id)[other].voted, "handed over without a dot"


def test_every_refusal_says_why(engine: WorkshopEngine, store: Store) -> None:
    round_id, options = open_objective_round(engine, max_per_option=2)
    voter = people(engine)[0]
    engine.voting.cast_vote(round_id, voter, options[0])
    engine.voting.cast_vote(round_id, voter, options[0])
    with pytest.raises(VoteRefused, match="at your limit: at most 2 votes"):
        engine.voting.cast_vote(round_id, voter, options[0])
    engine.voting.cast_vote(round_id, voter, options[1])
    with pytest.raises(VoteRefused, match="No votes left: you have placed all 3"):
        engine.voting.cast_vote(round_id, voter, options[2])
    with pytest.raises(VoteRefused, match="not in this round"):
        engine.voting.cast_vote(round_id, people(engine)[1], 999_999)
    other = new_workshop(store, "Other team", "team", participants=[("Zed", "contributor")])
    outsider = people(fake_engine(store, other))[0]
    with pytest.raises(VoteRefused, match="Only the workshop's participants"):
        engine.voting.cast_vote(round_id, outsider, options[3])
    with pytest.raises(VoteRefused, match="no vote on that card to take back"):
        engine.voting.retract_vote(round_id, voter, options[4])
    engine.voting.close(round_id)
    with pytest.raises(VoteRefused, match="round is closed: no more votes"):
        engine.voting.cast_vote(round_id, people(engine)[2], options[3])
    with pytest.raises(VoteRefused, match="can no longer be taken back"):
        engine.voting.retract_vote(round_id, voter, options[0])


@pytest.mark.parametrize(
    ("votes", "most", "message"),
    [(0, 1, "from 1 to 10 votes"), (11, 3, "from 1 to 10 votes"), (3, 0, "from 1 to"),
     (3, 4, "from 1 to their 3 votes")],
)  # fmt: skip
def test_round_settings_are_checked(
    engine: WorkshopEngine, votes: int, most: int, message: str
) -> None:
    cards = [engine.boards.add_card(t) for t in CANDIDATES[:3]]
    with pytest.raises(RuleError, match=message):
        engine.voting.open_round("objectives", cards, votes_per_person=votes, max_per_option=most)


def test_a_round_needs_two_cards(engine: WorkshopEngine) -> None:
    with pytest.raises(RuleError, match="at least two cards"):
        engine.voting.open_round("objectives", [engine.boards.add_card("Alone")])


def test_ties_are_marked_and_settled_by_the_facilitator(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine)
    voters = people(engine)
    for voter in voters[:2]:
        engine.voting.cast_vote(round_id, voter, options[3])
        engine.voting.cast_vote(round_id, voter, options[6])
    engine.voting.cast_vote(round_id, voters[2], options[0])
    engine.voting.close(round_id)
    engine.voting.reveal(round_id)
    engine.voting.set_cut_line(round_id, 1)
    result = engine.voting.result(round_id)
    assert [r.count for r in result.rows[:3]] == [2, 2, 1]
    assert result.rows[0].tied and result.rows[1].tied and not result.rows[2].tied
    assert result.rows[0].place == result.rows[1].place == 1
    assert set(result.cut.tied_at_cut) == {options[3], options[6]}

    unsettle = engine.voting.settle_tie(round_id, [options[6], options[3]])
    result = engine.voting.result(round_id)
    assert result.rows[0].option_id == options[6]
    assert result.rows[0].tie_break_by == "facilitator"
    assert not result.rows[0].tied and result.cut.tied_at_cut == ()
    assert result.cut.selected == (options[6],)
    assert options[3] in result.cut.not_now

    unsettle()
    assert engine.voting.result(round_id).rows[0].tied


def test_a_runoff_among_the_tied_cards_settles_the_parent(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine)
    voters = people(engine)
    engine.voting.cast_vote(round_id, voters[0], options[1])
    engine.voting.cast_vote(round_id, voters[1], options[4])
    engine.voting.close(round_id)
    runoff = engine.voting.start_runoff(round_id, [options[1], options[4]])
    view = engine.voting.round(runoff)
    assert view.votes_per_person == 1 and view.runoff_of_id == round_id
    runoff_options = [o.id for o in view.options]
    for voter in voters[:3]:
        engine.voting.cast_vote(runoff, voter, runoff_options[1])
    with pytest.raises(RuleError, match="Close the run-off"):
        engine.voting.apply_runoff(runoff)
    engine.voting.close(runoff)
    engine.voting.apply_runoff(runoff)
    rows = engine.voting.result(round_id, facilitator=True).rows
    assert rows[0].option_id == options[4] and rows[0].tie_break_by == "runoff"


def test_counts_from_paper_or_hands_are_recorded_as_such(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine, secret=False)
    untyped = engine.voting.set_manual_counts(round_id, {options[0]: 4, options[7]: 9})
    view = engine.voting.round(round_id)
    assert view.counting == "manual"
    assert [o.manual_count for o in view.options][:2] == [4, None]
    rows = engine.voting.result(round_id).rows
    assert (rows[0].label, rows[0].count) == (CANDIDATES[7], 9)
    with pytest.raises(VoteRefused, match="closed"):
        engine.voting.cast_vote(round_id, people(engine)[0], options[1])
    with pytest.raises(RuleError, match="whole number from 0"):
        engine.voting.set_manual_counts(round_id, {options[1]: -1})
    untyped()
    assert engine.voting.round(round_id).counting == "dots"
    assert [o.manual_count for o in engine.voting.round(round_id).options][:2] == [None, None]


def test_undoing_the_opening_of_a_round_keeps_its_ids_for_the_redo(
    engine: WorkshopEngine,
) -> None:
    round_id, options = open_objective_round(engine, secret=False)
    voter = people(engine)[0]
    engine.voting.cast_vote(round_id, voter, options[2])
    open_again = engine.voting.delete_round(round_id)
    assert engine.voting.rounds() == []
    open_again()
    view = engine.voting.round(round_id)
    assert [o.id for o in view.options] == options
    assert engine.voting.ballot(round_id, voter).mine == {options[2]: 1}


def test_the_cut_line_keeps_the_top_and_the_rest_is_not_now() -> None:
    rows = tally([OptionCount(i, f"card {i}", count) for i, count in enumerate([1, 5, 3, 0])])
    result = cut(rows, 2)
    assert result.selected == (1, 2)
    assert result.not_now == (0, 3)
    assert cut(rows, None).selected == ()


def test_cut_line_range_is_checked(engine: WorkshopEngine) -> None:
    round_id, _ = open_objective_round(engine)
    with pytest.raises(RuleError, match="from 0 to 8 cards"):
        engine.voting.set_cut_line(round_id, 9)


def test_kr_rounds_are_over_one_objectives_key_results(engine: WorkshopEngine) -> None:
    objective = engine.okrs.add_objective("Our releases are boring")
    krs = [engine.okrs.add_key_result(objective, f"KR {n}") for n in range(4)]
    round_id = engine.voting.open_round("key_results", krs, objective_id=objective)
    assert [o.key_result_id for o in engine.voting.round(round_id).options] == krs
    assert engine.voting.round(round_id).options[2].label == "KR 2"


def test_a_round_counts_only_once_closed_cut_and_untied(engine: WorkshopEngine) -> None:
    round_id, options = open_objective_round(engine, secret=False)
    voters = people(engine)
    engine.voting.cast_vote(round_id, voters[0], options[4])
    engine.voting.cast_vote(round_id, voters[1], options[4])
    engine.voting.cast_vote(round_id, voters[2], options[1])
    engine.voting.cast_vote(round_id, voters[3], options[6])
    assert str(engine.voting.outcome(round_id).refusal) == "Close the vote first."
    with pytest.raises(NotReadyToCount, match="Close the vote first"):
        engine.voting.finish(round_id)
    engine.voting.close(round_id)
    assert str(engine.voting.outcome(round_id).refusal).startswith("Set the cut line first")
    engine.voting.set_cut_line(round_id, 2)
    assert "tied across the cut line" in str(engine.voting.outcome(round_id).refusal)
    engine.voting.set_cut_line(round_id, 3)
    outcome = engine.voting.outcome(round_id)
    assert outcome.refusal is None
    assert str(outcome.note) == "3 objectives above the line, ranked in this order."
    take_back = engine.voting.finish(round_id)
    assert [o.text for o in engine.okrs.objectives()] == [
        CANDIDATES[4],
        CANDIDATES[1],
        CANDIDATES[6],
    ]
    assert str(engine.voting.outcome(round_id).refusal) == "These cards are already our objectives."
    take_back()
    assert engine.okrs.objectives() == []


def test_the_key_result_count_that_works_best_comes_from_the_rule_book(
    engine: WorkshopEngine,
) -> None:
    objective = engine.okrs.add_objective("Releases are calm and routine")
    krs = [engine.okrs.add_key_result(objective, f"Measure {n} from 10 to 20") for n in range(6)]
    round_id = engine.voting.open_round("key_results", krs, secret=False, objective_id=objective)
    assert engine.voting.current_round("key_results", objective)[0] == engine.voting.round(round_id)
    assert engine.voting.current_round("objectives") == (None, None)
    options = [o.id for o in engine.voting.round(round_id).options]
    for voter, option in zip(people(engine), options, strict=False):
        engine.voting.cast_vote(round_id, voter, option)
    engine.voting.close(round_id)
    engine.voting.set_cut_line(round_id, 6)
    assert str(engine.voting.outcome(round_id).note).startswith(
        "6 key results above the line: three to five"
    )
    engine.voting.set_cut_line(round_id, 0)
    assert str(engine.voting.outcome(round_id).refusal) == "Keep at least one above the cut line."
