"""The booth's screens around the ballot, and the facilitator's controls.

Who votes next, the round's settings, counts from paper or hands, the result, and the
sealed totals of a secret round.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.base import ParticipantView
from facilitation.engine.voting import OptionView, RoundResult
from facilitation.voting import DEFAULT_VOTES, MAX_VOTES, MIN_VOTES, TallyRow, VoterTurn
from ui.pages.booth.chart import ResultChart, TieBox
from ui.pages.booth.models import OPTION_ID_ROLE, TallyModel
from ui.reflow import Columns, columns, show_every_row
from ui.theme import set_state
from ui.widgets.parts import button, discard, elided, see_through

if TYPE_CHECKING:
    from ui.pages.booth.page import BoothPage


# Who votes next


class NextVoterScreen(QWidget):
    """Names only: who has voted shows as a tick, never what they voted for."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Who votes next?"))
        heading.setObjectName("headline")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.note = QLabel(
            self.tr(
                "Pick your name. Your votes are private: nobody sees them, and the "
                "screen clears when you hand over."
            )
        )
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setObjectName("emphasis")
        layout.addWidget(self.progress)
        # As many names on a line as the screen takes; the page scrolls for a large room.
        self.grid = Columns(spacing=14)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.buttons: dict[int, QPushButton] = {}
        self.people: list[ParticipantView] = []
        self.turns: dict[int, VoterTurn] = {}

    def set_people(self, people: Sequence[ParticipantView], turns: dict[int, VoterTurn]) -> None:
        if [p.id for p in people] != [p.id for p in self.people]:
            for old in self.buttons.values():
                discard(old)
            self.buttons = {}
            self.people = list(people)
            for person in people:
                choice = QPushButton()
                choice.setObjectName("nameButton")
                choice.clicked.connect(lambda _checked=False, p=person.id: self.chosen.emit(p))
                self.grid.add(choice, stretch=1, least=NAME_BUTTON_WIDTH)
                choice.show()
                self.buttons[person.id] = choice
            self.turns = {}
        for person in self.people:
            self.mark(person, turns.get(person.id, VoterTurn(0, in_booth=False)))
        self._count()

    def mark(self, person: ParticipantView, turn: VoterTurn) -> None:
        """A tick for a voter who handed over; "not finished" for one who never did."""
        if self.turns.get(person.id) == turn:
            return
        self.turns[person.id] = turn
        choice = self.buttons[person.id]
        if turn.voted:
            text, state, look = f"✓ {person.name}", self.tr("has voted"), "voted"
        elif turn.in_booth:
            dots = self.tr("{0} {1} kept").format(turn.dots, "dot" if turn.dots == 1 else "dots")
            text, state, look = (
                self.tr("{0}\nnot finished").format(person.name),
                self.tr("has not finished, {0}").format(dots),
                "waiting",
            )
        else:
            text, state, look = person.name, self.tr("to vote"), "to vote"
        choice.setText(text)
        choice.setAccessibleName(f"{person.name}, {state}")
        set_state(choice, "voter", look)

    def mark_id(self, participant_id: int, turn: VoterTurn) -> None:
        person = next((p for p in self.people if p.id == participant_id), None)
        if person is not None:
            self.mark(person, turn)
            self._count()

    def _count(self) -> None:
        turns = [self.turns[p.id] for p in self.people if p.id in self.turns]
        done = sum(1 for turn in turns if turn.voted)
        unfinished = sum(1 for turn in turns if turn.in_booth)
        text = self.tr("{0} of {1} have voted").format(done, len(self.people))
        if unfinished:
            text += self.tr(" · {0} not finished, their dots kept: pick the name to go on").format(
                unfinished
            )
        self.progress.setText(text)


# Round settings


NAME_BUTTON_WIDTH = 300


def wrapped(text: str) -> QLabel:
    made = QLabel(text)
    made.setWordWrap(True)
    return made


class SetupScreen(QWidget):
    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Round settings"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        settings = QGridLayout()
        settings.setHorizontalSpacing(18)
        settings.addWidget(wrapped(self.tr("Votes for each person")), 0, 0)
        self.votes = QSpinBox()
        self.votes.setRange(MIN_VOTES, MAX_VOTES)
        self.votes.setValue(DEFAULT_VOTES)
        self.votes.setAccessibleName(self.tr("Votes for each person"))
        self.votes.valueChanged.connect(self._votes_changed)
        settings.addWidget(self.votes, 0, 1)
        settings.addWidget(wrapped(self.tr("Most votes one person may put on one card")), 1, 0)
        self.most = QSpinBox()
        self.most.setRange(1, DEFAULT_VOTES)
        self.most.setValue(DEFAULT_VOTES)
        self.most.setAccessibleName(self.tr("Most votes one person may put on one card"))
        settings.addWidget(self.most, 1, 1)
        self.secret = QCheckBox(self.tr("Secret: no totals until the facilitator reveals them"))
        self.secret.setChecked(True)
        settings.addWidget(self.secret, 2, 0, 1, 2)
        self.dots = QRadioButton(self.tr("Dots in the booth, one voter after the other"))
        self.dots.setChecked(True)
        self.paper = QRadioButton(self.tr("Paper or show of hands: I type the counts"))
        settings.addWidget(self.dots, 3, 0, 1, 2)
        settings.addWidget(self.paper, 4, 0, 1, 2)
        settings.setColumnStretch(2, 1)
        layout.addLayout(settings)
        self.ballot_title = wrapped("")
        self.ballot_title.setObjectName("sectionTitle")
        layout.addWidget(self.ballot_title)
        self.items = QListWidget()
        see_through(self.items)
        self.items.setFlow(QListView.Flow.LeftToRight)
        self.items.setWrapping(True)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setUniformItemSizes(True)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.setSpacing(4)
        self.items.setAccessibleName(self.tr("On the ballot"))
        show_every_row(self.items)
        self.items.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.open_button = button(self.tr("Open the vote"))
        self.open_button.setObjectName("bigButton")
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _votes_changed(self, votes: int) -> None:
        keep = self.most.value()
        self.most.setRange(1, votes)
        self.most.setValue(min(keep, votes) if keep < votes else votes)

    def set_items(self, items: Sequence[tuple[int, str]]) -> None:
        if [
            (self.items.item(i).data(OPTION_ID_ROLE), self.items.item(i).text())
            for i in range(self.items.count())
        ] == [(item_id, elided(text, 34)) for item_id, text in items]:
            return
        self.items.blockSignals(True)
        self.items.clear()
        for item_id, text in items:
            entry = QListWidgetItem(text)
            entry.setSizeHint(QSize(560, 50))
            entry.setToolTip(text)
            entry.setData(OPTION_ID_ROLE, item_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self._count()

    def chosen(self) -> list[int]:
        return [
            int(self.items.item(i).data(OPTION_ID_ROLE))
            for i in range(self.items.count())
            if self.items.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        what = "cards" if self.page.subject == "objectives" else self.tr("key results")
        self.ballot_title.setText(
            self.tr("On the ballot: {0} of {1} {2} (untick what should not be voted on)").format(
                len(self.chosen()), self.items.count(), what
            )
        )

    def _open(self) -> None:
        self.page.open_round(
            self.chosen(),
            votes=self.votes.value(),
            most=self.most.value(),
            secret=self.secret.isChecked(),
            paper=self.paper.isChecked(),
        )


# Paper and show of hands


class PaperScreen(QWidget):
    """The facilitator types a count per card from paper or a show of hands."""

    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Counts from paper or a show of hands"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 1)
        scroller.setWidget(holder)
        layout.addWidget(scroller, 1)
        self.counts: dict[int, QSpinBox] = {}
        self.labels: dict[int, str] = {}
        self.options: list[int] = []

    def show_counts(self, options: Sequence[OptionView], counts: dict[int, int | None]) -> None:
        ids = [o.id for o in options]
        if ids != self.options:
            for spin in self.counts.values():
                discard(spin)
            while self.grid.count():
                item = self.grid.takeAt(0)
                widget = None if item is None else item.widget()
                if widget is not None:
                    discard(widget)
            self.counts = {}
            self.options = ids
            self.labels = {o.id: o.label for o in options}
            for row, option in enumerate(options):
                label = QLabel(option.label)
                label.setWordWrap(True)
                self.grid.addWidget(label, row, 0)
                label.show()
                spin = QSpinBox()
                spin.setRange(-1, 10_000)
                spin.setSpecialValueText("–")
                spin.setMinimumWidth(160)
                spin.setAccessibleName(self.tr("Count for {0}").format(option.label))
                spin.editingFinished.connect(lambda o=option.id: self._typed(o))
                self.grid.addWidget(spin, row, 1)
                spin.show()
                self.counts[option.id] = spin
        for option_id, spin in self.counts.items():
            value = counts.get(option_id)
            spin.blockSignals(True)
            spin.setValue(-1 if value is None else value)
            spin.blockSignals(False)
            spin.setProperty("saved", -1 if value is None else value)

    def _typed(self, option_id: int) -> None:
        spin = self.counts[option_id]
        if spin.value() == spin.property("saved"):
            return
        count = None if spin.value() < 0 else spin.value()
        self.page.type_count(option_id, self.labels[option_id], count)


# Results


class ResultsScreen(QWidget):
    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        self.model = TallyModel(self)
        self.chart = ResultChart(self.model)
        self.chart.cut_chosen.connect(page.set_cut)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart)
        column.addStretch(1)

        side = QVBoxLayout()
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep the top")))
        self.keep = QSpinBox()
        self.keep.setRange(-1, 0)
        self.keep.setSpecialValueText("–")
        self.keep.setAccessibleName(self.tr("How many to keep above the cut line"))
        self.keep.editingFinished.connect(self._keep_typed)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        side.addLayout(keep_row)
        self.cut_hint = QLabel(self.tr("Drag the cut line on the chart, or type how many to keep."))
        self.cut_hint.setWordWrap(True)
        side.addWidget(self.cut_hint)
        self.runoff_note = QLabel()
        self.runoff_note.setWordWrap(True)
        side.addWidget(self.runoff_note)
        self.use_runoff = button(self.tr("Use the run-off's result"))
        self.use_runoff.clicked.connect(page.use_runoff)
        side.addWidget(self.use_runoff)
        self.ties = QVBoxLayout()
        side.addLayout(self.ties)
        self.not_now_title = QLabel(self.tr("Not now"))
        self.not_now_title.setObjectName("sectionTitle")
        side.addWidget(self.not_now_title)
        self.not_now = QLabel()
        self.not_now.setWordWrap(True)
        self.not_now.setAccessibleName(self.tr("Not now"))
        side.addWidget(self.not_now)
        side.addStretch(1)
        self.final = button(self.tr("Make these our objectives"))
        self.final.setObjectName("bigButton")
        self.final.clicked.connect(page.finish)
        side.addWidget(self.final)
        self.final_reason = QLabel()
        self.final_reason.setWordWrap(True)
        side.addWidget(self.final_reason)
        # The chart and the side sit side by side on a wide screen; narrower, the side
        # (the cut, the ties, "not now") goes below the chart.
        self.setLayout(columns((column, 3, 480), (side, 2, 440), spacing=24))
        self.tie_boxes: list[TieBox] = []
        self._tie_key: tuple[Any, ...] = ()

    def show_result(self, result: RoundResult, keep: int | None) -> None:
        self.model.set_result(result.rows, keep)
        count = len(result.rows)
        self.keep.blockSignals(True)
        self.keep.setRange(-1, count)
        self.keep.setValue(-1 if keep is None else keep)
        self.keep.blockSignals(False)
        below = [r.label for r in result.rows if r.option_id in result.cut.not_now]
        self.not_now_title.setVisible(bool(below))
        self.not_now.setVisible(bool(below))
        self.not_now.setText("\n".join(f"• {elided(label, 70)}" for label in below))
        at_cut = set(result.cut.tied_at_cut)
        groups: dict[int, list[TallyRow]] = {}
        for row in result.rows:
            wanted = row.option_id in at_cut if keep is not None else row.count > 0
            if row.tied and wanted:
                groups.setdefault(row.place, []).append(row)
        groups = dict(list(groups.items())[:3])
        key = tuple(
            (
                place,
                tuple(r.option_id for r in rows),
                bool(set(r.option_id for r in rows) & set(result.cut.tied_at_cut)),
            )
            for place, rows in groups.items()
        )
        if key != self._tie_key:
            self._tie_key = key
            for box in self.tie_boxes:
                discard(box)
            self.tie_boxes = []
            for rows in groups.values():
                box = TieBox(self.page, rows, bool(at_cut & {r.option_id for r in rows}))
                self.ties.addWidget(box)
                box.show()
                self.tie_boxes.append(box)

    def _keep_typed(self) -> None:
        value = self.keep.value()
        keep = None if value < 0 else value
        if keep != self.model.keep:
            self.page.set_cut(keep)


class SealedScreen(QWidget):
    """A secret round after voting: nothing to see until the facilitator reveals it."""

    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("headline")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addSpacing(30)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reveal = button(self.tr("Reveal the results"))
        self.reveal.setObjectName("bigButton")
        self.reveal.setMinimumWidth(420)
        self.reveal.clicked.connect(page.reveal)
        row.addWidget(self.reveal)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)


# The facilitator's controls


@dataclass(frozen=True)
class Control:
    text: str
    action: Callable[[], None]


class FacilitatorBar(QFrame):
    """What the facilitator can do now; hidden while a voter is at the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("facilitatorBar")
        # The state of the vote, then the buttons; they wrap below it on a narrow screen.
        self.row = Columns(self, spacing=12)
        self.row.setContentsMargins(0, 8, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("State of the vote"))
        self.row.add(self.status, 1, 420)
        self.buttons: list[QPushButton] = []
        self.handlers: list[Callable[[], None]] = []

    def show_controls(self, status: str, controls: Sequence[Control]) -> None:
        self.status.setText(status)
        self.handlers = [c.action for c in controls]
        if [c.text for c in controls] == [b.text() for b in self.buttons]:
            return
        for old in self.buttons:
            discard(old)
        self.buttons = []
        for number, control in enumerate(controls):
            made = button(control.text)
            made.clicked.connect(lambda _checked=False, n=number: self.handlers[n]())
            self.row.add(made, 0, 0)
            made.show()
            self.buttons.append(made)

    def control(self, text: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == text), None)
