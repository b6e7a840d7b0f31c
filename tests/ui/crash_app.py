"""The app in a process of its own, left mid-vote and mid-step until it is killed.

The child of ``test_crash_app``: it opens the real main window on a file, runs the
timer of the objective vote for two minutes of fake time, lets one voter vote and
hand over, lets a second place one dot and not hand over, writes the timer, prints
``ready`` and waits in the event loop for its SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitation.workshops import new_workshop
from tests.clocks import FakeClock
from tests.ui.windows import window_on_fake_clocks
from ui.pages.booth import BoothPage
from ui.preferences import Preferences
from workshop.store import open_store

VOTERS = [("Ana", "facilitator"), ("Bo", "sponsor"), ("Cy", "okr_lead")]
CARDS = ["Customers notice the difference", "Releases are boring", "On-call is quiet"]
SECONDS_BEFORE_THE_LAST_WRITE = 120


def main(path: str, settings: str) -> None:
    app = QApplication(sys.argv[:1])
    store = open_store(path)
    workshop_id = new_workshop(store, "Crash room", "executive", participants=VOTERS)
    clock = FakeClock()
    window = window_on_fake_clocks(store, Preferences(Path(settings)), clock)
    window.show()
    while not window.ready:
        app.processEvents()
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    for text in CARDS:
        cockpit.engine.boards.add_card(text)
    vote_step = next(s for s in cockpit.engine.agenda.steps() if s.kind == "objective_vote")
    cockpit.go_to(vote_step.id)
    cockpit.toggle_timer()
    booth = cockpit.page_area.widget()
    assert isinstance(booth, BoothPage)
    booth.setup.open_button.click()
    ana, bo, _cy = (p.id for p in booth.people)
    assert booth.round is not None
    first, second, _third = (o.id for o in booth.round.options)
    booth.next_voter.buttons[ana].click()
    booth.cast(first)
    booth.cast(second)
    booth.voter_screen.done.click()
    booth.next_voter.buttons[bo].click()
    booth.cast(second)
    clock.advance(SECONDS_BEFORE_THE_LAST_WRITE)
    cockpit.watch.checkpoint()
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
