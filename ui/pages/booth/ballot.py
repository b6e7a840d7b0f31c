"""The ballot of the voter at the screen: their own dots on the cards, nothing of anyone else's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.pages.booth.models import MINE_ROLE, OPTION_ID_ROLE, BallotModel
from ui.reflow import columns
from ui.theme import colour
from ui.widgets.cards import CardGrid, PostItDelegate, fit_lines
from ui.widgets.fonts import body_font
from ui.widgets.parts import button
from ui.widgets.rows import AnyIndex

if TYPE_CHECKING:
    from ui.pages.booth.page import BoothPage


# The voter's ballot


class BallotDelegate(QStyledItemDelegate):
    """A card with the voter's own dots, and a "−" to take one back."""

    PAD = PostItDelegate.PAD
    GAP = PostItDelegate.GAP
    DOT = 26

    def __init__(self, view: BallotView) -> None:
        super().__init__(view)
        self.view = view
        self.font = body_font(24)
        self.minus_font = body_font(30, bold=True)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.view.card_size

    def card_rect(self, top_left: QPoint) -> QRect:
        return QRect(top_left, self.view.card_size).adjusted(
            self.GAP, self.GAP, -self.GAP, -self.GAP
        )

    def minus_rect(self, card: QRect) -> QRect:
        size = self.DOT + 16
        return QRect(card.right() - size - 6, card.bottom() - size - 6, size, size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        card = self.card_rect(option.rect.topLeft())
        mine = int(index.data(MINE_ROLE) or 0)
        current = bool(option.state & QStyle.StateFlag.State_HasFocus) or bool(
            option.state & QStyle.StateFlag.State_Selected
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = colour("ballot")
        dot = colour("dot")
        painter.setPen(QPen(dot, 5) if current else QPen(fill.darker(160), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 6, 6)
        metrics = QFontMetrics(self.font)
        dots_height = self.DOT + 10
        inner = card.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD - dots_height)
        most = max(1, inner.height() // metrics.lineSpacing())
        lines = fit_lines(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), metrics, inner.width(), most
        )
        painter.setFont(self.font)
        painter.setPen(colour("ink"))
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(
                    inner.left(),
                    inner.top() + number * metrics.lineSpacing(),
                    inner.width(),
                    metrics.lineSpacing(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.setPen(QPen(dot.darker(130), 1))
        painter.setBrush(dot)
        top = card.bottom() - self.PAD - self.DOT + 4
        for number in range(mine):
            painter.drawEllipse(
                QRect(card.left() + self.PAD + number * (self.DOT + 6), top, self.DOT, self.DOT)
            )
        if mine:
            minus = self.minus_rect(card)
            painter.setBrush(colour("on_fill"))
            painter.setPen(QPen(colour("ink"), 2))
            painter.drawEllipse(minus)
            painter.setFont(self.minus_font)
            painter.drawText(minus, int(Qt.AlignmentFlag.AlignCenter), "−")
        painter.restore()


class BallotView(CardGrid):
    """The voter's cards: a click or tap places a dot, the "−" takes one back.

    Space, Enter or + places a dot on the current card; Backspace, Delete or −
    takes one back. Undo (Ctrl+Z) takes back this voter's last dot and nothing else.
    """

    def __init__(self, screen: VoterScreen) -> None:
        super().__init__()
        self.owner = screen
        self.card_size = QSize(300, 170)
        self.setDragEnabled(False)
        self.setAccessibleName(self.tr("Your ballot"))
        self.setItemDelegate(BallotDelegate(self))

    def _press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        option_id = int(index.data(OPTION_ID_ROLE))
        delegate = self.itemDelegate()
        assert isinstance(delegate, BallotDelegate)
        card = delegate.card_rect(self.visualRect(index).topLeft())
        if int(index.data(MINE_ROLE) or 0) and delegate.minus_rect(card).contains(pos):
            self.owner.page.retract(option_id)
        else:
            self.owner.page.cast(option_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A quick second click is a second dot, as it is on paper."""
        self._press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        return None

    def current_option(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(OPTION_ID_ROLE)) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        option_id = self.current_option()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.owner.page.take_back_last()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            return
        if option_id is not None:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus):
                self.owner.page.cast(option_id)
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Minus):
                self.owner.page.retract(option_id)
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Keep undo and redo here while a voter is at the screen (see ``keyPressEvent``)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.accept()
            return True
        return super().event(event)


class VoterScreen(QWidget):
    """The voter's name, their votes left and the button to hand over, above their cards.

    Kept compact so that the first row of cards shows on a short laptop screen: the
    name and the count stand one above the other beside the button, and how to vote
    by keyboard is a line of its own under how to vote by click or tap.
    """

    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.who = QLabel()
        self.who.setObjectName("headline")
        self.who.setWordWrap(True)
        self.left = QLabel()
        self.left.setObjectName("emphasis")
        self.left.setAccessibleName(self.tr("Votes left"))
        self.done = button(
            self.tr("Done, hand over"), tip=self.tr("Clears the screen for the next voter")
        )
        self.done.setObjectName("bigButton")
        self.done.setProperty("tone", "go")
        voter = QVBoxLayout()
        voter.setSpacing(0)
        voter.addWidget(self.who)
        voter.addWidget(self.left)
        layout.addLayout(columns((voter, 1, 240), (self.done, 0, 0), spacing=16))
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.keys = QLabel(
            self.tr(
                "By keyboard: the arrows pick a card, Space places a dot, Backspace takes one back."
            )
        )
        self.keys.setObjectName("keyHint")
        self.keys.setWordWrap(True)
        layout.addWidget(self.keys)
        self.model = BallotModel(self)
        self.view = BallotView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleDescription(self.keys.text())
        layout.addWidget(self.view, 1)

    def show_left(self, left: int, votes_per_person: int) -> None:
        self.left.setText(self.tr("Votes left: {0} of {1}").format(left, votes_per_person))
        self.left.setAccessibleDescription(self.left.text())
        self.model.set_left(left, votes_per_person)
