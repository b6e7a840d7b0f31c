"""The race suite: two processes acting on one workshop at the same moment.

Each runs on a SQLite file and on a PostgreSQL database. Both processes wait at a
barrier, then act as fast as they can; afterwards the store must hold no rule
broken, no write lost and no two post-its in one place.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.facilitation import race_script
from workshop.store import open_store

pytestmark = pytest.mark.slow

CONTEXT = multiprocessing.get_context("spawn")
TIMEOUT = 120


def run_both(target: Callable[..., None], *runs: tuple[Any, ...]) -> None:
    """Run ``target`` once per argument tuple, each in its own process, all at once."""
    processes = [CONTEXT.Process(target=target, args=args) for args in runs]
    for process in processes:
        process.start()
    for process in processes:
        process.join(TIMEOUT)
    assert [p.exitcode for p in processes] == [0] * len(processes)


def new_engine(location: str) -> WorkshopEngine:
    store = open_store(location)
    workshop_id = new_workshop(
        store, "Race team", "executive", participants=[("Ana", "facilitator"), ("Ben", "sponsor")]
    )
    return fake_engine(store, workshop_id)


def test_dots_at_the_cut_off_never_break_the_limit(store_location: str) -> None:
    engine = new_engine(store_location)
    voter = engine.voting.participants()[0].id
    cards = [engine.boards.add_card(f"Candidate {n}") for n in range(4)]
    rounds = []
    for _ in range(20):
        round_id = engine.voting.open_round("objectives", cards, votes_per_person=3)
        rounds.append((round_id, [o.id for o in engine.voting.round(round_id).options]))
    barrier = CONTEXT.Barrier(2)
    results = CONTEXT.Queue()
    run_both(
        race_script.cast_dots,
        *[(store_location, engine.workshop_id, rounds, voter, 3, barrier, results)] * 2,
    )
    taken = [results.get(timeout=TIMEOUT), results.get(timeout=TIMEOUT)]

    for round_id, _options in rounds:
        stored = engine.voting.turns(round_id)[voter].dots
        assert stored == 3, f"round {round_id}: the voter has {stored} dots of 3"
        assert taken[0][round_id] + taken[1][round_id] == stored
    engine.store.close()


def test_concurrent_edits_lose_no_write(store_location: str) -> None:
    engine = new_engine(store_location)
    step = engine.agenda.steps()[0]
    barrier = CONTEXT.Barrier(2)
    run_both(
        race_script.add_time,
        *[(store_location, engine.workshop_id, step.id, 150, barrier)] * 2,
    )
    assert engine.agenda.step(step.id).added_seconds == 300
    engine.store.close()


def test_concurrent_adds_give_every_post_it_its_own_place(store_location: str) -> None:
    engine = new_engine(store_location)
    barrier = CONTEXT.Barrier(2)
    run_both(
        race_script.add_cards,
        (store_location, engine.workshop_id, "Left", 100, barrier),
        (store_location, engine.workshop_id, "Right", 100, barrier),
    )
    cards = engine.boards.cards()
    assert len(cards) == 200
    assert sorted(c.position for c in cards) == list(range(200))
    engine.store.close()
