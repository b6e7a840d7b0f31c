"""The plans that hang off the key results: initiatives, and the communications plan.

Initiatives: for each picked key result, the projects and actions that should move
it, with an owner and a MoSCoW priority. The communications plan: who hears about
these OKRs, what they hear, how, when, and who tells them. Both are tables edited in
place; every finished edit is one undo command.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.okrs import (
    COMMS_FIELDS,
    CommsItemView,
    InitiativeView,
    KeyResultView,
)
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Rows, Words, translate
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import (
    add_comms_item,
    add_initiative,
    edit_comms_item,
    edit_initiative,
    remove_comms_item,
    remove_initiative,
)
from ui.reflow import Columns, columns, show_every_row
from ui.theme import colour
from ui.vocabulary import PRIORITIES
from ui.widgets.fonts import body_font
from ui.widgets.okr_rows import big_list, current_id, select_id
from ui.widgets.parts import button, empty_state, entry, label
from ui.widgets.rows import AnyIndex, RowsModel, RowsTableModel

KINDS = ("initiatives", "comms_plan")

PRIORITY_MARKS = {
    "must": "mark_error",
    "should": "mark_warning",
    "could": "mark_hint",
    "wont": "mark_quiet",
}
"""The theme's colour of each priority's mark, beside its name."""


class BigTable(QTableView):
    """A table a room reads: large wrapped cells, edited by typing, F2 or a double click.

    The columns share the width by ``weights``; rows grow to show all their text.
    """

    def __init__(
        self,
        model: QAbstractItemModel,
        accessible_name: str,
        weights: Sequence[float],
        whole_words: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self.weights = list(weights)
        self.whole_words = set(whole_words)
        """Columns of a few fixed words (a priority), never cut: they take their width first."""
        self.setModel(model)
        self.setFont(body_font())
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.horizontalHeader().setFont(body_font(bold=True))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        model.modelReset.connect(self.fit_rows)
        model.dataChanged.connect(self.fit_rows)
        self.whole = show_every_row(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        fixed = {
            column: max(
                self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column)
            )
            for column in self.whole_words
        }
        rest = max(width - sum(fixed.values()), 0)
        total = sum(w for column, w in enumerate(self.weights) if column not in fixed)
        for column, weight in enumerate(self.weights):
            self.setColumnWidth(column, fixed.get(column, int(rest * weight / total)))
        self.fit_rows()

    def fit_rows(self, *_args: Any) -> None:
        self.resizeRowsToContents()
        self.whole.fit()


def selected_id(view: QTableView) -> Any:
    index = view.currentIndex()
    return index.data(RowsTableModel.IdRole) if index.isValid() else None


# Initiatives


@dataclass(frozen=True)
class PlannedKeyResult:
    """A key result that initiatives hang off, with how it is named in the list."""

    kr: KeyResultView
    name: str

    @property
    def count_words(self) -> str:
        count = len(self.kr.initiatives)
        if not count:
            return translate("PlannedKeyResult", "no initiatives yet")
        if count == 1:
            return translate("PlannedKeyResult", "1 initiative")
        return translate("PlannedKeyResult", "{0} initiatives").format(count)


class PlannedKeyResultsModel(RowsModel[PlannedKeyResult]):
    CountRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def key(self, row: PlannedKeyResult) -> Hashable:
        return row.kr.id

    def row_id(self, row: PlannedKeyResult) -> Any:
        return row.kr.id

    def show(self, row: PlannedKeyResult, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row.name} {' '.join(row.kr.text.split())}\n{row.count_words}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.kr.text
        if role == self.CountRole:
            return len(row.kr.initiatives)
        return None


class InitiativesModel(RowsTableModel[InitiativeView]):
    COLUMNS = Rows(
        "InitiativesModel",
        (
            ("text", QT_TRANSLATE_NOOP("InitiativesModel", "Initiative")),
            ("owner", QT_TRANSLATE_NOOP("InitiativesModel", "Owner")),
            ("priority", QT_TRANSLATE_NOOP("InitiativesModel", "Priority")),
        ),
    )

    def key(self, row: InitiativeView) -> Hashable:
        return row.id

    def value(self, row: InitiativeView, field: str) -> Any:
        return getattr(row, field)

    def shown(self, row: InitiativeView, field: str) -> str:
        if field == "priority":
            return PRIORITIES.get(row.priority, row.priority)
        return str(getattr(row, field))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and self.columns[index.column()][0] == "priority"
        ):
            return colour(PRIORITY_MARKS.get(self.rows[index.row()].priority, "mark_quiet"))
        return super().data(index, role)


class PriorityDelegate(QStyledItemDelegate):
    """Must, should, could or won't have, chosen from a list."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName(self.tr("Priority"))
        for key, words in PRIORITIES.items():
            editor.addItem(words, key)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class OwnerDelegate(QStyledItemDelegate):
    """An owner typed in, or picked from the people in the room."""

    def __init__(self, parent: QWidget, names: list[str]) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setAccessibleName(self.tr("Owner"))
        editor.addItems(self.names)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def priority_picker() -> QComboBox:
    picker = QComboBox()
    picker.setAccessibleName(translate("plans", "Priority of the new initiative"))
    picker.setMinimumHeight(48)
    for key, words in PRIORITIES.items():
        picker.addItem(words, key)
    picker.setCurrentIndex(picker.findData("should"))
    return picker


class InitiativesPage(Page):
    page_title = QT_TRANSLATE_NOOP("InitiativesPage", "Initiatives for each key result")
    page_hint = QT_TRANSLATE_NOOP(
        "InitiativesPage",
        "List the projects and actions that should move each key result, who "
        "owns each one, and how much it matters: must, should, could or won't "
        "have.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.names: list[str] = []
        self.key_results_model = PlannedKeyResultsModel()
        self.key_results = big_list(self.tr("Key results"), self.key_results_model)
        self.key_results.selectionModel().currentChanged.connect(self._show_current)
        self.nothing_yet = empty_state(
            self.tr("No key results yet: write and pick them in the earlier steps.")
        )
        self.not_picked = empty_state(self.tr("None picked yet: every candidate is shown."))
        self.chosen_title = label("", "sectionTitle", bold=True)
        self.model = InitiativesModel(InitiativesModel.COLUMNS, self.edit)
        self.table = BigTable(
            self.model, self.tr("Initiatives of the chosen key result"), (5, 2, 2), whole_words=(2,)
        )
        self.owner_delegate = OwnerDelegate(self.table, self.names)
        self.table.setItemDelegateForColumn(1, self.owner_delegate)
        self.table.setItemDelegateForColumn(2, PriorityDelegate(self.table))
        self.new_text = entry(
            self.tr("New initiative"), self.tr("A project or action that moves this number…")
        )
        self.new_owner = QComboBox()
        self.new_owner.setEditable(True)
        self.new_owner.setAccessibleName(self.tr("Owner of the new initiative"))
        self.new_owner.setMinimumHeight(48)
        self.new_owner.setMinimumContentsLength(8)
        owner_line = self.new_owner.lineEdit()
        if owner_line is not None:
            owner_line.setPlaceholderText(self.tr("Owner"))
            owner_line.setAccessibleName(self.new_owner.accessibleName())
        self.new_priority = priority_picker()
        self.add_button = button(self.tr("Add initiative"))
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the chosen initiative"))
        self.new_text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove)

        adding = columns(
            (self.new_text, 3, 320),
            (self.new_owner, 1, 180),
            (self.new_priority, 0, 0),
            (self.add_button, 0, 0),
            spacing=10,
        )
        right = QVBoxLayout()
        right.addWidget(self.chosen_title)
        right.addWidget(self.table, 1)
        right.addLayout(adding)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.work = QWidget()
        self.work.setLayout(right)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Key results"), "sectionTitle", bold=True))
        left.addWidget(self.not_picked)
        left.addWidget(self.key_results, 1)
        self.body.addWidget(self.nothing_yet)
        self.body.addLayout(columns((left, 2, 340), (self.work, 5, 520), spacing=32), 1)
        self.refresh()

    def reload(self) -> None:
        people = [p.name for p in self.engine.okrs.participants()]
        if people != self.names:
            self.names[:] = people
            typed = self.new_owner.currentText()
            self.new_owner.clear()
            self.new_owner.addItems(["", *people])
            self.new_owner.setCurrentText(typed)
        planned: list[PlannedKeyResult] = []
        unpicked = False
        for objective in self.engine.okrs.objectives():
            krs = objective.selected_key_results or objective.key_results
            unpicked = unpicked or (bool(krs) and not objective.selected_key_results)
            planned.extend(
                PlannedKeyResult(
                    kr, self.tr("Objective {0}, KR {1}:").format(objective.number, number)
                )
                for number, kr in enumerate(krs, start=1)
            )
        chosen = current_id(self.key_results)
        self.key_results_model.set_rows(planned)
        self.nothing_yet.setVisible(not planned)
        self.not_picked.setVisible(unpicked)
        self.work.setEnabled(bool(planned))
        if not select_id(self.key_results, chosen):
            self._show_current()

    def current_key_result(self) -> KeyResultView | None:
        index = self.key_results.currentIndex()
        row = index.data(RowsModel.ObjectRole) if index.isValid() else None
        return row.kr if isinstance(row, PlannedKeyResult) else None

    def _show_current(self, *_args: Any) -> None:
        kr = self.current_key_result()
        self.chosen_title.setText(" ".join(kr.text.split()) if kr else "")
        self.model.set_rows(kr.initiatives if kr else ())
        self.remove_button.setEnabled(bool(self.model.rows))

    def choose(self, key_result_id: int) -> None:
        select_id(self.key_results, key_result_id)

    def add(self) -> None:
        kr = self.current_key_result()
        if kr is None:
            return
        text, owner = self.new_text.text(), self.new_owner.currentText()
        priority = str(self.new_priority.currentData())
        if self.run(add_initiative(self.engine.okrs, kr.id, text, owner, priority)):
            self.new_text.clear()
            self.new_owner.setCurrentText("")
            self.new_text.setFocus()

    def edit(self, initiative_id: Any, field: str, value: Any) -> bool:
        return self.run(edit_initiative(self.engine.okrs, initiative_id, field, str(value)))

    def remove(self) -> None:
        initiative_id = selected_id(self.table)
        row = self.model.row_of(initiative_id)
        if row >= 0:
            text = self.model.rows[row].text
            self.run(remove_initiative(self.engine.okrs, initiative_id, text))


# The communications plan

COMMS_COLUMNS = Rows(
    "plans",
    (
        ("audience", QT_TRANSLATE_NOOP("plans", "Audience")),
        ("message", QT_TRANSLATE_NOOP("plans", "Message")),
        ("channel", QT_TRANSLATE_NOOP("plans", "Channel")),
        ("when", QT_TRANSLATE_NOOP("plans", "When")),
        ("owner", QT_TRANSLATE_NOOP("plans", "Owner")),
    ),
)
COMMS_PROMPTS = Words(
    "plans",
    {
        "audience": QT_TRANSLATE_NOOP("plans", "Who needs to hear?"),
        "message": QT_TRANSLATE_NOOP("plans", "What do they need to hear?"),
        "channel": QT_TRANSLATE_NOOP("plans", "How: meeting, email, screen…"),
        "when": QT_TRANSLATE_NOOP("plans", "When"),
        "owner": QT_TRANSLATE_NOOP("plans", "Who tells them"),
    },
)


class CommsModel(RowsTableModel[CommsItemView]):
    def key(self, row: CommsItemView) -> Hashable:
        return row.id

    def value(self, row: CommsItemView, field: str) -> Any:
        return getattr(row, field)


class CommsPlanPage(Page):
    page_title = QT_TRANSLATE_NOOP("CommsPlanPage", "Communications plan")
    page_hint = QT_TRANSLATE_NOOP(
        "CommsPlanPage",
        "Plan who hears about these OKRs, what they need to hear, how, when, and who tells them.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.model = CommsModel(COMMS_COLUMNS, self.edit)
        self.table = BigTable(self.model, self.tr("The communications plan"), (2, 3, 2, 1.4, 1.4))
        self.nothing_yet = empty_state(
            self.tr("Nobody is on the plan yet: add the first line below.")
        )
        self.new: dict[str, Any] = {}
        adding = Columns(spacing=10)
        for field, title in COMMS_COLUMNS:
            typed = entry(self.tr("New line: {0}").format(title.lower()), COMMS_PROMPTS[field])
            typed.returnPressed.connect(self.add)
            self.new[field] = typed
            adding.add(typed, 2 if field == "message" else 1, 200)
        self.add_button = button(self.tr("Add to the plan"))
        self.add_button.clicked.connect(self.add)
        adding.add(self.add_button, 0, 0)
        self.remove_button = button(
            self.tr("Remove"), self.tr("Remove the chosen line of the plan")
        )
        self.remove_button.clicked.connect(self.remove)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove)
        self.body.addWidget(self.nothing_yet)
        self.body.addWidget(self.table, 1)
        self.body.addWidget(label(self.tr("Add a line"), "sectionTitle", bold=True))
        self.body.addLayout(adding)
        self.body.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def reload(self) -> None:
        items = self.engine.okrs.comms_items()
        self.model.set_rows(items)
        self.nothing_yet.setVisible(not items)
        self.remove_button.setEnabled(bool(items))

    def add(self) -> None:
        fields = {field: typed.text() for field, typed in self.new.items()}
        if self.run(add_comms_item(self.engine.okrs, fields)):
            for typed in self.new.values():
                typed.clear()
            self.new["audience"].setFocus()

    def edit(self, item_id: Any, field: str, value: Any) -> bool:
        return self.run(edit_comms_item(self.engine.okrs, item_id, field, str(value)))

    def remove(self) -> None:
        item_id = selected_id(self.table)
        if item_id is not None:
            self.run(remove_comms_item(self.engine.okrs, item_id))


def make_page(context: PageContext, kind: str) -> QWidget:
    if kind == "comms_plan":
        return CommsPlanPage(context)
    return InitiativesPage(context)


__all__ = ["COMMS_FIELDS", "KINDS", "CommsPlanPage", "InitiativesPage", "make_page"]
