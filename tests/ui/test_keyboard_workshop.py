"""A whole executive workshop with the keyboard alone, from the start screen to the export.

The facilitator never touches the mouse and the test never puts the focus anywhere:
every field, button and list is reached with Tab (or a shortcut) as a person at the
laptop does, and is used with the keys a person would press. The executive agenda is
the one walked because it has every kind of page: scoring, both retrospective boards,
post-its, the voting booth twice, drafting, the story, key results, the quality
check, champions, initiatives and the comms plan; the team agenda shows the same
pages in tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QListView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitation.engine import WorkshopEngine
from facilitation.engine.okrs import StoryView
from tests.clocks import FakeClock, fake_engine
from tests.ui.test_full_workshop import (
    CANDIDATES,
    CHAMPIONS,
    CLOSING,
    COMMS,
    COMMS_FIELDS,
    INITIATIVES,
    KR_CANDIDATES,
    MINUTES,
    OBJECTIVE,
    OBJECTIVE_BALLOTS,
    PEOPLE,
    RETRO_NOTES,
    STORY,
    WHY,
)
from tests.ui.walkthrough import ALT, CTRL, AtTheWindow, rows
from ui.export_dialog import ExportDialog
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.pages.booth.models import MINE_ROLE
from ui.pages.champions import ChampionsPage
from ui.pages.drafting import DraftingPage
from ui.pages.measures import MeasuresPage
from ui.pages.plans import CommsPlanPage, InitiativesPage
from ui.pages.postits import COLOUR_ROLE, PostItPage
from ui.pages.quality import QualityPage
from ui.pages.retro import RetroPage
from ui.pages.scoring import ScoringPage
from ui.pages.story import StoryPage
from workshop.store import Store

SHIFT = Qt.KeyboardModifier.ShiftModifier
MOST_TABS = 200
"""More Tab presses than any page has stops: a control not reached by then cannot be."""


class KeyboardFacilitator(AtTheWindow):
    """Runs the main window with keys only, and reads what the screen shows."""

    # The keys

    def tab_to(self, widget: QWidget, *, backwards: bool = False) -> None:
        """Press Tab (or Shift+Tab) until the keyboard is in this widget."""
        self.qtbot.waitUntil(widget.isVisible)
        for _ in range(MOST_TABS):
            if widget.hasFocus():
                return
            self.press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        where = focused.accessibleName() if focused is not None else "nowhere"
        raise AssertionError(f"Tab never reaches {widget.accessibleName()!r} (stuck in {where!r})")

    def type(
        self, field: QWidget, text: str, *, enter: bool = False, replace: bool = False
    ) -> None:
        self.tab_to(field)
        if replace:
            self.press(Qt.Key.Key_A, CTRL)
        self.qtbot.keyClicks(field, text)
        if enter:
            self.press(Qt.Key.Key_Return)

    def number(self, spin: QAbstractSpinBox, value: int) -> None:
        self.type(spin, str(value), enter=True, replace=True)

    def activate(self, button: QAbstractButton) -> None:
        """Tab to a button and press Space."""
        assert button.isEnabled(), f"{button.accessibleName() or button.text()!r} is disabled"
        self.tab_to(button)
        self.press(Qt.Key.Key_Space)

    def choose(self, combo: QComboBox, text: str) -> None:
        """Pick an item of a closed drop-down with the arrow keys."""
        self.tab_to(combo)
        self.press(Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentText() == text:
                return
            self.press(Qt.Key.Key_Down)
        assert combo.currentText() == text, f"{text!r} is not in {combo.accessibleName()!r}"

    def to_row(self, view: QAbstractItemView, row: int) -> None:
        """Tab into a list and walk down to a row with the arrow keys."""
        self.tab_to(view)
        self.press(Qt.Key.Key_Home)
        grid = isinstance(view, QListView) and view.viewMode() == QListView.ViewMode.IconMode
        for _ in range(row):
            self.press(Qt.Key.Key_Right if grid else Qt.Key.Key_Down)
        assert view.currentIndex().row() == row

    # The agenda

    def start_or_pause(self) -> None:
        """F5 starts and pauses the timer wherever the keyboard is, even in a text field."""
        self.press(Qt.Key.Key_F5)

    def next_step(self, minutes_spent: int, *, from_the_agenda: bool) -> None:
        """Spend this long on the step, then go on: Ctrl+L and Ctrl+Right, or Ctrl+Page Down.

        Ctrl+Page Down works wherever the keyboard is, even in a text field.
        """
        self.clock.advance(minutes_spent * 60)
        self.cockpit.watch.refresh()
        before = self.cockpit.timer_bar.step_line.text()
        if from_the_agenda:
            self.next_step_from_the_agenda()
        else:
            self.press(Qt.Key.Key_PageDown, CTRL)
        assert self.cockpit.timer_bar.step_line.text() != before


# The start screen


def create_workshop(me: KeyboardFacilitator) -> None:
    form = me.window.start_screen.form  # type: ignore[union-attr]
    me.type(form.team, "Customer onboarding")
    me.type(form.cycle, "Q1 2027")
    for number, (name, role) in enumerate(PEOPLE):
        if number:
            me.activate(form.add_person)
        row = form.rows[number]
        me.type(row.name, name)
        me.choose(row.role, role)
    me.tab_to(form.team, backwards=True)
    me.press(Qt.Key.Key_Return)
    assert me.window.cockpit is not None, form.error.text()


# The steps


def score_last_cycle(me: KeyboardFacilitator) -> None:
    page = me.page(ScoringPage)
    me.type(page.new_objective, "New customers get going on their own", enter=True)
    (box,) = page.boxes
    me.type(box.new_key_result, "Self-serve setups from 30% to 60%", enter=True)
    me.type(box.new_key_result, "Onboarding calls from 120 to 40 a month", enter=True)
    first, second = box.rows
    for bar, steps in ((first.bar, 8), (second.bar, 3)):
        me.tab_to(bar)
        me.press(Qt.Key.Key_Home)
        for _ in range(steps):
            me.press(Qt.Key.Key_Right)
    assert (first.chip.text(), second.chip.text()) == ("Delivered", "Fell short")


def look_back(me: KeyboardFacilitator) -> None:
    page = me.page(RetroPage)
    for column, text in RETRO_NOTES.items():
        me.type(page.columns[column].new_note, text, enter=True)
    went_well = page.columns["went_well"]
    assert rows(went_well.view) == [RETRO_NOTES["went_well"]]


def pick_colour(me: KeyboardFacilitator, page: PostItPage, name: str) -> None:
    """The colours are one group: Tab lands on the chosen one, the arrows choose another."""
    order = list(page.swatches)
    chosen = next(c for c, swatch in page.swatches.items() if swatch.isChecked())
    me.tab_to(page.swatches[chosen])
    steps = order.index(name) - order.index(chosen)
    for _ in range(abs(steps)):
        me.press(Qt.Key.Key_Right if steps > 0 else Qt.Key.Key_Left)
    assert page.swatches[name].isChecked() and page.swatches[name].hasFocus()


def write_post_its(me: KeyboardFacilitator) -> None:
    page = me.page(PostItPage)
    for number, text in enumerate(CANDIDATES):
        if number == 1:
            pick_colour(me, page, "pink")
        if number == 2:
            pick_colour(me, page, "yellow")
        me.type(page.new_card, text, enter=True)
    assert rows(page.view) == CANDIDATES
    colours = [page.model.index(r).data(COLOUR_ROLE) for r in range(3)]
    assert colours == ["yellow", "pink", "yellow"]


def vote(me: KeyboardFacilitator, booth: BoothPage, voter: str, labels: list[str]) -> None:
    """One voter's turn: their name, their dots with the arrows and Space, then done."""
    person = next(p for p in booth.people if p.name == voter)
    me.activate(booth.next_voter.buttons[person.id])
    assert booth.voter_screen.who.text() == f"{voter} is voting"
    view, model = booth.voter_screen.view, booth.voter_screen.model
    shown = [model.index(r).data() for r in range(model.rowCount())]
    for label in labels:
        me.to_row(view, shown.index(label))
        me.press(Qt.Key.Key_Space)
    mine = sum(int(model.index(r).data(MINE_ROLE) or 0) for r in range(model.rowCount()))
    assert mine == len(labels)
    me.activate(booth.voter_screen.done)


def vote_on_objectives(me: KeyboardFacilitator) -> None:
    booth = me.page(BoothPage)
    me.activate(booth.setup.open_button)
    for voter, labels in OBJECTIVE_BALLOTS.items():
        vote(me, booth, voter, labels)
        assert booth.results.model.rowCount() == 0, "no totals while the vote is secret"
    me.activate(booth.bar.control("Close the vote"))  # type: ignore[arg-type]
    me.activate(booth.sealed.reveal)
    counts = [row.count for row in booth.results.model.rows]
    assert counts[:4] == [4, 4, 3, 2]
    me.number(booth.results.keep, 1)
    assert "tied across the cut line" in booth.results.final_reason.text()
    (tie,) = booth.results.tie_boxes
    order = [tie.order.item(r).toolTip() for r in range(tie.order.count())]
    me.to_row(tie.order, 0)
    me.press(Qt.Key.Key_Down, ALT)
    assert [tie.order.item(r).toolTip() for r in range(tie.order.count())] == order[::-1]
    me.activate(tie.settle)
    assert booth.results.model.rows[0].label == order[1]
    me.activate(booth.results.final)
    assert "already our objectives" in booth.results.final_reason.text()


def draft_the_objective(me: KeyboardFacilitator) -> None:
    page = me.page(DraftingPage)
    me.type(page.editor.text, OBJECTIVE, replace=True)
    me.press(Qt.Key.Key_Return)
    me.type(page.editor.why, WHY)
    me.press(Qt.Key.Key_Return, CTRL)
    assert rows(page.list)[0] == f"1. {OBJECTIVE}"


def tell_the_story(me: KeyboardFacilitator) -> None:
    page = me.page(StoryPage)
    for field, text in STORY.items():
        me.type(page.fields[field], text)


def write_measures(me: KeyboardFacilitator) -> None:
    page = me.page(MeasuresPage)
    for text, baseline, target, unit, source in KR_CANDIDATES[:4]:
        me.type(page.new_key_result, text, enter=True)
        editor = page.editor
        for field, value in zip(
            (editor.baseline, editor.target, editor.unit, editor.data_source),
            (baseline, target, unit, source),
            strict=True,
        ):
            if value:
                me.type(field, value, enter=True, replace=True)
    assert len(rows(page.list)) == 4


def check_quality(me: KeyboardFacilitator) -> None:
    page = me.page(QualityPage)
    me.to_row(page.list, 1)
    hands = page.ask.hands["outcome_or_output"]
    for _ in range(3):
        me.activate(hands.plus[0])
    assert hands.verdict.text() == "→ Outcome"
    me.to_row(page.list, 0)
    me.activate(page.ask.rows["objective"]["inspirational"].yes)


def vote_on_key_results(me: KeyboardFacilitator) -> None:
    booth = me.page(BoothPage)
    me.activate(booth.setup.open_button)
    picks = [KR_CANDIDATES[n][0] for n in (0, 1, 3)]
    for voter, _ in PEOPLE:
        vote(me, booth, voter, picks)
    me.activate(booth.bar.control("Close the vote"))  # type: ignore[arg-type]
    me.activate(booth.sealed.reveal)
    me.number(booth.results.keep, 3)
    me.activate(booth.results.final)
    assert "picked key results" in booth.results.final_reason.text()


def refine(me: KeyboardFacilitator) -> None:
    page = me.page(QualityPage)
    me.to_row(page.list, 1)
    me.type(page.key_result_editor.thresholds["success_threshold"], "60% or more", enter=True)


def name_champions(me: KeyboardFacilitator) -> None:
    page = me.page(ChampionsPage)
    for slot, name in zip(page.slots.values(), CHAMPIONS, strict=False):
        me.tab_to(slot.picker)
        me.qtbot.keyClicks(slot.picker, name[0])
        assert slot.picker.currentText() == name
    me.tab_to(page.okr_champion)
    me.qtbot.keyClicks(page.okr_champion, "C")
    assert page.all_clear.isVisible()


def plan_initiatives(me: KeyboardFacilitator) -> None:
    page = me.page(InitiativesPage)
    for row, (text, owner, priority) in enumerate(INITIATIVES[:3]):
        me.to_row(page.key_results, row)
        me.type(page.new_owner, owner)
        me.choose(page.new_priority, priority)
        me.type(page.new_text, text, enter=True)
        assert page.model.index(0, 0).data() == text


def plan_comms(me: KeyboardFacilitator) -> None:
    page = me.page(CommsPlanPage)
    for line in COMMS:
        for field, text in zip(COMMS_FIELDS, line, strict=True):
            me.type(page.new[field], text)
        me.press(Qt.Key.Key_Return)
    assert page.model.rowCount() == 2


def close_the_day(me: KeyboardFacilitator) -> None:
    page = me.page(RetroPage)
    for column, text in CLOSING.items():
        me.type(page.columns[column].new_note, text, enter=True)


STEPS = [
    score_last_cycle,
    look_back,
    write_post_its,
    vote_on_objectives,
    draft_the_objective,
    tell_the_story,
    write_measures,
    check_quality,
    vote_on_key_results,
    refine,
    name_champions,
    plan_initiatives,
    plan_comms,
    close_the_day,
]


def export(me: KeyboardFacilitator, folder: Path) -> None:
    """Ctrl+E, the folder typed in, Return."""
    folder.mkdir()
    me.press(Qt.Key.Key_E, CTRL)
    (dialog,) = [d for d in me.cockpit.findChildren(ExportDialog) if d.isVisible()]
    me.qtbot.waitUntil(dialog.isActiveWindow)
    me.type(dialog.folder, str(folder), replace=True)
    me.press(Qt.Key.Key_Return)
    me.qtbot.waitUntil(lambda: dialog.open_folder_button.isVisible(), timeout=60_000)
    assert len(list(folder.glob("*.pdf"))) >= 5


def test_a_whole_executive_workshop_by_keyboard_alone(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    store: Store,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    me = KeyboardFacilitator(qtbot, make_window(store), clock)
    create_workshop(me)
    me.start_or_pause()
    assert me.cockpit.start_action.text() == "Pause"
    me.start_or_pause()
    assert me.cockpit.start_action.text() == "Start"
    me.start_or_pause()
    for number, (step, minutes) in enumerate(zip(STEPS, MINUTES, strict=True)):
        step(me)
        me.next_step(minutes, from_the_agenda=number % 2 == 0)
    assert "agenda complete" in me.cockpit.timer_bar.step_line.text()
    export(me, tmp_path / "sheets")
    check_the_file(fake_engine(store, me.cockpit.workshop_id, clock))


def check_the_file(engine: WorkshopEngine) -> None:
    """What the keys did is in the workshop's file."""
    assert [s.status for s in engine.agenda.steps()] == ["done"] * len(STEPS)
    assert [c.colour for c in engine.boards.cards()][:3] == ["yellow", "pink", "yellow"]
    assert {i.column: i.text for i in engine.boards.retro_items("closing")} == CLOSING
    (objective,) = engine.okrs.objectives()
    assert (objective.text, objective.why_it_matters) == (OBJECTIVE, WHY)
    assert engine.okrs.story(objective.id) == StoryView(objective.id, **STORY)
    picked = objective.selected_key_results
    assert [kr.text for kr in picked] == [KR_CANDIDATES[n][0] for n in (0, 1, 3)]
    people = {p.id: p.name for p in engine.okrs.participants()}
    assert [people[kr.champion_id] for kr in picked if kr.champion_id] == CHAMPIONS[:3]
    assert [len(kr.initiatives) for kr in picked] == [1, 1, 1]
