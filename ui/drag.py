"""Rows dragged by the id of what they show: agenda steps, post-its, retro notes.

The model packs the dragged row's id; the drop only reports where it went, and the
page asks the engine to move it. The view never removes the dragged row itself:
the rows change when the engine has moved the item.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt


class DragsById:
    """A mixin for a Qt item model, placed before the Qt base class.

    The model sets ``mime_type`` and gives ``row_id(row)``.
    """

    mime_type: str

    def row_id(self, row: int) -> int:
        raise NotImplementedError

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
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(self.mime_type)

    def dragged_id(self, data: QMimeData) -> int | None:
        """The id a drop carries, or ``None`` when it carries none of ours."""
        if not data.hasFormat(self.mime_type):
            return None
        try:
            return int(bytes(data.data(self.mime_type).data()).decode())
        except ValueError:
            return None
