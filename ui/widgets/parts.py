"""Small parts every screen shares: labels, buttons and typing lines in the room's
type, post-it and verdict colours, lists that let the page show through, where an
item's menu opens, taking a widget off the screen.

The page itself, its frame and its way to act are ``ui.pages.base.Page``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.text import elided as elided
from ui.theme import colour, colours, current_theme, set_state
from ui.widgets.fonts import BODY_PX, body_font

SMALL_PX = 24

COLOUR_NAMES = Words(
    "page_parts",
    {
        "yellow": QT_TRANSLATE_NOOP("page_parts", "Yellow"),
        "pink": QT_TRANSLATE_NOOP("page_parts", "Pink"),
        "blue": QT_TRANSLATE_NOOP("page_parts", "Blue"),
        "green": QT_TRANSLATE_NOOP("page_parts", "Green"),
        "orange": QT_TRANSLATE_NOOP("page_parts", "Orange"),
        "purple": QT_TRANSLATE_NOOP("page_parts", "Purple"),
    },
)
BANDS = ("green", "blue", "amber", "red")
"""Verdict bands: the theme's ``band_<band>`` fills behind ``on_fill`` text."""


def postit_fill(name: str) -> QColor:
    """A post-it colour: the theme's ``postit_<name>``, written on in ``ink``."""
    known = f"postit_{name}" in colours(current_theme())
    return colour(f"postit_{name}" if known else "postit_yellow")


def band_fill(band: str) -> QColor:
    return colour(f"band_{band}")


def show_band(chip: QWidget, band: str | None) -> None:
    """Paint a chip in a verdict band's colours (``[band="..."]`` in the stylesheet)."""
    set_state(chip, "band", band or "none")


def label(
    text: str = "",
    name: str = "pageBody",
    *,
    pixels: int = BODY_PX,
    bold: bool = False,
    wrap: bool = True,
) -> QLabel:
    shown = QLabel(text)
    shown.setObjectName(name)
    shown.setFont(body_font(pixels, bold=bold))
    shown.setWordWrap(wrap)
    return shown


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's name above it; its mnemonic (``&``) moves the focus to the field."""
    shown = label(text, "fieldLabel", bold=True, wrap=False)
    shown.setBuddy(buddy)
    return shown


def button(
    text: str, accessible: str | None = None, *, tip: str = "", name: str = "pageButton"
) -> QPushButton:
    """A button in the room's type; its accessible name is its text without the ``&``."""
    pressed = QPushButton(text)
    pressed.setObjectName(name)
    pressed.setFont(body_font())
    pressed.setAccessibleName(accessible or text.replace("&", ""))
    pressed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pressed.setMinimumHeight(48)
    if tip:
        pressed.setToolTip(tip)
    return pressed


def entry(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A line for typing something new, added with a button or Return."""
    typed = QLineEdit()
    typed.setFont(body_font())
    typed.setAccessibleName(accessible_name)
    typed.setPlaceholderText(placeholder)
    typed.setMinimumHeight(48)
    return typed


def see_through(view: QAbstractScrollArea) -> None:
    """Let the page's own background show behind a list, in the light and the dark theme."""
    view.viewport().setAutoFillBackground(False)


def menu_place(
    view: QAbstractItemView, event: QContextMenuEvent
) -> tuple[QModelIndex, QPoint] | None:
    """The item a context menu is for, made current, and where the menu opens.

    Under the mouse, or from the menu key for the current item, at its centre; None
    when the mouse is off the items.
    """
    keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
    index = view.currentIndex() if keyboard else view.indexAt(event.pos())
    if not index.isValid():
        return None
    view.setCurrentIndex(index)
    centre = view.viewport().mapToGlobal(view.visualRect(index).center())
    return index, centre if keyboard else event.globalPos()


def discard(widget: QWidget) -> None:
    """Take a widget off the screen now; Qt deletes it when the event loop next runs."""
    widget.hide()
    widget.deleteLater()


def empty_state(text: str) -> QLabel:
    shown = label(text, "pageNote")
    shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return shown
