"""Retrospective boards and the post-it board, with the inverse of every edit."""

from __future__ import annotations

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from tests.clocks import fake_engine
from workshop.rows import NotRestorable
from workshop.store import Store, is_url


@pytest.fixture
def boards(store: Store, workshop_id: int) -> WorkshopEngine:
    return fake_engine(store, workshop_id)


def test_retro_notes_are_added_edited_moved_and_deleted(boards: WorkshopEngine) -> None:
    engine = boards.boards
    first = engine.add_retro_item("opening", "went_well", "Weekly demos kept everyone close")
    second = engine.add_retro_item("opening", "went_badly", "On-call was a lottery")
    engine.add_retro_item("closing", "start", "Pairing on incidents")
    assert [i.text for i in engine.retro_items("opening")] == [
        "Weekly demos kept everyone close",
        "On-call was a lottery",
    ]
    reword = engine.edit_retro_item(first, "Weekly demos")
    move = engine.move_retro_item(second, "learned", 0)
    assert [(i.column, i.text) for i in engine.retro_items("opening")] == [
        ("went_well", "Weekly demos"),
        ("learned", "On-call was a lottery"),
    ]
    move()
    reword()
    assert [(i.column, i.text) for i in engine.retro_items("opening")] == [
        ("went_well", "Weekly demos kept everyone close"),
        ("went_badly", "On-call was a lottery"),
    ]
    card = engine.add_card("On-call is calm", origin_retro_item_id=second)
    put_back = engine.delete_retro_item(second)
    assert engine.card(card).origin_retro_item_id is None
    delete_again = put_back()
    assert engine.card(card).origin_retro_item_id == second
    delete_again()
    assert engine.card(card).origin_retro_item_id is None
    assert len(engine.retro_items("closing")) == 1


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda e: e.add_retro_item("lunch", "went_well", "x"), "opening or at the close"),
        (lambda e: e.add_retro_item("opening", "maybe", "x"), "The columns are"),
        (lambda e: e.add_retro_item("opening", "start", "   \n "), "Write something"),
        (lambda e: e.add_card("x", colour="beige"), "Post-its come in"),
        (lambda e: e.add_card("x" * 10_001), "10,001 characters"),
    ],
)
def test_bad_board_input_is_refused_with_a_reason(
    boards: WorkshopEngine, call: object, message: str
) -> None:
    with pytest.raises(RuleError, match=message):
        call(boards.boards)  # type: ignore[operator]


def test_a_long_post_it_with_odd_characters_is_kept_as_typed(boards: WorkshopEngine) -> None:
    text = "R&D <team> 🚀 «ambition» שלום\x00\x07 " + "x" * 5000
    card = boards.boards.add_card(text)
    assert boards.boards.card(card).text == "R&D <team> 🚀 «ambition» שלום " + "x" * 5000


def test_duplicates_group_into_one_card_and_come_apart(boards: WorkshopEngine) -> None:
    engine = boards.boards
    a = engine.add_card("Fast releases")
    b = engine.add_card("Releases are quick")
    c = engine.add_card("Ship faster")
    engine.group_card(b, a)
    engine.group_card(a, c)
    assert set(engine.card(c).grouped) == {a, b}
    with pytest.raises(RuleError, match="into itself"):
        engine.group_card(c, c)
    put_back = engine.delete_card(c)
    assert engine.card(a).cluster_id is None
    put_back()
    assert set(engine.card(c).grouped) == {a, b}
    engine.group_card(a, None)
    assert engine.card(a).cluster_id is None


def test_undoing_a_grouping_puts_the_card_and_its_duplicates_back(
    boards: WorkshopEngine,
) -> None:
    engine = boards.boards
    a, b, c = (engine.add_card(t) for t in ("Fast releases", "Quick releases", "Ship faster"))
    engine.group_card(b, a)
    ungroup = engine.group_card(a, c)
    assert set(engine.card(c).grouped) == {a, b}
    regroup = ungroup()
    assert engine.card(a).grouped == (b,)
    assert engine.card(c).grouped == ()
    regroup()
    assert set(engine.card(c).grouped) == {a, b}


def test_cards_are_coloured_moved_and_linked_to_their_origin(boards: WorkshopEngine) -> None:
    engine = boards.boards
    past = boards.scoring.add_past_objective("Self-service onboarding")
    past_kr = boards.scoring.add_past_key_result(past, "Signup to first API call under 10 min")
    cards = [engine.add_card(t) for t in ("One", "Two", "Three")]
    recolour = engine.set_colour(cards[0], "pink")
    move_back = engine.move_card(cards[2], 0)
    assert [c.text for c in engine.cards()] == ["Three", "One", "Two"]
    unlink = engine.link_origin(cards[1], None, past_kr)
    assert engine.card(cards[1]).origin_past_key_result_id == past_kr
    for undo in (unlink, move_back, recolour):
        undo()
    assert [(c.text, c.colour, c.origin_past_key_result_id) for c in engine.cards()] == [
        ("One", "yellow", None),
        ("Two", "yellow", None),
        ("Three", "yellow", None),
    ]


def test_a_card_on_a_ballot_cannot_be_deleted(boards: WorkshopEngine) -> None:
    cards = [boards.boards.add_card(t) for t in ("One", "Two")]
    boards.voting.open_round("objectives", cards)
    with pytest.raises(RuleError, match="on a ballot"):
        boards.boards.delete_card(cards[0])


def test_putting_back_a_card_whose_place_was_taken_says_so(boards: WorkshopEngine) -> None:
    if is_url(boards.store.location):
        pytest.skip("only SQLite hands a freed id to the next row; PostgreSQL never does")
    card = boards.boards.add_card("Removed, then its id is taken by another window")
    put_back = boards.boards.delete_card(card)
    newer = boards.boards.add_card("Added meanwhile")
    assert newer == card, "SQLite hands the freed id to the next card"
    with pytest.raises(NotRestorable, match="cannot be put back"):
        put_back()
    assert [c.text for c in boards.boards.cards()] == ["Added meanwhile"]
