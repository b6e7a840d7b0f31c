"""Editors for one objective and one key result, with live quality findings.

The checks run on every keystroke against what is being typed (they are cheap and
write nothing); the store changes only when an edit is finished, as one undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from facilitation.engine.okrs import KeyResultView, ObjectiveView
from facilitation.quality import (
    Finding,
    ObjectiveDraft,
    RuleBook,
    check_key_result,
    check_objective,
)
from ui.i18n import QT_TRANSLATE_NOOP, Rows
from ui.reflow import Columns, columns
from ui.widgets.fields import CommitLineEdit, CommitTextEdit
from ui.widgets.fonts import LARGE_PX
from ui.widgets.okr_rows import (
    FindingsPanel,
    caption,
    label,
    mark_findings,
    number_text,
    typed_key_result,
)

FIELDS_WIDTH = 420
"""The least width of an editor's fields; the findings go below them when the page is narrower."""

FieldCommit = Callable[[str, Any], bool]
"""Save one field of the item being edited; whether the rules let it happen."""


class ObjectiveEditor(QWidget):
    """The objective's wording and why it matters, with what the checks notice beside it."""

    def __init__(
        self, on_commit: FieldCommit, rules: RuleBook, *, findings_beside: bool = True
    ) -> None:
        super().__init__()
        self.on_commit = on_commit
        self.rules = rules
        self.objective: ObjectiveView | None = None
        self.text = CommitTextEdit(
            self.tr("The objective"),
            lambda value: self.on_commit("text", value),
            placeholder=self.tr("Where do we want to be? Say it in words, without numbers."),
            lines=3,
            pixels=LARGE_PX,
            single_line=True,
        )
        self.why = CommitTextEdit(
            self.tr("Why it matters"),
            lambda value: self.on_commit("why_it_matters", value),
            placeholder=self.tr("Why is this worth a whole cycle of our time?"),
            lines=3,
        )
        self.findings = FindingsPanel()
        self.text.textChanged.connect(self.check)
        self.why.textChanged.connect(self.check)

        fields = QVBoxLayout()
        fields.addWidget(caption(self.tr("&Objective"), self.text))
        fields.addWidget(self.text)
        fields.addSpacing(8)
        fields.addWidget(caption(self.tr("&Why it matters"), self.why))
        fields.addWidget(self.why)
        if findings_beside:
            fields.addStretch(1)
            layout: Columns | QVBoxLayout = columns((fields, 3, FIELDS_WIDTH), self.findings)
            self.setLayout(layout)
        else:
            layout = QVBoxLayout(self)
            layout.setSpacing(12)
            layout.addLayout(fields)
            layout.addWidget(self.findings, 1)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setEnabled(False)

    def show_objective(self, objective: ObjectiveView | None) -> None:
        """Show what is stored; a different objective replaces anything half-typed."""
        switched = objective is None or self.objective is None or objective.id != self.objective.id
        self.objective = objective
        self.setEnabled(objective is not None)
        self.text.set_value(objective.text if objective else "", force=switched)
        self.why.set_value(objective.why_it_matters if objective else "", force=switched)
        self.check()

    def check(self) -> list[Finding]:
        if self.objective is None:
            found: list[Finding] = []
        else:
            draft = ObjectiveDraft(self.text.toPlainText(), self.why.toPlainText())
            found = check_objective(draft, self.rules)
        self.findings.set_findings(found)
        mark_findings(self.text, found)
        return found


def typed_number(text: str) -> float | None:
    """The number being typed, for the live checks only; the engine judges what is saved."""
    try:
        return float(text.replace(",", "").strip())
    except ValueError:
        return None


THRESHOLDS = Rows(
    "okr_editors",
    (
        ("success_threshold", QT_TRANSLATE_NOOP("okr_editors", "Success")),
        ("partial_threshold", QT_TRANSLATE_NOOP("okr_editors", "Partial success")),
        ("no_impact_threshold", QT_TRANSLATE_NOOP("okr_editors", "No impact")),
        ("negative_threshold", QT_TRANSLATE_NOOP("okr_editors", "Negative impact")),
    ),
)


class KeyResultEditor(QWidget):
    """A key result's wording, numbers and source, with live findings.

    With ``thresholds`` it also asks what counts as success, partial success, no
    impact and a negative impact (for refining the picked key results); those fields
    are in ``thresholds_panel``, for the page to place. ``compact`` puts each field's
    name above it, for a narrow column.
    """

    def __init__(
        self,
        on_commit: FieldCommit,
        rules: RuleBook,
        *,
        thresholds: bool = False,
        findings_beside: bool = True,
        compact: bool = False,
    ) -> None:
        super().__init__()
        self.on_commit = on_commit
        self.rules = rules
        self.key_result: KeyResultView | None = None
        self.names: dict[int, str] = {}

        def saver(field: str) -> Callable[[str], bool]:
            return lambda value: self.on_commit(field, value)

        self.text = CommitTextEdit(
            self.tr("The key result"),
            saver("text"),
            placeholder=self.tr("Who does what, by how much? For example: from 40 to 10 minutes."),
            lines=2,
            single_line=True,
        )
        self.baseline = CommitLineEdit(self.tr("Baseline"), saver("baseline"), "now")
        self.target = CommitLineEdit(self.tr("Target"), saver("target"), self.tr("by the end"))
        self.unit = CommitLineEdit(self.tr("Unit"), saver("unit"), self.tr("%, minutes, teams…"))
        self.how_to_measure = CommitTextEdit(
            self.tr("How to measure"),
            saver("how_to_measure"),
            placeholder=self.tr("How do we count it, and how often?"),
            lines=2,
            single_line=True,
        )
        self.data_source = CommitTextEdit(
            self.tr("Data source"),
            saver("data_source"),
            placeholder=self.tr("Where does the number come from?"),
            lines=2,
            single_line=True,
        )
        self.line_fields: dict[str, CommitLineEdit] = {
            "baseline": self.baseline,
            "target": self.target,
            "unit": self.unit,
        }
        for field in ("baseline", "target"):
            self.line_fields[field].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.thresholds: dict[str, CommitLineEdit] = {}
        if thresholds:
            for field, words in THRESHOLDS:
                self.thresholds[field] = CommitLineEdit(words, saver(field), "")
        self.findings = FindingsPanel()
        self.text.textChanged.connect(self.check)
        for edit in self.line_fields.values():
            edit.textChanged.connect(self.check)
        self.how_to_measure.textChanged.connect(self.check)
        self.data_source.textChanged.connect(self.check)

        grid = self._compact_grid() if compact else self._wide_grid()
        self.thresholds_panel = QWidget()
        if self.thresholds:
            panel = QGridLayout(self.thresholds_panel)
            panel.setContentsMargins(0, 0, 0, 0)
            panel.setVerticalSpacing(4)
            panel.addWidget(label(self.tr("What would count as…"), "sectionTitle", bold=True), 0, 0)
            for row, (field, words) in enumerate(THRESHOLDS, start=1):
                panel.addWidget(caption(words, self.thresholds[field]), 2 * row - 1, 0)
                panel.addWidget(self.thresholds[field], 2 * row, 0)
        fields = QVBoxLayout()
        fields.addLayout(grid)
        fields.addStretch(1)
        if findings_beside:
            layout: Columns | QVBoxLayout = columns((fields, 3, FIELDS_WIDTH), self.findings)
            self.setLayout(layout)
        else:
            layout = QVBoxLayout(self)
            layout.setSpacing(12)
            layout.addLayout(fields)
            layout.addWidget(self.findings, 1)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setEnabled(False)

    def _wide_grid(self) -> QGridLayout:
        """Each field's name on its left."""
        target = QHBoxLayout()
        target.addWidget(caption(self.tr("&Target"), self.target))
        target.addWidget(self.target, 1)
        unit = QHBoxLayout()
        unit.addWidget(caption(self.tr("&Unit"), self.unit))
        unit.addWidget(self.unit, 1)
        numbers = columns((self.baseline, 1, 140), (target, 1, 220), (unit, 2, 240), spacing=12)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(caption(self.tr("&Key result"), self.text), 0, 0, 1, 2)
        grid.addWidget(self.text, 1, 0, 1, 2)
        grid.addWidget(caption(self.tr("&Baseline"), self.baseline), 2, 0)
        grid.addLayout(numbers, 2, 1)
        grid.addWidget(caption(self.tr("&How to measure"), self.how_to_measure), 3, 0, top)
        grid.addWidget(self.how_to_measure, 3, 1)
        grid.addWidget(caption(self.tr("&Data source"), self.data_source), 4, 0, top)
        grid.addWidget(self.data_source, 4, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _compact_grid(self) -> QGridLayout:
        """Each field's name above it."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.addWidget(caption(self.tr("&Key result"), self.text), 0, 0, 1, 3)
        grid.addWidget(self.text, 1, 0, 1, 3)
        for column, (words, edit) in enumerate(
            (
                (self.tr("&Baseline"), self.baseline),
                (self.tr("&Target"), self.target),
                (self.tr("&Unit"), self.unit),
            )
        ):
            grid.addWidget(caption(words, edit), 2, column)
            grid.addWidget(edit, 3, column)
        grid.addWidget(caption(self.tr("&How to measure"), self.how_to_measure), 4, 0, 1, 3)
        grid.addWidget(self.how_to_measure, 5, 0, 1, 3)
        grid.addWidget(caption(self.tr("&Data source"), self.data_source), 6, 0, 1, 3)
        grid.addWidget(self.data_source, 7, 0, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        return grid

    def show_key_result(self, kr: KeyResultView | None, names: dict[int, str]) -> None:
        switched = kr is None or self.key_result is None or kr.id != self.key_result.id
        self.key_result = kr
        self.names = names
        self.setEnabled(kr is not None)
        self.thresholds_panel.setEnabled(kr is not None)
        self.text.set_value(kr.text if kr else "", force=switched)
        self.baseline.set_value(number_text(kr.baseline) if kr else "", force=switched)
        self.target.set_value(number_text(kr.target) if kr else "", force=switched)
        self.unit.set_value(kr.unit if kr else "", force=switched)
        self.how_to_measure.set_value(kr.how_to_measure if kr else "", force=switched)
        self.data_source.set_value(kr.data_source if kr else "", force=switched)
        for field, edit in self.thresholds.items():
            edit.set_value(getattr(kr, field) if kr else "", force=switched)
        self.check()

    def check(self) -> list[Finding]:
        if self.key_result is None:
            found: list[Finding] = []
        else:
            draft = typed_key_result(
                self.key_result,
                self.names,
                text=self.text.toPlainText(),
                baseline=typed_number(self.baseline.text()),
                target=typed_number(self.target.text()),
                unit=self.unit.text(),
                how_to_measure=self.how_to_measure.toPlainText(),
                data_source=self.data_source.toPlainText(),
            )
            found = check_key_result(draft, self.rules)
        self.findings.set_findings(found)
        mark_findings(self.text, found)
        return found
