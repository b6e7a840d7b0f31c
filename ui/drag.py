"""Rows dragged by the id of what they show: agenda steps, post-its, retro notes.

The model packs the dragged row's id; the drop only reports where it went, and the
page asks the engine to move it. The view never removes the dragged row itself:
the rows change when the engine has moved the item.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt

from ui.widgets.rows import AnyIndex


class Identified(Protocol):
    """What a dragged row shows: an item with the id the engine knows it by."""

    @property
    def id(self) -> int: ...


ItemT = TypeVar("ItemT", bound=Identified)


class DragsById(Generic[ItemT]):
    """A mixin for a Qt item model of ``rows``, placed before the Qt base class.

    The model keeps its items in ``rows``, sets ``mime_type`` and says in ``drop``
    what a drop of one of its rows asks for; the mixin counts the rows, finds the
    item of an index (``row_at``) and the row of an id (``row_of``).
    """

    mime_type: str
    row_flags: Qt.ItemFlag = Qt.ItemFlag.NoItemFlags
    """What a row allows besides being chosen and dragged (edited, dropped onto)."""

    rows: list[ItemT]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def row_at(self, index: AnyIndex) -> ItemT | None:
        """The item an index points at; None for an index off the rows."""
        if index.isValid() and 0 <= index.row() < len(self.rows):
            return self.rows[index.row()]
        return None

    def row_id(self, row: int) -> int:
        return self.rows[row].id

    def row_of(self, row_id: int) -> int | None:
        """The row that shows the item with this id; None when no row does."""
        return next((row for row, item in enumerate(self.rows) if item.id == row_id), None)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Every row can be dragged; the room between rows takes a drop."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | self.row_flags
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.mime_type]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(self.mime_type, QByteArray(str(self.row_id(rows[0])).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(self.mime_type)

    def drop(self, dragged_id: int, row: int, parent: AnyIndex) -> None:
        """Ask for what the drop of the row with this id means.

        ``row`` is where it fell between rows (-1 past the last one, or onto a row);
        ``parent`` is the row it fell onto (invalid when it fell between rows).
        """
        raise NotImplementedError

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """Report the drop; it is False so that the view never removes the dragged row itself."""
        dragged = self.dragged_id(data) if action == Qt.DropAction.MoveAction else None
        if dragged is not None:
            self.drop(dragged, row, parent)
        return False

    def dragged_id(self, data: QMimeData) -> int | None:
        """The id a drop carries, or ``None`` when it carries none of ours."""
        if not data.hasFormat(self.mime_type):
            return None
        try:
            return int(bytes(data.data(self.mime_type).data()).decode())
        except ValueError:
            return None
