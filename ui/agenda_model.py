"""The agenda rail's model: one row per step, read from the engine.

The model never changes the agenda itself. Edits made in the view (new minutes, a
new title, a drop at another place) become requests that the cockpit turns into
undoable engine commands; the engine's answer comes back through ``set_steps``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitation.agenda import StepView
from ui.drag import DragsById
from ui.i18n import QT_TRANSLATE_NOOP, Rows, translate
from ui.widgets.rows import AnyIndex

TITLE, MINUTES, STATUS = range(3)
HEADERS = Rows(
    "agenda_model",
    (
        QT_TRANSLATE_NOOP("agenda_model", "Step"),
        QT_TRANSLATE_NOOP("agenda_model", "Min"),
        QT_TRANSLATE_NOOP("agenda_model", "Status"),
    ),
)

StepRole = Qt.ItemDataRole.UserRole + 1
"""The whole ``StepView`` of the row."""
IdRole = Qt.ItemDataRole.UserRole + 2
CurrentRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
SortRole = Qt.ItemDataRole.UserRole + 5
"""The step's place in the agenda."""

STEP_MIME_TYPE = "application/x-okr-workshop-step"
CURRENT_MARK = "▶"


def status_text(step: StepView) -> str:
    if step.current and step.status == "pending":
        return translate("agenda_model", "Now")
    if step.status == "done":
        return translate("agenda_model", "Done · {0} min").format(round(step.used_seconds / 60))
    if step.status == "skipped":
        return translate("agenda_model", "Skipped")
    if step.current:
        return translate("agenda_model", "Now")
    return translate("agenda_model", "Optional") if step.optional else ""


def minutes_text(step: StepView) -> str:
    planned = round(step.planned_seconds / 60)
    added = round(step.added_seconds / 60)
    return f"{planned}+{added}" if added else str(planned)


def spoken(step: StepView) -> str:
    """The row as a screen reader says it."""
    parts = [
        translate("agenda_model", "Step {0}: {1}").format(step.position + 1, step.title),
        translate("agenda_model", "{0} minutes").format(minutes_text(step)),
    ]
    state = status_text(step)
    if state == "Now":
        parts.append(translate("agenda_model", "current step"))
    elif state:
        parts.append(state.lower())
    return ", ".join(parts)


class AgendaModel(DragsById[StepView], QAbstractTableModel):
    retimeRequested = Signal(int, int)  # step id, minutes
    renameRequested = Signal(int, str)  # step id, title
    moveRequested = Signal(int, int)  # step id, new index

    mime_type = STEP_MIME_TYPE
    row_flags = Qt.ItemFlag.ItemNeverHasChildren

    def __init__(self, colours: dict[str, str] | None = None) -> None:
        super().__init__()
        self.rows: list[StepView] = []
        self._colours = colours or {}

    # Keeping up with the engine

    def set_steps(self, steps: Sequence[StepView]) -> None:
        """Show the agenda as the engine has it, signalling only what changed."""
        new = list(steps)
        old_ids = [s.id for s in self.rows]
        new_ids = [s.id for s in new]
        if old_ids == new_ids:
            for row, (before, after) in enumerate(zip(self.rows, new, strict=True)):
                if before != after:
                    self.rows[row] = after
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            return
        moved = _single_move(old_ids, new_ids)
        if moved is None:
            self.beginResetModel()
            self.rows = new
            self.endResetModel()
            return
        source, target = moved
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(source))
        self.endMoveRows()
        self.set_steps(new)

    def set_colours(self, colours: dict[str, str]) -> None:
        self._colours = colours
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(HEADERS) - 1)
            )

    def steps(self) -> list[StepView]:
        return list(self.rows)

    # Qt's model interface

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == MINUTES:
            return self.tr("Planned minutes (+ minutes added). Double-click or press F2 to change.")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        step = self.row_at(index)
        if step is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            title = f"{CURRENT_MARK} {step.title}" if step.current else step.title
            return (title, minutes_text(step), status_text(step))[column]
        if role == Qt.ItemDataRole.EditRole:
            if column == TITLE:
                return step.title
            if column == MINUTES:
                return round(step.planned_seconds / 60)
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return spoken(step)
        if role == Qt.ItemDataRole.FontRole and (step.current or step.status == "skipped"):
            font = QFont()
            font.setBold(step.current)
            font.setStrikeOut(step.status == "skipped" and column == TITLE)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(step, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == StepRole:
            return step
        if role == IdRole:
            return step.id
        if role == CurrentRole:
            return step.current
        if role == StatusRole:
            return step.status
        if role == SortRole:
            return step.position
        return None

    def _foreground(self, step: StepView, column: int) -> QBrush | None:
        name = None
        if step.current:
            name = "current"
        elif step.status == "done" and column == STATUS:
            name = "done"
        elif step.status in ("done", "skipped"):
            name = "muted"
        if name is None or name not in self._colours:
            return None
        return QBrush(QColor(self._colours[name]))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """A step's title and minutes are edited in place."""
        flags = super().flags(index)
        if index.isValid() and index.column() in (TITLE, MINUTES):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        step = self.rows[index.row()]
        if index.column() == MINUTES and isinstance(value, int):
            if value != round(step.planned_seconds / 60):
                self.retimeRequested.emit(step.id, value)
            return True
        if index.column() == TITLE and isinstance(value, str):
            if value.strip() and value != step.title:
                self.renameRequested.emit(step.id, value)
            return True
        return False

    # Dragging a step to another place

    def drop(self, dragged_id: int, row: int, parent: AnyIndex) -> None:
        """Ask for the move; the rows change when the engine has moved the step."""
        source = self.row_of(dragged_id)
        if source is None:
            return
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        target = row - 1 if row > source else row
        if target != source:
            self.moveRequested.emit(dragged_id, target)


def _single_move(old: list[int], new: list[int]) -> tuple[int, int] | None:
    """(from, to) when ``new`` is ``old`` with one item moved, else None."""
    if len(old) != len(new) or set(old) != set(new):
        return None
    for source, item in enumerate(old):
        rest = old[:source] + old[source + 1 :]
        target = new.index(item)
        if [*rest[:target], item, *rest[target:]] == new:
            return source, target
    return None
