"""The end of the cycle: every key result scored, the verdicts, the review questions, the
stop / start / continue board, and the next cycle started from all of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.cycle import read_score
from facilitation.engine.cycle import CycleKeyResult, CycleObjective, ReviewItemView
from facilitation.rules import RuleError
from facilitation.scoring import Verdict
from ui.cycle.commands import (
    add_review_item,
    remove_review_item,
    set_final_score,
    set_review_answer,
    set_review_item_open,
    set_review_note,
    use_suggested_scores,
)
from ui.cycle.parts import (
    CyclePage,
    KeyResultLine,
    NextOnReturn,
    chain_tab_order,
    empty_grid,
    objective_title,
    scrolling,
)
from ui.i18n import refusal_text, translate
from ui.pages.context import PageContext
from ui.vocabulary import REVIEW_COLUMNS, REVIEW_QUESTIONS, verdict_label
from ui.widgets.fields import CommitTextEdit
from ui.widgets.parts import SMALL_PX, button, show_band
from workshop.store import StoreError

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def verdict_chip(chip: QLabel, verdict: Verdict | None) -> None:
    chip.setText("" if verdict is None else verdict_label(verdict))
    show_band(chip, None if verdict is None else verdict.band)
    chip.setAccessibleDescription(chip.text())


def last_actual(kr: CycleKeyResult) -> str:
    written = [c.actual for _, c in sorted(kr.checkins.items()) if c.actual.strip()]
    target = (
        ""
        if kr.target is None
        else translate("review", " (target {0:g}{1})").format(
            kr.target, f" {kr.unit}" if kr.unit else ""
        )
    )
    return (
        translate("review", "last actual {0}{1}").format(written[-1], target)
        if written
        else translate("review", "no actual recorded{0}").format(target)
    )


class ScoreRow(KeyResultLine):
    def __init__(self, page: ReviewPage, kr: CycleKeyResult) -> None:
        self.page = page
        super().__init__(kr)
        self.score = NextOnReturn(
            translate("ScoreRow", "Score of KR {0}").format(kr.number), self.commit_score, "0.0–1.0"
        )
        self.score.setMaximumWidth(130)
        self.score.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(translate("ScoreRow", "Verdict of KR {0}").format(kr.number))
        self.note = NextOnReturn(
            translate("ScoreRow", "Review note on KR {0}").format(kr.number),
            self.commit_note,
            translate("ScoreRow", "what the room says about it"),
        )

    def show(self, kr: CycleKeyResult) -> None:
        self.kr = kr
        self.text.setText(kr.text)
        suggestion = (
            ""
            if kr.suggested_score is None
            else translate("ScoreRow", " · suggested score {0:.1f}").format(kr.suggested_score)
        )
        self.hint.setText(last_actual(kr) + suggestion)
        self.score.set_value("" if kr.final_score is None else f"{kr.final_score:.1f}")
        self.score.setPlaceholderText(
            "0.0–1.0" if kr.suggested_score is None else f"{kr.suggested_score:.1f}?"
        )
        self.note.set_value(kr.review_note)
        verdict_chip(self.verdict, kr.verdict)

    def commit_score(self, text: str) -> bool:
        try:
            score = read_score(text)
        except RuleError as error:
            self.page.banner.show_message(
                translate("ScoreRow", "KR {0}: {1}").format(self.kr.number, error)
            )
            return False
        if score == self.kr.final_score:
            return True
        return self.page.run(
            set_final_score(self.page.engine.cycle, self.kr.id, self.kr.number, score)
        )

    def commit_note(self, text: str) -> bool:
        return self.page.run(
            set_review_note(self.page.engine.cycle, self.kr.id, self.kr.number, text)
        )


class ReviewColumn(QWidget):
    """One column of the stop / start / continue board: ticked notes go on to the next cycle."""

    def __init__(self, page: ReviewPage, column: str) -> None:
        super().__init__()
        self.page = page
        self.column = column
        title = QLabel(REVIEW_COLUMNS[column])
        title.setObjectName("sectionTitle")
        self.list = ReviewList()
        self.list.setAccessibleName(self.tr("{0} notes").format(REVIEW_COLUMNS[column]))
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(self._ticked)
        self.list.removeRequested.connect(self._remove)
        self.new = QLineEdit()
        self.new.setAccessibleName(self.tr("New {0} note").format(REVIEW_COLUMNS[column].lower()))
        self.new.setPlaceholderText(self.tr("Add a note, then Return"))
        self.new.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new)
        self.items: list[ReviewItemView] = []

    def show_items(self, items: list[ReviewItemView]) -> None:
        self.items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            row = QListWidgetItem(item.text)
            row.setData(ITEM_ROLE, item.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.open else Qt.CheckState.Unchecked)
            row.setToolTip(
                self.tr("Goes on to the next cycle's retrospective")
                if item.open
                else self.tr("Settled: stays in this cycle")
            )
            self.list.addItem(row)
        self.list.blockSignals(False)

    def _item(self, row: QListWidgetItem) -> ReviewItemView | None:
        return next((i for i in self.items if i.id == row.data(ITEM_ROLE)), None)

    def _add(self) -> None:
        if self.page.run(add_review_item(self.page.engine.cycle, self.column, self.new.text())):
            self.new.clear()

    def _ticked(self, row: QListWidgetItem) -> None:
        item = self._item(row)
        is_open = row.checkState() == Qt.CheckState.Checked
        if item is not None and item.open != is_open:
            self.page.run(set_review_item_open(self.page.engine.cycle, item.id, item.text, is_open))

    def _remove(self) -> None:
        row = self.list.currentItem()
        item = None if row is None else self._item(row)
        if item is not None:
            self.page.run(remove_review_item(self.page.engine.cycle, item.id, item.text))


class ReviewList(QListWidget):
    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.removeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReviewPage(CyclePage):
    nextCycleStarted = Signal(int)
    """The id of the next workshop, just created; the window offers to open it."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            translate("ReviewPage", "End of the cycle"),
            translate(
                "ReviewPage",
                "Score each key result 0.0–1.0 (the suggestion comes from the last "
                "actual), answer the review questions, and say what to stop, start and "
                "continue.",
            ),
        )
        self.rows: list[ScoreRow] = []
        self.objective_labels: list[tuple[QLabel, QLabel]] = []
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setHorizontalSpacing(12)
        self.use_suggestions = button(
            self.tr("Use the suggested scores"), tip=self.tr("For every KR not scored yet")
        )
        self.use_suggestions.clicked.connect(self.accept_suggestions)
        left = QVBoxLayout()
        left.addWidget(self.use_suggestions, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.grid_holder)
        left.addStretch(1)

        self.answers: dict[str, CommitTextEdit] = {}
        side = QVBoxLayout()
        title = QLabel(self.tr("Review questions"))
        title.setObjectName("sectionTitle")
        side.addWidget(title)
        for question, words in REVIEW_QUESTIONS.items():
            caption = QLabel(words)
            caption.setWordWrap(True)
            editor = CommitTextEdit(words, self._answer_saver(question), lines=2, pixels=SMALL_PX)
            caption.setBuddy(editor)
            side.addWidget(caption)
            side.addWidget(editor)
            self.answers[question] = editor
        board = QHBoxLayout()
        self.columns = {column: ReviewColumn(self, column) for column in REVIEW_COLUMNS}
        for column in self.columns.values():
            board.addWidget(column, 1)
        side.addLayout(board, 1)
        hint = QLabel(self.tr("Ticked notes go on to the next workshop's retrospective."))
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        side.addWidget(hint)

        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        self.next_button = button(self.tr("Start the next cycle…"))
        self.next_button.setObjectName("bigButton")
        self.next_button.clicked.connect(self.start_next_cycle)
        foot = QHBoxLayout()
        foot.addWidget(self.next_line, 1)
        foot.addWidget(self.next_button)

        columns = QHBoxLayout()
        columns.addWidget(scrolling(left), 3)
        columns.addWidget(scrolling(side), 2)
        self.body.addLayout(columns, 1)
        self.body.addLayout(foot)
        self.refresh()

    def _answer_saver(self, question: str) -> Callable[[str], bool]:
        def save(text: str) -> bool:
            return self.run(set_review_answer(self.engine.cycle, question, text))

        return save

    def reload(self) -> None:
        objectives = self.engine.cycle.objectives()
        krs = [kr for o in objectives for kr in o.key_results]
        if [r.kr.id for r in self.rows] != [kr.id for kr in krs]:
            self._build(objectives)
        for row, kr in zip(self.rows, krs, strict=True):
            row.show(kr)
        for (score, chip), objective in zip(self.objective_labels, objectives, strict=True):
            score.setText(
                self.tr("objective score: not scored yet")
                if objective.score is None
                else self.tr("objective score {0:.2f}").format(objective.score)
            )
            verdict_chip(chip, objective.verdict)
        answers = self.engine.cycle.review_answers()
        for question, editor in self.answers.items():
            editor.set_value(answers[question])
        items = self.engine.cycle.review_items()
        for column, widget in self.columns.items():
            widget.show_items([i for i in items if i.column == column])
        info = self.engine.cycle.info()
        if info.next_workshop_id is None:
            self.next_line.setText(
                self.tr(
                    "The next workshop starts with these scores in its Score step and "
                    "these lessons in its retrospective."
                )
            )
        else:
            self.next_line.setText(
                self.tr(
                    "The next cycle is started: workshop {0}. Open it from the start screen."
                ).format(info.next_workshop_id)
            )
        self.next_button.setEnabled(info.next_workshop_id is None and bool(krs))
        self.use_suggestions.setEnabled(
            any(kr.final_score is None and kr.suggested_score is not None for kr in krs)
        )

    def _build(self, objectives: list[CycleObjective]) -> None:
        empty_grid(self.grid)
        self.rows = []
        self.objective_labels = []
        line = 0
        for objective in objectives:
            title = objective_title(
                self.tr("Objective {0}: {1}").format(objective.number, objective.text)
            )
            score = QLabel()
            score.setObjectName("pageHint")
            chip = QLabel()
            self.grid.addWidget(title, line, 0, 1, 4)
            self.grid.addWidget(score, line + 1, 1)
            self.grid.addWidget(chip, line + 1, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
            self.objective_labels.append((score, chip))
            line += 2
            for kr in objective.key_results:
                row = ScoreRow(self, kr)
                row.place(self.grid, line)
                self.grid.addWidget(row.score, line, 2)
                self.grid.addWidget(row.verdict, line, 3)
                self.grid.addWidget(row.hint, line + 1, 1, 1, 3)
                self.grid.addWidget(row.note, line + 2, 1, 1, 3)
                line += 3
                self.rows.append(row)
        self.grid.setColumnStretch(1, 1)
        chain_tab_order([widget for row in self.rows for widget in (row.score, row.note)])

    def accept_suggestions(self) -> None:
        """Every KR not scored yet takes its suggested score, as one undoable action."""
        scores = {
            row.kr.id: row.kr.suggested_score
            for row in self.rows
            if row.kr.final_score is None and row.kr.suggested_score is not None
        }
        if scores:
            self.run(use_suggested_scores(self.engine.cycle, scores))

    def start_next_cycle(self) -> int | None:
        info = self.engine.cycle.info()
        label, accepted = QInputDialog.getText(
            self,
            self.tr("Start the next cycle"),
            self.tr("The next cycle's name:"),
            QLineEdit.EchoMode.Normal,
            info.next_label,
        )
        if not accepted:
            return None
        try:
            new_id = self.engine.cycle.start_next_cycle(label)
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return None
        self.refresh()
        self.nextCycleStarted.emit(new_id)
        return new_id

    def focus_first(self) -> None:
        if self.rows:
            self.rows[0].score.setFocus()
