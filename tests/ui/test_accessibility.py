"""What a screen reader hears: every control of the window has a name.

The walk opens every page of both agendas (each tab, each screen of the voting
booth), the start screen, the presenter view, the dialogs and the check-in window,
and asks Qt's accessibility layer for the name of every control on screen: what a
screen reader says when the keyboard lands there. A button's own words count, and
so does the label a field is the buddy of; a placeholder, which disappears once
something is typed, does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.room_screens import a_days_work, every_page, settle
from ui.cycle.window import CycleWindow
from ui.dialogs import AddStepDialog, EndTimeDialog, ShortcutsSheet
from ui.export_dialog import ExportDialog
from ui.import_table_dialog import ImportTableDialog
from ui.main_window import MainWindow
from workshop.store import Store

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)
"""The kinds of widget a person works with; any other widget that takes the keyboard
(a painted card, a vote dot) is a control too."""


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader reads for the widget."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def is_control(widget: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QTabBar, QHeaderView)):
        return False  # these say where they are; their tabs and columns carry their titles
    if isinstance(widget, QScrollArea):
        return False  # a frame that scrolls what is in it
    parent = widget.parentWidget()
    if isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.objectName().startswith("qt_"):
        return False  # the typing line of a spin box, a table's corner: parts of a control
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return False  # the view it belongs to carries the name
    takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return isinstance(widget, CONTROLS) or takes_tab


def unnamed(root: QWidget) -> list[str]:
    """Every control on screen under ``root`` that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not is_control(widget) or spoken_name(widget):
            continue
        parent = widget.parentWidget()
        where = type(parent).__name__ if parent is not None else "window"
        found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found


def test_a_control_without_a_name_is_found(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    named = QLineEdit(page)
    named.setAccessibleName("Team")
    hinted = QLineEdit(page)
    hinted.setObjectName("hinted")
    hinted.setPlaceholderText("Your team's name")
    page.show()
    assert unnamed(page) == ["QLineEdit 'hinted' in QWidget"]


@pytest.mark.parametrize("template", ["executive", "team"])
def test_every_control_of_every_page_has_a_name(
    make_window: Callable[[Store], MainWindow], store: Store, template: str
) -> None:
    workshop_id = a_days_work(store, template).workshop_id
    window = make_window(store)
    window.resize(1600, 900)
    problems = [f"start screen: {p}" for p in unnamed(window)]
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    for page in every_page(cockpit):
        problems += [f"{page}: {p}" for p in unnamed(window)]
    cockpit.presenter_action.trigger()
    assert cockpit.presenter is not None
    settle()
    problems += [f"presenter: {p}" for p in unnamed(cockpit.presenter)]
    assert problems == [], "\n".join(problems)


def test_every_control_of_the_dialogs_and_the_check_in_window_has_a_name(
    make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    example = a_days_work(store, "executive")
    window = make_window(store)
    table = tmp_path / "ideas.csv"
    table.write_text("Text,Author\nShip on Fridays without fear,Amara\n", encoding="utf-8")
    dialogs: list[QWidget] = [
        AddStepDialog("Coffee break", window),
        EndTimeDialog(dt.datetime(2026, 11, 23, 17, 0), True, window),
        ExportDialog(store, example.workshop_id, window),
        ImportTableDialog(example.engine, table, lambda command: True, "postits", window),
    ]
    cockpit = window.open_workshop(example.workshop_id)
    assert cockpit is not None
    dialogs.append(ShortcutsSheet(window.menu_groups(), window))
    cycle = window.open_cycle(example.workshop_id)
    assert isinstance(cycle, CycleWindow)
    problems = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in unnamed(dialog)]
        dialog.close()
    for tab in range(cycle.tabs.count()):
        cycle.tabs.setCurrentIndex(tab)
        settle()
        problems += [f"check-ins › {cycle.tabs.tabText(tab)}: {p}" for p in unnamed(cycle)]
    assert problems == [], "\n".join(problems)
