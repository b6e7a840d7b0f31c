"""Showing an OKR page in a test, and moving the keyboard focus as a person would."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget
from pytestqt.qtbot import QtBot


def show_page(qtbot: QtBot, page: QWidget, width: int = 1700, height: int = 1000) -> None:
    """Show the page in an active window; when the test ends it stops following the history.

    The undo stack outlives the page in a test, as it does in the app: the page must not
    be called once it is closed.
    """
    qtbot.addWidget(
        page, before_close_func=lambda shown: getattr(shown, "leave_history", lambda: None)()
    )
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def on_screen(page: QWidget, width: int = 1920, height: int = 1080) -> QScrollArea:
    """The page in a scrolling area of a screen's size, as the cockpit shows it, on screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    area.resize(width, height)
    area.show()
    return area
