"""Forty simulated phones on loopback, all at once: every dot is stored, none refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.phones import Voter, vote_from_phones
from benchmarks.scenarios import phone_round
from tests.clocks import fake_engine
from ui.phones.server import PhoneServer

pytestmark = pytest.mark.slow


def test_forty_phones_cast_three_dots_each_and_every_vote_is_stored(tmp_path: Path) -> None:
    store, workshop_id, round_id, people = phone_round(tmp_path / "room.sqlite", 40)
    engine = fake_engine(store, workshop_id)
    options = [o.id for o in engine.voting.round(round_id).options]
    voters = [
        Voter(person, [options[n % 8], options[(n + 3) % 8], options[n % 8]])
        for n, person in enumerate(people)
    ]
    server = PhoneServer(store, workshop_id, round_id, clock=engine.clock, wall=engine.wall)
    try:
        run = vote_from_phones(server.start(), voters)
    finally:
        server.stop()
    assert run.refusals == []
    assert len(run.latencies_ms) == 40 * 7
    for n, person in enumerate(people):
        ballot = engine.voting.ballot(round_id, person)
        assert ballot.mine == {options[n % 8]: 2, options[(n + 3) % 8]: 1}
    assert all(p.voted and p.channel == "phone" for p in engine.phones.room(round_id))
    store.close()
