"""A facilitator at the keyboard: what the whole-workshop tests do with the real widgets.

Every action here is a key press or a mouse click on a widget the room sees; the
engine behind the cockpit is never called to make something happen.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.clocks import FakeClock
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.pages.booth.models import MINE_ROLE
from ui.start_screen import StartScreen

PageT = TypeVar("PageT", bound=QWidget)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class AtTheWindow:
    """One main window: what its screen shows, and a key pressed wherever the keyboard is."""

    def __init__(self, qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
        self.qtbot = qtbot
        self.window = window
        self.clock = clock

    @property
    def cockpit(self) -> Cockpit:
        cockpit = self.window.cockpit
        assert cockpit is not None, "no workshop is open"
        return cockpit

    def page(self, kind: type[PageT]) -> PageT:
        """The current step's page, which must be of this kind."""
        shown = self.cockpit.page_area.widget()
        assert isinstance(shown, kind), f"the page shown is {type(shown).__name__}"
        return shown

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key pressed wherever the keyboard is."""
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None
        self.qtbot.keyClick(target, key, modifier)

    def next_step_from_the_agenda(self) -> None:
        """Ctrl+L puts the keyboard in the agenda, Ctrl+Right goes on to the next step."""
        self.press(Qt.Key.Key_L, CTRL)
        assert self.cockpit.rail.hasFocus()
        self.press(Qt.Key.Key_Right, CTRL)


class Facilitator(AtTheWindow):
    """Drives one main window with the keyboard and the mouse."""

    # Where things are

    @property
    def start_screen(self) -> StartScreen:
        screen = self.window.start_screen
        assert screen is not None
        return screen

    def step_title(self) -> str:
        """The current step's title, as the timer bar shows it."""
        return self.cockpit.timer_bar.step_line.text().rpartition(" · ")[2]

    def timer_button(self, name: str) -> QAbstractButton:
        return next(b for b in self.cockpit.timer_bar.buttons if b.accessibleName() == name)

    # Hands on the keyboard and the mouse

    def focus(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        self.qtbot.waitUntil(widget.hasFocus)

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{widget.accessibleName() or widget} is not on screen"
        assert widget.isEnabled(), f"{widget.accessibleName() or widget} is disabled"
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def type(
        self, widget: QWidget, text: str, *, enter: bool = False, replace: bool = False
    ) -> None:
        """Put the keyboard in a field, type (over what is there when ``replace``), Return."""
        self.focus(widget)
        if replace:
            self.qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
        self.qtbot.keyClicks(widget, text)
        if enter:
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def type_number(self, spin: QAbstractSpinBox, value: int) -> None:
        """Replace a spin box's number by typing it, then Return."""
        self.focus(spin)
        self.qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        self.qtbot.keyClicks(spin, str(value))
        self.qtbot.keyClick(spin, Qt.Key.Key_Return)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick an item of a closed drop-down with the arrow keys, as a keyboard user does."""
        self.focus(combo)
        self.qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText() == text:
                return
            self.qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == text, f"{text!r} is not in {combo.accessibleName()}"

    def pick(self, combo: QComboBox, name: str) -> None:
        """Pick a person from a drop-down by typing the first letter of their name."""
        self.focus(combo)
        self.qtbot.keyClicks(combo, name[0])
        assert combo.currentText() == name

    def click_row(self, view: QAbstractItemView, row: int) -> None:
        """Scroll a list to a row and click it."""
        index = view.model().index(row, 0)
        view.scrollTo(index)
        centre = view.visualRect(index).center()
        self.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    def leave(self, field: QLineEdit | QPlainTextEdit) -> None:
        """Tab out of a field, which saves what was typed."""
        self.focus(field)
        self.qtbot.keyClick(field, Qt.Key.Key_Tab)
        self.qtbot.waitUntil(lambda: not field.hasFocus())

    # The agenda

    def start_timer(self) -> None:
        self.click(self.timer_button("Start"))
        assert self.cockpit.start_action.text() == "Pause"

    def next_step(self, minutes_spent: int, *, with_keys: bool = True) -> None:
        """Spend this long on the step, then go on: Ctrl+L, Ctrl+Right, or the button.

        The timer bar must show the time left after those minutes. The button says
        "Finish" on the last step.
        """
        current = next(step for step in self.cockpit.model.steps() if step.current)
        self.clock.advance(minutes_spent * 60)
        self.cockpit.watch.refresh()
        left = current.allowed_seconds - minutes_spent * 60
        assert self.cockpit.timer_bar.clock.text() == f"{left // 60}:{left % 60:02d}"
        before = self.step_title()
        if with_keys:
            self.next_step_from_the_agenda()
        else:
            self.click(self.timer_button(self.cockpit.next_action.text()))
        assert self.step_title() != before or "agenda complete" in (
            self.cockpit.timer_bar.step_line.text()
        )


def rows(view: QListView) -> list[str]:
    """The text of every row of a list, as the room reads it."""
    model = view.model()
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def my_dots(booth: BoothPage) -> dict[str, int]:
    """The dots the voter at the booth has placed so far, by post-it, as their screen shows."""
    model = booth.voter_screen.model
    dots = {}
    for row in range(model.rowCount()):
        count = model.index(row).data(MINE_ROLE)
        if count:
            dots[model.index(row).data()] = count
    return dots
