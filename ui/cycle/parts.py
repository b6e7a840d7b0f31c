"""What the cycle's pages share: colours of the scale, fields that move on, scrolling."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QScrollArea, QWidget

from facilitation.engine.cycle import CycleKeyResult
from facilitation.scoring import CONFIDENCE_SCALE
from ui.commands import Changes
from ui.i18n import Words
from ui.pages.base import Page
from ui.widgets.fields import CommitLineEdit
from ui.widgets.parts import discard

CONFIDENCE_BANDS = {1.0: "green", 0.7: "blue", 0.4: "amber", 0.0: "red"}
"""Confidence in the colours of the verdicts; the chip says the meaning in words."""
MEANINGS = Words(
    "vocabulary", {level.value: level.meaning.split(":")[0] for level in CONFIDENCE_SCALE}
)
WARNING_BAND = "red"


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class NextOnReturn(CommitLineEdit):
    """A field that commits on Return and moves on, as Tab does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()


class KeyResultLine:
    """The start of a key result's row in a cycle's grid: its number, words and a hint."""

    def __init__(self, kr: CycleKeyResult) -> None:
        self.kr = kr
        self.number = QLabel(kr.number)
        self.number.setObjectName("emphasis")
        self.text = QLabel(kr.text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        self.hint.setObjectName("pageHint")
        self.hint.setWordWrap(True)

    def place(self, grid: QGridLayout, line: int) -> None:
        """Put the number and the words at the start of ``line``."""
        grid.addWidget(self.number, line, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.text, line, 1)


def objective_title(words: str) -> QLabel:
    """“Objective 2: …” over its key results in a cycle's grid."""
    title = QLabel(words)
    title.setObjectName("sectionTitle")
    title.setWordWrap(True)
    title.setTextFormat(Qt.TextFormat.PlainText)
    return title


def scrolling(content: QWidget | QLayout) -> QScrollArea:
    """The content in a frameless scroll area that lets the page's background show."""
    if isinstance(content, QLayout):
        holder = QWidget()
        holder.setLayout(content)
        content = holder
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.viewport().setAutoFillBackground(False)
    return area


def empty_grid(grid: QGridLayout) -> None:
    """Take every widget off a grid, to lay it out again."""
    while grid.count():
        item = grid.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            discard(widget)


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Tab goes through the widgets in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


class CyclePage(Page):
    """A tab of the cycle's window: it shows the key results and their check-ins."""

    shows = Changes(okrs=True, cycle=True)
