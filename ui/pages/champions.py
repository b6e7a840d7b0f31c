"""Key result champions: one person for each picked key result, and the team's OKR champion.

The participants are chips showing how many key results each already champions;
drag a chip onto a key result, or pick the person from its list. What the engine
warns about (a key result without a champion, one person carrying too many) stays
in view.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QFontMetrics,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.okrs import MOST_KRS_PER_CHAMPION, KeyResultView, Warning
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import set_champion, set_okr_champion
from ui.reflow import columns, show_every_row
from ui.theme import colour, set_state
from ui.vocabulary import ROLE_LABELS
from ui.widgets.fonts import body_font
from ui.widgets.okr_rows import big_list, objective_line
from ui.widgets.parts import caption, empty_state, label
from ui.widgets.rows import AnyIndex, RowsModel

KINDS = ("champions",)

PARTICIPANT_MIME = "application/x-okr-workshop-participant"
NOBODY = QT_TRANSLATE_NOOP("champions", "— nobody yet —")
CHIP_FILLS = {"ok": "chip_ok", "busy": "chip_busy", "free": "chip_free"}
CHIP_EDGES = {"ok": "highlight", "busy": "mark_warning", "free": "mark_quiet"}
"""The theme's colours of a person's chip by load; its second line says the load in words."""


@dataclass(frozen=True)
class PersonChip:
    id: int
    name: str
    role: str
    load: int
    is_okr_champion: bool

    @property
    def state(self) -> str:
        if self.load > MOST_KRS_PER_CHAMPION:
            return "busy"
        return "ok" if self.load else "free"

    @property
    def load_words(self) -> str:
        if not self.load:
            return translate("PersonChip", "no key results yet")
        if self.load == 1:
            return translate("PersonChip", "1 key result")
        return translate("PersonChip", "{0} key results").format(self.load)


WIDEST_LOAD_WORDS = PersonChip(0, "", "", 0, False).load_words


class PeopleModel(RowsModel[PersonChip]):
    """The participants as chips that can be dragged onto a key result."""

    LoadRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def key(self, row: PersonChip) -> Hashable:
        return row.id

    def row_id(self, row: PersonChip) -> Any:
        return row.id

    def show(self, row: PersonChip, role: int) -> Any:
        star = "★ " if row.is_okr_champion else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{star}{row.name}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            champion = self.tr(", the team's OKR champion") if row.is_okr_champion else ""
            return f"{row.name} ({ROLE_LABELS.get(row.role, row.role)}{champion}): {row.load_words}"
        if role == self.LoadRole:
            return row.load
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [PARTICIPANT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            person = self.rows[valid[0].row()]
            data.setData(PARTICIPANT_MIME, QByteArray(str(person.id).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


def dropped_participant(data: QMimeData) -> int | None:
    if not data.hasFormat(PARTICIPANT_MIME):
        return None
    try:
        return int(bytes(data.data(PARTICIPANT_MIME).data()).decode())
    except ValueError:
        return None


class ChipDelegate(QStyledItemDelegate):
    """A person as a rounded chip: the name, and below it how many key results they carry."""

    HEIGHT = 84
    PADDING = 18

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """As wide as the chip's widest words, whatever its load: the grid keeps its places.

        A chip that narrowed when its load changed would leave the end of its old words
        on screen until the whole list was laid out again.
        """
        person: PersonChip = index.data(RowsModel.ObjectRole)
        named = f"★ {person.name}" if person else ""
        name = QFontMetrics(body_font(bold=True)).horizontalAdvance(named)
        load = QFontMetrics(body_font(24)).horizontalAdvance(WIDEST_LOAD_WORDS)
        return QSize(max(name, load) + 2 * self.PADDING + 16, self.HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        person: PersonChip = index.data(RowsModel.ObjectRole)
        if person is None:
            return
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        state = person.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_HasFocus)
        pen = QPen(colour(CHIP_EDGES[state]), 4 if selected else 2)
        painter.setPen(pen)
        painter.setBrush(colour(CHIP_FILLS[state]))
        painter.drawRoundedRect(rect, 14, 14)
        painter.setPen(colour("ink"))
        painter.setFont(body_font(bold=True))
        top = rect.adjusted(self.PADDING, 6, -self.PADDING, -rect.height() // 2)
        painter.drawText(
            top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), index.data() or ""
        )
        painter.setFont(body_font(24))
        bottom = rect.adjusted(self.PADDING, rect.height() // 2, -self.PADDING, -6)
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), person.load_words
        )
        painter.restore()


def people_view(model: PeopleModel) -> QListView:
    view = QListView()
    view.setObjectName("roomList")
    view.setModel(model)
    view.setAccessibleName(translate("champions", "People: drag one onto a key result"))
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setFlow(QListView.Flow.LeftToRight)
    view.setWrapping(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setSpacing(8)
    view.setUniformItemSizes(False)
    view.setItemDelegate(ChipDelegate(view))
    view.setDragEnabled(True)
    view.setDragDropMode(QListView.DragDropMode.DragOnly)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    view.setFrameShape(QFrame.Shape.NoFrame)
    show_every_row(view)
    return view


class WarningsModel(RowsModel[Warning]):
    def key(self, row: Warning) -> Hashable:
        return row

    def row_id(self, row: Warning) -> Any:
        return row.message

    def show(self, row: Warning, role: int) -> Any:
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return row.message
        if role == Qt.ItemDataRole.DecorationRole:
            return colour(CHIP_EDGES["busy"])
        return None


class PersonPicker(QComboBox):
    """Nobody, or one of the participants."""

    def __init__(self, accessible_name: str, on_pick: Callable[[int | None, str], None]) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(52)
        self.setMinimumContentsLength(12)
        self.on_pick = on_pick
        self.shown_id: int | None = None
        self.activated.connect(self._picked)

    def show_people(self, people: Sequence[PersonChip], chosen: int | None) -> None:
        self.blockSignals(True)
        wanted = [(translate("champions", NOBODY), None)] + [(p.name, p.id) for p in people]
        current = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if current != wanted:
            self.clear()
            for text, person_id in wanted:
                self.addItem(text, person_id)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen is not None else 0)
        self.shown_id = self.chosen()
        self.blockSignals(False)

    def chosen(self) -> int | None:
        value = self.currentData()
        return value if isinstance(value, int) else None

    def _picked(self, _row: int) -> None:
        person = self.chosen()
        if person == self.shown_id:
            return
        self.on_pick(person, self.currentText() if person is not None else "")


class KeyResultSlot(QFrame):
    """A picked key result; a person dropped on it becomes its champion."""

    def __init__(
        self, kr: KeyResultView, rank: int, on_assign: Callable[[int, int | None, str], None]
    ):
        super().__init__()
        self.setObjectName("championSlot")
        self.setAcceptDrops(True)
        self.key_result_id = kr.id
        self.text = kr.text
        self.on_assign = on_assign
        self.words = label(f"{rank}. {kr.text}", "pageBody")
        self.picker = PersonPicker(
            self.tr("Champion of key result {0}").format(rank),
            lambda person, name: self.on_assign(self.key_result_id, person, name),
        )
        row = columns((self.words, 1, 300), (self.picker, 0, 300), spacing=16)
        row.setContentsMargins(16, 10, 12, 10)
        self.setLayout(row)
        set_state(self, "drop", "off")

    def show_key_result(self, kr: KeyResultView, rank: int, people: Sequence[PersonChip]) -> None:
        self.words.setText(f"{rank}. {' '.join(kr.text.split())}")
        self.picker.show_people(people, kr.champion_id)
        set_state(self, "champion", "set" if kr.champion_id is not None else "missing")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_participant(event.mimeData()) is not None:
            event.acceptProposedAction()
            set_state(self, "drop", "on")
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        set_state(self, "drop", "off")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        set_state(self, "drop", "off")
        person = dropped_participant(event.mimeData())
        if person is None:
            event.ignore()
            return
        event.acceptProposedAction()
        name = next(
            (
                self.picker.itemText(i)
                for i in range(self.picker.count())
                if self.picker.itemData(i) == person
            ),
            "",
        )
        self.on_assign(self.key_result_id, person, name)


class ChampionsPage(Page):
    page_title = QT_TRANSLATE_NOOP("ChampionsPage", "Key result champions")
    page_hint = QT_TRANSLATE_NOOP(
        "ChampionsPage",
        "Give each picked key result one champion: drag a person onto it, or "
        "pick them from its list. Keep an eye on how much each person carries.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.people: list[PersonChip] = []
        self.okr_champion = PersonPicker(self.tr("The team's OKR champion"), self.set_okr_champion)
        self.people_model = PeopleModel()
        self.people_view = people_view(self.people_model)
        self.warnings_model = WarningsModel()
        self.warnings = big_list(self.tr("What to look at"), self.warnings_model)
        self.all_clear = empty_state(
            self.tr("Every picked key result has a champion, and no one carries too many.")
        )
        self.slots: dict[int, KeyResultSlot] = {}
        self.headings: list[QWidget] = []
        self.board = QWidget()
        self.board_layout = QVBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 12, 0)
        self.board_layout.setSpacing(10)
        self.board_layout.addStretch(1)
        self.nothing_picked = empty_state(
            self.tr("No key results yet: write and pick them in the earlier steps.")
        )

        champion_row = QHBoxLayout()
        champion_row.addWidget(caption(self.tr("The team's OKR &champion"), self.okr_champion))
        champion_row.addWidget(self.okr_champion, 1)
        champion_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("People"), "sectionTitle", bold=True))
        left.addWidget(self.people_view)
        left.addWidget(label(self.tr("What to look at"), "sectionTitle", bold=True))
        left.addWidget(self.warnings)
        left.addWidget(self.all_clear)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.nothing_picked)
        right.addWidget(self.board, 1)
        self.body.addLayout(champion_row)
        self.body.addLayout(columns((left, 2, 340), (right, 3, 480), spacing=32), 1)
        self.refresh()

    def reload(self) -> None:
        okrs = self.engine.okrs
        load = okrs.champion_load()
        self.people = [
            PersonChip(p.id, p.name, p.role, load.get(p.id, 0), p.is_okr_champion)
            for p in okrs.participants()
        ]
        self.people_model.set_rows(self.people)
        champion = next((p.id for p in self.people if p.is_okr_champion), None)
        self.okr_champion.show_people(self.people, champion)
        warnings = okrs.warnings()
        self.warnings_model.set_rows(warnings)
        self.warnings.setVisible(bool(warnings))
        self.all_clear.setVisible(not warnings)
        self._show_board(okrs.objectives())

    def _show_board(self, objectives: Sequence[Any]) -> None:
        sections = [
            (o, o.selected_key_results or o.key_results, not o.selected_key_results)
            for o in objectives
            if o.key_results
        ]
        self.nothing_picked.setVisible(not sections)
        wanted = [kr.id for _o, krs, _all in sections for kr in krs]
        if wanted != list(self.slots):
            self._rebuild(sections)
        for _objective, krs, _all in sections:
            for rank, kr in enumerate(krs, start=1):
                self.slots[kr.id].show_key_result(kr, rank, self.people)

    def _rebuild(self, sections: Sequence[tuple[Any, Sequence[KeyResultView], bool]]) -> None:
        for widget in [*self.headings, *self.slots.values()]:
            self.board_layout.removeWidget(widget)
            widget.deleteLater()
        self.headings, self.slots = [], {}
        at = 0
        for objective, krs, not_picked in sections:
            heading = label(objective_line(objective), "sectionTitle", bold=True)
            self.headings.append(heading)
            self.board_layout.insertWidget(at, heading)
            at += 1
            if not_picked:
                note = empty_state(self.tr("None picked yet: every candidate is shown."))
                self.headings.append(note)
                self.board_layout.insertWidget(at, note)
                at += 1
            for rank, kr in enumerate(krs, start=1):
                slot = KeyResultSlot(kr, rank, self.assign)
                self.slots[kr.id] = slot
                self.board_layout.insertWidget(at, slot)
                at += 1

    def assign(self, key_result_id: int, participant_id: int | None, name: str) -> None:
        text = self.slots[key_result_id].text if key_result_id in self.slots else ""
        done = self.run(set_champion(self.engine.okrs, key_result_id, text, participant_id, name))
        if not done:
            self.refresh()

    def set_okr_champion(self, participant_id: int | None, name: str) -> None:
        if not self.run(set_okr_champion(self.engine.okrs, participant_id, name)):
            self.refresh()


def make_page(context: PageContext, kind: str) -> QWidget:
    return ChampionsPage(context)
