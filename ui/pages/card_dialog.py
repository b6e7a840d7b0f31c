"""One post-it opened: its whole text, its colour, the duplicates grouped into it, and
what prompted it.

The dialog changes the card only through the post-it page, so each change is one
undo command and a refusal shows in the page's banner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.boards import COLOURS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.reflow import any_width_drop_down
from ui.widgets.fonts import body_font
from ui.widgets.parts import COLOUR_NAMES, button, discard, elided

if TYPE_CHECKING:
    from ui.pages.postits import PostItPage


@dataclass(frozen=True)
class Origin:
    """Something that can prompt a card: a retro note or a low-scoring KR of last cycle."""

    retro_item_id: int | None
    past_key_result_id: int | None
    label: str


NO_ORIGIN = Origin(None, None, QT_TRANSLATE_NOOP("postits", "Nothing in particular"))


def colour_swatch(name: str, what: str) -> QPushButton:
    swatch = QPushButton()
    swatch.setCheckable(True)
    swatch.setFixedSize(52, 52)
    swatch.setAccessibleName(f"{COLOUR_NAMES[name]} {what}")
    swatch.setToolTip(f"{COLOUR_NAMES[name]} {what}")
    swatch.setObjectName("swatch")
    swatch.setProperty("postit", name)
    return swatch


class CardText(QPlainTextEdit):
    """The whole text of a card; saved once when the field loses focus."""

    finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class CardDialog(QDialog):
    """One card opened: its whole text, colour, duplicates grouped into it, what prompted it."""

    def __init__(self, page: PostItPage, card_id: int) -> None:
        super().__init__(page)
        self.page = page
        self.card_id = card_id
        self.setWindowTitle(self.tr("Post-it"))
        self.setObjectName("stepPage")
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        self.text = CardText()
        self.text.setFont(body_font(30))
        self.text.setAccessibleName(self.tr("Text of the post-it"))
        self.text.finished.connect(lambda: self.save_text())
        layout.addWidget(self.text, 1)

        colours = QHBoxLayout()
        colours.addWidget(QLabel(self.tr("Colour")))
        self.colour_group = QButtonGroup(self)
        self.swatches: dict[str, QPushButton] = {}
        for colour in COLOURS:
            swatch = colour_swatch(colour, "post-it")
            swatch.clicked.connect(
                lambda _checked=False, c=colour: self.page.recolour(self.card_id, c)
            )
            self.colour_group.addButton(swatch)
            colours.addWidget(swatch)
            self.swatches[colour] = swatch
        colours.addStretch(1)
        layout.addLayout(colours)

        origin = QHBoxLayout()
        origin.addWidget(QLabel(self.tr("Prompted by")))
        self.origin = QComboBox()
        self.origin.setAccessibleName(self.tr("What prompted this post-it"))
        any_width_drop_down(self.origin, 20)
        self.origin.activated.connect(self._link)
        origin.addWidget(self.origin, 1)
        layout.addLayout(origin)

        self.grouped_title = QLabel(self.tr("Grouped here as duplicates"))
        self.grouped_title.setObjectName("sectionTitle")
        layout.addWidget(self.grouped_title)
        self.grouped_rows = QVBoxLayout()
        layout.addLayout(self.grouped_rows)

        actions = QHBoxLayout()
        self.delete_button = button(self.tr("Delete post-it"))
        self.delete_button.clicked.connect(self._delete)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        self.done_button = button(self.tr("Done"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self._done)
        actions.addWidget(self.done_button)
        layout.addLayout(actions)
        self.show_card()

    def show_card(self) -> None:
        card = self.page.card_by_id(self.card_id)
        if card is None:
            self.close()
            return
        if not self.text.document().isModified() and self.text.toPlainText() != card.text:
            self.text.setPlainText(card.text)
        self.swatches[card.colour].setChecked(True)
        self.origin.clear()
        chosen = 0
        for number, origin in enumerate(self.page.origins()):
            self.origin.addItem(elided(origin.label, 90), origin)
            if (origin.retro_item_id, origin.past_key_result_id) == (
                card.origin_retro_item_id,
                card.origin_past_key_result_id,
            ):
                chosen = number
        self.origin.setCurrentIndex(chosen)
        while self.grouped_rows.count():
            item = self.grouped_rows.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                discard(widget)
        self.grouped_title.setVisible(bool(card.grouped))
        for child in card.grouped:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = self.page.texts.get(child, "")
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            take_out = button(
                self.tr("Take out"),
                self.tr("Take “{0}” out of this group").format(elided(text, 40)),
            )
            take_out.clicked.connect(lambda _checked=False, c=child: self.page.ungroup(c))
            line.addWidget(take_out)
            self.grouped_rows.addWidget(row)
            row.show()

    def save_text(self) -> bool:
        """Save what was typed, once; False when the rules refused it (the banner says why)."""
        card = self.page.card_by_id(self.card_id)
        if card is None or not self.text.document().isModified():
            return True
        if self.text.toPlainText().strip() == card.text or self.page.reword(
            self.card_id, self.text.toPlainText()
        ):
            self.text.document().setModified(False)
            return True
        return False

    def _link(self, number: int) -> None:
        origin = self.origin.itemData(number)
        if isinstance(origin, Origin):
            self.page.link(self.card_id, origin)

    def _delete(self) -> None:
        if self.page.delete(self.card_id):
            self.accept()

    def _done(self) -> None:
        if self.save_text():
            self.accept()
