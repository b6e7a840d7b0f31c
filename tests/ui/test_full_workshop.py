"""Whole workshops run through the real widgets, then the file is opened again.

The facilitator types and clicks in the main window from the start screen to the
last step while the time passes on a fake clock. Only at the end is the file read
back, through a fresh engine, to check that everything the room did was kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from facilitation.engine import WorkshopEngine
from facilitation.engine.okrs import StoryView
from tests.clocks import FakeClock, fake_engine
from tests.ui.walkthrough import ALT, CTRL, Facilitator, my_dots, rows
from ui.agenda_model import STATUS
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.pages.champions import ChampionsPage
from ui.pages.drafting import DraftingPage
from ui.pages.measures import MeasuresPage
from ui.pages.plans import CommsPlanPage, InitiativesPage
from ui.pages.postits import PostItPage
from ui.pages.quality import QualityPage
from ui.pages.retro import RetroPage
from ui.pages.scoring import ScoreBar, ScoringPage
from ui.pages.story import StoryPage
from ui.pages.team import RefresherPage, StepTabs
from ui.pages.worksheet import WorksheetPage
from ui.widgets.cards import COLOUR_ROLE
from ui.widgets.okr_editors import KeyResultEditor
from workshop.store import Store, open_store

PEOPLE = [
    ("Amara", "Facilitator"),
    ("Bruno", "Sponsor"),
    ("Chiara", "OKR lead"),
    ("Dev", "KR lead"),
    ("Elif", "Contributor"),
]
COMMS_FIELDS = ("audience", "message", "channel", "when", "owner")
PRIORITY_WORDS = {"must": "Must have", "should": "Should have", "could": "Could have"}

# The executive workshop

MINUTES = [18, 15, 19, 9, 17, 8, 9, 9, 9, 14, 7, 16, 11, 13]
"""Minutes spent on each of the fourteen steps."""
RETRO_NOTES = {
    "went_well": "The setup checklist cut calls",
    "went_badly": "Trials stall at the first import",
    "learned": "People read the emails, not the docs",
}
CANDIDATES = [
    "Every trial turns into a team that pays",
    "Stop losing new customers in their first week",
    "Support answers before customers get stuck",
    "Our pricing page needs no explaining",
    "Partners sell the product without our help",
    "The mobile app is as complete as the web",
    "Reports load before the coffee is poured",
    "Every customer hears about new features from us first",
]
A, B, C, D, E, F = CANDIDATES[:6]
OBJECTIVE_BALLOTS = {
    "Amara": [A, A, C],
    "Bruno": [B, B, D],
    "Chiara": [A, B, C],
    "Dev": [A, C, E],
    "Elif": [B, D, F],
}
"""A and B tie for first with four dots each; the facilitator puts B first."""
OBJECTIVE = "New customers find their own way in their first week"
WHY = "Every stuck trial costs us a call, and most of them never buy."
STORY = {
    "character": "Noor, who runs a small bakery and just started a trial",
    "goal": "Send her first invoice before the shop opens",
    "obstacle": "The import of her price list fails and nobody answers at 6 am",
    "resolution": "She imports it alone, sends the invoice and tells a friend",
    "metric_ideas": "Trials that finish setup; calls in the first week",
}
KR_CANDIDATES = [
    ("Trial sign-ups that finish setup grow from 35% to 60%", "35", "60", "%", "Analytics"),
    ("Support calls in week one fall from 900 to 400 a month", "900", "400", "calls", "Phones"),
    ("Launch the new onboarding wizard", "", "", "", ""),
    ("Increase first-week help tickets from 300 to 120", "300", "120", "tickets", "Help desk"),
    ("Hold 10 onboarding webinars", "", "", "", ""),
    ("Customers with a report on day one grow from 25% to 50%", "25", "50", "%", "Analytics"),
]
"""Six candidates: the third is work to do, the fourth goes the wrong way, the fifth counts
an activity."""
REWRITES = {
    3: (
        "New customers who finish the wizard alone grow from 20% to 70%",
        "20",
        "70",
        "%",
        "Wizard",
    ),
    4: ("First-week help tickets fall from 300 to 120 a month", "", "", "", ""),
    5: (
        "Webinar guests who set up a report that day grow from 10 to 80",
        "10",
        "80",
        "guests",
        "CRM",
    ),
}
"""The quality check's rewrites, by the candidate's number."""
K1, K2, K3, K4, K5, K6 = (
    REWRITES[n][0] if n in REWRITES else KR_CANDIDATES[n - 1][0] for n in range(1, 7)
)
KR_BALLOTS = {
    "Amara": [K1, K2, K3],
    "Bruno": [K1, K3, K6],
    "Chiara": [K1, K2, K5],
    "Dev": [K1, K3, K6],
    "Elif": [K2, K3, K4],
}
"""K1 and K3 tie for first, then K2 and K6: the top four are kept, K3 put first."""
PICKED = [K3, K1, K2, K6]
THRESHOLDS = {
    "success_threshold": "70% or more",
    "partial_threshold": "45% to 69%",
    "no_impact_threshold": "Still about 20%",
    "negative_threshold": "Below 20%",
}
CHAMPIONS = ["Chiara", "Dev", "Elif", "Bruno"]
INITIATIVES = [
    ("Wizard that imports a price list", "Dev", "Must have"),
    ("Setup checklist inside the product", "Dev", "Should have"),
    ("Call-back within the hour in week one", "Bruno", "Should have"),
    ("Report templates for bakeries and shops", "Elif", "Could have"),
]
COMMS = [
    ("Sales team", "Which trials to call, and when not to", "Monday stand-up", "Week 1", "Bruno"),
    ("Whole company", "Our onboarding OKR and its first numbers", "All-hands", "Week 2", "Chiara"),
]
CLOSING = {
    "start": "Bring last cycle's numbers printed",
    "stop": "Debating wording before the vote",
    "continue": "The secret vote",
}

# The team workshop

TEAM_MINUTES = [4, 50, 58, 9, 18]
TEAM_CARDS = [
    "Every release reaches customers the day it is ready",
    "Our tests tell us the truth",
    "Nobody is paged twice for the same fault",
    "Newcomers ship in their first week",
]
TEAM_HANDS = [5, 4, 1, 2]
TEAM_KRS = [
    [
        ("Fixes that reach customers the same day grow from 20% to 80%", "20", "80", "%"),
        ("Time from merge to customers falls from 5 days to 1 day", "5", "1", "days"),
        ("Roll out the new release train", "", "", ""),
        ("Customers hit by a failed release fall from 300 to 50 a month", "300", "50", "people"),
    ],
    [
        ("Flaky tests fall from 120 to 10", "120", "10", "tests"),
        ("Bugs found by customers first fall from 40 to 15 a month", "40", "15", "bugs"),
        ("Merges that pass every check on the first try grow from 55% to 90%", "55", "90", "%"),
    ],
]
"""Key-result candidates of the two objectives kept; the third of the first is work to do."""
TRAIN = "Services released by the train grow from 0 to 12"
TEAM_KR_DOTS = {
    "Amara": [0, 1],
    "Bruno": [0, 2],
    "Chiara": [1, 3],
    "Dev": [0, 1],
    "Elif": [2, 0],
}
TEAM_KR_HANDS = [2, 3, 5]
TEAM_CHAMPIONS = ["Chiara", "Dev", "Elif", "Bruno", "Amara", "Chiara"]


# Doing things as the room does


def create_workshop(me: Facilitator, team: str, template_index: int) -> None:
    """Fill the start screen's form by typing and clicking, then create the workshop."""
    form = me.start_screen.form
    me.type(form.team, team)
    me.type(form.cycle, "Q1 2027")
    me.focus(form.template)
    for _ in range(template_index):
        me.press(Qt.Key.Key_Down)
    for number, (name, role) in enumerate(PEOPLE):
        if number:
            me.click(form.add_person)
        row = form.rows[number]
        me.type(row.name, name)
        me.choose(row.role, role)
    me.click(form.create_button)
    assert me.window.cockpit is not None, form.error.text()


def score(me: Facilitator, bar: ScoreBar, value: float) -> None:
    centre = bar.step_rect(round(value * 10)).center()
    me.click(bar, QPoint(int(centre.x()), int(centre.y())))


def fill_in(me: Facilitator, editor: KeyResultEditor, values: list[str]) -> None:
    """Type the baseline, target, unit and data source given, each ended with Return."""
    fields = (editor.baseline, editor.target, editor.unit, editor.data_source)
    for field, value in zip(fields, values, strict=False):
        if value:
            me.type(field, value, enter=True, replace=True)


def bar_button(booth: BoothPage, text: str) -> QPushButton:
    found = booth.bar.control(text)
    assert found is not None, f"no {text!r} in {[b.text() for b in booth.bar.buttons]}"
    return found


def vote(me: Facilitator, booth: BoothPage, voter: str, labels: list[str]) -> None:
    """One voter at the screen: their name, their dots, "Done, hand over"."""
    assert booth.screens.currentWidget() is booth.next_voter
    person = next(p for p in booth.people if p.name == voter)
    me.click(booth.next_voter.buttons[person.id])
    assert booth.voter_screen.who.text() == f"{voter} is voting"
    assert my_dots(booth) == {}, "nothing of the voter before is on the screen"
    view, model = booth.voter_screen.view, booth.voter_screen.model
    for label in labels:
        row = next(r for r in range(model.rowCount()) if model.index(r).data() == label)
        me.click(view.viewport(), view.visualRect(model.index(row)).topLeft() + QPoint(30, 30))
    assert sum(my_dots(booth).values()) == len(labels)
    me.click(booth.voter_screen.done)


def count_hands(me: Facilitator, booth: BoothPage, labels: list[str], counts: list[int]) -> None:
    """Type the count of each card from a show of hands."""
    for label, count in zip(labels, counts, strict=True):
        option = next(o for o, shown in booth.paper.labels.items() if shown == label)
        me.type_number(booth.paper.counts[option], count)


def tally(booth: BoothPage) -> list[tuple[str, int, bool]]:
    """The result chart's bars: card, votes, and whether it is marked as tied."""
    return [(row.label, row.count, row.tied) for row in booth.results.model.rows]


def tied_order(order: QListWidget) -> list[str]:
    return [order.item(row).toolTip() for row in range(order.count())]


def show_tab(me: Facilitator, tabs: QTabWidget, title: str) -> QWidget:
    """Click one part's tab of a team step; the part is returned."""
    bar = tabs.tabBar()
    number = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    me.click(bar, bar.tabRect(number).center())
    shown = tabs.currentWidget()
    assert tabs.currentIndex() == number and shown is not None
    return shown


def summaries(view: QListView) -> list[str]:
    """The second line of each item of a checked list: how it fares in the checks."""
    return [row.split("\n")[1] for row in rows(view)]


def facilitate(
    me: Facilitator,
    steps: list[Callable[[Facilitator], None]],
    minutes: list[int],
    *,
    keys: Callable[[int], bool],
) -> int:
    """Start the timer, then do each step and go on after its minutes; the workshop's id.

    ``keys`` says for each step's number whether to go on by keys or by the button.
    """
    me.start_timer()
    for number, (step, spent) in enumerate(zip(steps, minutes, strict=True)):
        step(me)
        if number == len(steps) - 1:
            assert me.cockpit.next_action.text() == "Finish"
        me.next_step(spent, with_keys=keys(number))
    return me.cockpit.workshop_id


OpenTheFile = Callable[[], AbstractContextManager[tuple[Facilitator, Store]]]


@pytest.fixture
def open_the_file(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store_path: Path, clock: FakeClock
) -> OpenTheFile:
    """The test's workshop file in a new main window, as after a start; closed after the block."""

    @contextmanager
    def opened() -> Iterator[tuple[Facilitator, Store]]:
        store = open_store(store_path)
        try:
            yield Facilitator(qtbot, make_window(store), clock), store
        finally:
            store.close()

    return opened


# The executive workshop, step by step


def score_last_cycle(me: Facilitator) -> None:
    """Typed in, since the team has no earlier workshop in this file."""
    page = me.page(ScoringPage)
    me.type(page.new_objective, "New customers get going on their own", enter=True)
    (box,) = page.boxes
    me.type(box.new_key_result, "Self-serve setups from 30% to 60%", enter=True)
    me.type(box.new_key_result, "Onboarding calls from 120 to 40 a month", enter=True)
    first, second = box.rows
    score(me, first.bar, 0.8)
    score(me, second.bar, 0.3)
    assert (first.chip.text(), second.chip.text()) == ("Delivered", "Fell short")
    assert box.chip.text() == "0.55  Fell short"


def look_back(me: Facilitator) -> None:
    page = me.page(RetroPage)
    for column, text in RETRO_NOTES.items():
        me.type(page.columns[column].new_note, text, enter=True)
    went_well = page.columns["went_well"]
    me.type(went_well.new_note, "Customers liked the welcome call", enter=True)
    me.click_row(went_well.view, 0)
    me.press(Qt.Key.Key_Down, ALT)
    assert rows(went_well.view) == ["Customers liked the welcome call", RETRO_NOTES["went_well"]]
    assert rows(page.columns["went_badly"].view) == [RETRO_NOTES["went_badly"]]
    assert page.board_buttons["look_back"].text().endswith("(4)")


def write_post_its(me: Facilitator) -> None:
    """Eight candidates; the second is pink and prompted by a note of the retro."""
    page = me.page(PostItPage)
    for number, text in enumerate(CANDIDATES):
        if number == 1:
            me.click(page.swatches["pink"])
            origins = [page.new_origin.itemText(i) for i in range(page.new_origin.count())]
            assert origins[-1].startswith("Last cycle's key result (0.3): Onboarding calls")
            me.choose(page.new_origin, next(o for o in origins if "Trials stall" in o))
        if number == 2:
            me.click(page.swatches["yellow"])
        me.type(page.new_card, text, enter=True)
    assert rows(page.view) == CANDIDATES
    assert page.count_label.text() == "8 post-its"
    colours = [page.model.index(r).data(COLOUR_ROLE) for r in range(3)]
    assert colours == ["yellow", "pink", "yellow"]


def vote_on_objectives(me: Facilitator) -> None:
    """A secret dot vote; a tie for first across the cut line, which the facilitator settles."""
    booth = me.page(BoothPage)
    assert "8 of 8 cards" in booth.setup.ballot_title.text()
    assert booth.setup.secret.isChecked()
    me.focus(booth.setup.most)
    me.press(Qt.Key.Key_Down)
    assert (booth.setup.votes.value(), booth.setup.most.value()) == (3, 2)
    me.click(booth.setup.open_button)
    for voter, labels in OBJECTIVE_BALLOTS.items():
        vote(me, booth, voter, labels)
        assert booth.results.model.rowCount() == 0, "no totals while the vote is secret"
    assert booth.next_voter.progress.text() == "5 of 5 have voted"
    me.click(bar_button(booth, "Close the vote"))
    assert "5 of 5 people voted" in booth.sealed.message.text()
    me.click(booth.sealed.reveal)
    assert tally(booth)[:4] == [(A, 4, True), (B, 4, True), (C, 3, False), (D, 2, False)]

    chart = booth.results.chart
    cut = QPoint(200, chart.line_y(1))
    me.qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(200, chart.line_y(3)))
    me.qtbot.mouseMove(chart, cut)
    me.qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=cut)
    assert booth.results.keep.value() == 1
    assert not booth.results.final.isEnabled()
    assert "tied across the cut line" in booth.results.final_reason.text()
    (tie,) = booth.results.tie_boxes
    assert tied_order(tie.order) == [A, B]
    me.click_row(tie.order, 0)
    me.press(Qt.Key.Key_Down, ALT)
    assert tied_order(tie.order) == [B, A]
    me.click(tie.settle)
    assert tally(booth)[:2] == [(B, 4, False), (A, 4, False)]
    assert booth.results.final.text() == "Make these our objectives"
    me.click(booth.results.final)
    assert "already our objectives" in booth.results.final_reason.text()
    assert me.cockpit.model.steps()[3].title == "Dot vote on objectives (3 dots each)", (
        "Alt+Down moved the tied card, not the agenda's step"
    )


def draft_the_objective(me: Facilitator) -> None:
    """The winner says what to get away from; it is reworded while the checks watch."""
    page = me.page(DraftingPage)
    assert rows(page.list) == [f"1. {B}"]
    editor = page.editor
    assert editor.text.toPlainText() == B
    assert any('"Stop" frames this' in m for m in editor.findings.messages())
    me.type(editor.text, OBJECTIVE, replace=True)
    assert not any("Stop" in m for m in editor.findings.messages()), "checked as it is typed"
    assert rows(page.list) == [f"1. {B}"], "saved only when the typing is done"
    me.press(Qt.Key.Key_Return)
    assert rows(page.list) == [f"1. {OBJECTIVE}"]
    me.type(editor.why, WHY)
    me.press(Qt.Key.Key_Return, CTRL)
    assert editor.findings.all_clear.isVisible()


def tell_the_story(me: Facilitator) -> None:
    """The story, with the thread back to the retro note that prompted the post-it."""
    page = me.page(StoryPage)
    assert page.origin.isVisible()
    assert "Trials stall at the first import" in page.origin_text.text()
    for field, text in STORY.items():
        me.type(page.fields[field], text)
        me.leave(page.fields[field])


def write_measures(me: Facilitator) -> None:
    page = me.page(MeasuresPage)
    for text, *values in KR_CANDIDATES:
        me.type(page.new_key_result, text, enter=True)
        assert page.editor.baseline.hasFocus()
        fill_in(me, page.editor, values)
    assert rows(page.list)[2] == f"3. {KR_CANDIDATES[2][0]}\n1 to fix, 2 to check, 1 tip"
    assert summaries(page.list) == [
        "1 tip",
        "1 tip",
        "1 to fix, 2 to check, 1 tip",
        "1 to fix, 1 tip",
        "4 to check, 2 tips",
        "1 tip",
    ]


def check_and_rewrite(me: Facilitator) -> None:
    """The three that trip the rules are rewritten in place until only the champion tip is left."""
    page = me.page(QualityPage)
    assert rows(page.list)[0] == f"Objective: {OBJECTIVE}\n✓ reads well"
    assert any("has 6 key results" in m for m in page.set_findings.messages())
    editor = page.key_result_editor
    for row, (text, *values) in REWRITES.items():
        me.click_row(page.list, row)
        assert page.editors.currentWidget() is editor
        assert len(editor.findings.model.rows) > 1, "more than the champion tip to see to"
        me.type(editor.text, text, replace=True)
        live = {f.rule_id for f in editor.findings.model.rows}
        assert not live & {"kr.output", "kr.direction", "kr.no_number", "kr.activity"}
        me.press(Qt.Key.Key_Return)
        fill_in(me, editor, values)
        assert [f.rule_id for f in editor.findings.model.rows] == ["kr.no_champion"]
    assert summaries(page.list) == ["✓ reads well"] + ["1 tip"] * 6

    me.click_row(page.list, 1)
    hands = page.ask.hands["outcome_or_output"]
    for _ in range(4):
        me.click(hands.plus[0])
    me.click(hands.plus[1])
    assert hands.verdict.text() == "→ Outcome"
    me.click_row(page.list, 0)
    me.click(page.ask.rows["objective"]["inspirational"].yes)
    me.click(page.ask.rows["objective"]["time_bound"].no)


def vote_on_key_results(me: Facilitator) -> None:
    """An open vote; the tie for first is put in order, and the top four are picked."""
    booth = me.page(BoothPage)
    assert booth.objective_choice.currentText() == f"1. {OBJECTIVE}"
    assert "6 of 6 key results" in booth.setup.ballot_title.text()
    me.click(booth.setup.secret)
    assert not booth.setup.secret.isChecked()
    me.click(booth.setup.open_button)
    for voter, labels in KR_BALLOTS.items():
        vote(me, booth, voter, labels)
    me.click(bar_button(booth, "Close the vote"))
    assert booth.screens.currentWidget() is booth.results, "an open vote shows its result"
    assert [count for _, count, _ in tally(booth)] == [4, 4, 3, 2, 1, 1]
    first = booth.results.tie_boxes[0]
    assert tied_order(first.order) == [K1, K3]
    me.click_row(first.order, 1)
    me.press(Qt.Key.Key_Up, ALT)
    me.click(first.settle)
    me.type_number(booth.results.keep, 4)
    assert [label for label, _, _ in tally(booth)[:4]] == PICKED
    assert booth.results.final.text() == "Pick these key results"
    reason = booth.results.final_reason.text()
    assert reason == "4 key results above the line, ranked in this order."
    me.click(booth.results.final)
    assert "picked key results" in booth.results.final_reason.text()


def refine(me: Facilitator) -> None:
    """Only the four picked are left to refine; the first gets its thresholds."""
    page = me.page(QualityPage)
    assert rows(page.list) == [f"Objective: {OBJECTIVE}\n✓ reads well"] + [
        f"KR {n}: {text}\n1 tip" for n, text in enumerate(PICKED, start=1)
    ]
    assert page.set_findings.all_clear.isVisible()
    me.click_row(page.list, 1)
    for field, text in THRESHOLDS.items():
        me.type(page.key_result_editor.thresholds[field], text, enter=True)


def name_champions(me: Facilitator) -> None:
    page = me.page(ChampionsPage)
    assert len(page.slots) == 4
    assert page.warnings_model.rowCount() == 4
    for slot, name in zip(page.slots.values(), CHAMPIONS, strict=True):
        me.pick(slot.picker, name)
    me.pick(page.okr_champion, "Chiara")
    assert page.all_clear.isVisible()
    assert page.people_model.index(2, 0).data() == "★ Chiara"


def plan_initiatives(me: Facilitator) -> None:
    page = me.page(InitiativesPage)
    for row, (text, owner, priority) in enumerate(INITIATIVES):
        me.click_row(page.key_results, row)
        me.type(page.new_owner, owner)
        me.choose(page.new_priority, priority)
        me.type(page.new_text, text, enter=True)
        assert [page.model.index(0, c).data() for c in range(3)] == [text, owner, priority]
    assert all(r.endswith("\n1 initiative") for r in rows(page.key_results))


def plan_comms(me: Facilitator) -> None:
    page = me.page(CommsPlanPage)
    for line in COMMS:
        for field, text in zip(COMMS_FIELDS, line, strict=True):
            me.type(page.new[field], text)
        me.press(Qt.Key.Key_Return)
    assert [tuple(page.model.index(r, c).data() for c in range(5)) for r in range(2)] == COMMS


def close_the_day(me: Facilitator) -> None:
    page = me.page(RetroPage)
    assert page.board == "start_stop_continue"
    for column, text in CLOSING.items():
        me.type(page.columns[column].new_note, text, enter=True)


EXECUTIVE_STEPS = [
    score_last_cycle,
    look_back,
    write_post_its,
    vote_on_objectives,
    draft_the_objective,
    tell_the_story,
    write_measures,
    check_and_rewrite,
    vote_on_key_results,
    refine,
    name_champions,
    plan_initiatives,
    plan_comms,
    close_the_day,
]


def test_a_whole_executive_workshop_then_the_file_opened_again(open_the_file: OpenTheFile) -> None:
    with open_the_file() as (me, _store):
        create_workshop(me, "Customer onboarding", 0)
        assert me.window.windowTitle() == "Customer onboarding · Q1 2027 — OKR Workshop"
        assert [step.kind for step in me.cockpit.model.steps()][1] == "retrospective"
        workshop_id = facilitate(me, EXECUTIVE_STEPS, MINUTES, keys=lambda number: number % 3 != 1)
        assert "agenda complete" in me.cockpit.timer_bar.step_line.text()
        assert me.cockpit.start_action.text() == "Start", "finishing stops the clock"
        me.window.close()

    with open_the_file() as (again, reopened):
        listed = again.start_screen.model
        assert [listed.data(listed.index(0, c)) for c in (0, 1, 3)] == [
            "Customer onboarding",
            "Q1 2027",
            "Finished",
        ]
        again.press(Qt.Key.Key_Return)
        cockpit = again.cockpit
        assert cockpit.workshop_id == workshop_id
        assert cockpit.timer_bar.step_line.text() == (
            "Step 14 of 14 · agenda complete · Close and look back on the day"
        )
        assert [cockpit.model.index(r, STATUS).data() for r in range(14)] == [
            f"Done · {minutes} min" for minutes in MINUTES
        ]
        assert rows(again.page(RetroPage).columns["continue"].view) == ["The secret vote"]
        again.window.close()
        check_the_executive_file(fake_engine(reopened, workshop_id, again.clock))


def check_the_executive_file(engine: WorkshopEngine) -> None:
    """Everything the room did, read back from the file."""
    steps = engine.agenda.steps()
    assert [s.status for s in steps] == ["done"] * 14
    assert [round(s.used_seconds) for s in steps] == [m * 60 for m in MINUTES]

    (past,) = engine.scoring.past_objectives()
    assert [kr.score for kr in past.key_results] == [0.8, 0.3]
    opening = engine.boards.retro_items("opening")
    assert sorted(i.text for i in opening) == sorted(
        [*RETRO_NOTES.values(), "Customers liked the welcome call"]
    )
    closing = engine.boards.retro_items("closing")
    assert {i.column: i.text for i in closing} == CLOSING

    cards = engine.boards.cards()
    assert [c.text for c in cards] == CANDIDATES
    stalled = next(i.id for i in opening if i.text == RETRO_NOTES["went_badly"])
    assert (cards[1].colour, cards[1].origin_retro_item_id) == ("pink", stalled)

    objective_round, kr_round = engine.voting.rounds()
    assert (objective_round.secret, objective_round.status, objective_round.cut_line) == (
        True,
        "revealed",
        1,
    )
    top = engine.voting.result(objective_round.id).rows[:2]
    assert [(r.label, r.count, r.tie_break_by) for r in top] == [
        (B, 4, "facilitator"),
        (A, 4, "facilitator"),
    ]
    assert (kr_round.secret, kr_round.cut_line) == (False, 4)

    (objective,) = engine.okrs.objectives()
    assert (objective.rank, objective.text, objective.why_it_matters) == (1, OBJECTIVE, WHY)
    assert objective.source_card_id == cards[1].id
    assert engine.okrs.story(objective.id) == StoryView(objective.id, **STORY)
    assert len(objective.key_results) == 6
    picked = objective.selected_key_results
    assert [(kr.rank, kr.text) for kr in picked] == list(enumerate(PICKED, start=1))
    people = {p.id: p for p in engine.okrs.participants()}
    assert [people[kr.champion_id].name for kr in picked if kr.champion_id] == CHAMPIONS
    assert [p.name for p in people.values() if p.is_okr_champion] == ["Chiara"]
    assert engine.okrs.warnings() == []
    assert [engine.okrs.findings_for_key_result(kr.id) for kr in picked] == [[]] * 4
    first = picked[0]
    assert [getattr(first, field) for field in THRESHOLDS] == list(THRESHOLDS.values())
    k1 = next(kr for kr in picked if kr.text == K1)
    assert (k1.outcome_hands, k1.output_hands, k1.outcome_or_output) == (4, 1, "outcome")
    assert engine.okrs.answers(objective_id=objective.id) == {
        "inspirational": True,
        "time_bound": False,
    }
    planned = [
        (i.text, i.owner, PRIORITY_WORDS[i.priority]) for kr in picked for i in kr.initiatives
    ]
    assert planned == INITIATIVES
    stored = [tuple(getattr(item, f) for f in COMMS_FIELDS) for item in engine.okrs.comms_items()]
    assert stored == COMMS


# The team workshop


def refresh_the_basics(me: Facilitator) -> None:
    page = me.page(RefresherPage)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "A key result shows we are getting there" in texts


def choose_objectives(me: Facilitator) -> None:
    """Post-its, a vote counted by show of hands, and the two kept drafted."""
    tabs = me.page(StepTabs)
    board = show_tab(me, tabs, "Post-its")
    assert isinstance(board, PostItPage)
    for text in TEAM_CARDS:
        me.type(board.new_card, text, enter=True)

    booth = show_tab(me, tabs, "Vote and rank")
    assert isinstance(booth, BoothPage)
    assert "4 of 4 cards" in booth.setup.ballot_title.text()
    me.click(booth.setup.paper)
    me.click(booth.setup.open_button)
    assert booth.screens.currentWidget() is booth.paper
    count_hands(me, booth, TEAM_CARDS, TEAM_HANDS)
    me.click(bar_button(booth, "Show the results"))
    assert [(label, count) for label, count, _ in tally(booth)] == [
        (TEAM_CARDS[0], 5),
        (TEAM_CARDS[1], 4),
        (TEAM_CARDS[3], 2),
        (TEAM_CARDS[2], 1),
    ]
    me.type_number(booth.results.keep, 2)
    me.click(booth.results.final)

    draft = show_tab(me, tabs, "Draft")
    assert isinstance(draft, DraftingPage)
    assert rows(draft.list) == [f"1. {TEAM_CARDS[0]}", f"2. {TEAM_CARDS[1]}"]
    for row, why in enumerate(
        ("Customers wait for fixes we already wrote.", "Red builds we ignore cost a day a week.")
    ):
        me.click_row(draft.list, row)
        me.type(draft.editor.why, why)
        me.press(Qt.Key.Key_Return, CTRL)
        assert draft.editor.findings.all_clear.isVisible()


def choose_key_results(me: Facilitator) -> None:
    """Measures for both objectives, a rewrite, a dot vote and a count of hands, the picks."""
    tabs = me.page(StepTabs)
    measures = show_tab(me, tabs, "Measures")
    assert isinstance(measures, MeasuresPage)
    combo = measures.chooser.combo
    for number, candidates in enumerate(TEAM_KRS):
        me.choose(combo, combo.itemText(number))
        for text, *values in candidates:
            me.type(measures.new_key_result, text, enter=True)
            fill_in(me, measures.editor, [*values, "Deploy log"])
    assert summaries(measures.list) == ["1 tip"] * 3, "the second objective's read well"

    quality = show_tab(me, tabs, "Quality check")
    assert isinstance(quality, QualityPage)
    me.choose(quality.chooser.combo, quality.chooser.combo.itemText(0))
    assert summaries(quality.list) == [
        "✓ reads well",
        "1 tip",
        "1 tip",
        "1 to fix, 1 to check, 1 tip",
        "1 tip",
    ]
    me.click_row(quality.list, 3)
    me.type(quality.key_result_editor.text, TRAIN, replace=True)
    me.press(Qt.Key.Key_Return)
    fill_in(me, quality.key_result_editor, ["0", "12", "services"])
    assert rows(quality.list)[3] == f"KR 3: {TRAIN}\n1 tip"

    booth = show_tab(me, tabs, "Vote and pick")
    assert isinstance(booth, BoothPage)
    assert booth.objective_choice.currentText() == f"1. {TEAM_CARDS[0]}"
    first = [TEAM_KRS[0][0][0], TEAM_KRS[0][1][0], TRAIN, TEAM_KRS[0][3][0]]
    me.focus(booth.setup.votes)
    me.press(Qt.Key.Key_Down)
    me.click(booth.setup.open_button)
    for voter, numbers in TEAM_KR_DOTS.items():
        vote(me, booth, voter, [first[n] for n in numbers])
    me.click(bar_button(booth, "Close the vote"))
    me.click(booth.sealed.reveal)
    assert [count for _, count, _ in tally(booth)] == [4, 3, 2, 1]
    me.type_number(booth.results.keep, 3)
    me.click(booth.results.final)

    me.choose(booth.objective_choice, f"2. {TEAM_CARDS[1]}")
    me.click(booth.setup.paper)
    me.click(booth.setup.open_button)
    count_hands(me, booth, [kr[0] for kr in TEAM_KRS[1]], TEAM_KR_HANDS)
    me.click(bar_button(booth, "Show the results"))
    me.type_number(booth.results.keep, 3)
    me.click(booth.results.final)

    refine = show_tab(me, tabs, "Refine")
    assert isinstance(refine, QualityPage)
    assert refine.set_findings.all_clear.isVisible()
    assert summaries(refine.list) == ["✓ reads well"] + ["1 tip"] * 3


def check_ambition(me: Facilitator) -> None:
    """Thresholds for the first key result, and the room says it is a stretch."""
    tabs = me.page(StepTabs)
    ambition = show_tab(me, tabs, "Ambition and thresholds")
    assert isinstance(ambition, QualityPage)
    me.click_row(ambition.list, 1)
    me.type(ambition.key_result_editor.thresholds["success_threshold"], "80% or more", enter=True)
    criteria = show_tab(me, tabs, "Criteria")
    assert isinstance(criteria, QualityPage)
    me.click_row(criteria.list, 1)
    me.click(criteria.ask.rows["key_result"]["challenging"].yes)


def agree_next_steps(me: Facilitator) -> None:
    """Champions, an initiative, a line of the comms plan, the worksheet."""
    tabs = me.page(StepTabs)
    champions = show_tab(me, tabs, "Champions")
    assert isinstance(champions, ChampionsPage)
    assert len(champions.slots) == 6
    for slot, name in zip(champions.slots.values(), TEAM_CHAMPIONS, strict=True):
        me.pick(slot.picker, name)
    me.pick(champions.okr_champion, "Dev")
    assert champions.all_clear.isVisible()

    initiatives = show_tab(me, tabs, "Initiatives")
    assert isinstance(initiatives, InitiativesPage)
    me.click_row(initiatives.key_results, 0)
    me.type(initiatives.new_owner, "Dev")
    me.choose(initiatives.new_priority, "Must have")
    me.type(initiatives.new_text, "Release train every afternoon", enter=True)

    comms = show_tab(me, tabs, "Communications")
    assert isinstance(comms, CommsPlanPage)
    line = ("Product teams", "Same-day releases, and what we need", "Demo day", "Week 1", "Dev")
    for field, text in zip(COMMS_FIELDS, line, strict=True):
        me.type(comms.new[field], text)
    me.press(Qt.Key.Key_Return)

    worksheet = show_tab(me, tabs, "Worksheet")
    assert isinstance(worksheet, WorksheetPage)
    me.click(worksheet.use_champion)
    me.type(worksheet.fields["checkin_cadence"], "Mondays at 9:30, 15 minutes")
    me.leave(worksheet.fields["checkin_cadence"])


TEAM_STEPS = [
    refresh_the_basics,
    choose_objectives,
    choose_key_results,
    check_ambition,
    agree_next_steps,
]


def test_a_team_workshop_to_its_next_steps_then_the_file_opened_again(
    open_the_file: OpenTheFile,
) -> None:
    with open_the_file() as (me, _store):
        create_workshop(me, "Platform team", 1)
        assert [s.title for s in me.cockpit.model.steps()] == [
            "OKR refresher",
            "Choose and rank objectives",
            "Choose and rank key results",
            "Are our OKRs ambitious enough?",
            "Next steps: the action plan",
        ]
        workshop_id = facilitate(me, TEAM_STEPS, TEAM_MINUTES, keys=lambda number: number % 2 == 0)
        me.window.close()

    with open_the_file() as (again, reopened):
        again.press(Qt.Key.Key_Return)
        assert again.cockpit.timer_bar.step_line.text() == (
            "Step 5 of 5 · agenda complete · Next steps: the action plan"
        )
        assert [again.cockpit.model.index(r, STATUS).data() for r in range(5)] == [
            f"Done · {minutes} min" for minutes in TEAM_MINUTES
        ]
        again.window.close()
        check_the_team_file(fake_engine(reopened, workshop_id, again.clock))


def check_the_team_file(engine: WorkshopEngine) -> None:
    steps = engine.agenda.steps()
    assert [round(s.used_seconds) for s in steps] == [m * 60 for m in TEAM_MINUTES]
    objectives = engine.okrs.objectives()
    assert [(o.rank, o.text) for o in objectives] == [(1, TEAM_CARDS[0]), (2, TEAM_CARDS[1])]
    assert all(o.why_it_matters for o in objectives)
    picked = [kr for o in objectives for kr in o.selected_key_results]
    assert [(kr.rank, kr.text) for kr in picked] == [
        (1, TEAM_KRS[0][0][0]),
        (2, TEAM_KRS[0][1][0]),
        (3, TRAIN),
        (1, TEAM_KRS[1][2][0]),
        (2, TEAM_KRS[1][1][0]),
        (3, TEAM_KRS[1][0][0]),
    ]
    people = {p.id: p.name for p in engine.okrs.participants()}
    assert [people[kr.champion_id] for kr in picked if kr.champion_id] == TEAM_CHAMPIONS
    assert picked[0].success_threshold == "80% or more"
    assert engine.okrs.answers(key_result_id=picked[0].id) == {"challenging": True}
    assert [i.text for i in picked[0].initiatives] == ["Release train every afternoon"]
    assert [item.audience for item in engine.okrs.comms_items()] == ["Product teams"]
    worksheet = engine.okrs.worksheet()
    assert (worksheet.okr_champion, worksheet.checkin_cadence) == (
        "Dev",
        "Mondays at 9:30, 15 minutes",
    )
    assert engine.okrs.warnings() == []
