"""The agenda rail: the day's steps in a table the facilitator edits in place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.agenda import StepView
from ui.agenda_model import MINUTES, STATUS, TITLE, AgendaModel
from ui.dialogs import MAX_MINUTES
from ui.reflow import Columns

RAIL_SHARE = 0.27
RAIL_WIDTHS = (300, 520)


def rail_width(window_width: int) -> int:
    """The agenda's width on a screen this wide: a quarter of it, within bounds."""
    least, most = RAIL_WIDTHS
    return max(least, min(most, round(window_width * RAIL_SHARE)))


class MinutesDelegate(QStyledItemDelegate):
    """Edits the planned minutes with a spin box; the engine says what is allowed."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:  # type: ignore[override]
        editor = super().createEditor(parent, option, index)  # type: ignore[arg-type]
        if index.column() == MINUTES and hasattr(editor, "setRange"):
            editor.setRange(0, MAX_MINUTES)
            editor.setAccessibleName(self.tr("Planned minutes"))
        return editor


class AgendaView(QTableView):
    def __init__(self, model: AgendaModel) -> None:
        super().__init__()
        self.setObjectName("agendaRail")
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(
            self.tr(
                "Enter goes to the step; F2 renames it or changes its minutes; Alt+Up "
                "and Alt+Down move it."
            )
        )
        self.setModel(model)
        self.setItemDelegate(MinutesDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        # Row heights follow the wrapped titles. They are measured again only for the
        # rows that changed, not for the whole agenda on every change of one step, and
        # not at all while the agenda is hidden: the widths settle before it shows.
        model.dataChanged.connect(self._fit_rows)
        for whole_agenda in (model.modelReset, model.rowsInserted, model.rowsMoved):
            whole_agenda.connect(self._fit_all_rows)
        header.sectionResized.connect(self._column_resized)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.resizeRowsToContents()

    def _fit_all_rows(self) -> None:
        if self.isVisible():
            self.resizeRowsToContents()

    def _fit_rows(self, first: QModelIndex, last: QModelIndex) -> None:
        if self.isVisible():
            for row in range(first.row(), last.row() + 1):
                self.resizeRowToContents(row)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TITLE:
            self._fit_all_rows()


class RailPanel(QWidget):
    """The agenda's heading, its length, the table of steps and the buttons below it."""

    def __init__(self, rail: AgendaView, buttons: Sequence[QWidget]) -> None:
        super().__init__()
        self.setObjectName("railPanel")
        heading = QLabel(self.tr("Agenda"))
        heading.setObjectName("railHeading")
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        step_buttons = Columns(spacing=6)
        for button in buttons:
            step_buttons.add(button, stretch=0, least=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 8, 12)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(rail, 1)
        layout.addLayout(step_buttons)

    def show_length(self, steps: list[StepView]) -> None:
        planned = sum(s.planned_seconds + s.added_seconds for s in steps)
        hours, minutes = divmod(round(planned / 60), 60)
        length = (
            self.tr("{0} h {1:02d} min").format(hours, minutes)
            if hours
            else self.tr("{0} min").format(minutes)
        )
        self.summary.setText(self.tr("{0} steps · {1} planned").format(len(steps), length))
