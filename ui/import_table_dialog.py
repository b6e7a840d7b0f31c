"""Bringing a spreadsheet in: choose the file, see what each row adds and what is wrong
with the others, then add it all as one action that one Ctrl+Z takes back.

The reading, matching and checking are ``facilitation.tables``; this dialog shows the
plan it makes and runs the one command that adds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation import tables
from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from ui.commands import Changes, EngineCommand
from ui.i18n import QT_TRANSLATE_NOOP, Words, message_text, refusal_text, translate
from ui.text import elided
from ui.widgets.parts import COLOUR_NAMES

Run = Callable[[EngineCommand], bool]
FILE_TYPES = QT_TRANSLATE_NOOP(
    "import_table_dialog", "Tables (*.csv *.xlsx *.tsv *.txt);;All files (*)"
)
CHANGES = {
    "postits": Changes(board=True),
    "last-cycle": Changes(scoring=True),
    "key-results": Changes(okrs=True),
}
HEADINGS = (
    QT_TRANSLATE_NOOP("import_table_dialog", "Post-it"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Kind"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Colour"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Author"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Objective"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Key result"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Score"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Note"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Baseline"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Target"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Unit"),
    QT_TRANSLATE_NOOP("import_table_dialog", "How to measure"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Data source"),
    QT_TRANSLATE_NOOP("import_table_dialog", "Champion"),
)
"""The preview's column headings, as ``facilitation.tables`` writes them."""
KINDS = Words(
    "import_table_dialog",
    {
        "postits": QT_TRANSLATE_NOOP("import_table_dialog", "Post-its"),
        "last-cycle": QT_TRANSLATE_NOOP("import_table_dialog", "Last cycle's scores"),
        "key-results": QT_TRANSLATE_NOOP("import_table_dialog", "Key results"),
    },
)
"""What a table can hold (``facilitation.tables.KINDS``), in the window's language."""
COUNTS = {
    "post-its": (
        QT_TRANSLATE_NOOP("import_table_dialog", "1 post-it"),
        QT_TRANSLATE_NOOP("import_table_dialog", "{0} post-its"),
    ),
    "objectives": (
        QT_TRANSLATE_NOOP("import_table_dialog", "1 objective"),
        QT_TRANSLATE_NOOP("import_table_dialog", "{0} objectives"),
    ),
    "key results": (
        QT_TRANSLATE_NOOP("import_table_dialog", "1 key result"),
        QT_TRANSLATE_NOOP("import_table_dialog", "{0} key results"),
    ),
}
"""What a plan adds (``TablePlan.counts``), one and many."""
NEW_OBJECTIVE = " (new)"
"""What ``facilitation.tables`` puts after an objective the table adds."""
PREVIEW_CELL = 80
"""Characters of a cell the preview shows; the whole text is its tooltip."""


@runtime_checkable
class ImportsTables(Protocol):
    """A page that brings a table in as what it shows (post-its, scores, key results)."""

    def import_table(self) -> None: ...


def import_command(
    engine: WorkshopEngine, plan: tables.TablePlan, *, skip_bad_rows: bool = False
) -> EngineCommand:
    """The one undoable action that adds a table's rows."""
    return EngineCommand(
        translate("import_table_dialog", "Import {0} from {1}").format(
            summary(plan), elided(plan.source, 40)
        ),
        CHANGES[plan.kind],
        lambda: tables.add_plan(engine, plan, skip_bad_rows=skip_bad_rows),
    )


def choose_table(parent: QWidget) -> Path | None:
    """Ask for the file; None when the facilitator cancels."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("import_table_dialog", "Import a table"),
        "",
        translate("import_table_dialog", FILE_TYPES),
    )
    return Path(name) if name else None


def open_import(
    parent: QWidget,
    engine: WorkshopEngine,
    run: Run,
    kind: str | None = None,
    *,
    into_objective: int | None = None,
) -> ImportTableDialog | None:
    """Choose a table, then preview it; adding it runs one command through ``run``."""
    path = choose_table(parent)
    if path is None:
        return None
    dialog = ImportTableDialog(engine, path, run, kind, parent, into_objective=into_objective)
    dialog.open()
    return dialog


class ImportTableDialog(QDialog):
    """The preview of one table: the rows it adds, the rows it cannot, and one button."""

    def __init__(
        self,
        engine: WorkshopEngine,
        path: Path,
        run: Run,
        kind: str | None = None,
        parent: QWidget | None = None,
        *,
        into_objective: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.run = run
        self.into_objective = into_objective
        self.table: tables.Table | None = None
        self.plan: tables.TablePlan | None = None
        self.setWindowTitle(self.tr("Import {0}").format(path.name))
        self.setAccessibleName(self.tr("Import a table"))
        self.resize(1100, 720)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What the rows are"))
        for key in tables.KINDS:
            self.kind.addItem(KINDS[key], key)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Rows to add"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        self.problems_title = QLabel()
        self.problems_title.setWordWrap(True)
        bold = self.problems_title.font()
        bold.setBold(True)
        self.problems_title.setFont(bold)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Rows with a problem"))
        self.problems.setWordWrap(True)
        self.add_good = QCheckBox()
        self.add_good.setAccessibleName(self.tr("Add the good rows and leave out the others"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)

        kind_row = QHBoxLayout()
        kind_row.addWidget(QLabel(self.tr("The rows are")))
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.ignored)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.add_good)
        layout.addWidget(self.buttons)

        try:
            self.table = tables.read_table(path)
        except RuleError as error:
            self._show_refusal(refusal_text(error))
            self.kind.setEnabled(False)
            return
        chosen = kind or tables.guess_kind(self.table)
        self.kind.setCurrentIndex(self.kind.findData(chosen))
        self.kind.currentIndexChanged.connect(self._replan)
        self.add_good.toggled.connect(self._update_add)
        self._replan()

    def _replan(self) -> None:
        if self.table is None:
            return
        try:
            self.plan = tables.plan_table(
                self.engine, self.kind.currentData(), self.table, into_objective=self.into_objective
            )
        except RuleError as error:
            self.plan = None
            self._show_refusal(refusal_text(error))
            return
        self._show_plan(self.plan)

    def _show_refusal(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setAccessibleDescription(message)
        for widget in (self.ignored, self.preview, self.problems_title, self.problems):
            widget.hide()
        self.add_good.hide()
        self.add_button.setEnabled(False)

    def _show_plan(self, plan: tables.TablePlan) -> None:
        rows, bad = len(plan.preview), len(plan.bad_rows)
        self.summary.setText(
            self.tr("{0}: {1} to add ({2})").format(plan.source, _rows(rows), summary(plan))
            + (self.tr(", {0} with a problem.").format(_rows(bad)) if bad else ".")
            if rows or bad
            else self.tr("{0} has no rows below its header.").format(plan.source)
        )
        self.summary.setAccessibleDescription(self.summary.text())
        self.ignored.setText(
            self.tr("Not imported: the columns ")
            + ", ".join(f"“{c}”" for c in plan.ignored_columns)
        )
        self.ignored.setVisible(bool(plan.ignored_columns))
        self.preview.clear()
        self.preview.setColumnCount(len(plan.headings) + 1)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Row"), *(translate("import_table_dialog", h) for h in plan.headings)]
        )
        self.preview.setRowCount(rows)
        for index, (number, cells) in enumerate(plan.preview):
            self.preview.setItem(index, 0, QTableWidgetItem(str(number)))
            for column, (heading, raw) in enumerate(zip(plan.headings, cells, strict=True), 1):
                text = shown_cell(heading, raw)
                item = QTableWidgetItem(elided(text, PREVIEW_CELL))
                item.setToolTip(text if len(text) > PREVIEW_CELL else "")
                self.preview.setItem(index, column, item)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.preview.setVisible(bool(rows))
        self.problems_title.setText(
            self.tr(
                "{0} with a problem. Nothing is added while they are there: correct "
                "them in the file and import it again, or leave them out with the box "
                "below."
            ).format(_rows(bad))
            if rows
            else self.tr(
                "{0} with a problem: correct them in the file and import it again."
            ).format(_rows(bad))
        )
        self.problems.clear()
        self.problems.addItems(
            [self.tr("Row {0}: {1}").format(b.row, message_text(b.reason)) for b in plan.bad_rows]
        )
        for widget in (self.problems_title, self.problems):
            widget.setVisible(bool(bad))
        self.add_good.setText(
            self.tr("Add the {0} without a problem and leave out the {1} with one").format(
                _rows(rows), _rows(bad)
            )
        )
        self.add_good.setVisible(bool(bad) and bool(rows))
        self._update_add()

    def _update_add(self) -> None:
        plan = self.plan
        ready = plan is not None and bool(plan.preview)
        if plan is not None and plan.bad_rows and not self.add_good.isChecked():
            ready = False
        self.add_button.setEnabled(ready)
        if plan is not None:
            self.add_button.setText(self.tr("Add {0}").format(summary(plan)))
            self.add_button.setAccessibleName(self.add_button.text())

    def _add(self) -> None:
        if self.plan is None or not self.add_button.isEnabled():
            return
        command = import_command(self.engine, self.plan, skip_bad_rows=self.add_good.isChecked())
        # A refusal (something gone since the preview) shows in the banner of whoever ran it.
        if self.run(command):
            self.accept()
        else:
            self.reject()


def summary(plan: tables.TablePlan) -> str:
    """What adding the plan adds, in the window's language: "2 objectives, 7 key results"."""
    parts = [
        translate("import_table_dialog", COUNTS[what][0 if n == 1 else 1]).format(n)
        for what, n in plan.counts.items()
        if n
    ]
    return ", ".join(parts) or translate("import_table_dialog", "nothing")


def shown_cell(heading: str, text: str) -> str:
    """A preview cell in the window's language: the rules' fixed words are translated."""
    if heading == "Colour":
        return COLOUR_NAMES.get(text, text)
    if heading == "Kind":
        return translate("import_table_dialog", text)
    if heading == "Objective" and text.endswith(NEW_OBJECTIVE):
        return translate("import_table_dialog", "{0} (new)").format(
            text.removesuffix(NEW_OBJECTIVE)
        )
    return text


def _rows(count: int) -> str:
    if count == 1:
        return translate("import_table_dialog", "1 row")
    return translate("import_table_dialog", "{0} rows").format(count)
