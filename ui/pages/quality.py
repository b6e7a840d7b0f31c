"""Quality check and rewrite; refine the OKR.

Every objective and key result with what the checks notice, the findings on the
whole set, the facilitation sheet's criteria for the room to answer, and the two
hands-up questions (outcome or output, leading or lagging). Rewriting an item in
place re-runs the checks as it is typed, so the room watches the findings clear.

The refine step uses the same page with the picked key results only, and asks what
would count as success, partial success, no impact and a negative impact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.okrs import (
    HANDS,
    KeyResultView,
    ObjectiveView,
    key_result_draft,
    objective_draft,
)
from facilitation.quality import (
    Criterion,
    check_key_result,
    check_objective,
    check_set,
    criteria,
)
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import edit_key_result, edit_objective, record_hands, set_answer
from ui.reflow import FittedStack, columns
from ui.vocabulary import word as said
from ui.widgets.okr_editors import KeyResultEditor, ObjectiveEditor
from ui.widgets.okr_rows import (
    CheckedItem,
    CheckedItemsModel,
    FindingsPanel,
    ObjectiveChooser,
    big_list,
    button,
    current_id,
    empty_state,
    label,
    select_id,
)

KINDS = ("quality_check", "refine")

TITLES = Words(
    "quality",
    {
        "quality_check": (
            QT_TRANSLATE_NOOP("quality", "Quality check and rewrite"),
            QT_TRANSLATE_NOOP(
                "quality",
                "Go through each item: rewrite it until the checks are happy, answer "
                "the criteria together, and count hands for the two questions.",
            ),
        ),
        "refine": (
            QT_TRANSLATE_NOOP("quality", "Refine the OKR"),
            QT_TRANSLATE_NOOP(
                "quality",
                "Polish the picked key results: wording, baseline and target, and what "
                "would count as success, partial success, no impact or a negative "
                "impact.",
            ),
        ),
    },
)

SIDE_WIDTH = 340
EDITOR_WIDTH = 420
ASK_WIDTH = 460
"""The least widths of the list, the editor and the questions; the editor takes the rest.

Below their sum the questions move under the list and the editor, then all three stack.
"""

HANDS_WORDS = Words(
    "quality",
    {
        "outcome_or_output": (
            QT_TRANSLATE_NOOP("quality", "Outcome or output?"),
            QT_TRANSLATE_NOOP("quality", "Outcome"),
            QT_TRANSLATE_NOOP("quality", "Output"),
        ),
        "leading_or_lagging": (
            QT_TRANSLATE_NOOP("quality", "Leading or lagging?"),
            QT_TRANSLATE_NOOP("quality", "Leading"),
            QT_TRANSLATE_NOOP("quality", "Lagging"),
        ),
    },
)


class HandsCounter(QFrame):
    """Hands counted for one question: two counts with − and + and the room's verdict."""

    def __init__(self, question: str, on_change: Callable[[str, int, int], None]) -> None:
        super().__init__()
        self.question = question
        self.on_change = on_change
        title, first, second = HANDS_WORDS[question]
        self.words = (first, second)
        self.counts = [0, 0]
        self.title = label(title, "fieldLabel", bold=True)
        self.verdict = label("", "handsVerdict")
        self.verdict.setAccessibleName(self.tr("{0} The room's answer").format(title))
        self.count_labels: list[QLabel] = []
        self.minus: list[QPushButton] = []
        self.plus: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.addWidget(self.title, 0, 0, 1, 5)
        for side, word in enumerate(self.words):
            count = label("0", "handsCount", bold=True, wrap=False)
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setMinimumWidth(56)
            count.setAccessibleName(self.tr("Hands for {0}").format(word.lower()))
            minus = button("−", self.tr("One hand fewer for {0}").format(word.lower()))
            plus = button("+", self.tr("One more hand for {0}").format(word.lower()))
            for pressed in (minus, plus):
                pressed.setFixedWidth(64)
            minus.clicked.connect(lambda _=False, s=side: self._step(s, -1))
            plus.clicked.connect(lambda _=False, s=side: self._step(s, +1))
            grid.addWidget(label(word, "pageBody", wrap=False), side + 1, 0)
            grid.addWidget(minus, side + 1, 2)
            grid.addWidget(count, side + 1, 3)
            grid.addWidget(plus, side + 1, 4)
            self.count_labels.append(count)
            self.minus.append(minus)
            self.plus.append(plus)
        grid.addWidget(self.verdict, 3, 0, 1, 5)
        grid.setColumnStretch(1, 1)

    def show_counts(self, first: int, second: int, verdict: str) -> None:
        self.counts = [first, second]
        for side, count in enumerate(self.counts):
            self.count_labels[side].setText(str(count))
            self.minus[side].setEnabled(count > 0)
        if verdict:
            self.verdict.setText(f"→ {verdict.capitalize()}")
        elif first or second:
            self.verdict.setText(self.tr("→ Even: talk it through"))
        else:
            self.verdict.setText(self.tr("→ Not counted yet"))

    def _step(self, side: int, change: int) -> None:
        counts = list(self.counts)
        counts[side] = max(0, counts[side] + change)
        self.on_change(self.question, counts[0], counts[1])


class CriterionRow(QWidget):
    """One criterion of the facilitation sheet: its name, its question, and yes or no."""

    def __init__(self, criterion: Criterion, on_answer: Callable[[Criterion, bool | None], None]):
        super().__init__()
        self.criterion = criterion
        self.on_answer = on_answer
        self.answer: bool | None = None
        name, question = said(criterion.label), said(criterion.question)
        self.name = label(name, "fieldLabel", bold=True)
        self.name.setToolTip(question)
        self.question = label(question, "criterionQuestion")
        self.yes = button(self.tr("Yes"), self.tr("{0}: yes").format(name), "answerYes")
        self.no = button(self.tr("No"), self.tr("{0}: no").format(name), "answerNo")
        for choice in (self.yes, self.no):
            choice.setCheckable(True)
            choice.setAccessibleDescription(question)
            choice.setFixedWidth(88)
        self.yes.clicked.connect(lambda: self._press(True))
        self.no.clicked.connect(lambda: self._press(False))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.yes, 0, 1)
        grid.addWidget(self.no, 0, 2)
        grid.addWidget(self.question, 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def show_answer(self, answer: bool | None) -> None:
        self.answer = answer
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)

    def _press(self, answer: bool) -> None:
        """Pressing the chosen answer again takes it back to not answered."""
        self.show_answer(self.answer)
        self.on_answer(self.criterion, None if self.answer is answer else answer)


class AskTheRoom(QWidget):
    """What the room answers together about one item: hands up, then the criteria."""

    def __init__(self, page: QualityPage, on_top: QWidget | None = None) -> None:
        super().__init__()
        self.page = page
        self.on_top = on_top
        self.hands = {
            question: HandsCounter(question, page.record_hands) for question in HANDS_WORDS
        }
        self.hands_title = label(self.tr("Hands up"), "sectionTitle", bold=True)
        self.criteria_title = label(self.tr("The criteria"), "sectionTitle", bold=True)
        self.rows: dict[str, dict[str, CriterionRow]] = {
            kind: {c.id: CriterionRow(c, page.set_answer) for c in criteria(kind)}
            for kind in ("objective", "key_result")
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 0)
        layout.setSpacing(8)
        if on_top is not None:
            layout.addWidget(on_top)
            layout.addSpacing(12)
        layout.addWidget(self.hands_title)
        for counter in self.hands.values():
            layout.addWidget(counter)
        layout.addSpacing(8)
        layout.addWidget(self.criteria_title)
        for rows in self.rows.values():
            for row in rows.values():
                layout.addWidget(row)
        layout.addStretch(1)

    def show_item(
        self, kind: str | None, answers: dict[str, bool | None], kr: KeyResultView | None
    ) -> None:
        if self.on_top is not None:
            self.on_top.setVisible(kr is not None)
        self.hands_title.setVisible(kr is not None)
        for question, counter in self.hands.items():
            counter.setVisible(kr is not None)
            if kr is not None:
                first, second = HANDS[question]
                counter.show_counts(
                    getattr(kr, f"{first}_hands"),
                    getattr(kr, f"{second}_hands"),
                    getattr(kr, question),
                )
        self.criteria_title.setVisible(kind is not None)
        for row_kind, rows in self.rows.items():
            for criterion_id, row in rows.items():
                row.setVisible(row_kind == kind)
                if row_kind == kind:
                    row.show_answer(answers.get(criterion_id))


class QualityPage(Page):
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext, kind: str = "quality_check") -> None:
        title, guidance = TITLES.get(kind, TITLES["quality_check"])
        super().__init__(context, title, guidance)
        self.refining = kind == "refine"
        self.rules = context.engine.okrs.rules()
        self.names: dict[int, str] = {}
        self.objective: ObjectiveView | None = None
        self.key_results: dict[int, KeyResultView] = {}
        self.chooser = ObjectiveChooser(self._objective_chosen)
        self.no_objective = empty_state(
            self.tr("There is nothing to check yet: draft an objective and its measures first.")
        )
        self.set_findings = FindingsPanel(self.tr("The whole set"))
        self.set_findings.all_clear.setText(self.tr("The set as a whole reads well."))
        self.model = CheckedItemsModel()
        self.list = big_list(self.tr("Objective and key results"), self.model)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.not_picked = empty_state(
            self.tr("No key results are picked yet: every candidate is shown.")
        )
        self.objective_editor = ObjectiveEditor(
            self.save_objective, self.rules, findings_beside=False
        )
        self.key_result_editor = KeyResultEditor(
            self.save_key_result,
            self.rules,
            thresholds=self.refining,
            findings_beside=False,
            compact=True,
        )
        self.editors = FittedStack()
        self.editors.addWidget(self.objective_editor)
        self.editors.addWidget(self.key_result_editor)
        thresholds = self.key_result_editor.thresholds_panel if self.refining else None
        self.ask = AskTheRoom(self, thresholds)
        self.ask.setAccessibleName(self.tr("Ask the room"))

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(label(self.tr("Items"), "sectionTitle", bold=True))
        left.addWidget(self.not_picked)
        left.addWidget(self.list, 1)
        left.addWidget(self.set_findings)
        self.work = QWidget()
        self.work.setLayout(
            columns(
                (left, 0, SIDE_WIDTH), (self.editors, 1, EDITOR_WIDTH), (self.ask, 0, ASK_WIDTH)
            )
        )
        self.body.addWidget(self.chooser)
        self.body.addWidget(self.no_objective)
        self.body.addWidget(self.work, 1)
        self.refresh()

    # Reading

    def reload(self) -> None:
        self.names = self.context.participant_names()
        objectives = self.engine.okrs.objectives()
        self.chooser.set_objectives(objectives)
        self.chooser.setVisible(bool(objectives))
        self.no_objective.setVisible(not objectives)
        self.work.setVisible(bool(objectives))
        drafts = [
            (
                objective_draft(o),
                [key_result_draft(kr, self.names) for kr in self.shown_key_results(o)],
            )
            for o in objectives
        ]
        self.set_findings.set_findings(check_set(drafts, self.rules))
        self._show_objective(self.chooser.current())

    def shown_key_results(self, objective: ObjectiveView) -> tuple[KeyResultView, ...]:
        """The picked ones, ranked, once there are any; every candidate before that."""
        return objective.selected_key_results or objective.key_results

    def _objective_chosen(self, _objective_id: int | None) -> None:
        self._show_objective(self.chooser.current())

    def _show_objective(self, objective: ObjectiveView | None) -> None:
        chosen = current_id(self.list)
        self.objective = objective
        krs = self.shown_key_results(objective) if objective else ()
        self.key_results = {kr.id: kr for kr in krs}
        items: list[CheckedItem] = []
        if objective is not None:
            items.append(
                CheckedItem(
                    "objective",
                    objective.id,
                    objective.text,
                    tuple(check_objective(objective_draft(objective), self.rules)),
                    self.tr("Objective: "),
                )
            )
            for number, kr in enumerate(krs, start=1):
                found = check_key_result(key_result_draft(kr, self.names), self.rules)
                items.append(
                    CheckedItem(
                        "key_result",
                        kr.id,
                        kr.text,
                        tuple(found),
                        self.tr("KR {0}: ").format(number),
                    )
                )
        self.model.set_rows(items)
        self.not_picked.setVisible(
            self.refining and objective is not None and not objective.selected_key_results
        )
        if not select_id(self.list, chosen):
            self._show_current()

    def _show_current(self, *_args: Any) -> None:
        chosen = current_id(self.list)
        if chosen is None or self.objective is None:
            self.editors.setCurrentWidget(self.objective_editor)
            self.objective_editor.show_objective(None)
            self.ask.show_item(None, {}, None)
            return
        kind, item_id = chosen
        if kind == "objective":
            self.editors.setCurrentWidget(self.objective_editor)
            self.objective_editor.show_objective(self.objective)
            answers = self.engine.okrs.answers(objective_id=item_id)
            self.ask.show_item("objective", answers, None)
        else:
            kr = self.key_results.get(item_id)
            self.editors.setCurrentWidget(self.key_result_editor)
            self.key_result_editor.show_key_result(kr, self.names)
            answers = self.engine.okrs.answers(key_result_id=item_id)
            self.ask.show_item("key_result", answers, kr)

    def choose(self, kind: str, item_id: int) -> None:
        select_id(self.list, (kind, item_id))

    # Acting

    def save_objective(self, field: str, value: Any) -> bool:
        objective = self.objective
        if objective is None:
            return False
        return self.run(edit_objective(self.engine.okrs, objective.id, field, value))

    def save_key_result(self, field: str, value: Any) -> bool:
        kr = self.key_result_editor.key_result
        if kr is None:
            return False
        return self.run(edit_key_result(self.engine.okrs, kr.id, field, value))

    def record_hands(self, question: str, first: int, second: int) -> None:
        kr = self.key_result_editor.key_result
        if kr is not None:
            self.run(record_hands(self.engine.okrs, kr.id, question, first, second))

    def set_answer(self, criterion: Criterion, answer: bool | None) -> None:
        chosen = current_id(self.list)
        if chosen is None:
            return
        kind, item_id = chosen
        where = {"objective_id": item_id} if kind == "objective" else {"key_result_id": item_id}
        self.run(set_answer(self.engine.okrs, criterion.id, criterion.label, answer, **where))


def make_page(context: PageContext, kind: str) -> QWidget:
    return QualityPage(context, kind)
