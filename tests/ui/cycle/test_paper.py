"""Typing a filled paper sheet back into the grid of key results by weeks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.clocks import fake_engine
from tests.ui.cycle.conftest import focused
from ui.cycle.paper import PaperPage
from ui.cycle.window import CycleWindow

# A filled confidence-scoring sheet: a row per KR as printed (1.1 to 3.4), a digit per week;
# a line here for each objective's four key results.
SHEET = [
    *["1774", "7744", "1117", "7400"],
    *["1177", "7777", "4771", "1111"],
    *["7747", "0447", "7777", "1740"],
]
LEVELS = {"1": 1.0, "7": 0.7, "4": 0.4, "0": 0.0}


def open_grid(qtbot: QtBot, window: CycleWindow) -> PaperPage:
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    page = window.paper
    assert isinstance(page, PaperPage)
    assert window.tabs.currentWidget() is page
    return page


def test_the_grid_lists_the_krs_as_the_sheet_prints_them(
    qtbot: QtBot, cycle_window: CycleWindow
) -> None:
    page = open_grid(qtbot, cycle_window)
    model = page.model
    numbers = [model.headerData(row, Qt.Orientation.Vertical, 0) for row in range(12)]
    assert numbers == [f"{o}.{k}" for o in (1, 2, 3) for k in (1, 2, 3, 4)]
    assert model.headerData(1, Qt.Orientation.Horizontal, 0) == "W1"
    assert model.data(model.index(4, 0)) == "Days to first merged change from 15 to 3"


def test_a_paper_sheet_is_typed_down_each_week(qtbot: QtBot, cycle_window: CycleWindow) -> None:
    page = open_grid(qtbot, cycle_window)
    assert page.view.currentIndex().row() == 0 and page.view.currentIndex().column() == 1
    for week in range(4):
        for row in range(12):
            current = page.view.currentIndex()
            assert (current.row(), current.column()) == (row, week + 1)
            qtbot.keyClicks(page.view, SHEET[row][week])
            qtbot.keyClick(focused(), Qt.Key.Key_Return)
            qtbot.waitUntil(lambda was=current: page.view.currentIndex() != was)
    krs = [
        kr
        for o in fake_engine(page.context.store, page.context.workshop_id).cycle.objectives()
        for kr in o.key_results
    ]
    typed = [[kr.checkins[week].confidence for week in range(1, 5)] for kr in krs]
    assert typed == [[LEVELS[cell] for cell in row] for row in SHEET]
    assert page.model.data(page.model.index(3, 3)) == "0"
    assert page.model.data(page.model.index(0, 2)) == "0.7"


def test_a_wrong_cell_is_refused_and_delete_clears_one(
    qtbot: QtBot, cycle_window: CycleWindow
) -> None:
    page = open_grid(qtbot, cycle_window)
    qtbot.keyClicks(page.view, "5")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(page.banner.isVisible)
    assert "KR 1.1, week 1: '5' is not a confidence" in page.banner.text()
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(page.view, "7")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "0.7")
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.data(page.model.index(0, 1)) == ""
    cycle_window.undo_action.trigger()
    assert page.model.data(page.model.index(0, 1)) == "0.7"


def test_the_actuals_of_the_weekly_sheet_are_typed_too(
    qtbot: QtBot, cycle_window: CycleWindow
) -> None:
    page = open_grid(qtbot, cycle_window)
    qtbot.mouseClick(page.field_buttons["actual"], Qt.MouseButton.LeftButton)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(page.view, "3")  # the first key opens the cell
    qtbot.keyClicks(focused(), "3%")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 1)) == "33%")
    kr = fake_engine(page.context.store, page.context.workshop_id).cycle.key_result("1.1")
    assert (kr.checkins[1].actual, kr.checkins[1].confidence) == ("33%", None)
