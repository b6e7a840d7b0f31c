"""The booth's models: one voter's ballot and the sorted tally, with their roles and colours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QWidget,
)

from facilitation.engine.voting import OptionView
from facilitation.voting import TallyRow
from ui.widgets.rows import AnyIndex

OPTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The voter's own dots on this card."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
PLACE_ROLE = Qt.ItemDataRole.UserRole + 4
TIED_ROLE = Qt.ItemDataRole.UserRole + 5
SETTLED_ROLE = Qt.ItemDataRole.UserRole + 6
"""Who settled this card's place in a tie: "facilitator", "runoff" or ""."""
KEPT_ROLE = Qt.ItemDataRole.UserRole + 7
"""Whether the card is above the cut line."""


def ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


class BallotModel(QAbstractListModel):
    """The cards of the round and this voter's own dots on them; nothing of anyone else's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[OptionView] = []
        self.mine: dict[int, int] = {}
        self.left = (0, 0)
        """The voter's votes left, and how many each person has."""
        self._rows: dict[int, int] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.options):
            return None
        option = self.options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return option.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mine = self.mine.get(option.id, 0)
            return self.tr("{0}: {1} of your votes").format(option.label, mine)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.tr("Vote for {0}, {1} of {2} votes left").format(option.label, *self.left)
        if role == OPTION_ID_ROLE:
            return option.id
        if role == MINE_ROLE:
            return self.mine.get(option.id, 0)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_options(self, options: Sequence[OptionView]) -> None:
        if list(options) == self.options:
            return
        self.beginResetModel()
        self.options = list(options)
        self._rows = {o.id: row for row, o in enumerate(self.options)}
        self.mine = {}
        self.endResetModel()

    def set_mine(self, mine: dict[int, int]) -> None:
        """Show a voter's dots, repainting only the cards whose dots changed."""
        old, self.mine = self.mine, dict(mine)
        for option_id in set(old) | set(mine):
            if old.get(option_id, 0) != mine.get(option_id, 0):
                self._changed(option_id)

    def set_left(self, left: int, votes_per_person: int) -> None:
        """Keep the votes left for the cards' descriptions, read when a card gets the focus.

        No card is repainted for it: a dot repaints only its own card.
        """
        self.left = (left, votes_per_person)

    def set_one(self, option_id: int, count: int) -> None:
        if self.mine.get(option_id, 0) != count:
            self.mine[option_id] = count
            self._changed(option_id)

    def clear(self) -> None:
        """Wipe the ballot off the screen: the next voter sees none of it."""
        self.beginResetModel()
        self.options = []
        self._rows = {}
        self.mine = {}
        self.endResetModel()

    def _changed(self, option_id: int) -> None:
        row = self._rows.get(option_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [MINE_ROLE])


class TallyModel(QAbstractListModel):
    """The sorted tally of a revealed round, with ties and the cut line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TallyRow] = []
        self.keep: int | None = None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            tie = self.tr(", tied") if row.tied else ""
            text = self.tr("{0}: {1}, {2} votes{3}").format(
                ordinal(row.place), row.label, row.count, tie
            )
            if self.keep is None:
                return text
            if index.row() < self.keep:
                return self.tr("{0}, kept").format(text)
            return self.tr("{0}, not now").format(text)
        if role == OPTION_ID_ROLE:
            return row.option_id
        if role == COUNT_ROLE:
            return row.count
        if role == PLACE_ROLE:
            return row.place
        if role == TIED_ROLE:
            return row.tied
        if role == SETTLED_ROLE:
            return row.tie_break_by
        if role == KEPT_ROLE:
            return self.keep is not None and index.row() < self.keep
        return None

    def set_result(self, rows: Sequence[TallyRow], keep: int | None) -> None:
        if list(rows) == self.rows and keep == self.keep:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.keep = keep
        self.endResetModel()
