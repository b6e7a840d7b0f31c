"""Write measures of progress: key-result candidates for each objective.

Each candidate has its wording, baseline, target, unit, how it is measured and
where the number comes from; what the checks notice shows beside it as it is typed,
and the list says at a glance which candidates still need work.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from facilitation.engine.okrs import KeyResultView, ObjectiveView, key_result_draft
from facilitation.quality import check_key_result
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP
from ui.import_table_dialog import ImportTableDialog, open_import
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import add_key_result, edit_key_result, remove_key_result
from ui.reflow import columns
from ui.widgets.okr_editors import KeyResultEditor
from ui.widgets.okr_rows import (
    CheckedItem,
    CheckedItemsModel,
    ObjectiveChooser,
    big_list,
    current_id,
    select_id,
)
from ui.widgets.parts import button, empty_state, entry, label

KINDS = ("write_measures",)


class MeasuresPage(Page):
    page_title = QT_TRANSLATE_NOOP("MeasuresPage", "Write measures of progress")
    page_hint = QT_TRANSLATE_NOOP(
        "MeasuresPage",
        "Everyone suggests numbers that would show the objective coming true: "
        "who does what, by how much, from what baseline.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.names: dict[int, str] = {}
        self.rules = context.engine.okrs.rules()
        self.key_results: dict[int, KeyResultView] = {}
        self.chooser = ObjectiveChooser(self._objective_chosen)
        self.no_objective = empty_state(
            self.tr("There is no objective to measure yet: draft one in the step before.")
        )
        self.model = CheckedItemsModel()
        self.list = big_list(self.tr("Key result candidates"), self.model)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.nothing_yet = empty_state(self.tr("No candidates yet: type the first one below."))
        self.new_key_result = entry(self.tr("New key result"), self.tr("Another measure…"))
        self.new_key_result.returnPressed.connect(self.add_key_result)
        self.add_button = button(self.tr("Add key result"))
        self.add_button.clicked.connect(self.add_key_result)
        self.remove_button = button(
            self.tr("Remove this one"), self.tr("Remove the chosen key result")
        )
        self.remove_button.clicked.connect(self.remove_key_result)
        self.import_button = button(
            self.tr("Import table…"), self.tr("Import key results from a table")
        )
        self.import_button.setToolTip(
            self.tr(
                "Key results from a CSV or XLSX file, under the objectives its "
                "Objective column names; without one they go to the objective chosen "
                "here"
            )
        )
        self.import_button.clicked.connect(self.import_table)
        self.import_dialog: ImportTableDialog | None = None
        self.editor = KeyResultEditor(self.save, self.rules, findings_beside=False)

        left = QVBoxLayout()
        left.addWidget(label(self.tr("Candidates"), "sectionTitle", bold=True))
        left.addWidget(self.nothing_yet)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_key_result)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        self.work = QWidget()
        self.work.setLayout(columns((left, 2, 360), (self.editor, 5, 520), spacing=32))
        self.body.addWidget(self.chooser)
        self.body.addWidget(self.no_objective)
        self.body.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.work, 1)
        self.refresh()

    def reload(self) -> None:
        self.names = self.context.participant_names()
        objectives = self.engine.okrs.objectives()
        self.chooser.set_objectives(objectives)
        self.no_objective.setVisible(not objectives)
        self.work.setVisible(bool(objectives))
        self.chooser.setVisible(bool(objectives))
        self._show_objective(self.chooser.current())

    def _objective_chosen(self, _objective_id: int | None) -> None:
        self._show_objective(self.chooser.current())

    def _show_objective(self, objective: ObjectiveView | None) -> None:
        chosen = current_id(self.list)
        krs = objective.key_results if objective else ()
        self.key_results = {kr.id: kr for kr in krs}
        self.model.set_rows(
            [
                CheckedItem(
                    "key_result",
                    kr.id,
                    kr.text,
                    tuple(check_key_result(key_result_draft(kr, self.names), self.rules)),
                    f"{number}. ",
                )
                for number, kr in enumerate(krs, start=1)
            ]
        )
        self.nothing_yet.setVisible(not krs)
        self.remove_button.setEnabled(bool(krs))
        if not select_id(self.list, chosen):
            self._show_current()

    def _show_current(self, *_args: Any) -> None:
        chosen = current_id(self.list)
        kr = self.key_results.get(chosen[1]) if chosen else None
        self.editor.show_key_result(kr, self.names)

    def choose(self, key_result_id: int) -> None:
        select_id(self.list, ("key_result", key_result_id))

    def save(self, field: str, value: Any) -> bool:
        kr = self.editor.key_result
        if kr is None:
            return False
        return self.run(edit_key_result(self.engine.okrs, kr.id, field, value))

    def add_key_result(self) -> None:
        objective_id = self.chooser.current_id()
        if objective_id is None:
            return
        command = add_key_result(self.engine.okrs, objective_id, self.new_key_result.text())
        if self.run(command) and command.made is not None:
            self.new_key_result.clear()
            self.choose(command.made)
            self.editor.baseline.setFocus()

    def import_table(self) -> None:
        self.import_dialog = open_import(
            self,
            self.context.engine,
            self.run,
            "key-results",
            into_objective=self.chooser.current_id(),
        )

    def remove_key_result(self) -> None:
        kr = self.editor.key_result
        if kr is not None:
            self.run(remove_key_result(self.engine.okrs, kr.id, kr.text))


def make_page(context: PageContext, kind: str) -> QWidget:
    return MeasuresPage(context)
