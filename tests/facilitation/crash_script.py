"""A scripted workshop that runs until it is killed: the child of the crash suite.

Each line it prints is an action that has returned, so it must be in the file:
``card N`` (card N was added), ``edit N`` (card N was reworded), ``used S`` (the
timer's time used was written as S seconds). Started again on the same file, it
resumes where the file says it was.
"""

from __future__ import annotations

import sys

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
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
    engine = WorkshopEngine(store, workshop_id)
    engine.agenda.start()
    number = len(engine.boards.cards())
    while True:
        number += 1
        card = engine.boards.add_card(f"Card {number}")
        print(f"card {number}", flush=True)
        engine.boards.edit_card(card, f"Card {number} reworded")
        print(f"edit {number}", flush=True)
        written = engine.agenda.checkpoint()
        print(f"used {written!r}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
