"""A scripted workshop that runs until it is killed: the child of the crash suite.

Each line it prints is an action that has returned, so it must be in the file:
``card N`` (card N was added), ``edit N`` (card N was reworded), ``used S`` (the
timer's time used was written as S seconds; its fake clock moves a second a card).
Started again on the same file, it resumes where the file says it was.
"""

from __future__ import annotations

import sys

from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, fake_engine
from workshop import commands
from workshop.store import open_store


def main(path: str) -> None:
    store = open_store(path)
    existing = commands.list_workshops(store)
    if existing:
        workshop_id = existing[0].id
    else:
        workshop_id = new_workshop(
            store, "Crash test", "executive", participants=[("Ana", "facilitator")]
        )
    clock = FakeClock()
    engine = fake_engine(store, workshop_id, clock)
    engine.agenda.start()
    number = len(engine.boards.cards())
    while True:
        number += 1
        clock.advance(1)
        card = engine.boards.add_card(f"Card {number}")
        print(f"card {number}", flush=True)
        engine.boards.edit_card(card, f"Card {number} reworded")
        print(f"edit {number}", flush=True)
        written = engine.agenda.checkpoint()
        print(f"used {written!r}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
