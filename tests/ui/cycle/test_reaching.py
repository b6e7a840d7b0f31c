"""The check-ins are reached from the start screen and the Workshop menu, and the next
cycle they start opens in the cockpit at its Score step, already filled."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from tests.clocks import fake_engine
from tests.cycle_workshop import finished_workshop
from ui.cycle.window import CycleWindow
from ui.main_window import MainWindow
from ui.pages.scoring import ScoringPage
from workshop.store import Store


def test_the_start_screen_opens_the_check_ins_of_the_selected_workshop(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    workshop_id, _ = finished_workshop(store)
    window = make_window(store)
    assert window.start_screen is not None
    button = window.start_screen.cycle_button
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    cycle = window.cycle_windows[workshop_id]
    assert isinstance(cycle, CycleWindow) and cycle.isVisible()
    assert cycle.windowTitle() == "Check-ins and review — Platform team · Q1 2027"
    assert [row.number.text() for row in cycle.week.rows][-1] == "3.4"  # type: ignore[attr-defined]


def test_the_workshop_menu_opens_the_check_ins_of_the_open_workshop(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    workshop_id, _ = finished_workshop(store)
    window = make_window(store)
    window.open_workshop(workshop_id)
    assert window.cycle_action.shortcut().toString() == "Ctrl+Shift+K"
    window.cycle_action.trigger()
    assert window.cycle_windows[workshop_id].isVisible()


def test_the_next_cycle_opens_at_its_score_step_filled_in(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    workshop_id, _ = finished_workshop(store)
    engine = fake_engine(store, workshop_id)
    first = engine.cycle.key_result("1.1")
    engine.cycle.check_in(first.id, 12, 0.7, "62%")
    engine.cycle.add_review_item("continue", "Pairing on the pipeline")
    window = make_window(store)
    cycle = window.open_cycle(workshop_id)
    assert cycle is not None
    qtbot.keyClick(cycle.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Q2 2027", True))
    qtbot.mouseClick(cycle.review.next_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    cockpit = window.cockpit
    assert cockpit is not None and cockpit.workshop_id != workshop_id
    assert window.windowTitle().startswith("Platform team · Q2 2027")
    step = cockpit.current()
    assert step is not None and step.kind == "score_last_cycle"
    page = cockpit.page_area.widget()
    assert isinstance(page, ScoringPage)
    box = page.boxes[0]
    assert box.rows[0].text.text() == "Internal tool adoption from 30% to 70%"
    assert box.rows[0].bar.score == 0.8
    assert box.rows[0].chip.text() == "Delivered"
