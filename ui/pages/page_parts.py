"""What the step pages for scoring, boards and voting share.

A page has a title, a line saying what the room does, a banner where refusals
show in place, and type that reads from the back of a room. Every change goes
through one undo command, and every change of the undo history re-reads the page.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.text import elided as elided
from ui.theme import colour, colours, current_theme, set_state
from ui.widgets.banner import Banner

SMALL_PX = 24
TITLE_PX = 40

COLOUR_NAMES = {
    "yellow": "Yellow",
    "pink": "Pink",
    "blue": "Blue",
    "green": "Green",
    "orange": "Orange",
    "purple": "Purple",
}
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


class StepPage(Page):
    """The frame of a page: title, hint, banner, then the page's own body."""

    def __init__(self, context: PageContext, title: str, hint: str) -> None:
        super().__init__(context)
        self.setObjectName("stepPage")
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        heading = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        heading.addWidget(self.title_label, 1)
        self.heading = heading
        outer.addLayout(heading)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("pageHint")
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.banner = Banner()
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body)
        # A page shorter than the screen keeps its height; the room below stays empty.
        outer.addStretch(1)

    def message_area(self) -> Banner:
        return self.banner


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
