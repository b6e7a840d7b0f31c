"""Score last cycle: each key result of last cycle gets 0.0 to 1.0, each objective its mean.

Last cycle's OKRs come in with one button when the team has an earlier workshop in
this file, or are typed in. Scores are set on a large bar of eleven steps the room
can see; the verdict of each key result and objective shows in its colour band.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.scoring import PastKeyResultView, PastObjectiveView
from facilitation.scoring import VERDICTS, Verdict, VerdictThresholds, verdict
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.import_table_dialog import ImportTableDialog, open_import
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.scoring_commands import (
    add_past_key_result,
    add_past_objective,
    bring_in_previous,
    edit_past_key_result,
    edit_past_objective,
    remove_past_key_result,
    remove_past_objective,
    score_key_result,
)
from ui.reflow import Columns, columns
from ui.theme import colour
from ui.vocabulary import verdict_label
from ui.widgets.fonts import body_font
from ui.widgets.parts import band_fill, button, discard, show_band
from workshop.commands import list_workshops

KINDS: tuple[str, ...] = ("score_last_cycle",)

STEPS = 11
"""0.0, 0.1 ... 1.0"""

HINT = QT_TRANSLATE_NOOP(
    "scoring",
    "Give every key result of last cycle a score from 0.0 to 1.0. Around "
    "0.7 is where an ambitious key result usually lands. Each objective "
    "gets the mean of its key results.",
)


def score_text(score: float | None) -> str:
    return "–" if score is None else f"{score:.1f}"


def mean_text(score: float | None) -> str:
    return "–" if score is None else f"{score:.2f}"


class ScoreBar(QWidget):
    """Eleven large steps from 0.0 to 1.0; click one, or use the arrow keys.

    Left and Right move by 0.1, Home and End go to 0.0 and 1.0, a digit d gives
    0.d, Delete takes the score away.
    """

    chosen = Signal(object)

    def __init__(self, band_of: Callable[[float], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.band_of = band_of
        self.score: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:
        return QSize(STEPS * 56, 56)

    def minimumSizeHint(self) -> QSize:
        return QSize(STEPS * 44, 56)

    def set_score(self, score: float | None) -> None:
        if score == self.score:
            return
        self.score = score
        self.setAccessibleDescription(
            self.tr("Not scored yet")
            if score is None
            else self.tr("Scored {0}").format(score_text(score))
        )
        self.update()

    def step_rect(self, step: int) -> QRectF:
        width = self.width() / STEPS
        return QRectF(step * width + 2, 2, width - 4, self.height() - 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(body_font(24, bold=True))
        chosen = None if self.score is None else round(self.score * 10)
        text_colour = self.palette().windowText().color()
        for step in range(STEPS):
            rect = self.step_rect(step)
            if step == chosen:
                fill = band_fill(self.band_of(step / 10))
                painter.setPen(QPen(fill.darker(130), 2))
                painter.setBrush(fill)
                painter.drawRoundedRect(rect, 6, 6)
                painter.setPen(colour("on_fill"))
            else:
                painter.setPen(QPen(text_colour, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 6, 6)
                painter.setPen(text_colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{step / 10:.1f}")
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        step = int(event.position().x() // (self.width() / STEPS))
        self._choose(max(0, min(STEPS - 1, step)) / 10)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = None if self.score is None else round(self.score * 10)
        if key == Qt.Key.Key_Left:
            self._choose(max(0, (current if current is not None else 1) - 1) / 10)
        elif key == Qt.Key.Key_Right:
            self._choose(min(10, (current if current is not None else -1) + 1) / 10)
        elif key == Qt.Key.Key_Home:
            self._choose(0.0)
        elif key == Qt.Key.Key_End:
            self._choose(1.0)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if self.score is not None:
                self.chosen.emit(None)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self._choose((key - Qt.Key.Key_0) / 10)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _choose(self, score: float) -> None:
        if score != self.score:
            self.chosen.emit(round(score, 1))


class VerdictChip(QLabel):
    """The verdict in its colour band; the objective's chip also gives the mean."""

    def __init__(self, what: str, width: int) -> None:
        super().__init__()
        self.what = what
        self.setFixedWidth(width)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_verdict(self, score_shown: str, found: Verdict | None) -> None:
        spoken = f"{self.what}: "
        if found is None:
            self.setText(self.tr("{0}  not scored").format(score_shown).strip())
            show_band(self, "unscored")
            self.setAccessibleName(spoken + self.tr("not scored yet"))
            self.setToolTip("")
            return
        self.setText(f"{score_shown}  {verdict_label(found)}".strip())
        show_band(self, found.band)
        self.setAccessibleName(spoken + f"{score_shown} {verdict_label(found)}".strip())
        self.setToolTip(found.meaning)


class TextField(QLineEdit):
    """A line that saves once when editing finishes, only when the text changed."""

    def __init__(self, what: str, save: Callable[[str, str], None]) -> None:
        super().__init__()
        self.saved = ""
        self.setAccessibleName(what)
        self.editingFinished.connect(self._finished)
        self._save = save

    def show_text(self, text: str) -> None:
        self.saved = text
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)

    def _finished(self) -> None:
        if self.text().strip() != self.saved:
            self._save(self.text(), self.saved)


class KeyResultRow(QWidget):
    """A key result of last cycle: its text, the score bar and the verdict.

    On a wide page they share one line; on a narrow one the bar goes under the text.
    """

    def __init__(self, page: ScoringPage, view: PastKeyResultView) -> None:
        super().__init__()
        self.page = page
        self.key_result_id = view.id
        self.view = view
        self.text = TextField(self.tr("Key result of last cycle"), self._reword)
        self.bar = ScoreBar(page.band_of)
        self.bar.chosen.connect(self._score)
        self.chip = VerdictChip(self.tr("Verdict"), 270)
        self.remove = button(
            "✕", self.tr("Remove this key result"), tip=self.tr("Remove this key result")
        )
        self.remove.clicked.connect(self._remove)
        wording = QHBoxLayout()
        wording.setSpacing(8)
        wording.addWidget(self.text, 1)
        wording.addWidget(self.remove)
        scoring = QHBoxLayout()
        scoring.setSpacing(8)
        scoring.addWidget(self.bar)
        scoring.addWidget(self.chip)
        scoring.addStretch(1)
        line = columns((wording, 1, 420), (scoring, 0, 0), spacing=8)
        line.setContentsMargins(24, 0, 0, 0)
        self.setLayout(line)
        self.show_view(view)

    def show_view(self, view: PastKeyResultView) -> None:
        self.view = view
        self.text.show_text(view.text)
        self.text.setToolTip(view.text)
        self.bar.setAccessibleName(self.tr("Score for {0}").format(view.text))
        self.bar.set_score(view.score)
        self.chip.show_verdict("", view.verdict)

    def _reword(self, text: str, old: str) -> None:
        scoring = self.page.engine.scoring
        if not self.page.run(edit_past_key_result(scoring, self.key_result_id, text, old)):
            self.text.setText(old)

    def _score(self, score: float | None) -> None:
        scoring = self.page.engine.scoring
        self.page.run(score_key_result(scoring, self.key_result_id, self.view.text, score))

    def _remove(self) -> None:
        scoring = self.page.engine.scoring
        self.page.run(remove_past_key_result(scoring, self.key_result_id, self.view.text))


class ObjectiveBox(QFrame):
    """One objective of last cycle, its mean and verdict, and its key results."""

    def __init__(self, page: ScoringPage, view: PastObjectiveView) -> None:
        super().__init__()
        self.page = page
        self.objective_id = view.id
        self.view = view
        self.setObjectName("pastObjective")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.text = TextField(self.tr("Objective of last cycle"), self._reword)
        self.text.setObjectName("strongText")
        verdict = QHBoxLayout()
        verdict.addWidget(QLabel(self.tr("Mean")))
        self.chip = VerdictChip(self.tr("Objective mean"), 340)
        verdict.addWidget(self.chip)
        self.remove = button(
            "✕", self.tr("Remove this objective"), tip=self.tr("Remove this objective")
        )
        self.remove.clicked.connect(self._remove)
        verdict.addWidget(self.remove)
        layout.addLayout(columns((self.text, 1, 420), (verdict, 0, 0), spacing=8))
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: list[KeyResultRow] = []
        add = QHBoxLayout()
        add.setContentsMargins(24, 0, 0, 0)
        self.new_key_result = QLineEdit()
        self.new_key_result.setPlaceholderText(
            self.tr("Type a key result of this objective, then Enter")
        )
        self.new_key_result.setAccessibleName(self.tr("New key result of last cycle"))
        self.new_key_result.returnPressed.connect(self._add)
        add.addWidget(self.new_key_result, 1)
        self.add_button = button(
            self.tr("Add key result"), tip=self.tr("Add the key result typed on the left")
        )
        self.add_button.clicked.connect(self._add)
        add.addWidget(self.add_button)
        layout.addLayout(add)
        self.show_view(view)

    def show_view(self, view: PastObjectiveView) -> None:
        self.view = view
        self.text.show_text(view.text)
        self.chip.show_verdict(f"{mean_text(view.score)}", view.verdict)
        self.chip.setAccessibleName(
            self.tr("Mean of {0}: ").format(view.text)
            + (self.tr("not scored yet") if view.verdict is None else f"{mean_text(view.score)}, ")
            + ("" if view.verdict is None else verdict_label(view.verdict))
        )
        ids = [kr.id for kr in view.key_results]
        if ids == [row.key_result_id for row in self.rows]:
            for row, kr in zip(self.rows, view.key_results, strict=True):
                row.show_view(kr)
            return
        old = {row.key_result_id: row for row in self.rows}
        self.rows = []
        for kr in view.key_results:
            if kr.id in old:
                row = old.pop(kr.id)
                row.show_view(kr)
            else:
                row = KeyResultRow(self.page, kr)
            self.rows_layout.addWidget(row)
            row.show()
            self.rows.append(row)
        for gone in old.values():
            discard(gone)
        QWidget.setTabOrder(self.rows[-1].remove if self.rows else self.remove, self.new_key_result)

    def _reword(self, text: str, old: str) -> None:
        scoring = self.page.engine.scoring
        if not self.page.run(edit_past_objective(scoring, self.objective_id, text, old)):
            self.text.setText(old)

    def _add(self) -> None:
        text = self.new_key_result.text()
        if not text.strip():
            self.page.banner.show_message(self.tr("Type the key result first, then press Enter."))
            return
        scoring = self.page.engine.scoring
        if self.page.run(add_past_key_result(scoring, self.objective_id, text)):
            self.new_key_result.clear()
            self.new_key_result.setFocus()

    def _remove(self) -> None:
        scoring = self.page.engine.scoring
        self.page.run(remove_past_objective(scoring, self.objective_id, self.view.text))


class ScoringPage(Page):
    shows = Changes(scoring=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context, translate("ScoringPage", "Score last cycle"), translate("scoring", HINT)
        )
        self.thresholds = VerdictThresholds()
        self.previous_id: int | None = None

        bring = QHBoxLayout()
        self.bring_in = button(self.tr("Bring in last cycle's OKRs"))
        self.bring_in.clicked.connect(self._bring_in)
        bring.addWidget(self.bring_in)
        self.bring_in_note = QLabel()
        self.bring_in_note.setWordWrap(True)
        bring.addWidget(self.bring_in_note, 1)
        self.import_button = button(
            self.tr("Import table…"),
            self.tr("Import last cycle's scores from a table"),
            tip=self.tr("Objectives, key results and scores from a CSV or XLSX file"),
        )
        self.import_button.clicked.connect(self.import_table)
        self.import_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        bring.addStretch(0)
        bring.addWidget(self.import_button)
        self.import_dialog: ImportTableDialog | None = None
        self.body.addLayout(bring)

        self.legend = Columns(spacing=8)
        self.legend_chips: list[QLabel] = []
        for found in VERDICTS:
            chip = QLabel()
            show_band(chip, found.band)
            chip.setToolTip(found.meaning)
            self.legend.add(chip, stretch=0, least=0)
            self.legend_chips.append(chip)
        self.body.addLayout(self.legend)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.body.addWidget(self.empty)

        self.boxes_layout = QVBoxLayout()
        self.boxes_layout.setSpacing(14)
        self.body.addLayout(self.boxes_layout)
        self.body.addStretch(1)
        self.boxes: list[ObjectiveBox] = []

        add = QHBoxLayout()
        self.new_objective = QLineEdit()
        self.new_objective.setPlaceholderText(
            self.tr("Type an objective of last cycle, then Enter")
        )
        self.new_objective.setAccessibleName(self.tr("New objective of last cycle"))
        self.new_objective.returnPressed.connect(self._add)
        add.addWidget(self.new_objective, 1)
        self.add_button = button(
            self.tr("Add objective"), tip=self.tr("Add the objective typed on the left")
        )
        self.add_button.clicked.connect(self._add)
        add.addWidget(self.add_button)
        self.body.addLayout(add)
        self.refresh()

    def import_table(self) -> None:
        self.import_dialog = open_import(self, self.engine, self.run, "last-cycle")

    def band_of(self, score: float) -> str:
        return verdict(score, self.thresholds).band

    def reload(self) -> None:
        scoring = self.engine.scoring
        self.thresholds = scoring.thresholds()
        views = scoring.past_objectives()
        self.previous_id = scoring.previous_workshop_id() if not views else None
        self._show_bring_in()
        self._show_legend()
        self.empty.setVisible(not views)
        self.empty.setText(
            self.tr(
                "No OKRs of last cycle here yet: bring them in with the button above, "
                "import them from a table, or type each objective below and then its key "
                "results."
            )
            if self.previous_id is not None
            else self.tr(
                "No OKRs of last cycle here yet: import them from a table (objective, key "
                "result, score), or type each objective below, then its key results."
            )
        )
        old = {box.objective_id: box for box in self.boxes}
        self.boxes = []
        for index, view in enumerate(views):
            if view.id in old:
                box = old.pop(view.id)
                box.show_view(view)
            else:
                box = ObjectiveBox(self, view)
            self.boxes_layout.insertWidget(index, box)
            box.show()
            self.boxes.append(box)
        for gone in old.values():
            discard(gone)

    def _show_bring_in(self) -> None:
        if self.previous_id is None:
            self.bring_in.hide()
            self.bring_in_note.hide()
            return
        earlier = next(
            (w for w in list_workshops(self.context.store) if w.id == self.previous_id), None
        )
        when = "" if earlier is None else f"{earlier.created_at:%d %b %Y}"
        cycle = "" if earlier is None or not earlier.cycle_label else f", {earlier.cycle_label}"
        self.bring_in.show()
        self.bring_in_note.show()
        self.bring_in_note.setText(
            self.tr("from the team's workshop of {0}{1}").format(when, cycle)
        )
        self.bring_in.setAccessibleDescription(
            self.tr("From the team's workshop of {0}{1}").format(when, cycle)
        )

    def _show_legend(self) -> None:
        t = self.thresholds
        ranges = [
            f"{t.exceeded:.1f}",
            f"{t.delivered:.1f}–{max(t.delivered, t.exceeded - 0.1):.1f}",
            f"{t.fell_short:.1f}–{max(t.fell_short, t.delivered - 0.1):.1f}",
            self.tr("below {0:.1f}").format(t.fell_short),
        ]
        for chip, found, shown in zip(self.legend_chips, VERDICTS, ranges, strict=True):
            chip.setText(f"{verdict_label(found)}  {shown}")
            chip.setAccessibleName(f"{verdict_label(found)}: {shown}")

    def _bring_in(self) -> None:
        if self.previous_id is not None:
            self.run(bring_in_previous(self.engine.scoring, self.previous_id))

    def _add(self) -> None:
        text = self.new_objective.text()
        if not text.strip():
            self.banner.show_message(self.tr("Type the objective first, then press Enter."))
            return
        if self.run(add_past_objective(self.engine.scoring, text)):
            self.new_objective.clear()
            if self.boxes:
                self.boxes[-1].new_key_result.setFocus()


def make_page(context: PageContext, kind: str) -> QWidget:
    return ScoringPage(context)
