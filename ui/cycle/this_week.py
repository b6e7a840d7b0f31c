"""This week's check-in: each key result's actual, confidence and note, typed in a minute.

Tab goes actual → confidence → note → the next key result; Return does the same.
Confidence takes one key: 1, 7, 4 or 0. The check-in questions, the team's health
and the week's focus sit beside the key results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.cycle import read_confidence
from facilitation.engine.cycle import CheckInView, CycleKeyResult, CycleObjective, HealthView
from facilitation.rules import RuleError
from facilitation.scoring import WEEKS_IN_CYCLE
from okr_rules.cycle import expected_at
from ui.cycle.commands import (
    add_health_metric,
    record_check_in,
    remove_health_metric,
    set_health_status,
    set_weekly_answer,
)
from ui.cycle.parts import (
    CONFIDENCE_BANDS,
    MEANINGS,
    WARNING_BAND,
    CyclePage,
    KeyResultLine,
    NextOnReturn,
    chain_tab_order,
    empty_grid,
    number_text,
    objective_title,
    scrolling,
)
from ui.i18n import refusal_text, translate
from ui.pages.context import PageContext
from ui.vocabulary import CHECKIN_QUESTIONS, HEALTH_STATUSES, WEEKLY_FIELDS
from ui.widgets.fields import CommitTextEdit
from ui.widgets.parts import SMALL_PX, button, discard, show_band


def key_result_hint(kr: CycleKeyResult, week: int) -> str:
    """Baseline → target, where the line stands this week, and the KR's lead."""
    parts = []
    if kr.baseline is not None and kr.target is not None:
        unit = f" {kr.unit}" if kr.unit else ""
        line = expected_at(kr.baseline, kr.target, week)
        parts.append(
            translate("this_week", "{0:g} → {1:g}{2}, on the line this week: {3:.3g}").format(
                kr.baseline, kr.target, unit, line
            )
        )
    if kr.champion:
        parts.append(translate("this_week", "lead: {0}").format(kr.champion))
    return " · ".join(parts)


class ConfidenceEdit(NextOnReturn):
    """Confidence typed with one key; once saved it reads as the scale writes it."""

    def finish(self) -> None:
        super().finish()
        if self.isModified():
            return
        try:
            shown = number_text(read_confidence(self.text()))
        except RuleError:
            return
        self.value = shown
        if self.text() != shown:
            self.setText(shown)


class KeyResultRow(KeyResultLine):
    """The widgets of one key result in this week's grid."""

    def __init__(self, page: WeekPage, kr: CycleKeyResult) -> None:
        self.page = page
        super().__init__(kr)
        self.actual = NextOnReturn(
            translate("KeyResultRow", "Actual of KR {0}").format(kr.number),
            lambda text: self.commit(actual=text),
            "actual",
        )
        self.actual.setFixedWidth(170)
        self.confidence = ConfidenceEdit(
            translate("KeyResultRow", "Confidence of KR {0}").format(kr.number),
            lambda text: self.commit(confidence=text),
            "1 .7 .4 0",
        )
        self.confidence.setFixedWidth(110)
        self.confidence.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip = QLabel()
        self.chip.setAccessibleName(translate("KeyResultRow", "KR {0} status").format(kr.number))
        self.chip.setWordWrap(True)
        self.chip.setMaximumWidth(260)
        self.chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.note = NextOnReturn(
            translate("KeyResultRow", "Note on KR {0}").format(kr.number),
            lambda text: self.commit(note=text),
            translate("KeyResultRow", "a short note"),
        )

    def widgets(self) -> list[QWidget]:
        return [self.actual, self.confidence, self.note]

    def show(self, kr: CycleKeyResult, week: int) -> None:
        self.kr = kr
        entry = kr.checkins.get(week)
        self.text.setText(kr.text)
        self.hint.setText(key_result_hint(kr, week))
        self.actual.set_value(entry.actual if entry else "")
        self.confidence.set_value(number_text(entry.confidence) if entry else "")
        self.note.set_value(entry.note if entry else "")
        self._show_chip(entry)

    def _show_chip(self, entry: CheckInView | None) -> None:
        warnings = self.kr.trend.warnings
        if warnings:
            self.chip.setText(translate("KeyResultRow", "⚠ Talk about it"))
            show_band(self.chip, WARNING_BAND)
            self.hint.setText(f"{self.hint.text()} · ⚠ {', '.join(warnings)}".lstrip(" ·"))
        elif entry is not None and entry.confidence is not None:
            self.chip.setText(MEANINGS[entry.confidence])
            show_band(self.chip, CONFIDENCE_BANDS[entry.confidence])
        else:
            self.chip.setText("")
            show_band(self.chip, None)
        self.chip.setAccessibleDescription(", ".join(warnings) or self.chip.text())

    def commit(
        self, *, actual: str | None = None, confidence: str | None = None, note: str | None = None
    ) -> bool:
        """One entry changed: the week's check-in of this KR becomes one undoable action."""
        week = self.page.week
        old = self.kr.checkins.get(week)
        try:
            level = (
                read_confidence(confidence)
                if confidence is not None
                else (old.confidence if old else None)
            )
        except RuleError as error:
            self.page.banner.show_message(refusal_text(error))
            return False
        entry = CheckInView(
            week,
            level,
            actual if actual is not None else (old.actual if old else ""),
            note if note is not None else (old.note if old else ""),
        )
        if entry == old:
            return True
        cleared = entry.confidence is None and not entry.actual.strip() and not entry.note.strip()
        return self.page.run(
            record_check_in(
                self.page.engine.cycle, self.kr.id, self.kr.number, week, None if cleared else entry
            )
        )


class HealthRow(QWidget):
    def __init__(self, page: WeekPage, metric: HealthView) -> None:
        super().__init__()
        self.page = page
        # Not "metric": that is QWidget's own method, which Qt calls to paint.
        self.line = metric
        self.name = QLabel(metric.name)
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Health of {0}").format(metric.name))
        for key, words in HEALTH_STATUSES.items():
            self.status.addItem(words, key)
        self.status.setCurrentIndex(list(HEALTH_STATUSES).index(metric.status))
        self.status.activated.connect(self._chosen)
        self.remove = button(
            self.tr("Remove"), self.tr("Remove the health metric {0}").format(metric.name)
        )
        self.remove.clicked.connect(
            lambda: page.run(remove_health_metric(page.engine.cycle, metric.id, metric.name))
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.remove)
        self._paint()

    def _paint(self) -> None:
        status = self.line.status
        show_band(self.status, status if status in ("green", "amber", "red") else None)

    def _chosen(self) -> None:
        status = str(self.status.currentData())
        if status != self.line.status:
            self.page.run(
                set_health_status(self.page.engine.cycle, self.line.id, self.line.name, status)
            )


class WeekPage(CyclePage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            translate("WeekPage", "Weekly check-in"),
            translate(
                "WeekPage",
                "For each key result: this week's actual, the confidence (1, 7, 4 or "
                "0) and a note. Tab or Return moves on; Ctrl+Z undoes.",
            ),
        )
        self.week = self.engine.cycle.current_week()
        self.week_box = QSpinBox()
        self.week_box.setRange(1, WEEKS_IN_CYCLE)
        self.week_box.setPrefix(self.tr("Week "))
        self.week_box.setSuffix(f" of {WEEKS_IN_CYCLE}")
        self.week_box.setAccessibleName(self.tr("Week of the cycle"))
        self.week_box.setValue(self.week)
        self.week_box.valueChanged.connect(self._week_chosen)
        self.week_box.setStyleSheet("font-size: 30px; font-weight: 600; min-width: 260px;")
        self.heading.addWidget(self.week_box)
        self.rows: list[KeyResultRow] = []
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.empty = QLabel(
            self.tr(
                "This workshop has no key results yet. Check-ins start once the "
                "workshop has chosen its OKRs."
            )
        )
        self.empty.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.empty)
        left.addWidget(self.grid_holder)
        left.addStretch(1)

        self.answers: dict[str, CommitTextEdit] = {}
        side = QVBoxLayout()
        side.setSpacing(6)
        for field, question in WEEKLY_FIELDS.items():
            if field == "priority_pipeline":
                side.addWidget(self._section(self.tr("Operational health")))
                self.health_box = QVBoxLayout()
                side.addLayout(self.health_box)
                self.new_metric = QLineEdit()
                self.new_metric.setAccessibleName(self.tr("New health metric"))
                self.new_metric.setPlaceholderText(self.tr("Add a health metric, then Return"))
                self.new_metric.returnPressed.connect(self._add_metric)
                side.addWidget(self.new_metric)
                self.health_rows: list[HealthRow] = []
            words = QLabel(question)
            words.setWordWrap(True)
            if field in CHECKIN_QUESTIONS and field == next(iter(CHECKIN_QUESTIONS)):
                side.addWidget(self._section(self.tr("Questions for the room")))
            editor = CommitTextEdit(question, self._answer_saver(field), lines=2, pixels=SMALL_PX)
            words.setBuddy(editor)
            side.addWidget(words)
            side.addWidget(editor)
            self.answers[field] = editor
        side.addStretch(1)

        columns = QHBoxLayout()
        columns.addWidget(scrolling(left), 3)
        columns.addWidget(scrolling(side), 2)
        self.body.addLayout(columns, 1)
        self.refresh()

    def _section(self, words: str) -> QLabel:
        title = QLabel(words)
        title.setObjectName("sectionTitle")
        return title

    def _answer_saver(self, field: str) -> Callable[[str], bool]:
        def save(text: str) -> bool:
            return self.run(set_weekly_answer(self.engine.cycle, self.week, field, text))

        return save

    def _week_chosen(self, week: int) -> None:
        self.week = week
        self.refresh()

    def _add_metric(self) -> None:
        if self.run(add_health_metric(self.engine.cycle, self.new_metric.text())):
            self.new_metric.clear()

    def reload(self) -> None:
        objectives = self.engine.cycle.objectives()
        krs = [kr for o in objectives for kr in o.key_results]
        if [r.kr.id for r in self.rows] != [kr.id for kr in krs]:
            self._build(objectives)
        for row, kr in zip(self.rows, krs, strict=True):
            row.show(kr, self.week)
        self.empty.setVisible(not krs)
        self.grid_holder.setVisible(bool(krs))
        note = self.engine.cycle.weekly_note(self.week)
        for field, editor in self.answers.items():
            editor.set_value(note[field])
        self._show_health(self.engine.cycle.health())

    def _build(self, objectives: list[CycleObjective]) -> None:
        empty_grid(self.grid)
        self.rows = []
        line = 0
        for caption, column in ((self.tr("Actual"), 2), (self.tr("Confidence"), 3)):
            heading = QLabel(caption)
            heading.setObjectName("pageHint")
            self.grid.addWidget(heading, line, column)
        line += 1
        for objective in objectives:
            title = objective_title(
                self.tr("Objective {0}: {1}").format(objective.number, objective.text)
            )
            self.grid.addWidget(title, line, 0, 1, 5)
            line += 1
            for kr in objective.key_results:
                row = KeyResultRow(self, kr)
                row.place(self.grid, line)
                self.grid.addWidget(row.actual, line, 2)
                self.grid.addWidget(row.confidence, line, 3)
                self.grid.addWidget(row.chip, line, 4, Qt.AlignmentFlag.AlignVCenter)
                self.grid.addWidget(row.hint, line + 1, 1)
                self.grid.addWidget(row.note, line + 1, 2, 1, 3)
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.HLine)
                self.grid.addWidget(separator, line + 2, 0, 1, 5)
                line += 3
                self.rows.append(row)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(4, 1)
        chain_tab_order([widget for row in self.rows for widget in row.widgets()])

    def _show_health(self, metrics: list[HealthView]) -> None:
        for row in self.health_rows:
            discard(row)
        self.health_rows = [HealthRow(self, metric) for metric in metrics]
        for row in self.health_rows:
            self.health_box.addWidget(row)

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].actual.setFocus()
