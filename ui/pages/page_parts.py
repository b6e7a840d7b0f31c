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

from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.text import elided as elided
from ui.widgets.banner import Banner
from ui.widgets.fonts import BODY_PX

SMALL_PX = 24
TITLE_PX = 40
INK = "#111418"
"""Text on post-its and coloured chips: they keep their colour in both themes."""

POSTIT_FILLS = {
    "yellow": "#FFE873",
    "pink": "#FFB8D2",
    "blue": "#A8D5FF",
    "green": "#B7EBA8",
    "orange": "#FFC891",
    "purple": "#DCC6FF",
}
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
BAND_FILLS = {
    "green": "#15803D",
    "blue": "#1D4ED8",
    "amber": "#B45309",
    "red": "#B91C1C",
}
"""Verdict bands as solid fills behind white text (contrast 4.5:1 or better)."""

PAGE_STYLE = f"""
QWidget#stepPage QWidget {{ font-size: {BODY_PX}px; }}
QWidget#stepPage QLabel#pageTitle {{ font-size: {TITLE_PX}px; font-weight: 600; }}
QWidget#stepPage QLabel#pageHint {{ font-size: {SMALL_PX}px; }}
QWidget#stepPage QLabel#sectionTitle {{ font-size: 30px; font-weight: 600; }}
QWidget#stepPage QLabel#headline {{ font-size: 44px; font-weight: 700; }}
QWidget#stepPage QLabel#emphasis {{ font-size: 32px; font-weight: 600; }}
QWidget#stepPage QLineEdit#strongText {{ font-size: 28px; font-weight: 600; }}
QWidget#stepPage QPushButton#bigButton {{ font-size: 30px; font-weight: 600; min-height: 64px; }}
QWidget#stepPage QPushButton#nameButton {{ font-size: 30px; min-height: 72px; min-width: 300px; }}
QWidget#stepPage QCheckBox::indicator, QWidget#stepPage QRadioButton::indicator,
QWidget#stepPage QListWidget::indicator {{ width: 28px; height: 28px; }}
QWidget#stepPage QLabel#pageNotice {{
    background: #DBEAFE; color: #0B2A6B; border: 2px solid #1D4ED8;
    border-radius: 6px; padding: 8px 14px; font-size: {BODY_PX}px;
}}
QWidget#stepPage QPushButton {{ padding: 8px 18px; min-height: 44px; }}
QWidget#stepPage QPushButton:checked {{
    background: #1D4ED8; color: #FFFFFF; border: 2px solid #0B2A6B;
}}
QWidget#stepPage QLineEdit, QWidget#stepPage QSpinBox, QWidget#stepPage QComboBox {{
    min-height: 44px; padding: 2px 8px;
}}
"""


def ink_for(fill: str) -> QColor:
    """Black or white text, whichever reads better on this fill."""
    colour = QColor(fill)
    light = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return QColor(INK) if light > 150 else QColor("#FFFFFF")


def chip_style(fill: str) -> str:
    return (
        f"background: {fill}; color: {ink_for(fill).name()}; border-radius: 6px; "
        f"padding: 4px 12px; font-weight: 600;"
    )


class StepPage(Page):
    """The frame of a page: title, hint, banner, then the page's own body."""

    def __init__(self, context: PageContext, title: str, hint: str) -> None:
        super().__init__(context)
        self.setObjectName("stepPage")
        self.setStyleSheet(PAGE_STYLE)
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
