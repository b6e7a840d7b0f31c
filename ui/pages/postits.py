"""The post-it board: objective candidates as cards, grouped, coloured and linked to their why.

Cards sit in a wrapping grid whose cards shrink to keep the whole board on one
screen (sixty cards fit at 1920x1080); long text is cut short on the card and
shown whole on hover and when the card is opened. Dropping a card on another
groups it there as a duplicate; dropping it at the edge of a card moves it.
Everything is also reachable from the keyboard: Enter opens a card, the menu key
gives colour, grouping and origin, Alt with the arrow keys moves, Delete removes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from facilitation.engine.boards import COLOURS, CardView
from ui.commands import Changes
from ui.drag import DragsById
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.import_table_dialog import ImportTableDialog, open_import
from ui.pages.base import Page
from ui.pages.board_commands import (
    add_card,
    delete_card,
    edit_card,
    group_card,
    link_origin,
    move_card,
    set_card_colour,
)
from ui.pages.card_dialog import NO_ORIGIN, CardDialog, Origin, colour_swatch
from ui.pages.context import PageContext
from ui.reflow import any_width_drop_down, columns
from ui.vocabulary import COLUMNS
from ui.widgets.cards import (
    CARD_ID_ROLE,
    COLOUR_ROLE,
    GROUPED_ROLE,
    ORIGIN_KIND_ROLE,
    ORIGIN_ROLE,
    CardGrid,
    PostItDelegate,
)
from ui.widgets.parts import (
    COLOUR_NAMES,
    button,
    elided,
    menu_place,
)
from ui.widgets.rows import AnyIndex, take_rows

KINDS: tuple[str, ...] = ("objective_postits",)

CARD_MIME = "application/x-okr-workshop-card"


class CardsModel(DragsById[CardView], QAbstractListModel):
    """The cards on the board: every card that is not grouped into another, in order."""

    grouped = Signal(int, int)
    """A card dropped onto another: its id, the other's id."""
    moved = Signal(int, object)
    """A card dropped between cards: its id, and the id of the card it goes before (or None)."""

    mime_type = CARD_MIME
    row_flags = Qt.ItemFlag.ItemIsDropEnabled
    """A card dropped onto another is grouped there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CardView] = []
        self.origin_labels: dict[tuple[int | None, int | None], str] = {}
        self.texts: dict[int, str] = {}

    def data(self, index: AnyIndex, role: int = 0) -> Any:
        card = self.row_at(index)
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.text]
            if card.grouped:
                lines.append(
                    self.tr("Grouped here: ")
                    + "; ".join(self.texts.get(i, "") for i in card.grouped)
                )
            origin = self.origin_of(card)
            if origin:
                lines.append(self.tr("Prompted by: {0}").format(origin))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            extra = self.tr(", {0} grouped here").format(len(card.grouped)) if card.grouped else ""
            return self.tr("{0} ({1} post-it{2})").format(
                card.text, COLOUR_NAMES[card.colour], extra
            )
        if role == CARD_ID_ROLE:
            return card.id
        if role == COLOUR_ROLE:
            return card.colour
        if role == GROUPED_ROLE:
            return len(card.grouped)
        if role == ORIGIN_ROLE:
            return self.origin_of(card)
        if role == ORIGIN_KIND_ROLE:
            if card.origin_retro_item_id is not None:
                return "retro"
            return "key_result" if card.origin_past_key_result_id is not None else ""
        return None

    def origin_of(self, card: CardView) -> str:
        key = (card.origin_retro_item_id, card.origin_past_key_result_id)
        if key == (None, None):
            return ""
        return self.origin_labels.get(key) or translate(
            "CardsModel", "something no longer on the boards"
        )

    def drop(self, dragged_id: int, row: int, parent: AnyIndex) -> None:
        """A card dropped onto another is grouped there; dropped between cards, it moves."""
        if parent.isValid():
            target = self.rows[parent.row()].id
            if target != dragged_id:
                self.grouped.emit(dragged_id, target)
            return
        before = self.rows[row].id if 0 <= row < len(self.rows) else None
        if before != dragged_id:
            self.moved.emit(dragged_id, before)

    def set_cards(self, cards: list[CardView], origin_labels: dict[Any, str]) -> None:
        """Show these cards, telling the view only what changed."""
        self.texts = {c.id: c.text for c in cards}
        shown = [c for c in cards if c.cluster_id is None]
        labels_changed = origin_labels != self.origin_labels
        self.origin_labels = dict(origin_labels)
        take_rows(self, self.rows, shown, self.card_id)
        if labels_changed and self.rows:
            self.dataChanged.emit(self.index(0), self.index(len(self.rows) - 1))

    @staticmethod
    def card_id(card: CardView) -> int:
        return card.id


class CardsView(CardGrid):
    """The post-it board: cards dragged onto each other to group, or moved."""

    def __init__(self, page: PostItPage) -> None:
        super().__init__()
        self.page = page
        self.setSpacing(0)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAccessibleName(self.tr("Post-its"))
        self.doubleClicked.connect(lambda index: page.open_card(int(index.data(CARD_ID_ROLE))))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        return int(index.data(CARD_ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card_id = self.current_id()
        key = event.key()
        if card_id is not None:
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and key in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                self.page.shift(card_id, -1 if key == Qt.Key.Key_Left else 1)
                return
            if key == Qt.Key.Key_Delete:
                self.page.delete(card_id)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.open_card(card_id)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The card's menu: under the mouse, or for the current card from the menu key."""
        place = menu_place(self, event)
        if place is not None:
            index, where = place
            self.page.card_menu(int(index.data(CARD_ID_ROLE))).exec(where)


class PostItPage(Page):
    page_title = QT_TRANSLATE_NOOP(
        "PostItPage", "What would success look like? Objectives on post-its"
    )
    page_hint = QT_TRANSLATE_NOOP(
        "PostItPage",
        "One objective per post-it: what would success look like this cycle? "
        "Drop a card on another to group duplicates; open a card (double-click "
        "or Enter) for its whole text, colour and what prompted it.",
    )
    shows = Changes(board=True, scoring=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.all_cards: list[CardView] = []
        self.texts: dict[int, str] = {}
        self.dialog: CardDialog | None = None
        self._follow: int | None = None
        self._origins: list[Origin] = []
        self.new_colour = "yellow"

        self.count_label = QLabel()
        self.heading.addWidget(self.count_label)
        self.import_button = button(
            self.tr("Import table…"), self.tr("Import post-its from a table")
        )
        self.import_button.setToolTip(self.tr("Post-its from a CSV or XLSX file, one row each"))
        self.import_button.clicked.connect(self.import_table)
        self.heading.addWidget(self.import_button)
        self.import_dialog: ImportTableDialog | None = None

        self.new_card = QLineEdit()
        self.new_card.setPlaceholderText(self.tr("Write an objective candidate, then Enter"))
        self.new_card.setAccessibleName(self.tr("New post-it"))
        self.new_card.returnPressed.connect(self._add)
        self.colour_group = QButtonGroup(self)
        self.swatches: dict[str, QPushButton] = {}
        swatches = QHBoxLayout()
        for colour in COLOURS:
            swatch = colour_swatch(colour, self.tr("for new post-its"))
            swatch.clicked.connect(lambda _checked=False, c=colour: self._pick_colour(c))
            self.colour_group.addButton(swatch)
            swatches.addWidget(swatch)
            self.swatches[colour] = swatch
        self.swatches[self.new_colour].setChecked(True)
        self.new_origin = QComboBox()
        self.new_origin.setAccessibleName(self.tr("What prompted the new post-it"))
        any_width_drop_down(self.new_origin)
        self.add_button = button(self.tr("Add"), self.tr("Add the post-it"))
        self.add_button.clicked.connect(self._add)
        self.body.addLayout(
            columns(
                (self.new_card, 3, 420),
                (swatches, 0, 0),
                (self.new_origin, 2, 300),
                (self.add_button, 0, 0),
                spacing=10,
            )
        )

        self.model = CardsModel(self)
        self.view = CardsView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(PostItDelegate(self.view))
        self.model.grouped.connect(self._dropped_on)
        self.model.moved.connect(self._dropped_before)
        self.body.addWidget(self.view, 1)
        self.refresh()

    # Reading

    def reload(self) -> None:
        boards = self.engine.boards
        self.all_cards = boards.cards()
        self.texts = {c.id: c.text for c in self.all_cards}
        self._origins = self._read_origins()
        labels = {(o.retro_item_id, o.past_key_result_id): o.label for o in self._origins[1:]}
        self.model.set_cards(self.all_cards, labels)
        self.view.fit()
        shown = self.model.rowCount()
        grouped = len(self.all_cards) - shown
        self.count_label.setText(
            self.tr("{0} post-its").format(shown)
            + (self.tr(" · {0} grouped as duplicates").format(grouped) if grouped else "")
        )
        self._fill_origin_choice()
        if self._follow is not None:
            row = self.model.row_of(self._follow)
            if row is not None:
                self.view.setCurrentIndex(self.model.index(row))
                self.view.setFocus()
            self._follow = None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_card()

    def _read_origins(self) -> list[Origin]:
        found = [replace(NO_ORIGIN, label=translate("postits", NO_ORIGIN.label))]
        for item in self.engine.boards.retro_items("opening"):
            found.append(
                Origin(
                    item.id,
                    None,
                    self.tr("Retro, {0}: {1}").format(COLUMNS[item.column], item.text),
                )
            )
        for kr in self.engine.scoring.low_scoring_key_results():
            score = "" if kr.score is None else f" ({kr.score:.1f})"
            found.append(
                Origin(
                    None, kr.id, self.tr("Last cycle's key result{0}: {1}").format(score, kr.text)
                )
            )
        return found

    def origins(self) -> list[Origin]:
        return list(self._origins)

    def _fill_origin_choice(self) -> None:
        kept = self.new_origin.currentData()
        self.new_origin.clear()
        for origin in self._origins:
            self.new_origin.addItem(elided(origin.label, 60), origin)
        if isinstance(kept, Origin) and kept in self._origins:
            self.new_origin.setCurrentIndex(self._origins.index(kept))

    def card_by_id(self, card_id: int) -> CardView | None:
        return next((c for c in self.all_cards if c.id == card_id), None)

    # What the room does

    def _pick_colour(self, colour: str) -> None:
        self.new_colour = colour

    def _add(self) -> None:
        text = self.new_card.text()
        if not text.strip():
            self.banner.show_message(self.tr("Write the objective first, then press Enter."))
            return
        origin = self.new_origin.currentData()
        origin = origin if isinstance(origin, Origin) else NO_ORIGIN
        command = add_card(
            self.engine.boards,
            text,
            self.new_colour,
            origin_retro_item_id=origin.retro_item_id,
            origin_past_key_result_id=origin.past_key_result_id,
        )
        if self.run(command):
            self.new_card.clear()
            self.new_origin.setCurrentIndex(0)

    def import_table(self) -> None:
        self.import_dialog = open_import(self, self.engine, self.run, "postits")

    def reword(self, card_id: int, text: str) -> bool:
        card = self.card_by_id(card_id)
        if card is None:
            return False
        return self.run(edit_card(self.engine.boards, card_id, text, card.text))

    def recolour(self, card_id: int, colour: str) -> None:
        card = self.card_by_id(card_id)
        if card is not None and card.colour != colour:
            self._follow = card_id
            self.run(set_card_colour(self.engine.boards, card_id, card.text, colour))

    def link(self, card_id: int, origin: Origin) -> None:
        card = self.card_by_id(card_id)
        if card is None:
            return
        boards = self.engine.boards
        self.run(
            link_origin(boards, card_id, card.text, origin.retro_item_id, origin.past_key_result_id)
        )

    def group(self, card_id: int, into_id: int) -> None:
        card, into = self.card_by_id(card_id), self.card_by_id(into_id)
        if card is None or into is None:
            return
        self._follow = into_id
        boards = self.engine.boards
        self.run(group_card(boards, card_id, card.text, into_id, into.text))

    def ungroup(self, card_id: int) -> None:
        card = self.card_by_id(card_id)
        if card is not None:
            boards = self.engine.boards
            self.run(group_card(boards, card_id, card.text, None))

    def move_before(self, card_id: int, before_id: int | None) -> None:
        """Put a card just before another (or at the end) in the board's order."""
        card = self.card_by_id(card_id)
        if card is None:
            return
        order = [c.id for c in self.all_cards]
        old = order.index(card_id)
        order.remove(card_id)
        index = order.index(before_id) if before_id in order else len(order)
        if index == old:
            return
        self._follow = card_id
        self.run(move_card(self.engine.boards, card_id, card.text, index))

    def shift(self, card_id: int, step: int) -> None:
        row = self.model.row_of(card_id)
        if row is None:
            return
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        cards = self.model.rows
        before = (
            cards[target].id
            if step < 0
            else (cards[target + 1].id if target + 1 < len(cards) else None)
        )
        self.move_before(card_id, before)

    def delete(self, card_id: int) -> bool:
        card = self.card_by_id(card_id)
        if card is None:
            return False
        return self.run(delete_card(self.engine.boards, card_id, card.text))

    def _dropped_on(self, card_id: int, into_id: int) -> None:
        QTimer.singleShot(0, lambda: self.group(card_id, into_id))

    def _dropped_before(self, card_id: int, before_id: int | None) -> None:
        QTimer.singleShot(0, lambda: self.move_before(card_id, before_id))

    def open_card(self, card_id: int) -> CardDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = CardDialog(self, card_id)
        self.dialog.open()
        return self.dialog

    def card_menu(self, card_id: int) -> QMenu:
        card = self.card_by_id(card_id)
        menu = QMenu(self)
        if card is None:
            return menu
        menu.addAction(self.tr("Open…")).triggered.connect(lambda: self.open_card(card_id))
        colours = menu.addMenu(self.tr("Colour"))
        for colour in COLOURS:
            action = colours.addAction(COLOUR_NAMES[colour])
            action.setCheckable(True)
            action.setChecked(colour == card.colour)
            action.triggered.connect(self._recolourer(card_id, colour))
        into = menu.addMenu(self.tr("Group into"))
        for other in self.model.rows:
            if other.id != card_id:
                into.addAction(elided(other.text, 60)).triggered.connect(
                    self._grouper(card_id, other.id)
                )
        if card.grouped:
            out = menu.addMenu(self.tr("Take out of the group"))
            for child in card.grouped:
                out.addAction(elided(self.texts.get(child, ""), 60)).triggered.connect(
                    self._ungrouper(child)
                )
        prompted = menu.addMenu(self.tr("Prompted by"))
        for origin in self._origins:
            action = prompted.addAction(elided(origin.label, 70))
            action.setCheckable(True)
            action.setChecked(
                (origin.retro_item_id, origin.past_key_result_id)
                == (card.origin_retro_item_id, card.origin_past_key_result_id)
            )
            action.triggered.connect(self._linker(card_id, origin))
        menu.addSeparator()
        menu.addAction("Delete").triggered.connect(lambda: self.delete(card_id))
        return menu

    def _recolourer(self, card_id: int, colour: str) -> Callable[[], None]:
        return lambda: self.recolour(card_id, colour)

    def _grouper(self, card_id: int, into_id: int) -> Callable[[], None]:
        return lambda: self.group(card_id, into_id)

    def _ungrouper(self, card_id: int) -> Callable[[], None]:
        return lambda: self.ungroup(card_id)

    def _linker(self, card_id: int, origin: Origin) -> Callable[[], None]:
        return lambda: self.link(card_id, origin)


def make_page(context: PageContext, kind: str) -> QWidget:
    return PostItPage(context)
