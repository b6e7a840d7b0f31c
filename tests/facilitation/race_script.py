"""What each of the race suite's two processes does, on the same store at the same moment.

Each function opens its own store (a file path or a PostgreSQL URL), waits at the
barrier for the other process, then runs its actions as fast as it can, putting
what it saw returned on the queue.
"""

from __future__ import annotations

from typing import Any

from facilitation.rules import RuleError
from tests.clocks import fake_engine
from workshop.store import open_store


def cast_dots(
    location: str,
    workshop_id: int,
    rounds: list[tuple[int, list[int]]],
    voter_id: int,
    attempts: int,
    barrier: Any,
    results: Any,
) -> None:
    """In each round, place dots for one voter until refused; report how many were taken."""
    store = open_store(location)
    engine = fake_engine(store, workshop_id)
    taken: dict[int, int] = {}
    for round_id, options in rounds:
        barrier.wait()
        taken[round_id] = 0
        for attempt in range(attempts):
            try:
                engine.voting.cast_vote(round_id, voter_id, options[attempt % len(options)])
            except RuleError:
                break
            taken[round_id] += 1
    store.close()
    results.put(taken)


def add_time(location: str, workshop_id: int, step_id: int, times: int, barrier: Any) -> None:
    """Give one step a second more, many times over."""
    store = open_store(location)
    engine = fake_engine(store, workshop_id)
    barrier.wait()
    for _ in range(times):
        engine.agenda.add_time(step_id, 1)
    store.close()


def add_cards(location: str, workshop_id: int, label: str, times: int, barrier: Any) -> None:
    """Put up many post-its."""
    store = open_store(location)
    engine = fake_engine(store, workshop_id)
    barrier.wait()
    for number in range(times):
        engine.boards.add_card(f"{label} {number}")
    store.close()
