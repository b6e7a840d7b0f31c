"""The voting booth: private dot voting on one shared screen, then the reveal and the cut.

One page serves the vote on objective candidates and the vote on one objective's
key results. The round moves through these screens:

- settings: votes per person, the most on one card, secret or open, dots or paper;
- "who votes next?": names only, with a tick for those who have voted, never on what;
- the ballot of one voter: their own dots and votes left, nothing of anyone else's,
  until "Done, hand over" clears the screen;
- paper or show of hands: the facilitator types a count per card;
- sealed: a secret round shows no totals until the facilitator reveals them;
- the result: a sorted bar chart with ties marked, the cut line to drag, the ties to
  settle, the "not now" list, and the step that makes the chosen cards count.

A dot is one undo command; the booth updates the one card that changed, never the
whole screen, so a click is shown at once with forty voters and a hundred cards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from facilitation.engine.base import ParticipantView
from facilitation.engine.okrs import ObjectiveView
from facilitation.engine.voting import OptionView, Outcome, RoundResult, RoundView
from facilitation.rules import RuleError
from facilitation.voting import DEFAULT_VOTES, MAX_VOTES, MIN_VOTES, TallyRow, VoterTurn
from ui.commands import Changes
from ui.pages.context import PageContext
from ui.pages.page_parts import INK, StepPage, body_font, button, discard, elided, see_through
from ui.pages.postits import CardGrid, PostItDelegate, fit_lines
from ui.pages.voting_commands import (
    apply_runoff,
    cast_vote,
    finish_round,
    open_round,
    retract_vote,
    set_cut_line,
    set_manual_count,
    set_round_status,
    settle_tie,
    start_runoff,
)
from ui.phone_panel import PhoneVoteWindow
from workshop.store import StoreError

KINDS: tuple[str, ...] = ("objective_vote", "kr_vote")
SUBJECT_OF_KIND = {"objective_vote": "objectives", "kr_vote": "key_results"}
TITLES = {
    "objective_vote": "Vote on the objectives",
    "kr_vote": "Vote on the key results",
}
HINTS = {
    "objective_vote": (
        "Everyone votes in private on this screen, one after the other. The totals stay "
        "hidden until the facilitator reveals them; then the room draws the cut line."
    ),
    "kr_vote": (
        "Vote on the key results of one objective at a time, in private. After the reveal, "
        "keep the three to five that tell best whether the objective is reached."
    ),
}

OPTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MINE_ROLE = Qt.ItemDataRole.UserRole + 2
"""The voter's own dots on this card."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3
PLACE_ROLE = Qt.ItemDataRole.UserRole + 4
TIED_ROLE = Qt.ItemDataRole.UserRole + 5
SETTLED_ROLE = Qt.ItemDataRole.UserRole + 6
"""Who settled this card's place in a tie: "facilitator", "runoff" or ""."""
KEPT_ROLE = Qt.ItemDataRole.UserRole + 7
"""Whether the card is above the cut line."""

DOT = QColor("#1D4ED8")
KEPT = QColor("#1D4ED8")
NOT_NOW = QColor("#8A93A3")
TIE = QColor("#B45309")
CUT = QColor("#B91C1C")
BALLOT_FILL = QColor("#FFF4C2")


def ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


# The voter's ballot


class BallotModel(QAbstractListModel):
    """The cards of the round and this voter's own dots on them; nothing of anyone else's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options: list[OptionView] = []
        self.mine: dict[int, int] = {}
        self._rows: dict[int, int] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.options):
            return None
        option = self.options[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return option.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            mine = self.mine.get(option.id, 0)
            return f"{option.label}: {mine} of your votes"
        if role == OPTION_ID_ROLE:
            return option.id
        if role == MINE_ROLE:
            return self.mine.get(option.id, 0)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def set_options(self, options: Sequence[OptionView]) -> None:
        if list(options) == self.options:
            return
        self.beginResetModel()
        self.options = list(options)
        self._rows = {o.id: row for row, o in enumerate(self.options)}
        self.mine = {}
        self.endResetModel()

    def set_mine(self, mine: dict[int, int]) -> None:
        """Show a voter's dots, repainting only the cards whose dots changed."""
        old, self.mine = self.mine, dict(mine)
        for option_id in set(old) | set(mine):
            if old.get(option_id, 0) != mine.get(option_id, 0):
                self._changed(option_id)

    def set_one(self, option_id: int, count: int) -> None:
        if self.mine.get(option_id, 0) != count:
            self.mine[option_id] = count
            self._changed(option_id)

    def clear(self) -> None:
        """Wipe the ballot off the screen: the next voter sees none of it."""
        self.beginResetModel()
        self.options = []
        self._rows = {}
        self.mine = {}
        self.endResetModel()

    def _changed(self, option_id: int) -> None:
        row = self._rows.get(option_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [MINE_ROLE])


class BallotDelegate(QStyledItemDelegate):
    """A card with the voter's own dots, and a "−" to take one back."""

    PAD = PostItDelegate.PAD
    GAP = PostItDelegate.GAP
    DOT = 26

    def __init__(self, view: BallotView) -> None:
        super().__init__(view)
        self.view = view
        self.font = body_font(24)
        self.minus_font = body_font(30, bold=True)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self.view.card_size

    def card_rect(self, top_left: QPoint) -> QRect:
        return QRect(top_left, self.view.card_size).adjusted(
            self.GAP, self.GAP, -self.GAP, -self.GAP
        )

    def minus_rect(self, card: QRect) -> QRect:
        size = self.DOT + 16
        return QRect(card.right() - size - 6, card.bottom() - size - 6, size, size)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = self.card_rect(option.rect.topLeft())
        mine = int(index.data(MINE_ROLE) or 0)
        current = bool(option.state & QStyle.StateFlag.State_HasFocus) or bool(
            option.state & QStyle.StateFlag.State_Selected
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(DOT, 5) if current else QPen(BALLOT_FILL.darker(160), 1))
        painter.setBrush(BALLOT_FILL)
        painter.drawRoundedRect(card, 6, 6)
        metrics = QFontMetrics(self.font)
        dots_height = self.DOT + 10
        inner = card.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD - dots_height)
        most = max(1, inner.height() // metrics.lineSpacing())
        lines = fit_lines(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), metrics, inner.width(), most
        )
        painter.setFont(self.font)
        painter.setPen(QColor(INK))
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(
                    inner.left(),
                    inner.top() + number * metrics.lineSpacing(),
                    inner.width(),
                    metrics.lineSpacing(),
                ),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.setPen(QPen(DOT.darker(130), 1))
        painter.setBrush(DOT)
        top = card.bottom() - self.PAD - self.DOT + 4
        for number in range(mine):
            painter.drawEllipse(
                QRect(card.left() + self.PAD + number * (self.DOT + 6), top, self.DOT, self.DOT)
            )
        if mine:
            minus = self.minus_rect(card)
            painter.setBrush(QColor("#FFFFFF"))
            painter.setPen(QPen(QColor(INK), 2))
            painter.drawEllipse(minus)
            painter.setFont(self.minus_font)
            painter.drawText(minus, int(Qt.AlignmentFlag.AlignCenter), "−")
        painter.restore()


class BallotView(CardGrid):
    """The voter's cards: a click or tap places a dot, the "−" takes one back.

    Space, Enter or + places a dot on the current card; Backspace, Delete or −
    takes one back. Undo (Ctrl+Z) takes back this voter's last dot and nothing else.
    """

    def __init__(self, screen: VoterScreen) -> None:
        super().__init__()
        self.owner = screen
        self.card_size = QSize(300, 170)
        self.setDragEnabled(False)
        self.setAccessibleName("Your ballot")
        self.setItemDelegate(BallotDelegate(self))

    def _press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        option_id = int(index.data(OPTION_ID_ROLE))
        delegate = self.itemDelegate()
        assert isinstance(delegate, BallotDelegate)
        card = delegate.card_rect(self.visualRect(index).topLeft())
        if int(index.data(MINE_ROLE) or 0) and delegate.minus_rect(card).contains(pos):
            self.owner.page.retract(option_id)
        else:
            self.owner.page.cast(option_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A quick second click is a second dot, as it is on paper."""
        self._press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        return None

    def current_option(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(OPTION_ID_ROLE)) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        option_id = self.current_option()
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.owner.page.take_back_last()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            return
        if option_id is not None:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus):
                self.owner.page.cast(option_id)
                return
            if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Minus):
                self.owner.page.retract(option_id)
                return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Keep undo and redo here while a voter is at the screen (see ``keyPressEvent``)."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.accept()
            return True
        return super().event(event)


class VoterScreen(QWidget):
    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.who = QLabel()
        self.who.setObjectName("headline")
        head.addWidget(self.who)
        self.left = QLabel()
        self.left.setObjectName("emphasis")
        self.left.setAccessibleName("Votes left")
        head.addSpacing(30)
        head.addWidget(self.left)
        head.addStretch(1)
        self.done = button("Done, hand over", tip="Clears the screen for the next voter")
        self.done.setObjectName("bigButton")
        self.done.setStyleSheet(
            "QPushButton { background: #166534; color: #FFFFFF; padding: 10px 28px; "
            "border-radius: 8px; }"
        )
        head.addWidget(self.done)
        layout.addLayout(head)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        layout.addWidget(self.rule)
        self.model = BallotModel(self)
        self.view = BallotView(self)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)

    def show_left(self, left: int, votes_per_person: int) -> None:
        self.left.setText(f"Votes left: {left} of {votes_per_person}")
        self.left.setAccessibleDescription(self.left.text())


# Who votes next


VOTED_STYLE = "QPushButton { background: #DCFCE7; color: #14532D; border: 2px solid #166534; }"
UNFINISHED_STYLE = (
    "QPushButton { background: #FEF3C7; color: #78350F; border: 2px dashed #B45309; }"
)


class NextVoterScreen(QWidget):
    """Names only: who has voted shows as a tick, never what they voted for."""

    chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Who votes next?")
        heading.setObjectName("headline")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        self.note = QLabel(
            "Pick your name. Your votes are private: nobody sees them, and the screen "
            "clears when you hand over."
        )
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.progress = QLabel()
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setObjectName("emphasis")
        layout.addWidget(self.progress)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.grid = QGridLayout(holder)
        self.grid.setSpacing(14)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        scroller.setWidget(holder)
        layout.addWidget(scroller, 1)
        self.buttons: dict[int, QPushButton] = {}
        self.people: list[ParticipantView] = []
        self.turns: dict[int, VoterTurn] = {}

    def set_people(self, people: Sequence[ParticipantView], turns: dict[int, VoterTurn]) -> None:
        if [p.id for p in people] != [p.id for p in self.people]:
            for old in self.buttons.values():
                discard(old)
            self.buttons = {}
            self.people = list(people)
            columns = 4 if len(people) <= 12 else 5
            for number, person in enumerate(people):
                choice = QPushButton()
                choice.setObjectName("nameButton")
                choice.clicked.connect(lambda _checked=False, p=person.id: self.chosen.emit(p))
                self.grid.addWidget(choice, number // columns, number % columns)
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
            text, state = f"✓ {person.name}", "has voted"
            style = (
                "QPushButton { background: #DCFCE7; color: #14532D; border: 2px solid #166534; }"
            )
        elif turn.in_booth:
            dots = f"{turn.dots} {'dot' if turn.dots == 1 else 'dots'} kept"
            text, state = f"{person.name}\nnot finished · {dots}", f"has not finished, {dots}"
            style = (
                "QPushButton { background: #FEF3C7; color: #78350F; border: 2px dashed #B45309; }"
            )
        else:
            text, state, style = person.name, "to vote", ""
        choice.setText(text)
        choice.setAccessibleName(f"{person.name}, {state}")
        choice.setStyleSheet(style)

    def mark_id(self, participant_id: int, turn: VoterTurn) -> None:
        person = next((p for p in self.people if p.id == participant_id), None)
        if person is not None:
            self.mark(person, turn)
            self._count()

    def _count(self) -> None:
        done = sum(1 for p in self.people if self.turns.get(p.id, VoterTurn(0, False)).voted)
        unfinished = sum(
            1 for p in self.people if self.turns.get(p.id, VoterTurn(0, False)).in_booth
        )
        text = f"{done} of {len(self.people)} have voted"
        if unfinished:
            text += f" · {unfinished} not finished"
        self.progress.setText(text)


# Round settings


class SetupScreen(QWidget):
    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Round settings")
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        settings = QGridLayout()
        settings.setHorizontalSpacing(18)
        settings.addWidget(QLabel("Votes for each person"), 0, 0)
        self.votes = QSpinBox()
        self.votes.setRange(MIN_VOTES, MAX_VOTES)
        self.votes.setValue(DEFAULT_VOTES)
        self.votes.setAccessibleName("Votes for each person")
        self.votes.valueChanged.connect(self._votes_changed)
        settings.addWidget(self.votes, 0, 1)
        settings.addWidget(QLabel("Most votes one person may put on one card"), 1, 0)
        self.most = QSpinBox()
        self.most.setRange(1, DEFAULT_VOTES)
        self.most.setValue(DEFAULT_VOTES)
        self.most.setAccessibleName("Most votes one person may put on one card")
        settings.addWidget(self.most, 1, 1)
        self.secret = QCheckBox("Secret: no totals until the facilitator reveals them")
        self.secret.setChecked(True)
        settings.addWidget(self.secret, 2, 0, 1, 2)
        self.dots = QRadioButton("Dots in the booth, one voter after the other")
        self.dots.setChecked(True)
        self.paper = QRadioButton("Paper or show of hands: I type the counts")
        settings.addWidget(self.dots, 3, 0, 1, 2)
        settings.addWidget(self.paper, 4, 0, 1, 2)
        settings.setColumnStretch(2, 1)
        layout.addLayout(settings)
        self.ballot_title = QLabel()
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
        self.items.setAccessibleName("On the ballot")
        self.items.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.open_button = button("Open the vote")
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
        what = "cards" if self.page.subject == "objectives" else "key results"
        self.ballot_title.setText(
            f"On the ballot: {len(self.chosen())} of {self.items.count()} {what} "
            "(untick what should not be voted on)"
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
        title = QLabel("Counts from paper or a show of hands")
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
                spin.setAccessibleName(f"Count for {option.label}")
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


class TallyModel(QAbstractListModel):
    """The sorted tally of a revealed round, with ties and the cut line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TallyRow] = []
        self.keep: int | None = None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            tie = ", tied" if row.tied else ""
            return f"{ordinal(row.place)}: {row.label}, {row.count} votes{tie}"
        if role == OPTION_ID_ROLE:
            return row.option_id
        if role == COUNT_ROLE:
            return row.count
        if role == PLACE_ROLE:
            return row.place
        if role == TIED_ROLE:
            return row.tied
        if role == SETTLED_ROLE:
            return row.tie_break_by
        if role == KEPT_ROLE:
            return self.keep is not None and index.row() < self.keep
        return None

    def set_result(self, rows: Sequence[TallyRow], keep: int | None) -> None:
        if list(rows) == self.rows and keep == self.keep:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.keep = keep
        self.endResetModel()


class ResultChart(QWidget):
    """Bars from most votes to fewest, ties marked, and a cut line to drag.

    Up and Down move the cut line when the chart has the focus.
    """

    cut_chosen = Signal(int)

    ROW = 72
    TOP = 6
    GAP = 48

    def __init__(self, model: TallyModel) -> None:
        super().__init__()
        self.model = model
        self.dragging = False
        self.drag_keep: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Results")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self._resized)

    def _resized(self) -> None:
        rows = max(1, self.model.rowCount())
        self.setFixedHeight(self.TOP * 2 + rows * self.ROW + self.GAP + 10)
        self.setAccessibleDescription(
            "; ".join(
                str(self.model.index(r).data(Qt.ItemDataRole.AccessibleTextRole))
                for r in range(self.model.rowCount())
            )
        )
        self.update()

    def line_y(self, keep: int) -> int:
        """The middle of the gap the cut line opens between the kept rows and the rest."""
        return self.TOP + keep * self.ROW + self.GAP // 2

    def row_top(self, number: int, keep: int | None) -> int:
        below = keep is not None and number >= keep
        return self.TOP + number * self.ROW + (self.GAP if below else 0)

    def keep_at(self, y: float) -> int:
        rows = self.model.rowCount()
        return min(range(rows + 1), key=lambda keep: abs(self.line_y(keep) - y))

    def shown_keep(self) -> int | None:
        return self.drag_keep if self.dragging else self.model.keep

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rows = self.model.rows
        most = max((r.count for r in rows), default=0) or 1
        badge_w, count_w = 124, 64
        bar_room = min(360, int(self.width() * 0.28))
        bar_left = self.width() - badge_w - 12 - count_w - bar_room
        label_left = 74
        label_w = bar_left - 20 - label_left
        text = self.palette().windowText().color()
        font = body_font(24)
        bold = body_font(24, bold=True)
        metrics = QFontMetrics(font)
        keep = self.shown_keep()
        for number, row in enumerate(rows):
            top = self.row_top(number, keep)
            kept = keep is not None and number < keep
            painter.setFont(font)
            painter.setPen(text)
            painter.drawText(
                QRect(0, top, 70, self.ROW), int(Qt.AlignmentFlag.AlignVCenter), ordinal(row.place)
            )
            lines = fit_lines(row.label, metrics, label_w, 2)
            first = top + (self.ROW - len(lines) * metrics.lineSpacing()) // 2
            for line_number, line in enumerate(lines):
                painter.drawText(
                    QRect(
                        label_left,
                        first + line_number * metrics.lineSpacing(),
                        label_w,
                        metrics.lineSpacing(),
                    ),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
            width = max(4, int(bar_room * row.count / most))
            colour = KEPT if (keep is None or kept) else NOT_NOW
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRect(bar_left, top + 16, width, self.ROW - 32), 4, 4)
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRect(bar_left + width + 10, top, count_w, self.ROW),
                int(Qt.AlignmentFlag.AlignVCenter),
                str(row.count),
            )
            mark = ""
            if row.tied and row.count > 0:
                mark = "= tied"
            elif row.tie_break_by == "runoff":
                mark = "run-off"
            elif row.tie_break_by:
                mark = "settled"
            if mark:
                badge = QRect(self.width() - badge_w, top + 14, badge_w - 4, self.ROW - 28)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(TIE if row.tied else QColor("#4B5563"))
                painter.drawRoundedRect(badge, 6, 6)
                painter.setPen(QColor("#FFFFFF"))
                painter.setFont(body_font(20, bold=True))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), mark)
        if keep is not None and rows:
            y = self.line_y(keep)
            painter.setPen(QPen(CUT, 5, Qt.PenStyle.DashLine))
            painter.drawLine(0, y, self.width(), y)
            label = f"✂ keep the top {keep}"
            painter.setFont(body_font(22, bold=True))
            tag = QRect(max(0, self.width() - 380), y - 19, 236, 38)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CUT)
            painter.drawRoundedRect(tag, 6, 6)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), label)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.model.rows:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.dragging = True
        self.drag_keep = self.keep_at(event.position().y())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.dragging:
            keep = self.keep_at(event.position().y())
            if keep != self.drag_keep:
                self.drag_keep = keep
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if not self.dragging:
            return
        self.dragging = False
        keep = self.keep_at(event.position().y())
        self.drag_keep = None
        self.update()
        if keep != self.model.keep:
            self.cut_chosen.emit(keep)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keep = self.model.keep
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.model.rows:
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            start = keep if keep is not None else self.model.rowCount()
            target = max(0, min(self.model.rowCount(), start + step))
            if target != keep:
                self.cut_chosen.emit(target)
            return
        super().keyPressEvent(event)


class TieBox(QFrame):
    """Cards tied on one place: put them in order, or hold a run-off among them."""

    def __init__(self, page: BoothPage, rows: Sequence[TallyRow], at_cut: bool) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("tieBox")
        self.setStyleSheet("QFrame#tieBox { border: 3px solid #B45309; border-radius: 8px; }")
        layout = QVBoxLayout(self)
        where = " at the cut line" if at_cut else ""
        title = QLabel(f"Tied for {ordinal(rows[0].place)}{where}: {rows[0].count} votes each")
        title.setWordWrap(True)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        self.order = QListWidget()
        see_through(self.order)
        self.order.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order.setAccessibleName("Order of the tied cards: drag, or Alt+Up and Alt+Down")
        for row in rows:
            entry = QListWidgetItem(elided(row.label, 60))
            entry.setToolTip(row.label)
            entry.setData(OPTION_ID_ROLE, row.option_id)
            self.order.addItem(entry)
        self.order.setFixedHeight(min(6, len(rows)) * 44 + 8)
        self.order.installEventFilter(self)
        layout.addWidget(self.order)
        actions = QHBoxLayout()
        self.settle = button("Settle in this order")
        self.settle.clicked.connect(lambda: page.settle(self.ordered()))
        actions.addWidget(self.settle)
        self.runoff = button("Run-off among these")
        self.runoff.clicked.connect(lambda: page.runoff(self.ordered()))
        actions.addWidget(self.runoff)
        actions.addStretch(1)
        layout.addLayout(actions)

    def ordered(self) -> list[int]:
        return [int(self.order.item(i).data(OPTION_ID_ROLE)) for i in range(self.order.count())]

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self.order and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.order.currentRow()
                target = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
                if row >= 0 and 0 <= target < self.order.count():
                    self.order.insertItem(target, self.order.takeItem(row))
                    self.order.setCurrentRow(target)
                return True
        return False


class ResultsScreen(QWidget):
    def __init__(self, page: BoothPage) -> None:
        super().__init__()
        self.page = page
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = TallyModel(self)
        self.chart = ResultChart(self.model)
        self.chart.cut_chosen.connect(page.set_cut)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chart)
        column.addStretch(1)
        scroller.setWidget(holder)
        layout.addWidget(scroller, 3)

        side = QVBoxLayout()
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel("Keep the top"))
        self.keep = QSpinBox()
        self.keep.setRange(-1, 0)
        self.keep.setSpecialValueText("–")
        self.keep.setAccessibleName("How many to keep above the cut line")
        self.keep.editingFinished.connect(self._keep_typed)
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        side.addLayout(keep_row)
        self.cut_hint = QLabel("Drag the cut line on the chart, or type how many to keep.")
        self.cut_hint.setWordWrap(True)
        side.addWidget(self.cut_hint)
        self.runoff_note = QLabel()
        self.runoff_note.setWordWrap(True)
        side.addWidget(self.runoff_note)
        self.use_runoff = button("Use the run-off's result")
        self.use_runoff.clicked.connect(page.use_runoff)
        side.addWidget(self.use_runoff)
        self.ties = QVBoxLayout()
        side.addLayout(self.ties)
        self.not_now_title = QLabel("Not now")
        self.not_now_title.setObjectName("sectionTitle")
        side.addWidget(self.not_now_title)
        self.not_now = QLabel()
        self.not_now.setWordWrap(True)
        self.not_now.setAccessibleName("Not now")
        side.addWidget(self.not_now)
        side.addStretch(1)
        self.final = button("Make these our objectives")
        self.final.setObjectName("bigButton")
        self.final.clicked.connect(page.finish)
        side.addWidget(self.final)
        self.final_reason = QLabel()
        self.final_reason.setWordWrap(True)
        side.addWidget(self.final_reason)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_scroller = QScrollArea()
        side_scroller.setWidgetResizable(True)
        side_scroller.setFrameShape(QFrame.Shape.NoFrame)
        side_scroller.setWidget(side_widget)
        side_scroller.setMinimumWidth(540)
        layout.addWidget(side_scroller, 2)
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
        self.reveal = button("Reveal the results")
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
        self.setStyleSheet(
            "QFrame#facilitatorBar { border-top: 2px solid #8A93A3; padding-top: 6px; }"
        )
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 8, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName("State of the vote")
        self.status.setMinimumWidth(520)
        self.row.addWidget(self.status, 1)
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
            self.row.addWidget(made)
            made.show()
            self.buttons.append(made)

    def control(self, text: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == text), None)


# The page


class BoothPage(StepPage):
    shows = Changes(board=True, rounds=True, okrs=True)

    def __init__(self, context: PageContext, kind: str) -> None:
        super().__init__(context, TITLES[kind], HINTS[kind])
        self.kind = kind
        self.subject = SUBJECT_OF_KIND[kind]
        self.round: RoundView | None = None
        self.parent_round: RoundView | None = None
        self.voter: int | None = None
        self.people: list[ParticipantView] = []
        self.objectives: list[ObjectiveView] = []
        self.objective_id: int | None = None
        self.want_setup = False
        self.paper_rounds: set[int] = set()
        self.show_live = False
        self._placed: list[int] = []
        self.outcome: Outcome | None = None
        """What making the round on screen count would do, as the results show it."""
        self.phone_window: PhoneVoteWindow | None = None

        self.objective_choice = QComboBox()
        self.objective_choice.setAccessibleName("Vote on the key results of")
        self.objective_choice.setMinimumWidth(520)
        self.objective_choice.activated.connect(self._objective_chosen)
        self.objective_label = QLabel("Key results of")
        if self.subject == "key_results":
            self.heading.addWidget(self.objective_label)
            self.heading.addWidget(self.objective_choice)
        else:
            self.objective_label.hide()
            self.objective_choice.hide()

        self.screens = QStackedWidget()
        self.setup = SetupScreen(self)
        self.next_voter = NextVoterScreen()
        self.next_voter.chosen.connect(self.choose_voter)
        self.voter_screen = VoterScreen(self)
        self.voter_screen.done.clicked.connect(self.hand_over)
        self.paper = PaperScreen(self)
        self.sealed = SealedScreen(self)
        self.results = ResultsScreen(self)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for screen in (
            self.setup,
            self.next_voter,
            self.voter_screen,
            self.paper,
            self.sealed,
            self.results,
            self.empty,
        ):
            self.screens.addWidget(screen)
        self.body.addWidget(self.screens, 1)
        self.bar = FacilitatorBar()
        self.body.addWidget(self.bar)
        self.refresh()

    # Reading

    def reload(self) -> None:
        voting = self.engine.voting
        self.people = voting.participants()
        if self.subject == "key_results":
            self._read_objectives()
        self.round, self.parent_round = self._current_round()
        if self.round is None or self.want_setup:
            self._show_setup()
        elif (
            self.round.is_open
            and self.round.counting == "dots"
            and self.round.id not in self.paper_rounds
        ):
            if self.show_live and self.round.totals_visible:
                self._show_results()
            elif self.voter is not None:
                self._show_voter()
            else:
                self._show_next_voter()
        elif self.round.is_open:
            self._show_paper()
        elif not self.round.totals_visible:
            self._show_sealed()
        else:
            self._show_results()

    def _read_objectives(self) -> None:
        self.objectives = self.engine.okrs.objectives()
        ids = [o.id for o in self.objectives]
        if self.objective_id not in ids:
            unpicked = [o for o in self.objectives if not o.selected_key_results]
            first = unpicked[0] if unpicked else (self.objectives[0] if self.objectives else None)
            self.objective_id = None if first is None else first.id
        self.objective_choice.blockSignals(True)
        self.objective_choice.clear()
        for objective in self.objectives:
            rank = "" if objective.rank is None else f"{objective.rank}. "
            self.objective_choice.addItem(elided(f"{rank}{objective.text}", 70), objective.id)
        if self.objective_id in ids:
            self.objective_choice.setCurrentIndex(ids.index(self.objective_id))
        self.objective_choice.blockSignals(False)

    def _objective_chosen(self, number: int) -> None:
        chosen = self.objective_choice.itemData(number)
        if chosen != self.objective_id:
            self.objective_id = int(chosen)
            self.voter = None
            self.want_setup = False
            self.show_live = False
            self.banner.clear_message()
            self.refresh()

    def _current_round(self) -> tuple[RoundView | None, RoundView | None]:
        """The round on screen (an open run-off comes first) and the round it belongs to."""
        if self.subject == "key_results" and self.objective_id is None:
            return None, None
        return self.engine.voting.current_round(self.subject, self.objective_id)

    def _items(self) -> list[tuple[int, str]]:
        if self.subject == "objectives":
            return [(c.id, c.text) for c in self.engine.boards.cards() if c.cluster_id is None]
        objective = next((o for o in self.objectives if o.id == self.objective_id), None)
        return [] if objective is None else [(kr.id, kr.text) for kr in objective.key_results]

    def _status_words(self, voting_round: RoundView) -> str:
        kind = "Secret vote" if voting_round.secret else "Open vote"
        if voting_round.runoff_of_id is not None:
            kind = "Run-off" + (" (secret)" if voting_round.secret else "")
        votes = voting_round.votes_per_person
        most = voting_round.max_per_option
        each = f"{votes} {'vote' if votes == 1 else 'votes'} each"
        return f"{kind} · {each}, at most {most} on one card"

    # Screens

    def _show(self, screen: QWidget, status: str, controls: Sequence[Control]) -> None:
        self.screens.setCurrentWidget(screen)
        self.bar.setVisible(screen is not self.voter_screen)
        self.bar.show_controls(status, controls)

    def _show_setup(self) -> None:
        items = self._items()
        if self.subject == "key_results" and self.objective_id is None:
            self.empty.setText(
                "There are no objectives yet. Make them from the objective vote, or draft one, "
                "then vote on its key results here."
            )
            self._show(self.empty, "", [])
            return
        self.setup.set_items(items)
        controls = []
        if self.round is not None:
            controls.append(Control("Back to the current vote", self._back_to_round))
        self._show(self.setup, "Choose the settings, then open the vote.", controls)

    def _show_next_voter(self) -> None:
        assert self.round is not None
        self.next_voter.set_people(self.people, self.engine.voting.turns(self.round.id))
        controls = [Control("Close the vote", self.close_vote)]
        if not self.round.secret:
            controls.append(Control("Show live totals", self._live_on))
        controls.append(Control("Vote on your phones", self.vote_on_phones))
        controls.append(Control("Count on paper instead", self._paper_on))
        controls.append(Control("New round", self._new_round))
        self.voter_screen.model.clear()
        self._show(self.next_voter, self._status_words(self.round), controls)

    def _show_voter(self) -> None:
        assert self.round is not None and self.voter is not None
        ballot = self.engine.voting.ballot(self.round.id, self.voter)
        name = next((p.name for p in self.people if p.id == self.voter), "")
        self.voter_screen.who.setText(f"{name} is voting")
        self.voter_screen.rule.setText(
            "Click or tap a card to put a dot on it; click its − to take one back. "
            f"At most {self.round.max_per_option} on one card."
        )
        self.voter_screen.model.set_options(self.round.options)
        self.voter_screen.model.set_mine(dict(ballot.mine))
        self.voter_screen.view.fit()
        self.voter_screen.show_left(ballot.votes_left, self.round.votes_per_person)
        self._show(self.voter_screen, "", [])

    def _show_paper(self) -> None:
        assert self.round is not None
        self.paper.show_counts(self.round.options, self._typed_counts())
        controls = [
            Control("Show the results", self.reveal),
            Control("Back to the booth", self._paper_off),
        ]
        self._show(self.paper, self._status_words(self.round) + " · counts typed in", controls)

    def _typed_counts(self) -> dict[int, int | None]:
        """Counts typed so far (the engine tallies a hand-counted round from them).

        A card not typed yet reads 0 once any count is typed: the round's view does
        not say which counts were typed.
        """
        assert self.round is not None
        if self.round.counting != "manual":
            return {}
        rows = self.engine.voting.result(self.round.id, facilitator=True).rows
        typed = {row.option_id: row.count for row in rows}
        return {o.id: typed.get(o.id) for o in self.round.options}

    def _show_sealed(self) -> None:
        assert self.round is not None
        turns = self.engine.voting.turns(self.round.id)
        voted = sum(1 for turn in turns.values() if turn.voted)
        self.sealed.message.setText(
            f"Voting is closed: {voted} of {len(turns)} people voted. "
            "The totals stay hidden until you reveal them."
        )
        controls = [
            Control("Open the vote again", self.reopen),
            Control("New round", self._new_round),
        ]
        self._show(self.sealed, self._status_words(self.round) + " · closed", controls)

    def _show_results(self) -> None:
        assert self.round is not None
        result = self.engine.voting.result(self.round.id)
        self.results.show_result(result, self.round.cut_line)
        self._show_runoff_state()
        self._show_final()
        controls: list[Control] = []
        if self.round.is_open:
            controls.append(Control("Back to the booth", self._live_off))
            controls.append(Control("Close the vote", self.close_vote))
        else:
            controls.append(Control("Open the vote again", self.reopen))
        controls.append(Control("New round", self._new_round))
        state = (
            "open"
            if self.round.is_open
            else "revealed"
            if self.round.status == "revealed"
            else "closed"
        )
        self._show(self.results, f"{self._status_words(self.round)} · {state}", controls)

    def _show_runoff_state(self) -> None:
        assert self.round is not None
        pending = self.engine.voting.runoff_waiting(self.round.id) is not None
        self.results.runoff_note.setVisible(pending)
        self.results.use_runoff.setVisible(pending)
        if pending:
            self.results.runoff_note.setText(
                "The run-off is closed: its result orders the tied cards."
            )

    def _show_final(self) -> None:
        assert self.round is not None
        final = self.results.final
        final.setText(
            "Make these our objectives"
            if self.subject == "objectives"
            else "Pick these key results"
        )
        self.outcome = outcome = self.engine.voting.outcome(self.round.id)
        final.setEnabled(not outcome.refusal)
        final.setAccessibleDescription(outcome.refusal)
        self.results.final_reason.setText(outcome.refusal or outcome.note)

    # What the facilitator and the voters do

    def _back_to_round(self) -> None:
        self.want_setup = False
        self.refresh()

    def _new_round(self) -> None:
        self.want_setup = True
        self.voter = None
        self.show_live = False
        self.refresh()

    def _paper_on(self) -> None:
        if self.round is not None:
            self.paper_rounds.add(self.round.id)
        self.refresh()

    def _paper_off(self) -> None:
        if self.round is not None:
            self.paper_rounds.discard(self.round.id)
        self.refresh()

    def _live_on(self) -> None:
        self.show_live = True
        self.refresh()

    def _live_off(self) -> None:
        self.show_live = False
        self.refresh()

    def open_round(
        self, items: list[int], *, votes: int, most: int, secret: bool, paper: bool
    ) -> None:
        command = open_round(
            self.engine.voting,
            self.subject,
            items,
            votes_per_person=votes,
            max_per_option=most,
            secret=secret,
            objective_id=self.objective_id if self.subject == "key_results" else None,
        )
        self.want_setup = False
        if not self.run(command):
            self.want_setup = True
            return
        if paper and command.made is not None:
            self.paper_rounds.add(command.made)
            self.refresh()

    def vote_on_phones(self) -> None:
        """Open the projector's phone-vote window for this round (or bring it back)."""
        if self.round is None:
            return
        window = self.phone_window
        if window is None or window.round_id != self.round.id or not isValid(window):
            window = PhoneVoteWindow(self.engine, self.round.id)
            window.changed.connect(self.refresh)
            self.phone_window = window
        if window.server is None and not window.start():
            self.banner.show_message(window.banner.text())
            return
        if window.isVisible():
            window.raise_()
        window.show()

    def choose_voter(self, participant_id: int) -> None:
        if self.round is None:
            return
        try:
            self.engine.voting.enter_booth(self.round.id, participant_id)
        except (RuleError, StoreError) as error:
            self.banner.show_message(str(error))
            return
        self.voter = participant_id
        self._placed = []
        self.banner.clear_message()
        self.refresh()
        self.voter_screen.view.setFocus()
        if self.voter_screen.model.rowCount():
            self.voter_screen.view.setCurrentIndex(self.voter_screen.model.index(0))

    def hand_over(self) -> None:
        """Clear the screen of this voter's ballot and ask who votes next.

        The screen clears even if the file does not answer: the ballot stays private.
        """
        leaving = self.voter
        self.voter = None
        self._placed = []
        self.voter_screen.model.clear()
        self.voter_screen.who.clear()
        self.voter_screen.left.clear()
        self.banner.clear_message()
        if self.round is not None and leaving is not None:
            try:
                self.engine.voting.hand_over(self.round.id, leaving)
            except (RuleError, StoreError) as error:
                self.banner.show_message(str(error))
        self.refresh()

    def show_changes(self, changes: Changes) -> None:
        """A dot repaints the one card it changed and the votes left; anything else re-reads."""
        dot = changes.dot
        if not changes.only_a_dot or dot is None or self.round is None:
            super().show_changes(changes)
            return
        if dot.round_id != self.round.id:
            return
        try:
            ballot = self.engine.voting.ballot(dot.round_id, dot.participant_id)
        except (RuleError, StoreError) as error:
            self.banner.show_message(str(error))
            return
        if self.voter == dot.participant_id:
            self.voter_screen.model.set_one(dot.option_id, ballot.mine.get(dot.option_id, 0))
            self.voter_screen.show_left(ballot.votes_left, self.round.votes_per_person)
        else:
            turn = self.engine.voting.turns(self.round.id).get(dot.participant_id)
            if turn is not None:
                self.next_voter.mark_id(dot.participant_id, turn)

    def cast(self, option_id: int) -> None:
        if self.round is None or self.voter is None:
            return
        command = cast_vote(self.engine.voting, self.round.id, self.voter, option_id)
        if self.run(command):
            self._placed.append(option_id)

    def retract(self, option_id: int) -> None:
        if self.round is None or self.voter is None:
            return
        command = retract_vote(self.engine.voting, self.round.id, self.voter, option_id)
        if self.run(command) and option_id in self._placed:
            self._placed.reverse()
            self._placed.remove(option_id)
            self._placed.reverse()

    def take_back_last(self) -> None:
        """Undo at the booth: this voter's last dot, never anyone else's."""
        if self._placed:
            self.retract(self._placed[-1])

    def _status(self, status: str) -> None:
        if self.round is not None:
            self.run(set_round_status(self.engine.voting, self.round.id, status, self.round.status))

    def close_vote(self) -> None:
        self.show_live = False
        self._status("closed")

    def reveal(self) -> None:
        self._status("revealed")

    def reopen(self) -> None:
        self._status("open")

    def type_count(self, option_id: int, label: str, count: int | None) -> None:
        if self.round is not None:
            self.run(set_manual_count(self.engine.voting, self.round.id, option_id, label, count))

    def set_cut(self, keep: int | None) -> None:
        if self.round is not None and keep != self.round.cut_line:
            self.run(set_cut_line(self.engine.voting, self.round.id, keep))

    def settle(self, ordered: list[int]) -> None:
        if self.round is not None:
            self.run(settle_tie(self.engine.voting, self.round.id, ordered))

    def runoff(self, option_ids: list[int]) -> None:
        if self.round is not None:
            self.voter = None
            self.run(start_runoff(self.engine.voting, self.round.id, option_ids))

    def use_runoff(self) -> None:
        if self.round is None:
            return
        runoff = self.engine.voting.last_runoff(self.round.id)
        if runoff is not None:
            self.run(apply_runoff(self.engine.voting, runoff.id))

    def finish(self) -> None:
        if self.round is not None:
            count = len(self.outcome.chosen) if self.outcome else 0
            self.run(finish_round(self.engine.voting, self.round.id, self.subject, count))


def make_page(context: PageContext, kind: str) -> QWidget:
    return BoothPage(context, kind)
