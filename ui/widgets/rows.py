"""List and table models over rows of plain values, emitting only what really changed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

AnyIndex = QModelIndex | QPersistentModelIndex
"""Either index Qt hands a model or a delegate: the one name every model and delegate uses."""

RowT = TypeVar("RowT")


def take_rows(
    model: QAbstractItemModel,
    shown: list[RowT],
    rows: Sequence[RowT],
    key: Callable[[RowT], Hashable],
    last_column: int = 0,
) -> None:
    """Make the model's ``shown`` rows these, telling its views only what changed.

    Rows added, removed or reordered reset the model; a row whose value changed emits
    ``dataChanged`` for that row alone.
    """
    rows = list(rows)
    if [key(r) for r in rows] != [key(r) for r in shown]:
        model.beginResetModel()
        shown[:] = rows
        model.endResetModel()
        return
    for number, (old, new) in enumerate(zip(shown, rows, strict=True)):
        if old != new:
            shown[number] = new
            model.dataChanged.emit(model.index(number, 0), model.index(number, last_column))


class RowsModel(QAbstractListModel, Generic[RowT]):
    """A list of plain rows; subclasses say what each role shows.

    ``set_rows`` resets only when the rows themselves changed (added, removed,
    reordered); a changed value emits ``dataChanged`` for its row alone.
    """

    ObjectRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 1
    IdRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 2

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[RowT] = []

    def key(self, row: RowT) -> Hashable:
        return id(row)

    def row_id(self, row: RowT) -> Any:
        return self.key(row)

    def show(self, row: RowT, role: int) -> Any:
        return None

    def set_rows(self, rows: Sequence[RowT]) -> None:
        take_rows(self, self.rows, rows, self.key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.ObjectRole:
            return row
        if role == self.IdRole:
            return self.row_id(row)
        return self.show(row, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, row_id: Any) -> int:
        for number, row in enumerate(self.rows):
            if self.row_id(row) == row_id:
                return number
        return -1


Edit = Callable[[Any, str, Any], bool]
"""Save one cell: the row's id, the field, the new value; whether the rules let it happen."""


class RowsTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of plain values in named columns, edited in place through ``on_edit``.

    Like ``RowsModel``, a changed value emits ``dataChanged`` for its row alone and
    only a change of the rows themselves resets the table.
    """

    ObjectRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 1
    IdRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 2
    FieldRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def __init__(self, columns: Sequence[tuple[str, str]], on_edit: Edit) -> None:
        super().__init__()
        self.columns = list(columns)
        self.on_edit = on_edit
        self.rows: list[RowT] = []

    def key(self, row: RowT) -> Hashable:
        raise NotImplementedError

    def value(self, row: RowT, field: str) -> Any:
        raise NotImplementedError

    def shown(self, row: RowT, field: str) -> str:
        return str(self.value(row, field) or "")

    def set_rows(self, rows: Sequence[RowT]) -> None:
        take_rows(self, self.rows, rows, self.key, self.columnCount() - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section][1]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self.rows[index.row()]
        field = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.shown(row, field)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.columns[index.column()][1]}: {self.shown(row, field)}"
        if role == Qt.ItemDataRole.EditRole:
            return self.value(row, field)
        if role == self.ObjectRole:
            return row
        if role == self.IdRole:
            return self.key(row)
        if role == self.FieldRole:
            return field
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        field = self.columns[index.column()][0]
        if value == self.value(row, field):
            return False
        return self.on_edit(self.key(row), field, value)

    def row_of(self, row_id: Any) -> int:
        for number, row in enumerate(self.rows):
            if self.key(row) == row_id:
                return number
        return -1
