"""Fake clocks, private settings and an open window for the cockpit's tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall
from tests.ui.windows import window_on_fake_clocks
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.theme import apply_theme
from workshop.store import Store

PEOPLE = [
    ("Amara", "facilitator"),
    ("Bruno", "sponsor"),
    ("Chiara", "okr_lead"),
]


TimePasses = Callable[[float], None]
"""Moves the test's clock on by so many seconds, and the open cockpit's timer with it."""


class Beeper:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def beeper() -> Beeper:
    return Beeper()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "settings.ini")


@pytest.fixture
def workshop_id(store: Store) -> int:
    return new_workshop(store, "Platform team", "executive", participants=PEOPLE)


@pytest.fixture(autouse=True)
def light_theme(qapp: QApplication) -> Iterator[None]:
    """Every test starts in the light theme.

    The stylesheet is never cleared: clearing it while closed windows wait for
    deletion makes Qt crash in a later test.
    """
    apply_theme(qapp, "light")
    yield


@pytest.fixture
def make_window(
    qtbot: QtBot,
    clock: FakeClock,
    wall: FakeWall,
    beeper: Beeper,
    preferences: Preferences,
) -> Callable[[Store], MainWindow]:
    """Open the main window on a store, past its first paint."""

    def make(store: Store) -> MainWindow:
        window = window_on_fake_clocks(store, preferences, clock, wall, beeper)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.ready)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[Store], MainWindow], store: Store) -> MainWindow:
    return make_window(store)


@pytest.fixture
def cockpit(window: MainWindow, workshop_id: int) -> Cockpit:
    opened = window.open_workshop(workshop_id)
    assert opened is not None
    return opened


@pytest.fixture
def time_passes(cockpit: Cockpit, clock: FakeClock) -> TimePasses:
    """Move the test's clock on by some seconds and let the open cockpit's timer read it."""

    def passes(seconds: float) -> None:
        clock.advance(seconds)
        cockpit.watch.refresh()

    return passes
