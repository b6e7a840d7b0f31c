"""The result: a sorted bar chart with ties marked and the cut line to drag; a tie to settle."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitation.voting import TallyRow
from ui.pages.booth.models import OPTION_ID_ROLE, TallyModel, ordinal
from ui.reflow import columns
from ui.theme import colour
from ui.widgets.cards import fit_lines
from ui.widgets.fonts import body_font
from ui.widgets.parts import button, elided, see_through

if TYPE_CHECKING:
    from ui.pages.booth.page import BoothPage


class ResultChart(QWidget):
    """Bars from most votes to fewest, ties marked, and a cut line to drag.

    Up and Down move the cut line when the chart has the focus.
    """

    cut_chosen = Signal(int)

    ROW = 72
    TOP = 6
    GAP = 48

    def __init__(self, model: TallyModel) -> None:
        super().__init__()
        self.model = model
        self.dragging = False
        self.drag_keep: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Results"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self._resized)

    def _resized(self) -> None:
        rows = max(1, self.model.rowCount())
        self.setFixedHeight(self.TOP * 2 + rows * self.ROW + self.GAP + 10)
        self.setAccessibleDescription(
            "; ".join(
                str(self.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole))
                for r in range(self.model.rowCount())
            )
        )
        self.update()

    def line_y(self, keep: int) -> int:
        """The middle of the gap the cut line opens between the kept rows and the rest."""
        return self.TOP + keep * self.ROW + self.GAP // 2

    def row_top(self, number: int, keep: int | None) -> int:
        below = keep is not None and number >= keep
        return self.TOP + number * self.ROW + (self.GAP if below else 0)

    def keep_at(self, y: float) -> int:
        rows = self.model.rowCount()
        return min(range(rows + 1), key=lambda keep: abs(self.line_y(keep) - y))

    def shown_keep(self) -> int | None:
        return self.drag_keep if self.dragging else self.model.keep

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = self.model.rows
        most = max((r.count for r in rows), default=0) or 1
        badge_w, count_w = 124, 64
        bar_room = min(360, int(self.width() * 0.28))
        bar_left = self.width() - badge_w - 12 - count_w - bar_room
        label_left = 74
        label_w = bar_left - 20 - label_left
        text = self.palette().windowText().color()
        font = body_font(24)
        bold = body_font(24, bold=True)
        metrics = QFontMetrics(font)
        keep = self.shown_keep()
        for number, row in enumerate(rows):
            top = self.row_top(number, keep)
            kept = keep is not None and number < keep
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(
                QRect(0, top, 70, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), ordinal(row.place)
            )
            lines = fit_lines(row.label, metrics, label_w, 2)
            first = top + (self.ROW - len(lines) * metrics.lineSpacing()) // 2
            for line_number, line in enumerate(lines):
                painter.drawText(
                    QRect(
                        label_left,
                        first + line_number * metrics.lineSpacing(),
                        label_w,
                        metrics.lineSpacing(),
                    ),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
            width = max(4, int(bar_room * row.count / most))
            bar = colour("kept") if (keep is None or kept) else colour("not_now")
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(bar)
            painter.drawRoundedRect(QRect(bar_left, top + 16, width, self.ROW - 32), 4, 4)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRect(bar_left + width + 10, top, count_w, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter),
                str(row.count),
            )
            mark = ""
            if row.tied and row.count > 0:
                mark = self.tr("= tied")
            elif row.tie_break_by == "runoff":
                mark = "run-off"
            elif row.tie_break_by:
                mark = "settled"
            if mark:
                badge = QRect(self.width() - badge_w, top + 14, badge_w - 4, self.ROW - 28)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour("tie") if row.tied else colour("settled"))
                painter.drawRoundedRect(badge, 6, 6)
                painter.setPen(colour("on_fill"))
                painter.setFont(body_font(20, bold=True))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), mark)
        if keep is not None and rows:
            y = self.line_y(keep)
            painter.setPen(QPen(colour("cut"), 5, Qt.PenStyle.DashLine))
            painter.drawLine(0, y, self.width(), y)
            label = self.tr("✂ keep the top {0}").format(keep)
            painter.setFont(body_font(22, bold=True))
            tag = QRect(max(0, self.width() - 380), y - 19, 236, 38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour("cut"))
            painter.drawRoundedRect(tag, 6, 6)
            painter.setPen(colour("on_fill"))
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), label)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.model.rows:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.dragging = True
        self.drag_keep = self.keep_at(event.position().y())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            keep = self.keep_at(event.position().y())
            if keep != self.drag_keep:
                self.drag_keep = keep
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.dragging:
            return
        self.dragging = False
        keep = self.keep_at(event.position().y())
        self.drag_keep = None
        self.update()
        if keep != self.model.keep:
            self.cut_chosen.emit(keep)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keep = self.model.keep
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rows:
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            start = keep if keep is not None else self.model.rowCount()
            target = max(0, min(self.model.rowCount(), start + step))
            if target != keep:
                self.cut_chosen.emit(target)
            return
        super().keyPressEvent(event)


class TieBox(QFrame):
    """Cards tied on one place: put them in order, or hold a run-off among them."""

    def __init__(self, page: BoothPage, rows: Sequence[TallyRow], at_cut: bool) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("tieBox")
        layout = QVBoxLayout(self)
        where = self.tr(" at the cut line") if at_cut else ""
        title = QLabel(
            self.tr("Tied for {0}{1}: {2} votes each").format(
                ordinal(rows[0].place), where, rows[0].count
            )
        )
        title.setWordWrap(True)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.order = QListWidget()
        see_through(self.order)
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setAccessibleName(
            self.tr("Order of the tied cards: drag, or Alt+Up and Alt+Down")
        )
        for row in rows:
            entry = QListWidgetItem(elided(row.label, 60))
            entry.setToolTip(row.label)
            entry.setData(OPTION_ID_ROLE, row.option_id)
            self.order.addItem(entry)
        self.order.setFixedHeight(min(6, len(rows)) * 44 + 8)
        self.order.installEventFilter(self)
        layout.addWidget(self.order)
        self.settle = button(self.tr("Settle in this order"))
        self.settle.clicked.connect(lambda: page.settle(self.ordered()))
        self.runoff = button(self.tr("Run-off among these"))
        self.runoff.clicked.connect(lambda: page.runoff(self.ordered()))
        layout.addLayout(columns((self.settle, 0, 0), (self.runoff, 0, 0), spacing=8))

    def ordered(self) -> list[int]:
        return [int(self.order.item(i).data(OPTION_ID_ROLE)) for i in range(self.order.count())]

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.order and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.order.currentRow()
                target = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
                if row >= 0 and 0 <= target < self.order.count():
                    self.order.insertItem(target, self.order.takeItem(row))
                    self.order.setCurrentRow(target)
                return True
        return False
