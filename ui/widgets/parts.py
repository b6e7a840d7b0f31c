"""Small parts the step pages share: buttons, post-it and verdict colours, lists
that let the page show through, taking a widget off the screen.

The page itself, its frame and its way to act are ``ui.pages.base.Page``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QPushButton,
    QWidget,
)

from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.text import elided as elided
from ui.theme import colour, colours, current_theme, set_state

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


def button(text: str, accessible: str | None = None, *, tip: str = "") -> QPushButton:
    made = QPushButton(text)
    made.setAccessibleName(accessible or text.replace("&", ""))
    if tip:
        made.setToolTip(tip)
    return made


def see_through(view: QAbstractScrollArea) -> None:
    """Let the page's own background show behind a list, in the light and the dark theme."""
    view.viewport().setAutoFillBackground(False)


def discard(widget: QWidget) -> None:
    """Take a widget off the screen now; Qt deletes it when the event loop next runs."""
    widget.hide()
    widget.deleteLater()
