"""The booth page: which screen shows, and what the facilitator and the voters do."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)
from shiboken6 import isValid

from facilitation.engine.base import ParticipantView
from facilitation.engine.okrs import ObjectiveView
from facilitation.engine.voting import Outcome, RoundView
from facilitation.rules import RuleError
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Words, message_text, refusal_text
from ui.pages.base import Page
from ui.pages.booth.ballot import VoterScreen
from ui.pages.booth.screens import (
    Control,
    FacilitatorBar,
    NextVoterScreen,
    PaperScreen,
    ResultsScreen,
    SealedScreen,
    SetupScreen,
)
from ui.pages.context import PageContext
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
from ui.reflow import FittedStack, any_width_drop_down
from ui.widgets.parts import elided
from workshop.store import StoreError

KINDS: tuple[str, ...] = ("objective_vote", "kr_vote")
SUBJECT_OF_KIND = {"objective_vote": "objectives", "kr_vote": "key_results"}
TITLES = Words(
    "page",
    {
        "objective_vote": QT_TRANSLATE_NOOP("page", "Vote on the objectives"),
        "kr_vote": QT_TRANSLATE_NOOP("page", "Vote on the key results"),
    },
)
HINTS = Words(
    "page",
    {
        "objective_vote": (
            QT_TRANSLATE_NOOP(
                "page",
                "Everyone votes in private on this screen, one after the other. The "
                "totals stay hidden until the facilitator reveals them; then the room "
                "draws the cut line.",
            )
        ),
        "kr_vote": (
            QT_TRANSLATE_NOOP(
                "page",
                "Vote on the key results of one objective at a time, in private. After "
                "the reveal, keep the three to five that tell best whether the "
                "objective is reached.",
            )
        ),
    },
)

# The page


class BoothPage(Page):
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
        self.objective_choice.setAccessibleName(self.tr("Vote on the key results of"))
        any_width_drop_down(self.objective_choice, 20)
        self.objective_choice.activated.connect(self._objective_chosen)
        self.objective_label = QLabel(self.tr("Key results of"))
        if self.subject == "key_results":
            self.heading.addWidget(self.objective_label)
            self.heading.addWidget(self.objective_choice)
        else:
            self.objective_label.hide()
            self.objective_choice.hide()

        self.screens = FittedStack()
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
        booth = voting.current_round(self.subject, self.objective_id)
        self.round, self.parent_round = booth.shown, booth.parent
        if self.round is None or self.want_setup:
            self._show_setup()
        elif (
            self.round.is_open
            and self.round.counting != "manual"
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

    def _items(self) -> list[tuple[int, str]]:
        if self.subject == "objectives":
            return [(c.id, c.text) for c in self.engine.boards.cards() if c.cluster_id is None]
        objective = next((o for o in self.objectives if o.id == self.objective_id), None)
        return [] if objective is None else [(kr.id, kr.text) for kr in objective.key_results]

    def _status_words(self, voting_round: RoundView) -> str:
        kind = self.tr("Secret vote") if voting_round.secret else self.tr("Open vote")
        if voting_round.runoff_of_id is not None:
            kind = self.tr("Run-off") + (self.tr(" (secret)") if voting_round.secret else "")
        votes = voting_round.votes_per_person
        most = voting_round.max_per_option
        each = self.tr("{0} {1} each").format(votes, "vote" if votes == 1 else "votes")
        return self.tr("{0} · {1}, at most {2} on one card").format(kind, each, most)

    # Screens

    def _show(self, screen: QWidget, status: str, controls: Sequence[Control]) -> None:
        self.screens.setCurrentWidget(screen)
        # The voter's screen says itself what to do; the room's hint makes way for the cards.
        self.bar.setVisible(screen is not self.voter_screen)
        self.hint_label.setVisible(bool(self.hint_label.text()) and screen is not self.voter_screen)
        self.bar.show_controls(status, controls)

    def _show_setup(self) -> None:
        items = self._items()
        if self.subject == "key_results" and self.objective_id is None:
            self.empty.setText(
                self.tr(
                    "There are no objectives yet. Make them from the objective vote, or "
                    "draft one, then vote on its key results here."
                )
            )
            self._show(self.empty, "", [])
            return
        self.setup.set_items(items)
        controls = []
        if self.round is not None:
            controls.append(Control(self.tr("Back to the current vote"), self._back_to_round))
        self._show(self.setup, self.tr("Choose the settings, then open the vote."), controls)

    def _show_next_voter(self) -> None:
        assert self.round is not None
        self.next_voter.set_people(self.people, self.engine.voting.turns(self.round.id))
        controls = [Control(self.tr("Close the vote"), self.close_vote)]
        if not self.round.secret:
            controls.append(Control(self.tr("Show live totals"), self._live_on))
        controls.append(Control(self.tr("Vote on your phones"), self.vote_on_phones))
        controls.append(Control(self.tr("Count on paper instead"), self._paper_on))
        controls.append(Control(self.tr("New round"), self._new_round))
        self.voter_screen.model.clear()
        self._show(self.next_voter, self._status_words(self.round), controls)

    def _show_voter(self) -> None:
        assert self.round is not None and self.voter is not None
        ballot = self.engine.voting.ballot(self.round.id, self.voter)
        name = next((p.name for p in self.people if p.id == self.voter), "")
        self.voter_screen.who.setText(self.tr("{0} is voting").format(name))
        self.voter_screen.rule.setText(
            self.tr(
                "Click or tap a card to put a dot on it; click its − to take one back. "
                "At most {0} on one card."
            ).format(self.round.max_per_option)
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
            Control(self.tr("Show the results"), self.reveal),
            Control(self.tr("Back to the booth"), self._paper_off),
        ]
        self._show(
            self.paper, self._status_words(self.round) + self.tr(" · counts typed in"), controls
        )

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
            self.tr(
                "Voting is closed: {0} of {1} people voted. The totals stay hidden "
                "until you reveal them."
            ).format(voted, len(turns))
        )
        controls = [
            Control(self.tr("Open the vote again"), self.reopen),
            Control(self.tr("New round"), self._new_round),
        ]
        self._show(self.sealed, self._status_words(self.round) + self.tr(" · closed"), controls)

    def _show_results(self) -> None:
        assert self.round is not None
        result = self.engine.voting.result(self.round.id)
        self.results.show_result(result, self.round.cut_line)
        self._show_runoff_state()
        self._show_final()
        controls: list[Control] = []
        if self.round.is_open:
            controls.append(Control(self.tr("Back to the booth"), self._live_off))
            controls.append(Control(self.tr("Close the vote"), self.close_vote))
        else:
            controls.append(Control(self.tr("Open the vote again"), self.reopen))
        controls.append(Control(self.tr("New round"), self._new_round))
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
                self.tr("The run-off is closed: its result orders the tied cards.")
            )

    def _show_final(self) -> None:
        assert self.round is not None
        final = self.results.final
        final.setText(
            self.tr("Make these our objectives")
            if self.subject == "objectives"
            else self.tr("Pick these key results")
        )
        self.outcome = outcome = self.engine.voting.outcome(self.round.id)
        final.setEnabled(not outcome.refusal)
        said = outcome.refusal or outcome.note
        final.setAccessibleDescription(message_text(outcome.refusal) if outcome.refusal else "")
        self.results.final_reason.setText(message_text(said) if said else "")

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
            window = PhoneVoteWindow(self.engine, self.round.id, self.context.undo_stack)
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
            self.banner.show_message(refusal_text(error))
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
                self.banner.show_message(refusal_text(error))
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
            self.banner.show_message(refusal_text(error))
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
