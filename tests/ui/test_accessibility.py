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
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.pages.test_booth import CANDIDATES, name_button, open_page, open_vote, with_cards
from tests.ui.room_screens import a_days_work, every_page, settle
from tests.ui.test_theme import contrast
from ui.cycle.window import CycleWindow
from ui.dialogs import AddStepDialog, EndTimeDialog, ShortcutsSheet
from ui.export_dialog import ExportDialog
from ui.import_table_dialog import ImportTableDialog
from ui.main_window import MainWindow
from ui.theme import THEMES, apply_theme, colours
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
LEFT = Qt.MouseButton.LeftButton


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


# Not by colour alone


def grey_levels(image: QImage, area: QRect) -> set[int]:
    """The grey levels inside an area, in steps of 32, as a black-and-white projector shows."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    inner = area.adjusted(4, 4, -4, -4)
    return {
        grey.pixelColor(x, y).value() // 32
        for x in range(inner.left(), inner.right())
        for y in range(inner.top(), inner.bottom())
    }


@pytest.mark.parametrize("theme", THEMES)
def test_kept_and_not_now_differ_without_their_colours(
    qtbot: QtBot, store: Store, theme: str
) -> None:
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    context = with_cards(store)
    voting = context.engine.voting
    cards = [c.id for c in context.engine.boards.cards()]
    round_id = voting.open_round("objectives", cards, votes_per_person=3, max_per_option=3)
    options = [o.id for o in voting.round(round_id).options]
    for person, counts in zip(
        voting.participants()[:3], ([0, 0, 1], [1, 2, 2], [2, 3, 3]), strict=True
    ):
        for number in counts:
            voting.cast_vote(round_id, person.id, options[number])
    voting.close(round_id)
    voting.reveal(round_id)
    voting.set_cut_line(round_id, 2)
    page = open_page(qtbot, context)
    chart = page.results.chart
    qtbot.waitUntil(lambda: chart.model.rowCount() > 0)
    image = chart.grab().toImage()
    kept, not_now = chart.bar_rect(0, 2), chart.bar_rect(2, 2)
    assert len(grey_levels(image, kept)) == 1, "a kept bar is solid"
    assert len(grey_levels(image, not_now)) >= 2, "a bar below the line is striped"
    spoken = chart.accessibleDescription()
    assert spoken.count(", kept") == 2 and spoken.count(", not now") == len(CANDIDATES) - 2


def test_each_ballot_card_says_what_a_vote_there_does(qtbot: QtBot, store: Store) -> None:
    context = with_cards(store)
    page = open_page(qtbot, context)
    open_vote(qtbot, page, votes=3, most=2)
    qtbot.mouseClick(name_button(page, context.engine.voting.participants()[0].name), LEFT)
    view = page.voter_screen.view
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    card = view.currentIndex()
    assert card.data(Qt.ItemDataRole.AccessibleTextRole) == f"{CANDIDATES[0]}: 1 of your votes"
    assert card.data(Qt.ItemDataRole.AccessibleDescriptionRole) == (
        f"Vote for {CANDIDATES[0]}, 2 of 3 votes left"
    )


# Where the keyboard is


def focus_controls() -> list[QWidget]:
    """One control of each kind that takes the keyboard, named as the pages name them."""
    primary = QPushButton("Create")
    primary.setObjectName("primaryButton")
    swatch = QPushButton()
    swatch.setObjectName("swatch")
    swatch.setProperty("postit", "yellow")
    swatch.setCheckable(True)
    swatch.setChecked(True)
    swatch.setFixedSize(52, 52)
    room_list = QListView()
    room_list.setObjectName("roomList")
    tool = QToolButton()
    tool.setText("Sort")
    agenda = QTableView()
    agenda.setObjectName("agendaRail")
    return [
        QLineEdit(),
        QPlainTextEdit(),
        QComboBox(),
        QSpinBox(),
        QPushButton("Add"),
        primary,
        swatch,
        tool,
        QCheckBox("Secret"),
        QListView(),
        room_list,
        QTableView(),
        agenda,
    ]


def ring(image: QImage) -> Counter[str]:
    """The colours of the outer three pixels of a widget's picture, by how often they occur."""
    found: Counter[str] = Counter()
    w, h = image.width(), image.height()
    for x in range(w):
        for y in range(h):
            if min(x, y, w - 1 - x, h - 1 - y) < 3:
                found[image.pixelColor(x, y).name().upper()] += 1
    return found


@pytest.mark.parametrize("theme", THEMES)
def test_the_control_with_the_keyboard_has_a_frame_the_room_can_see(
    qtbot: QtBot, theme: str
) -> None:
    """Its frame changes colour, to one at AA contrast (3:1) with the page behind it."""
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    palette = colours(theme)
    page = QWidget()
    page.setObjectName("stepPage")
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    controls = focus_controls()
    for control in controls:
        layout.addWidget(control)
    page.show()
    qtbot.waitExposed(page)
    unseen = []
    for control in controls:
        before = ring(control.grab().toImage()).most_common(1)[0][0]
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        after = ring(control.grab().toImage()).most_common(1)[0][0]
        if after == before or contrast(after, palette["window"]) < 3:
            unseen.append(f"{type(control).__name__} {control.objectName()!r}: {before} → {after}")
    assert unseen == [], "\n".join(unseen)
