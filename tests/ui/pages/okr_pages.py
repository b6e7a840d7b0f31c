"""Showing an OKR page in a test, and moving the keyboard focus as a person would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

PageT = TypeVar("PageT", bound=QWidget)


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


def show_made(
    qtbot: QtBot, page: QWidget | None, kind: type[PageT], width: int = 1700, height: int = 1000
) -> PageT:
    """A page its module just made, checked to be of the kind asked for, shown by `show_page`."""
    assert isinstance(page, kind)
    show_page(qtbot, page, width, height)
    return page


class ListPage(Protocol):
    """A page that lists its items in one view (drafting, measures, quality)."""

    @property
    def list(self) -> QAbstractItemView: ...

    @property
    def model(self) -> QAbstractItemModel: ...


def rows(page: ListPage) -> list[str]:
    """The list's rows as the room reads them."""
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def click_row(qtbot: QtBot, page: ListPage, row: int) -> None:
    """Click the row in the page's list, scrolled into view first."""
    page.list.scrollTo(page.model.index(row, 0))
    rect = page.list.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


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


def settle_layout(widget: QWidget, most_passes: int = 20) -> None:
    """Handle events until no part of ``widget`` moves or changes size any more.

    A part that grows (a list of findings that wraps to its final width) asks its
    parents for room, and they lay out again on the next pass: one pass is not enough.
    """
    before: list[QRect] = []
    for _ in range(most_passes):
        QApplication.processEvents()
        now = [part.geometry() for part in widget.findChildren(QWidget)]
        if now == before:
            return
        before = now


def save_picture(
    page: QWidget,
    path: Path,
    width: int = 1920,
    height: int = 1080,
    pose: Callable[[QWidget], None] | None = None,
) -> Path:
    """Picture the page on a screen of this size, once posed as a person left it; then let it
    go now, as the cockpit lets a page go, not when Python collects it."""
    area = on_screen(page, width, height)
    settle_layout(area)
    if pose is not None:
        pose(page)
    settle_layout(area)
    area.grab().save(str(path))
    getattr(page, "leave_history", lambda: None)()
    area.close()
    area.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return path
