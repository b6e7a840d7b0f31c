"""Small dialogs of the cockpit: a new step, the end of the day, the shortcuts sheet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.typing_keys import typing_note

MAX_MINUTES = 8 * 60


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AddStepDialog(QDialog):
    def __init__(self, after_title: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a step"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title of the new step"))
        self.title.setPlaceholderText(self.tr("e.g. Coffee break"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(10)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName(self.tr("Planned minutes of the new step"))
        where = (
            self.tr("After “{0}”").format(after_title)
            if after_title
            else self.tr("At the end of the agenda")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Minutes"), self.minutes)
        place = QLabel(where)
        place.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Place"), place)
        form.addRow(_buttons(self, self.tr("Add the step")))


class EndTimeDialog(QDialog):
    """When the day must end by; without it, the plan counts from the first start."""

    def __init__(self, shown: dt.datetime, fixed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End of the day"))
        self.fixed = QCheckBox(self.tr("The workshop must end by"))
        self.fixed.setChecked(fixed)
        self.time = QTimeEdit(QTime(shown.hour, shown.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time the workshop must end by"))
        self.time.setEnabled(fixed)
        self.fixed.toggled.connect(self.time.setEnabled)
        hint = QLabel(
            self.tr(
                "With an end time, the timer bar says how far past it the day would "
                "run and which later steps could give time back."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.fixed, self.time)
        form.addRow(hint)
        form.addRow(_buttons(self, self.tr("Set")))

    def end_on(self, day: dt.date) -> dt.datetime | None:
        if not self.fixed.isChecked():
            return None
        chosen = self.time.time()
        return dt.datetime.combine(day, dt.time(chosen.hour(), chosen.minute()))


def shortcut_rows(groups: Sequence[tuple[str, Sequence[QAction]]]) -> list[tuple[str, str, str]]:
    """(group, what it does, keys) for every action that has a shortcut."""
    rows = []
    for group, actions in groups:
        for action in actions:
            keys = ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText)
                for key in action.shortcuts()
                if not key.isEmpty()
            )
            if keys:
                what = action.data() if isinstance(action.data(), str) else action.text()
                rows.append((group, what.replace("&", ""), keys))
    return rows


class ShortcutsSheet(QDialog):
    def __init__(
        self, groups: Sequence[tuple[str, Sequence[QAction]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setObjectName("shortcutsSheet")
        rows = shortcut_rows(groups)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("What it does"), self.tr("Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.typing = QLabel(typing_note())
        self.typing.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.typing)
        layout.addWidget(close)
        self.resize(720, 560)
