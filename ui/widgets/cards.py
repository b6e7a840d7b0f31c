"""The card grid: post-its in a wrapping grid whose cards shrink so the whole board fits.

A card's text is word-wrapped and cut short with an ellipsis where it does not fit
(``fit_lines``); the card size is chosen to give the words the most room while every
card stays on screen (``fit_card_size``). The post-it board and the voting booth's
ballot both show their cards in a ``CardGrid``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.reflow import room_on_screen, show_every_row
from ui.theme import colour as theme_colour
from ui.widgets.fonts import body_font
from ui.widgets.parts import postit_fill, see_through
from ui.widgets.rows import AnyIndex

CARD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
GROUPED_ROLE = Qt.ItemDataRole.UserRole + 3
"""How many duplicates are grouped into the card."""
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 4
"""What prompted the card, in words, or an empty string."""
ORIGIN_KIND_ROLE = Qt.ItemDataRole.UserRole + 5
"""What kind of thing prompted the card: "retro", "key_result" or ""."""

ORIGIN_BADGES = Words(
    "postits",
    {
        "retro": QT_TRANSLATE_NOOP("postits", "↩ retro note"),
        "key_result": QT_TRANSLATE_NOOP("postits", "↩ low KR"),
    },
)

CARD_FONT_PX = 24
MIN_CARD = QSize(180, 104)
MAX_CARD = QSize(460, 250)


def fit_lines(text: str, metrics: QFontMetrics, width: int, most: int) -> list[str]:
    """Word-wrap into at most ``most`` lines; what does not fit ends in an ellipsis."""
    words = text.split()
    lines: list[str] = []
    taken = 0
    while taken < len(words) and len(lines) < most:
        line = words[taken]
        taken += 1
        while (
            taken < len(words) and metrics.horizontalAdvance(f"{line} {words[taken]}") < width - 2
        ):
            line = f"{line} {words[taken]}"
            taken += 1
        lines.append(line)
    elide = Qt.TextElideMode.ElideRight
    if taken < len(words):
        rest = " ".join([lines[-1], *words[taken:]])
        lines[-1] = metrics.elidedText(rest + " …", elide, width)
    return [metrics.elidedText(line, elide, width) for line in lines]


def fit_card_size(count: int, width: int, height: int) -> QSize:
    """The card size that fits ``count`` cards in this space with the most room for words.

    When even the smallest cards do not fit, the cards are smallest and the grid scrolls.
    """
    metrics = QFontMetrics(body_font(CARD_FONT_PX))
    inset = 2 * (PostItDelegate.PAD + PostItDelegate.GAP)
    best: tuple[int, QSize] | None = None
    columns = 1
    while width // columns >= MIN_CARD.width():
        card_w = min(MAX_CARD.width(), width // columns)
        rows = math.ceil(max(1, count) / columns)
        card_h = min(MAX_CARD.height(), height // rows, int(card_w / 1.1))
        if card_h >= MIN_CARD.height():
            lines = (card_h - inset) // metrics.lineSpacing()
            room = lines * ((card_w - inset) // max(1, metrics.averageCharWidth()))
            if best is None or room > best[0]:
                best = (room, QSize(card_w, card_h))
        columns += 1
    if best is not None:
        return best[1]
    columns = max(1, width // MIN_CARD.width())
    return QSize(max(MIN_CARD.width(), width // columns), MIN_CARD.height())


class PostItDelegate(QStyledItemDelegate):
    """Paints a post-it: its colour, its text cut to fit, and badges for groups and origins."""

    PAD = 12
    GAP = 5

    def __init__(self, view: CardGrid) -> None:
        super().__init__(view)
        self.view = view
        self.font = body_font(CARD_FONT_PX)
        self.badge_font = body_font(20, bold=True)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.view.card_size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = QRect(option.rect.topLeft(), self.view.card_size).adjusted(
            self.GAP, self.GAP, -self.GAP, -self.GAP
        )
        fill = postit_fill(str(index.data(COLOUR_ROLE)))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        grouped = int(index.data(GROUPED_ROLE) or 0)
        origin = ORIGIN_BADGES.get(str(index.data(ORIGIN_KIND_ROLE) or ""), "")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if grouped:
            painter.setPen(QPen(fill.darker(150), 1))
            painter.setBrush(fill.darker(108))
            painter.drawRect(rect.adjusted(6, -3, 3, 0))
        edge = QPen(theme_colour("highlight"), 5) if selected else QPen(fill.darker(150), 1)
        painter.setPen(edge)
        painter.setBrush(fill)
        painter.drawRect(rect)
        metrics = QFontMetrics(self.font)
        footer = metrics.height() if (grouped or origin) else 0
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD - footer)
        most = max(1, inner.height() // metrics.lineSpacing())
        lines = fit_lines(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), metrics, inner.width(), most
        )
        painter.setPen(theme_colour("ink"))
        painter.setFont(self.font)
        for number, line in enumerate(lines):
            top = inner.top() + number * metrics.lineSpacing()
            painter.drawText(
                QRect(inner.left(), top, inner.width(), metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.setFont(self.badge_font)
        bottom = QRect(inner.left(), rect.bottom() - self.PAD - footer, inner.width(), footer)
        if grouped:
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self.tr("+{0} alike").format(grouped),
            )
        if origin:
            painter.drawText(
                bottom,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                origin,
            )
        painter.restore()


class CardGrid(QListView):
    """A wrapping grid of cards whose size is chosen so every card fits when it can.

    The cards fit the room left on screen below the grid's top; when even the smallest
    do not, the grid shows them all and the page scrolls, never the grid itself.
    """

    def __init__(self) -> None:
        super().__init__()
        self.card_size = QSize(300, 176)
        see_through(self)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.whole = show_every_row(self, least_rows=1)

    def fit(self) -> None:
        """Choose the card size that shows every card with the most room for its words."""
        count = self.model().rowCount() if self.model() else 0
        room = room_on_screen(self) - 2 * self.frameWidth() - 4
        chosen = fit_card_size(count, self.viewport().width() - 4, max(room, 0))
        if chosen != self.card_size:
            self.card_size = chosen
            self.setGridSize(chosen)
        self.whole.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
