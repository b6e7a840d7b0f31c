"""The projector's side of a phone vote: the QR code, the address, who has voted, Stop.

A window of its own, so the booth stays as it is: the facilitator opens it from the
booth's "Vote on your phones", puts it on the projector, and the room scans the code.
It runs the phone server while it is open and the round is open, and shows who has
voted by phone, at the shared screen or on paper, never what anyone voted for.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine import WorkshopEngine
from facilitation.engine.voting import RoundView
from facilitation.phones import BOOTH, PAPER, PHONE, Presence
from facilitation.rules import RuleError
from okr_rules.phone_codes import shown_code
from ui.commands import Changes, EngineCommand, UndoStack
from ui.i18n import QT_TRANSLATE_NOOP, Words, refusal_text, translate
from ui.pages.voting_commands import ROUNDS, add_paper_counts, free_name, mark_paper
from ui.phones.network import lan_addresses
from ui.phones.server import PhoneServer, PhoneServerError, question
from ui.theme import colour
from ui.widgets.banner import Banner
from ui.widgets.parts import button, elided
from workshop.store import StoreError

POLL_MS = 1000
HOW = Words(
    "phone_panel",
    {
        PHONE: QT_TRANSLATE_NOOP("phone_panel", "on a phone"),
        PAPER: QT_TRANSLATE_NOOP("phone_panel", "on paper"),
        BOOTH: QT_TRANSLATE_NOOP("phone_panel", "at the screen"),
    },
)


def qr_pixmap(address: str, size: int) -> QPixmap:
    """The address as a QR code about ``size`` pixels wide, dark on white, with its quiet zone."""
    code = segno.make(address, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(
        buffer, kind="png", scale=max(1, size // modules), border=4, dark=colour("ink").name()
    )
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def presence_line(person: Presence) -> str:
    if person.voted:
        return f"✓  {person.name} · {HOW[person.channel]}"
    if person.channel == PHONE:
        return translate("phone_panel", "…  {0} · voting on a phone").format(person.name)
    if person.channel == BOOTH:
        return translate("phone_panel", "…  {0} · not finished").format(person.name)
    return f"     {person.name}"


class PhoneVoteWindow(QWidget):
    """Serves one round to phones while it is open; shows the room how to join."""

    changed = Signal()
    """Someone has voted, or a name was taken or freed: the booth re-reads its screen."""

    def __init__(
        self,
        engine: WorkshopEngine,
        round_id: int,
        undo_stack: UndoStack,
        *,
        addresses: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.round_id = round_id
        self.undo_stack = undo_stack
        undo_stack.changed.connect(self._history_changed)
        self.server: PhoneServer | None = None
        self.people: list[Presence] = []
        self.setObjectName("phoneVote")
        self.setWindowTitle(self.tr("Vote on your phones"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        self.banner = Banner()
        layout.addWidget(self.banner)
        self.question = QLabel()
        self.question.setObjectName("phoneQuestion")
        self.question.setWordWrap(True)
        layout.addWidget(self.question)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        join = QVBoxLayout()
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("QR code of the phone vote's address"))
        self.qr.setMinimumSize(240, 240)
        join.addWidget(self.qr)
        self.how = QLabel(self.tr("Scan the code, or open this address on the room's Wi-Fi:"))
        self.how.setWordWrap(True)
        join.addWidget(self.how)
        self.address = QLabel()
        self.address.setObjectName("phoneAddress")
        self.address.setWordWrap(True)
        join.addWidget(self.address)
        join.addStretch(1)
        columns.addLayout(join, 3)

        who = QVBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("phoneProgress")
        who.addWidget(self.progress)
        note = QLabel(self.tr("Who has voted, by phone, at the screen or on paper. Never what."))
        note.setWordWrap(True)
        who.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Who has voted"))
        self.list.currentRowChanged.connect(self._selected)
        who.addWidget(self.list, 1)
        person_row = QHBoxLayout()
        self.free = button(
            self.tr("Free this name"), tip=self.tr("Let this person vote from another phone")
        )
        self.free.clicked.connect(self.free_name)
        self.paper = button(self.tr("Handed in on paper"))
        self.paper.clicked.connect(self.toggle_paper)
        person_row.addWidget(self.free)
        person_row.addWidget(self.paper)
        who.addLayout(person_row)
        columns.addLayout(who, 2)
        layout.addLayout(columns, 1)

        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Laptop's address")))
        self.hosts = QComboBox()
        self.hosts.setAccessibleName(self.tr("The laptop's address on the room's network"))
        self.hosts.addItems(addresses or lan_addresses())
        self.hosts.activated.connect(self._host_chosen)
        bottom.addWidget(self.hosts)
        self.paper_counts = button(
            self.tr("Paper ballots' dots…"),
            tip=self.tr("Add the dots on paper ballots to the round's dots"),
        )
        self.paper_counts.clicked.connect(self.type_paper_counts)
        bottom.addWidget(self.paper_counts)
        self.copy_codes = button(
            self.tr("Copy codes to print"),
            tip=self.tr("Codes people type instead of picking their name"),
        )
        self.copy_codes.clicked.connect(self.codes_to_clipboard)
        bottom.addWidget(self.copy_codes)
        bottom.addStretch(1)
        self.stop_button = button(self.tr("Stop phone voting"))
        self.stop_button.clicked.connect(self.stop)
        bottom.addWidget(self.stop_button)
        layout.addLayout(bottom)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # Serving

    def start(self, *, codes_only: bool = False) -> bool:
        """Serve the round on the chosen address; a refusal shows in the banner."""
        self.stop_serving()
        server = PhoneServer(
            self.engine.store,
            self.engine.workshop_id,
            self.round_id,
            host=self.hosts.currentText(),
            clock=self.engine.clock,
            wall=self.engine.wall,
        )
        try:
            address = server.start(codes_only=codes_only)
            voting_round = self.engine.voting.round(self.round_id)
        except (PhoneServerError, RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return False
        self.server = server
        self.banner.clear_message()
        self.question.setText(question(voting_round, server.language))
        self.address.setText(address.removeprefix("http://"))
        self.qr.setPixmap(qr_pixmap(address, self.qr_size()))
        self.qr.show()
        self.how.setText(self.tr("Scan the code, or open this address on the room's Wi-Fi:"))
        self.stop_button.setText(self.tr("Stop phone voting"))
        self.timer.start()
        self.poll()
        self.stop_button.setFocus()  # not the list, whose focus would mark a name
        return True

    def qr_size(self) -> int:
        """As large as the window leaves room for: a phone must read it from the back row."""
        return max(240, min(self.height() - 330, self.width() // 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.server is not None and self.server.running:
            self.qr.setPixmap(qr_pixmap(self.server.address, self.qr_size()))

    def stop_serving(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def stop(self) -> None:
        """Stop the phones (the round stays open for the booth and paper) and close."""
        self.stop_serving()
        self.timer.stop()
        self.close()

    def _host_chosen(self, _index: int) -> None:
        if self.server is not None:
            self.start(codes_only=self._codes_only())

    def _codes_only(self) -> bool:
        access = self.engine.phones.phone_round(self.round_id)
        return access is not None and access.codes_only

    # Who has voted

    def poll(self) -> None:
        try:
            people = self.engine.phones.room(self.round_id)
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return
        if self.server is not None and not self.server.running:
            self.stop_serving()
            self.timer.stop()
            self.qr.hide()
            self.how.setText(self.tr("The round is closed: phone voting has stopped."))
            self.address.clear()
            self.stop_button.setText(self.tr("Close"))
        if people != self.people:
            self.show_people(people)
            self.changed.emit()

    def show_people(self, people: list[Presence]) -> None:
        chosen = self.list.currentRow()
        self.people = people
        self.list.clear()
        for person in people:
            item = QListWidgetItem(presence_line(person))
            item.setToolTip(person.name)
            self.list.addItem(item)
        self.list.setCurrentRow(chosen if 0 <= chosen < len(people) else -1)
        voted = sum(1 for p in people if p.voted)
        self.progress.setText(self.tr("{0} of {1} have voted").format(voted, len(people)))
        self._selected(self.list.currentRow())

    def _chosen(self) -> Presence | None:
        row = self.list.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _selected(self, _row: int) -> None:
        person = self._chosen()
        self.free.setEnabled(person is not None and person.channel == PHONE)
        self.paper.setEnabled(person is not None and person.channel in ("", PAPER))
        self.paper.setText(
            self.tr("Not on paper after all")
            if person is not None and person.channel == PAPER
            else self.tr("Handed in on paper")
        )

    def free_name(self) -> None:
        person = self._chosen()
        if person is not None:
            phones = self.engine.phones
            self.run(free_name(phones, self.round_id, person.participant_id, person.name))

    def toggle_paper(self) -> None:
        person = self._chosen()
        if person is not None:
            handed_in = person.channel != PAPER
            phones = self.engine.phones
            self.run(
                mark_paper(phones, self.round_id, person.participant_id, person.name, handed_in)
            )

    def run(self, command: EngineCommand) -> bool:
        """Do one action through the workshop's undo history; a refusal shows here."""
        if not self.undo_stack.run(command, self.banner.show_message):
            return False
        self.banner.clear_message()
        return True

    def _history_changed(self, changes: Changes) -> None:
        if changes.meets(ROUNDS):
            self.poll()

    def type_paper_counts(self) -> None:
        """Ask for the dots on the paper ballots, per card, on a dialog of the laptop's."""
        try:
            voting_round = self.engine.voting.round(self.round_id)
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return
        dialog = PaperCountsDialog(voting_round, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.run(add_paper_counts(self.engine.voting, self.round_id, dialog.counts()))

    def codes_to_clipboard(self) -> None:
        """Give everyone a code (once) and copy "CODE  Name" lines, to print as paper slips.

        From then on phones ask for a code instead of showing the names.
        """
        if not self.start(codes_only=True):
            return
        lines = [f"{shown_code(p.code)}  {p.name}" for p in self.engine.phones.room(self.round_id)]
        QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
        self.banner.show_message(
            self.tr(
                "The codes are copied: paste them into a document and print one slip "
                "per person. Phones now ask for a code."
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_serving()
        self.timer.stop()
        super().closeEvent(event)


class PaperCountsDialog(QDialog):
    """The dots counted on the paper ballots, per card; they are added to the screens' dots."""

    def __init__(self, voting_round: RoundView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dots on paper ballots"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Count the dots on the paper ballots handed in and type them per card. "
                "They are added to the dots placed on phones and at the shared screen."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.spins: dict[int, QSpinBox] = {}
        mixed = voting_round.counting == "mixed"
        for option in voting_round.options:
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            spin.setValue((option.manual_count or 0) if mixed else 0)
            spin.setAccessibleName(self.tr("Paper dots for {0}").format(option.label))
            form.addRow(elided(option.label, 60), spin)
            self.spins[option.id] = spin
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add to the dots"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def counts(self) -> dict[int, int | None]:
        return {option_id: spin.value() for option_id, spin in self.spins.items()}
