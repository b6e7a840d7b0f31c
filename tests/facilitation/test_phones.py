"""Voting from phones: claims on names, printed codes, and who has voted by any channel."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.engine.phones import PhoneVoter
from facilitation.phones import CODE_ALPHABET, new_codes, normalise_code
from facilitation.voting import VoteRefused
from okr_rules.phone_codes import shown_code
from tests.clocks import fake_clocks, fake_engine
from workshop.claims import claim_of
from workshop.store import Store

CARDS = ["Customers trust our status page", "Our releases are boring", "Support feels personal"]


@pytest.fixture
def engine(store: Store, workshop_id: int) -> WorkshopEngine:
    return fake_engine(store, workshop_id)


@pytest.fixture
def round_id(engine: WorkshopEngine) -> int:
    cards = [engine.boards.add_card(text) for text in CARDS]
    return engine.voting.open_round("objectives", cards, votes_per_person=3, max_per_option=2)


def person(engine: WorkshopEngine, name: str) -> int:
    return next(p.id for p in engine.voting.participants() if p.name == name)


def options(engine: WorkshopEngine, round_id: int) -> list[int]:
    return [o.id for o in engine.voting.round(round_id).options]


def test_a_round_keeps_one_address_however_often_it_is_opened(
    engine: WorkshopEngine, round_id: int
) -> None:
    first = engine.phones.open_for_phones(round_id)
    again = engine.phones.open_for_phones(round_id)
    assert first.token == again.token
    assert len(first.token) == 10 and first.token.isalnum()
    other = engine.voting.open_round("objectives", [engine.boards.add_card(t) for t in "AB"])
    assert engine.phones.open_for_phones(other).token != first.token


def test_a_name_is_claimed_by_one_phone_only(engine: WorkshopEngine, round_id: int) -> None:
    engine.phones.open_for_phones(round_id)
    bruno = person(engine, "Bruno")
    assert engine.phones.claim_name(round_id, bruno, "phone-one").name == "Bruno"
    assert engine.phones.claim_name(round_id, bruno, "phone-one").participant_id == bruno
    with pytest.raises(VoteRefused, match="Bruno is already voting on another phone"):
        engine.phones.claim_name(round_id, bruno, "phone-two")
    with pytest.raises(VoteRefused, match="already votes as Bruno"):
        engine.phones.claim_name(round_id, person(engine, "Chiara"), "phone-one")
    assert engine.phones.release(round_id, bruno)
    assert engine.phones.claim_name(round_id, bruno, "phone-two").name == "Bruno"
    assert engine.phones.phone_voter(round_id, "phone-one") is None


def test_phone_dots_follow_the_booth_rules_and_stop_once_sent(
    engine: WorkshopEngine, round_id: int
) -> None:
    engine.phones.open_for_phones(round_id)
    first, second, third = options(engine, round_id)
    chiara = person(engine, "Chiara")
    with pytest.raises(VoteRefused, match="Pick your name first"):
        engine.phones.cast(round_id, "phone", first)
    engine.phones.claim_name(round_id, chiara, "phone")
    engine.phones.cast(round_id, "phone", first)
    engine.phones.cast(round_id, "phone", first)
    with pytest.raises(VoteRefused, match="at your limit"):
        engine.phones.cast(round_id, "phone", first)
    engine.phones.cast(round_id, "phone", second)
    with pytest.raises(VoteRefused, match="No votes left"):
        engine.phones.cast(round_id, "phone", third)
    ballot = engine.phones.retract(round_id, "phone", first)
    assert ballot.votes_left == 1 and dict(ballot.mine) == {first: 1, second: 1}
    assert engine.voting.ballot(round_id, chiara).mine == ballot.mine
    assert engine.voting.turns(round_id)[chiara].in_booth
    engine.phones.send(round_id, "phone")
    assert engine.voting.turns(round_id)[chiara].voted
    with pytest.raises(VoteRefused, match="sent your votes"):
        engine.phones.cast(round_id, "phone", third)
    engine.voting.close(round_id)
    with pytest.raises(VoteRefused, match="closed"):
        engine.phones.claim_name(round_id, person(engine, "Bruno"), "late")


def test_the_room_counts_phones_the_booth_and_paper(engine: WorkshopEngine, round_id: int) -> None:
    engine.phones.open_for_phones(round_id)
    first = options(engine, round_id)[0]
    engine.phones.claim_name(round_id, person(engine, "Amara"), "amara")
    engine.phones.cast(round_id, "amara", first)
    engine.phones.claim_name(round_id, person(engine, "Bruno"), "bruno")
    engine.phones.cast(round_id, "bruno", first)
    engine.phones.send(round_id, "bruno")
    engine.voting.cast_vote(round_id, person(engine, "Chiara"), first)
    engine.phones.mark_paper(round_id, person(engine, "Dmitri"), True)
    engine.voting.enter_booth(round_id, person(engine, "Eun-ji"))
    room = {p.name: (p.channel, p.voted) for p in engine.phones.room(round_id)}
    assert room == {
        "Amara": ("phone", False),
        "Bruno": ("phone", True),
        "Chiara": ("booth", True),
        "Dmitri": ("paper", True),
        "Eun-ji": ("booth", False),
    }
    with pytest.raises(VoteRefused, match="already voted at the shared screen"):
        engine.phones.claim_name(round_id, person(engine, "Chiara"), "chiara")
    with pytest.raises(VoteRefused, match="paper ballot"):
        engine.phones.claim_name(round_id, person(engine, "Dmitri"), "dmitri")
    with pytest.raises(VoteRefused, match="voting on a phone"):
        engine.phones.mark_paper(round_id, person(engine, "Amara"), True)
    assert engine.phones.mark_paper(round_id, person(engine, "Dmitri"), False)


def test_printed_codes_replace_picking_a_name(engine: WorkshopEngine, round_id: int) -> None:
    access = engine.phones.open_for_phones(round_id, codes_only=True)
    assert access.codes_only
    codes = {p.name: p.code for p in engine.phones.room(round_id)}
    assert len(set(codes.values())) == 5 and all(len(c) == 6 for c in codes.values())
    with pytest.raises(VoteRefused, match="Type the code"):
        engine.phones.claim_name(round_id, person(engine, "Bruno"), "phone")
    with pytest.raises(VoteRefused, match="not one of this vote's"):
        engine.phones.claim_code(round_id, "AAAAAA", "phone")
    typed = shown_code(codes["Eun-ji"]).lower()
    assert engine.phones.claim_code(round_id, typed, "phone").name == "Eun-ji"
    engine.phones.open_for_phones(round_id, codes_only=True)
    assert {p.name: p.code for p in engine.phones.room(round_id)} == codes


def test_codes_are_unique_and_readable() -> None:
    codes = new_codes(200)
    assert len(set(codes)) == 200
    assert all(set(code) <= set(CODE_ALPHABET) for code in codes)
    assert normalise_code(" k7p-3mx ") == "K7P3MX"


def test_paper_ballots_add_to_the_dots_of_phones_and_the_booth(
    engine: WorkshopEngine, round_id: int
) -> None:
    engine.phones.open_for_phones(round_id)
    first, second, third = options(engine, round_id)
    engine.phones.claim_name(round_id, person(engine, "Amara"), "amara")
    engine.phones.cast(round_id, "amara", first)
    engine.voting.cast_vote(round_id, person(engine, "Bruno"), second)
    engine.voting.set_manual_counts(round_id, {first: 2, third: 1}, added_to_dots=True)
    assert engine.voting.round(round_id).counting == "mixed"
    engine.phones.cast(round_id, "amara", third)
    engine.voting.close(round_id)
    counts = {
        row.option_id: row.count for row in engine.voting.result(round_id, facilitator=True).rows
    }
    assert counts == {first: 3, second: 1, third: 2}


def test_freeing_a_name_and_paper_ballots_can_be_undone(
    engine: WorkshopEngine, round_id: int
) -> None:
    engine.phones.open_for_phones(round_id)
    bruno, dmitri = person(engine, "Bruno"), person(engine, "Dmitri")
    engine.phones.claim_name(round_id, bruno, "phone-one")
    give_back = engine.phones.release(round_id, bruno)
    assert engine.phones.phone_voter(round_id, "phone-one") is None
    free_again = give_back()
    assert engine.phones.phone_voter(round_id, "phone-one") == PhoneVoter(bruno, "Bruno", False)
    free_again()
    with pytest.raises(VoteRefused, match="No phone holds Bruno's name"):
        engine.phones.release(round_id, bruno)
    engine.phones.claim_name(round_id, bruno, "phone-two")
    with pytest.raises(VoteRefused, match="Bruno has voted another way since"):
        give_back()

    not_on_paper = engine.phones.mark_paper(round_id, dmitri, True)
    channels = {p.name: p.channel for p in engine.phones.room(round_id)}
    assert channels["Dmitri"] == "paper"
    on_paper = not_on_paper()
    assert {p.name: p.channel for p in engine.phones.room(round_id)}["Dmitri"] == ""
    on_paper()
    assert {p.name: p.voted for p in engine.phones.room(round_id)}["Dmitri"]


def test_a_ballot_is_stamped_with_the_engine_s_clock(store: Store, workshop_id: int) -> None:
    clock, wall = fake_clocks()
    engine = fake_engine(store, workshop_id, clock, wall)
    round_id = engine.voting.open_round("objectives", [engine.boards.add_card(t) for t in CARDS])
    engine.phones.open_for_phones(round_id)
    engine.phones.mark_paper(round_id, person(engine, "Dmitri"), True)
    clock.advance(60)
    engine.phones.claim_name(round_id, person(engine, "Bruno"), "bruno")
    clock.advance(60)
    engine.phones.send(round_id, "bruno")
    with store.reading() as session:
        paper = claim_of(session, round_id, person(engine, "Dmitri"))
        phone = claim_of(session, round_id, person(engine, "Bruno"))
        assert paper is not None and phone is not None
        stamps = (paper.claimed_at, paper.sent_at, phone.claimed_at, phone.sent_at)
    nine = wall.start.astimezone(dt.UTC).replace(tzinfo=None)
    minute = dt.timedelta(minutes=1)
    assert stamps == (nine, nine, nine + minute, nine + 2 * minute)
