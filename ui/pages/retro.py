"""The retrospective boards: went well / didn't go well / learned, and start / stop / continue.

The same page serves the retrospective on last cycle at the start of the day and
the look back on the day at its close. Notes are big cards; they are added at the
foot of a column, edited in place (double-click, Enter or F2), moved by dragging or
with Alt and the arrow keys, and deleted with Delete. Every change can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.boards import BOARDS, RetroItemView
from ui.commands import Changes
from ui.drag import DragsById
from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.pages.base import Page
from ui.pages.board_commands import (
    add_retro_item,
    delete_retro_item,
    edit_retro_item,
    move_retro_item,
)
from ui.pages.context import PageContext
from ui.reflow import Columns, FittedStack, show_every_row
from ui.theme import colour
from ui.vocabulary import COLUMNS
from ui.widgets.fonts import body_font
from ui.widgets.parts import menu_place, see_through
from ui.widgets.rows import AnyIndex, take_rows

KINDS: tuple[str, ...] = ("retrospective", "close_retro")
MOMENT_OF_KIND = {"retrospective": "opening", "close_retro": "closing"}

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_MIME = "application/x-okr-workshop-retro-note"

NOTES = {
    "went_well": "well",
    "went_badly": "badly",
    "learned": "learned",
    "start": "well",
    "stop": "badly",
    "continue": "learned",
}
"""Each column's notes: the theme's ``note_<kind>`` fill and ``note_<kind>_edge``."""
BOARD_NAMES = Words(
    "retro",
    {
        "look_back": QT_TRANSLATE_NOOP("retro", "Went well · Didn't go well · Learned"),
        "start_stop_continue": QT_TRANSLATE_NOOP("retro", "Start · Stop · Continue"),
    },
)
TITLES = Words(
    "retro",
    {
        "opening": QT_TRANSLATE_NOOP("retro", "Retrospective: what did last cycle teach us?"),
        "closing": QT_TRANSLATE_NOOP("retro", "Close: look back on the day"),
    },
)
HINTS = Words(
    "retro",
    {
        "opening": (
            QT_TRANSLATE_NOOP(
                "retro",
                "One note per thought. Drag a note, or use Alt and the arrow keys, to "
                "move it; double-click or press Enter to edit; Delete removes it.",
            )
        ),
        "closing": (
            QT_TRANSLATE_NOOP(
                "retro",
                "What worked today, what did not, and what to start, stop or continue "
                "next time. Drag notes or use Alt and the arrow keys to move them.",
            )
        ),
    },
)
DEFAULT_BOARD = {"opening": "look_back", "closing": "start_stop_continue"}


class NotesModel(DragsById[RetroItemView], QAbstractListModel):
    """The notes of one column, in their order."""

    edited = Signal(int, str)
    """A note's id and its new text, typed in place."""
    dropped = Signal(int, str, int)
    """A note's id, the column it was dropped on, and the row it was dropped at."""

    mime_type = NOTE_MIME
    row_flags = Qt.ItemFlag.ItemIsEditable

    def __init__(self, column: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.rows: list[RetroItemView] = []

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        item = self.row_at(index)
        if item is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return item.text
        if role == ITEM_ID_ROLE:
            return item.id
        if role == COLUMN_ROLE:
            return item.column
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = 2) -> bool:
        """An edit in place becomes an undo command: the page saves it, then re-reads."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self.rows[index.row()]
        if isinstance(value, str) and value.strip() != item.text:
            self.edited.emit(item.id, value)
        return False

    def drop(self, dragged_id: int, row: int, parent: AnyIndex) -> None:
        """Ask for the move; the page moves the note."""
        if parent.isValid():
            row = parent.row()
        if row < 0:
            row = len(self.rows)
        self.dropped.emit(dragged_id, self.column, row)

    def set_items(self, items: list[RetroItemView]) -> None:
        """Show these notes, telling the view only what changed."""
        take_rows(self, self.rows, items, self.item_id)

    @staticmethod
    def item_id(item: RetroItemView) -> int:
        return item.id


class NoteDelegate(QStyledItemDelegate):
    """Paints a note as a big card whose height follows its text."""

    PAD = 16
    GAP = 6

    def __init__(self, note: str, view: QListView) -> None:
        super().__init__(view)
        self.note = note
        self.view = view
        self.font = body_font()

    def _text_width(self) -> int:
        return max(120, self.view.viewport().width() - 2 * (self.PAD + self.GAP) - 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(self.font)
        bounds = metrics.boundingRect(
            QRect(0, 0, self._text_width(), 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(self.view.viewport().width() - 4, bounds.height() + 2 * (self.PAD + self.GAP))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect = option.rect.adjusted(self.GAP, self.GAP, -self.GAP, -self.GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = colour(f"note_{self.note}")
        if selected:
            painter.setPen(QPen(colour("highlight"), 4))
        else:
            painter.setPen(QPen(fill.darker(140), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(colour("ink"))
        painter.setFont(self.font)
        painter.drawText(
            QRect(
                rect.left() + self.PAD,
                rect.top() + self.PAD,
                self._text_width(),
                rect.height() - 2 * self.PAD,
            ),
            int(
                Qt.TextFlag.TextWordWrap
                | Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignVCenter
            ),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFont(self.font)
        editor.setAccessibleName(self.tr("Edit the note"))
        return editor

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        editor.setGeometry(option.rect.adjusted(self.GAP, self.GAP, -self.GAP, -self.GAP))


NOTE_COLUMN_WIDTH = 300
"""Three columns of notes side by side from here; narrower, they stack."""


class NotesView(QListView):
    """One column's notes; keyboard moves go through the page."""

    def __init__(self, column: NoteColumn) -> None:
        super().__init__()
        self.column = column
        see_through(self)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        show_every_row(self, least_rows=2)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = index.data(ITEM_ID_ROLE)
        return int(value) if value is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item_id = self.current_id()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        page = self.column.page
        key = event.key()
        if item_id is not None and self.state() != QAbstractItemView.State.EditingState:
            if alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                page.move_sideways(item_id, -1 if key == Qt.Key.Key_Left else 1)
                return
            if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                page.move_within(item_id, -1 if key == Qt.Key.Key_Up else 1)
                return
            if key == Qt.Key.Key_Delete:
                page.delete(item_id)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The note's menu: under the mouse, or for the current note from the menu key."""
        place = menu_place(self, event)
        if place is not None:
            index, where = place
            self.column.page.note_menu(int(index.data(ITEM_ID_ROLE))).exec(where)


class NoteColumn(QFrame):
    """A column of a board: its name and count, its notes, and a line to add one."""

    def __init__(self, page: RetroPage, column: str) -> None:
        super().__init__()
        self.page = page
        self.column = column
        self.setObjectName("noteColumn")
        self.setProperty("note", NOTES[column])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = QLabel(COLUMNS[column])
        self.header.setObjectName("sectionTitle")
        layout.addWidget(self.header)
        self.model = NotesModel(column, self)
        self.view = NotesView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(NoteDelegate(NOTES[column], self.view))
        self.view.setAccessibleName(self.tr("Notes: {0}").format(COLUMNS[column]))
        layout.addWidget(self.view, 1)
        self.new_note = QLineEdit()
        self.new_note.setPlaceholderText(
            self.tr("Add to “{0}”, then Enter").format(COLUMNS[column])
        )
        self.new_note.setAccessibleName(self.tr("New note for {0}").format(COLUMNS[column]))
        self.new_note.returnPressed.connect(self._add)
        layout.addWidget(self.new_note)
        self.model.edited.connect(page.reword)
        self.model.dropped.connect(page.dropped)

    def show_items(self, items: list[RetroItemView]) -> None:
        self.model.set_items(items)
        self.header.setText(f"{COLUMNS[self.column]}  ({len(items)})")
        self.header.setAccessibleName(
            self.tr("{0}: {1} notes").format(COLUMNS[self.column], len(items))
        )

    def _add(self) -> None:
        text = self.new_note.text()
        if not text.strip():
            self.page.banner.show_message(self.tr("Type the note first, then press Enter."))
            return
        command = add_retro_item(self.page.engine.boards, self.page.moment, self.column, text)
        if self.page.run(command):
            self.new_note.clear()


class RetroPage(Page):
    shows = Changes(board=True)

    def __init__(self, context: PageContext, moment: str) -> None:
        super().__init__(context, TITLES[moment], HINTS[moment])
        self.moment = moment
        self.items: list[RetroItemView] = []
        self._follow: int | None = None

        switch = Columns(spacing=8)
        self.board_buttons: dict[str, QPushButton] = {}
        self.board_group = QButtonGroup(self)
        self.stack = FittedStack()
        self.columns: dict[str, NoteColumn] = {}
        for board, columns in BOARDS.items():
            choice = QPushButton(BOARD_NAMES[board])
            choice.setCheckable(True)
            choice.setAccessibleName(self.tr("Show the board {0}").format(BOARD_NAMES[board]))
            choice.clicked.connect(lambda _checked=False, b=board: self.show_board(b))
            self.board_group.addButton(choice)
            switch.add(choice, stretch=0, least=0)
            self.board_buttons[board] = choice
            holder = QWidget()
            row = Columns(holder, spacing=16)
            for column in columns:
                self.columns[column] = NoteColumn(self, column)
                row.add(self.columns[column], least=NOTE_COLUMN_WIDTH)
            self.stack.addWidget(holder)
        self.body.addLayout(switch)
        self.body.addWidget(self.stack, 1)
        self.board = DEFAULT_BOARD[moment]
        self.show_board(self.board)
        self.refresh()

    def show_board(self, board: str) -> None:
        self.board = board
        self.board_buttons[board].setChecked(True)
        self.stack.setCurrentIndex(list(BOARDS).index(board))

    def reload(self) -> None:
        self.items = self.engine.boards.retro_items(self.moment)
        for column, widget in self.columns.items():
            widget.show_items(
                sorted((i for i in self.items if i.column == column), key=lambda i: i.position)
            )
        for board, columns in BOARDS.items():
            count = sum(1 for i in self.items if i.column in columns)
            self.board_buttons[board].setText(f"{BOARD_NAMES[board]}  ({count})")
        if self._follow is not None:
            self._select(self._follow)
            self._follow = None

    def _select(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        board = next(b for b, columns in BOARDS.items() if item.column in columns)
        if board != self.board:
            self.show_board(board)
        column = self.columns[item.column]
        row = column.model.row_of(item_id)
        if row is not None:
            index = column.model.index(row)
            column.view.setCurrentIndex(index)
            column.view.scrollTo(index)
            column.view.setFocus()

    def _item(self, item_id: int) -> RetroItemView | None:
        return next((i for i in self.items if i.id == item_id), None)

    def _place(self, item: RetroItemView) -> tuple[str, int]:
        row = self.columns[item.column].model.row_of(item.id)
        return (item.column, row if row is not None else 0)

    # What the room does

    def reword(self, item_id: int, text: str) -> None:
        item = self._item(item_id)
        if item is not None:
            self._follow = item_id
            self.run(edit_retro_item(self.engine.boards, item_id, text, item.text))

    def move_note(self, item_id: int, column: str, position: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        old = self._place(item)
        if old == (column, position):
            return
        self._follow = item_id
        self.run(move_retro_item(self.engine.boards, item_id, item.text, (column, position), old))

    def dropped(self, item_id: int, column: str, row: int) -> None:
        """A note was dropped at a row of a column (counting the note itself if it is there)."""
        item = self._item(item_id)
        if item is None:
            return
        _, old_row = self._place(item)
        if item.column == column and old_row < row:
            row -= 1
        QTimer.singleShot(0, lambda: self.move_note(item_id, column, row))

    def move_sideways(self, item_id: int, step: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        columns = next(c for c in BOARDS.values() if item.column in c)
        target = columns.index(item.column) + step
        if not 0 <= target < len(columns):
            return
        _, row = self._place(item)
        self.move_note(item_id, columns[target], row)

    def move_within(self, item_id: int, step: int) -> None:
        item = self._item(item_id)
        if item is None:
            return
        column, row = self._place(item)
        count = self.columns[column].model.rowCount()
        if 0 <= row + step < count:
            self.move_note(item_id, column, row + step)

    def move_to_end(self, item_id: int, column: str) -> None:
        self.move_note(item_id, column, self.columns[column].model.rowCount())

    def _mover(self, item_id: int, column: str) -> Callable[[], None]:
        return lambda: self.move_to_end(item_id, column)

    def delete(self, item_id: int) -> None:
        item = self._item(item_id)
        if item is not None:
            self.run(delete_retro_item(self.engine.boards, item_id, item.text))

    def note_menu(self, item_id: int) -> QMenu:
        item = self._item(item_id)
        menu = QMenu(self)
        if item is None:
            return menu
        view = self.columns[item.column].view
        menu.addAction(self.tr("Edit"), lambda: view.edit(view.currentIndex()))
        move_to = menu.addMenu(self.tr("Move to"))
        for column, name in COLUMNS.items():
            if column != item.column:
                move_to.addAction(name).triggered.connect(self._mover(item_id, column))
        menu.addSeparator()
        menu.addAction("Delete", lambda: self.delete(item_id))
        return menu


def make_page(context: PageContext, kind: str) -> QWidget:
    return RetroPage(context, MOMENT_OF_KIND[kind])
