"""A workshop opened at start-up: its frame first, from a glance, then its cockpit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall, fake_engine
from tests.fresh_process import run_fresh
from ui.agenda_model import TITLE
from ui.cli import build_parser
from ui.main_window import MainWindow
from ui.preferences import Preferences
from workshop.store import Store


@pytest.fixture
def open_at_start(
    qtbot: QtBot, store_path: Path, preferences: Preferences, clock: FakeClock, wall: FakeWall
) -> Callable[[int], MainWindow]:
    """Start the app on the store's file with ``--workshop ID``, as the command does."""

    def open_workshop(workshop_id: int) -> MainWindow:
        window = MainWindow(
            location=store_path,
            workshop_id=workshop_id,
            clock=clock,
            wall=wall,
            preferences=preferences,
        )
        qtbot.addWidget(window)
        window.show()
        return window

    return open_workshop


def test_the_frame_shows_the_agenda_then_the_cockpit_takes_over(
    qtbot: QtBot, store: Store, open_at_start: Callable[[int], MainWindow]
) -> None:
    workshop_id = new_workshop(store, "Platform team", "executive", cycle_label="Q1 2027")
    steps = fake_engine(store, workshop_id).agenda.steps()
    window = open_at_start(workshop_id)

    qtbot.waitUntil(lambda: window.opening_frame is not None or window.cockpit is not None)
    frame = window.opening_frame
    assert frame is not None, "the frame comes before the cockpit"
    shown = [frame.model.index(row, TITLE).data() for row in range(frame.model.rowCount())]
    assert len(shown) == len(steps) and steps[0].title in shown[0]
    assert frame.timer_bar.clock.text() == "20:00"
    assert frame.waiting.text() == f"Opening “{steps[0].title}”…"
    assert window.windowTitle().startswith("Platform team · Q1 2027")
    assert not any(action.isEnabled() for action in frame.all_actions())

    qtbot.waitUntil(lambda: window.cockpit is not None and window.opening_frame is None)
    cockpit = window.cockpit
    assert cockpit is not None and cockpit.workshop_id == workshop_id
    assert window.pages.currentWidget() is cockpit
    assert cockpit.start_action.isEnabled()
    assert cockpit.page_area.widget().isVisible()
    assert window.ready, "the start screen is there behind the cockpit"


def test_a_workshop_that_is_not_in_the_file_leaves_the_start_screen_saying_so(
    qtbot: QtBot, store: Store, open_at_start: Callable[[int], MainWindow]
) -> None:
    new_workshop(store, "Platform team", "executive")
    window = open_at_start(99)

    qtbot.waitUntil(lambda: window.ready)
    assert window.opening_frame is None and window.cockpit is None
    assert window.start_screen is not None
    assert window.pages.currentWidget() is window.start_screen
    assert window.start_screen.problem.text()


def test_the_command_opens_a_workshop_by_its_id() -> None:
    assert build_parser().parse_args(["--workshop", "3"]).workshop == 3
    assert build_parser().parse_args([]).workshop is None


def test_the_frame_loads_no_database_layer() -> None:
    _, loaded = run_fresh("import ui.main_window, ui.cockpit.opening, ui.app")
    assert "sqlalchemy" not in loaded and "alembic" not in loaded
    assert "reportlab" not in loaded
