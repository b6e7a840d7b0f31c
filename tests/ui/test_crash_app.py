"""The real app killed with SIGKILL mid-vote and mid-step comes back as the room left it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitation.timer import format_clock
from tests.clocks import FakeClock
from tests.ui.crash_app import SECONDS_BEFORE_THE_LAST_WRITE
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from workshop import commands
from workshop.store import Store, open_store

ROOT = Path(__file__).parents[2]
SECONDS_AWAY = 40
"""From the app's last write of the timer to its restart: short enough to count unasked."""


def kill_mid_vote(path: Path, settings: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.crash_app", str(path), str(settings)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL


def reopened_after_the_kill(
    make_window: Callable[[Store], MainWindow], tmp_path: Path, clock: FakeClock, away: float
) -> tuple[Store, MainWindow, Cockpit]:
    """The app killed mid-vote, gone for ``away`` seconds, then its file and workshop opened
    again in a new window."""
    path = tmp_path / "room.sqlite"
    kill_mid_vote(path, tmp_path / "child-settings.ini")

    clock.advance(SECONDS_BEFORE_THE_LAST_WRITE + away)
    store = open_store(path)
    window = make_window(store)
    (summary,) = commands.list_workshops(store)
    cockpit = window.open_workshop(summary.id)
    assert cockpit is not None
    return store, window, cockpit


@pytest.mark.slow
def test_a_killed_app_comes_back_with_the_booth_and_the_timer_as_they_were(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    store, window, cockpit = reopened_after_the_kill(make_window, tmp_path, clock, SECONDS_AWAY)

    agenda = cockpit.engine.agenda
    step = agenda.current_step()
    assert step is not None and step.kind == "objective_vote"
    assert agenda.running, "the timer was running when the app was killed"
    assert not cockpit.resume_offer.isVisible()
    used = SECONDS_BEFORE_THE_LAST_WRITE + SECONDS_AWAY
    assert agenda.used() == pytest.approx(used)
    assert cockpit.timer_bar.clock.text() == format_clock(step.allowed_seconds - used)

    booth = cockpit.page_area.widget()
    assert isinstance(booth, BoothPage)
    assert booth.screens.currentWidget() is booth.next_voter
    assert booth.next_voter.progress.text() == (
        "1 of 3 have voted · 1 not finished, their dots kept: pick the name to go on"
    )
    buttons = {p.name: booth.next_voter.buttons[p.id] for p in booth.people}
    assert buttons["Ana"].text() == "✓ Ana"
    assert buttons["Bo"].text() == "Bo\nnot finished"
    assert buttons["Bo"].accessibleName() == "Bo, has not finished, 1 dot kept"
    assert buttons["Cy"].text() == "Cy"

    qtbot.mouseClick(buttons["Bo"], Qt.MouseButton.LeftButton)
    assert booth.voter_screen.who.text() == "Bo is voting"
    assert booth.voter_screen.left.text() == "Votes left: 2 of 3"
    qtbot.mouseClick(booth.voter_screen.done, Qt.MouseButton.LeftButton)
    assert booth.next_voter.progress.text() == "2 of 3 have voted"
    window.close()
    store.close()


@pytest.mark.slow
def test_after_a_long_stop_the_room_is_asked_before_the_time_away_counts(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    store, window, cockpit = reopened_after_the_kill(make_window, tmp_path, clock, 25 * 60)
    offer = cockpit.resume_offer
    assert offer.isVisible()
    assert "was running when the app stopped, 25 min ago" in offer.message.text()
    assert not cockpit.engine.agenda.running
    assert cockpit.engine.agenda.used() == pytest.approx(SECONDS_BEFORE_THE_LAST_WRITE)

    assert offer.count.text() == "Count the 25 min and carry on"
    qtbot.mouseClick(offer.count, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    assert cockpit.engine.agenda.running
    assert cockpit.engine.agenda.used() == pytest.approx(SECONDS_BEFORE_THE_LAST_WRITE + 25 * 60)
    window.close()
    store.close()
