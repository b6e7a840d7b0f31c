"""A finished workshop's cycle window, on a fake day in week 3 of its cycle."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.clocks import FakeClock
from tests.cycle_workshop import finished_workshop
from ui.cycle.window import CycleWindow
from workshop.store import Store

WEEK_THREE = dt.datetime(2027, 1, 20, 10, 0)


@pytest.fixture
def cycle_window(qtbot: QtBot, store: Store, clock: FakeClock) -> CycleWindow:
    workshop_id, _ = finished_workshop(store)
    window = CycleWindow(store, workshop_id, clock=clock, wall=lambda: WEEK_THREE)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def type_here(qtbot: QtBot, text: str, then: str = "Tab") -> None:
    """Type into whatever has the keyboard, then press Tab (or Return)."""
    from PySide6.QtCore import Qt

    widget = focused()
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab if then == "Tab" else Qt.Key.Key_Return)
