"""Draft the objective: its wording and why it matters, with live quality findings.

The room picks an objective from the ranked list and words it together; what the
checks notice shows beside the text as it is typed, with the words it is about
marked in the text. The wording is saved when the editing is finished.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import add_objective, edit_objective
from ui.widgets.okr_editors import ObjectiveEditor
from ui.widgets.okr_rows import ObjectivesModel, big_list
from ui.widgets.parts import button, empty_state, entry, label

KINDS = ("draft_objective",)


class DraftingPage(Page):
    page_title = QT_TRANSLATE_NOOP("DraftingPage", "Draft the objective")
    page_hint = QT_TRANSLATE_NOOP(
        "DraftingPage",
        "Word the chosen idea as one clear objective and say why it matters. "
        "The checks on the right update as you type.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.model = ObjectivesModel()
        self.list = big_list(self.tr("Objectives, ranked"), self.model)
        self.list.setMaximumWidth(460)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.new_objective = entry(self.tr("New objective"), self.tr("Another objective…"))
        self.new_objective.returnPressed.connect(self.add_objective)
        self.add_button = button(self.tr("Add objective"))
        self.add_button.clicked.connect(self.add_objective)
        self.nothing_yet = empty_state(
            self.tr("No objectives yet. Type one below, or take the winners of the objective vote.")
        )
        self.editor = ObjectiveEditor(self.save, context.engine.okrs.rules())

        # The list shows every row, so the column keeps to the top of a taller row
        # (the checks beside the text grow as they are typed) and its title stays
        # above the list.
        self.list_title = label(self.tr("Objectives, ranked"), "sectionTitle", bold=True)
        left = QVBoxLayout()
        left.addWidget(self.list_title)
        left.addWidget(self.nothing_yet)
        left.addWidget(self.list)
        left.addWidget(self.new_objective)
        left.addWidget(self.add_button)
        left.addStretch(1)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(460)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addWidget(side, 1)
        row.addWidget(self.editor, 3)
        self.body.addLayout(row, 1)
        self.refresh()

    def reload(self) -> None:
        current = self.current_id()
        self.model.set_rows(self.engine.okrs.objectives())
        self.nothing_yet.setVisible(not self.model.rows)
        row = self.model.row_of(current)
        if row < 0 and self.model.rows:
            row = 0
        self.select_row(row)
        self.editor.show_objective(self.model.rows[row] if row >= 0 else None)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.data(index, ObjectivesModel.IdRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        if self.list.currentIndex() != index:
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def choose(self, objective_id: int) -> None:
        self.select_row(self.model.row_of(objective_id))

    def _chosen(self, *_args: Any) -> None:
        row = self.list.currentIndex().row()
        self.editor.show_objective(
            self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        )

    def save(self, field: str, value: Any) -> bool:
        objective = self.editor.objective
        if objective is None:
            return False
        return self.run(edit_objective(self.engine.okrs, objective.id, field, value))

    def add_objective(self) -> None:
        text = self.new_objective.text()
        command = add_objective(self.engine.okrs, text)
        if self.run(command):
            self.new_objective.clear()
            if command.made is not None:
                self.choose(command.made)
                self.editor.why.setFocus()


def make_page(context: PageContext, kind: str) -> QWidget:
    return DraftingPage(context)
