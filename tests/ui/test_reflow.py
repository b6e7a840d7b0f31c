"""The layouts every page is built with: columns that wrap, lists that show every row."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.reflow import (
    FittedStack,
    OneLineLabel,
    any_width_drop_down,
    columns,
    show_every_row,
)


def shown(qtbot: QtBot, widget: QWidget, width: int, height: int = 600) -> None:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()


def words(text: str) -> QLabel:
    made = QLabel(text)
    made.setWordWrap(True)
    return made


def test_columns_sit_side_by_side_while_each_gets_its_least_width(qtbot: QtBot) -> None:
    parts = [words("The list"), words("The editor"), words("The questions")]
    holder = QWidget()
    holder.setLayout(columns((parts[0], 0, 300), (parts[1], 1, 400), (parts[2], 0, 300)))
    shown(qtbot, holder, 1200)
    assert len({p.y() for p in parts}) == 1
    assert parts[0].x() < parts[1].x() < parts[2].x()
    assert parts[2].geometry().right() < 1200
    assert parts[1].width() > 400, "the editor takes the spare width"


def test_a_column_that_does_not_fit_wraps_below_and_nothing_is_cut(qtbot: QtBot) -> None:
    parts = [words("The list"), words("The editor"), words("The questions")]
    holder = QWidget()
    holder.setLayout(columns((parts[0], 0, 300), (parts[1], 1, 400), (parts[2], 0, 300)))
    shown(qtbot, holder, 800)
    assert parts[0].y() == parts[1].y() < parts[2].y()
    assert parts[2].x() == 0
    shown(qtbot, holder, 500)
    assert parts[0].y() < parts[1].y() < parts[2].y()
    assert all(p.geometry().right() < 500 for p in parts)
    assert holder.minimumSizeHint().width() == 400


def test_wrapped_columns_ask_for_the_height_they_need(qtbot: QtBot) -> None:
    long = words("A note long enough to wrap onto several lines when the column is narrow. " * 3)
    other = words("Beside it")
    layout = columns((long, 1, 300), (other, 1, 300))
    holder = QWidget()
    holder.setLayout(layout)
    shown(qtbot, holder, 1200)
    assert layout.heightForWidth(1200) > 0
    assert layout.heightForWidth(500) > layout.heightForWidth(1200)


def test_a_list_shows_every_row_and_never_scrolls(qtbot: QtBot) -> None:
    page = QWidget()
    view = QListView()
    view.setModel(QStringListModel([f"Row {n}" for n in range(30)]))
    show_every_row(view)
    QVBoxLayout(page).addWidget(view)
    shown(qtbot, page, 600, 300)
    last = view.visualRect(view.model().index(29, 0))
    assert view.viewport().rect().contains(last)
    assert view.verticalScrollBar().maximum() == 0
    model = view.model()
    assert isinstance(model, QStringListModel)
    model.setStringList(["Only one"])
    QApplication.processEvents()
    assert view.height() < last.height() * 3


def test_a_stack_is_as_large_as_the_page_on_show(qtbot: QtBot) -> None:
    stack = FittedStack()
    small = words("Small")
    wide = QLabel("A very wide one-line label " * 8)
    stack.addWidget(small)
    stack.addWidget(wide)
    stack.setCurrentWidget(small)
    assert stack.minimumSizeHint().width() < 200
    stack.setCurrentWidget(wide)
    assert stack.minimumSizeHint().width() > 1000


def test_a_drop_down_of_long_choices_stays_narrow(qtbot: QtBot) -> None:
    choice = "A retro note that was written by someone with a lot to say " * 3
    plain, narrow = QComboBox(), QComboBox()
    any_width_drop_down(narrow)
    for combo in (plain, narrow):
        combo.addItem(choice)
    assert plain.minimumSizeHint().width() > 1000
    assert narrow.minimumSizeHint().width() < 400


def test_a_one_line_label_keeps_its_whole_text_and_its_height(qtbot: QtBot) -> None:
    short = OneLineLabel()
    short.setText("Step 1 of 14 · Score last cycle")
    long = OneLineLabel()
    long.setText("Step 3 of 14 · What would success look like? Objectives on post-its " * 3)
    shown(qtbot, long, 200, 40)
    assert long.text().startswith("Step 3 of 14") and long.text().endswith("post-its ")
    assert long.toolTip() == long.text()
    assert long.sizeHint().height() == short.sizeHint().height()
    assert long.minimumSizeHint().width() < 200
