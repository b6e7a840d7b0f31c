"""Typing the paper sheet back: a grid of key results by weeks, in the sheet's order.

Rows are the key results as the confidence-scoring sheet prints them (1.1, 1.2, ...),
columns the twelve weeks. Type a value and press Return to go down the week, as the
eye goes down the printed column; Tab goes across. Delete clears a cell. The grid
shows the confidence, or the actuals of the weekly check-in sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from facilitation.cycle import read_confidence
from facilitation.engine.cycle import CheckInView, CycleKeyResult
from facilitation.rules import RuleError
from facilitation.scoring import WEEKS_IN_CYCLE
from ui.cycle.commands import record_check_in
from ui.cycle.parts import CyclePage, number_text
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.pages.context import PageContext
from ui.theme import colour
from ui.widgets.rows import AnyIndex

FIELDS = Words(
    "paper",
    {
        "confidence": QT_TRANSLATE_NOOP("paper", "Confidence"),
        "actual": QT_TRANSLATE_NOOP("paper", "Actual"),
    },
)
LIGHT_TINTS = {1.0: "tint_green", 0.7: "tint_blue", 0.4: "tint_amber", 0.0: "tint_red"}
"""The theme's light tint of each confidence, behind its number in ink."""
"""The sheet's tints, so the screen and the paper look alike."""

TEXT_COLUMN = 0
"""The grid's first column holds the key result's words; each further one is a week."""


class GridModel(QAbstractTableModel):
    """Key results by weeks; an edit is handed to the page, which runs the command."""

    typed = Signal(int, int, str)
    """Row, week and the text typed into a cell."""

    def __init__(self) -> None:
        super().__init__()
        self.key_results: list[CycleKeyResult] = []
        self.field = "confidence"

    def show(self, key_results: list[CycleKeyResult], field: str) -> None:
        if [kr.id for kr in key_results] != [kr.id for kr in self.key_results] or (
            field != self.field
        ):
            self.beginResetModel()
            self.key_results = key_results
            self.field = field
            self.endResetModel()
            return
        self.key_results = key_results
        if key_results:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(key_results) - 1, WEEKS_IN_CYCLE)
            )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.key_results)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS_IN_CYCLE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.key_results[section].number if section < len(self.key_results) else None
        return self.tr("Key result") if section == TEXT_COLUMN else f"W{section}"

    def cell(self, kr: CycleKeyResult, week: int) -> str:
        entry = kr.checkins.get(week)
        if entry is None:
            return ""
        return number_text(entry.confidence) if self.field == "confidence" else entry.actual

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.key_results):
            return None
        kr = self.key_results[index.row()]
        week = index.column()
        if index.column() == TEXT_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return kr.text
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell(kr, week)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("KR {0}, week {1}: {2}").format(
                kr.number, week, self.cell(kr, week) or "empty"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        entry = kr.checkins.get(week)
        if self.field == "confidence" and entry is not None and entry.confidence is not None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(colour(LIGHT_TINTS[entry.confidence]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colour("ink"))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != TEXT_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == TEXT_COLUMN:
            return False
        self.typed.emit(index.row(), index.column(), str(value))
        return True


class GridView(QTableView):
    """Return after a value goes down the week; Delete clears the cell."""

    cleared = Signal(int, int)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()
        elif hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self._move(0, 1)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self._move(0, -1)

    def _move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid():
            return
        if current.row() + 1 < model.rowCount():
            self._move(1, 0)
        elif current.column() < WEEKS_IN_CYCLE:
            self.setCurrentIndex(model.index(0, current.column() + 1))

    def _move(self, rows: int, columns: int) -> None:
        current = self.currentIndex()
        target = self.model().index(current.row() + rows, current.column() + columns)
        if target.isValid() and target.column() != TEXT_COLUMN:
            self.setCurrentIndex(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
            and current.isValid()
            and current.column() != TEXT_COLUMN
        ):
            self.cleared.emit(current.row(), current.column())
            event.accept()
            return
        super().keyPressEvent(event)


class PaperPage(CyclePage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            translate("PaperPage", "Type in the paper sheet"),
            translate(
                "PaperPage",
                "Key results in the order the sheet prints them, weeks across. Type a "
                "value, Return goes down the week, Tab across; Delete clears a cell.",
            ),
        )
        self.field = "confidence"
        switch = QHBoxLayout()
        self.field_buttons: dict[str, QPushButton] = {}
        group = QButtonGroup(self)
        for field, words in FIELDS.items():
            choice = QPushButton(words)
            choice.setCheckable(True)
            choice.setAccessibleName(self.tr("Type in the {0}").format(words.lower()))
            choice.clicked.connect(lambda _=False, f=field: self.show_field(f))
            group.addButton(choice)
            switch.addWidget(choice)
            self.field_buttons[field] = choice
        self.field_buttons[self.field].setChecked(True)
        switch.addStretch(1)
        self.body.addLayout(switch)
        self.model = GridModel()
        self.model.typed.connect(self.typed)
        self.view = GridView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Confidence by key result and week"))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.cleared.connect(lambda row, week: self.typed(row, week, ""))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(92)
        self.view.verticalHeader().setDefaultSectionSize(48)
        self.body.addWidget(self.view, 1)
        self.refresh()

    def show_field(self, field: str) -> None:
        self.field = field
        self.field_buttons[field].setChecked(True)
        self.view.setAccessibleName(self.tr("{0} by key result and week").format(FIELDS[field]))
        self.refresh()

    def reload(self) -> None:
        krs = [kr for o in self.engine.cycle.objectives() for kr in o.key_results]
        current = self.view.currentIndex()
        self.model.show(krs, self.field)
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def typed(self, row: int, week: int, text: str) -> None:
        """A cell typed in (or cleared): that week's check-in of that KR, one action."""
        kr = self.model.key_results[row]
        old = kr.checkins.get(week)
        confidence = old.confidence if old else None
        actual = old.actual if old else ""
        try:
            if self.field == "confidence":
                confidence = read_confidence(text)
            else:
                actual = text.strip()
        except RuleError as error:
            self.banner.show_message(
                self.tr("KR {0}, week {1}: {2}").format(kr.number, week, error)
            )
            return
        entry = CheckInView(week, confidence, actual, old.note if old else "")
        if entry == old:
            return
        empty = entry.confidence is None and not entry.actual and not entry.note
        self.run(
            record_check_in(self.engine.cycle, kr.id, kr.number, week, None if empty else entry)
        )

    def focus_first(self) -> None:
        self.view.setFocus()
        current = self.view.currentIndex()
        if self.model.rowCount() and (not current.isValid() or current.column() == TEXT_COLUMN):
            self.view.setCurrentIndex(self.model.index(max(current.row(), 0), 1))
