"""Whole workshops run through the real widgets, then the file is opened again.

The facilitator types and clicks in the main window from the start screen to the
last step; the time passes on a fake clock. Only at the end is the file read back,
through a fresh engine, to check that everything the room did is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from facilitation.engine import WorkshopEngine
from tests.ui.conftest import FakeClock
from tests.ui.walkthrough import ALT, CTRL, Facilitator, rows
from ui.agenda_model import STATUS
from ui.main_window import MainWindow
from ui.pages.booth import MINE_ROLE, BoothPage
from ui.pages.champions import ChampionsPage
from ui.pages.drafting import DraftingPage
from ui.pages.measures import MeasuresPage
from ui.pages.okr_editors import KeyResultEditor
from ui.pages.plans import CommsPlanPage, InitiativesPage
from ui.pages.postits import COLOUR_ROLE, PostItPage
from ui.pages.quality import QualityPage
from ui.pages.retro import RetroPage
from ui.pages.scoring import ScoreBar, ScoringPage
from ui.pages.story import StoryPage
from workshop.store import Store, open_store

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

PEOPLE = [
    ("Amara", "Facilitator"),
    ("Bruno", "Sponsor"),
    ("Chiara", "OKR lead"),
    ("Dev", "KR lead"),
    ("Elif", "Contributor"),
]

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


OBJECTIVE = "New customers find their own way in their first week"
WHY = "Every stuck trial costs us a call, and most of them never buy."
STORY = {
    "character": "Noor, who runs a small bakery and just started a trial",
    "goal": "Send her first invoice before the shop opens",
    "obstacle": "The import of her price list fails and nobody answers at 6 am",
    "resolution": "She imports it alone, sends the invoice and tells a friend",
    "metric_ideas": "Trials that finish setup; calls in the first week",
}
CANDIDATE_KRS = [
    ("Trial sign-ups that finish setup grow from 35% to 60%", "35", "60", "%", "Analytics"),
    (
        "Support calls in the first week fall from 900 to 400 a month",
        "900",
        "400",
        "calls",
        "Phones",
    ),
    ("Launch the new onboarding wizard", "", "", "", ""),
    ("Increase first-week help tickets from 300 to 120", "300", "120", "tickets", "Help desk"),
    ("Hold 10 onboarding webinars", "", "", "", ""),
    (
        "Customers who reach a first report within a day grow from 25% to 50%",
        "25",
        "50",
        "%",
        "Analytics",
    ),
]
REWRITES = {
    3: (
        "New customers who finish the wizard alone grow from 20% to 70%",
        "20",
        "70",
        "%",
        "Wizard events",
    ),
    4: (
        "First-week help tickets fall from 300 to 120 a month",
        "300",
        "120",
        "tickets",
        "Help desk",
    ),
    5: (
        "Webinar guests who set up a report that day grow from 10 to 80",
        "10",
        "80",
        "guests",
        "Webinar list",
    ),
}

THRESHOLDS = {
    "success_threshold": "60% or more",
    "partial_threshold": "45% to 59%",
    "no_impact_threshold": "Still about 35%",
    "negative_threshold": "Below 35%",
}
MINUTES = [18, 15, 19, 9, 17, 8, 9, 9, 9, 14, 7, 16, 11, 13]
"""Minutes spent on each step of the executive agenda."""
PRIORITY_WORDS = {"must": "Must have", "should": "Should have", "could": "Could have"}
CHAMPIONS = ["Chiara", "Dev", "Elif", "Bruno"]
INITIATIVES = [
    ("Setup checklist inside the product", "Dev", "Must have"),
    ("Call-back within the hour in week one", "Bruno", "Should have"),
    ("Wizard that imports a price list", "Dev", "Must have"),
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


def final_krs() -> list[str]:
    """The six candidates as the quality check left them."""
    texts = [kr[0] for kr in CANDIDATE_KRS]
    for row, rewrite in REWRITES.items():
        texts[row - 1] = rewrite[0]
    return texts


def fill_in(me: Facilitator, editor: KeyResultEditor, numbers: list[str]) -> None:
    """Type the baseline, target, unit and data source, each ended with Return."""
    fields = (editor.baseline, editor.target, editor.unit, editor.data_source)
    for field, value in zip(fields, numbers, strict=True):
        if value:
            me.type(field, value, enter=True, replace=True)


def voter_button(booth: BoothPage, name: str) -> QPushButton:
    person = next(p for p in booth.people if p.name == name)
    return booth.next_voter.buttons[person.id]


def bar_button(booth: BoothPage, text: str) -> QPushButton:
    found = booth.bar.control(text)
    assert found is not None, f"no {text!r} in {[b.text() for b in booth.bar.buttons]}"
    return found


def place_dot(me: Facilitator, booth: BoothPage, label: str) -> None:
    """Click the card, away from its "−", as a voter does."""
    view = booth.voter_screen.view
    model = booth.voter_screen.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == label)
    me.click(view.viewport(), view.visualRect(model.index(row)).topLeft() + QPoint(30, 30))


def my_dots(booth: BoothPage) -> dict[str, int]:
    model = booth.voter_screen.model
    found = {}
    for row in range(model.rowCount()):
        count = model.index(row).data(MINE_ROLE)
        if count:
            found[model.index(row).data()] = count
    return found


def tally(booth: BoothPage) -> list[tuple[str, int, bool]]:
    model = booth.results.model
    return [(r.label, r.count, r.tied) for r in model.rows]


def score(me: Facilitator, bar: ScoreBar, value: float) -> None:
    centre = bar.step_rect(round(value * 10)).center()
    me.click(bar, QPoint(int(centre.x()), int(centre.y())))


def test_a_whole_executive_workshop_then_the_file_opened_again(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    store_path: Path,
    clock: FakeClock,
) -> None:
    store = open_store(store_path)
    me = Facilitator(qtbot, make_window(store), clock)
    create_workshop(me, "Customer onboarding", 0)
    assert me.window.windowTitle() == "Customer onboarding · Q1 2027 — OKR Workshop"
    assert me.cockpit.model.rowCount() == 14
    me.start_timer()

    # 1. Score last cycle: typed in, since the team has no earlier workshop here.
    scoring = me.page(ScoringPage)
    me.type(scoring.new_objective, "New customers get going on their own", enter=True)
    (box,) = scoring.boxes
    me.type(box.new_key_result, "Self-serve setups from 30% to 60%", enter=True)
    me.type(box.new_key_result, "Onboarding calls from 120 to 40 a month", enter=True)
    first, second = box.rows
    score(me, first.bar, 0.8)
    score(me, second.bar, 0.3)
    assert (first.chip.text(), second.chip.text()) == ("Delivered", "Fell short")
    assert box.chip.text() == "0.55  Fell short"
    me.next_step(MINUTES[0])

    # 2. The retrospective on last cycle.
    retro = me.page(RetroPage)
    assert me.step_title() == "Retrospective: what we learned"
    notes = {
        "went_well": "The setup checklist cut calls",
        "went_badly": "Trials stall at the first import",
        "learned": "People read the emails, not the docs",
    }
    for column, text in notes.items():
        me.type(retro.columns[column].new_note, text, enter=True)
    went_well = retro.columns["went_well"]
    me.type(went_well.new_note, "Customers liked the welcome call", enter=True)
    me.click_row(went_well.view, 0)
    me.press(Qt.Key.Key_Down, ALT)
    assert rows(went_well.view) == ["Customers liked the welcome call", notes["went_well"]]
    assert rows(retro.columns["went_badly"].view) == [notes["went_badly"]]
    assert retro.board_buttons["look_back"].text().endswith("(4)")
    me.next_step(MINUTES[1], with_keys=False)

    # 3. Eight objective candidates on post-its, one prompted by a retro note.
    board = me.page(PostItPage)
    for number, text in enumerate(CANDIDATES):
        if number == 1:
            me.click(board.swatches["pink"])
            origins = [board.new_origin.itemText(i) for i in range(board.new_origin.count())]
            assert origins[-1].startswith("Last cycle's key result (0.3): Onboarding calls")
            me.choose(board.new_origin, next(o for o in origins if "Trials stall" in o))
        if number == 2:
            me.click(board.swatches["yellow"])
        me.type(board.new_card, text, enter=True)
    assert rows(board.view) == CANDIDATES
    assert board.count_label.text() == "8 post-its"
    assert [board.model.index(r).data(COLOUR_ROLE) for r in range(3)] == [
        "yellow",
        "pink",
        "yellow",
    ]
    me.next_step(MINUTES[2])

    # 4. The secret dot vote: five voters in turn, a tie for first that the facilitator settles.
    booth = me.page(BoothPage)
    assert "8 of 8 cards" in booth.setup.ballot_title.text()
    assert booth.setup.secret.isChecked()
    me.focus(booth.setup.most)
    me.press(Qt.Key.Key_Down)
    assert (booth.setup.votes.value(), booth.setup.most.value()) == (3, 2)
    me.click(booth.setup.open_button)
    a, b, c, d, e, f = CANDIDATES[:6]
    ballots = {
        "Amara": [a, a, c],
        "Bruno": [b, b, d],
        "Chiara": [a, b, c],
        "Dev": [a, c, e],
        "Elif": [b, d, f],
    }
    for voter, dots in ballots.items():
        assert booth.screens.currentWidget() is booth.next_voter
        me.click(voter_button(booth, voter))
        assert booth.voter_screen.who.text() == f"{voter} is voting"
        assert my_dots(booth) == {}, "the last voter's dots are gone"
        for label in dots:
            place_dot(me, booth, label)
        assert sum(my_dots(booth).values()) == 3
        assert booth.voter_screen.left.text() == "Votes left: 0 of 3"
        me.click(booth.voter_screen.done)
    assert booth.next_voter.progress.text() == "5 of 5 have voted"
    assert booth.results.model.rowCount() == 0, "no totals while the vote is secret"
    me.click(bar_button(booth, "Close the vote"))
    assert "5 of 5 people voted" in booth.sealed.message.text()
    me.click(booth.sealed.reveal)

    assert tally(booth)[:4] == [(a, 4, True), (b, 4, True), (c, 3, False), (d, 2, False)] or (
        tally(booth)[:4] == [(b, 4, True), (a, 4, True), (c, 3, False), (d, 2, False)]
    )
    chart = booth.results.chart
    cut = QPoint(200, chart.line_y(1))
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(200, chart.line_y(3)))
    qtbot.mouseMove(chart, cut)
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=cut)
    assert booth.results.keep.value() == 1
    assert not booth.results.final.isEnabled()
    assert "tied across the cut line" in booth.results.final_reason.text()
    (tie,) = booth.results.tie_boxes
    if tie.order.item(0).toolTip() != b:
        me.click_row(tie.order, 0)
        me.press(Qt.Key.Key_Down, ALT)
    assert [tie.order.item(r).toolTip() for r in range(2)] == [b, a]
    me.click(tie.settle)
    assert tally(booth)[:2] == [(b, 4, False), (a, 4, False)]
    assert booth.results.final.text() == "Make these our objectives"
    me.click(booth.results.final)
    assert "already our objectives" in booth.results.final_reason.text()
    assert me.cockpit.model.steps()[3].title == "Dot vote on objectives (3 dots each)"
    me.next_step(MINUTES[3])

    # 5. Draft the objective: the winner says what to get away from; it is reworded.
    draft = me.page(DraftingPage)
    assert rows(draft.list) == [f"1. {b}"]
    editor = draft.editor
    assert editor.text.toPlainText() == b
    assert any('"Stop" frames this' in m for m in editor.findings.messages())
    me.type(editor.text, OBJECTIVE, replace=True)
    assert not any("Stop" in m for m in editor.findings.messages()), "the checks follow typing"
    me.press(Qt.Key.Key_Return)
    assert rows(draft.list) == [f"1. {OBJECTIVE}"]
    me.type(editor.why, WHY)
    me.press(Qt.Key.Key_Return, CTRL)
    assert editor.findings.all_clear.isVisible()
    me.next_step(MINUTES[4])

    # 6. The OKR story, with the thread back to the retro note that prompted the post-it.
    story = me.page(StoryPage)
    assert story.origin.isVisible()
    assert "Trials stall at the first import" in story.origin_text.text()
    for field, text in STORY.items():
        me.type(story.fields[field], text)
        me.leave(story.fields[field])
    me.next_step(MINUTES[5], with_keys=False)

    # 7. Six key-result candidates, some of them tripping the checks.
    measures = me.page(MeasuresPage)
    for text, *numbers in CANDIDATE_KRS:
        me.type(measures.new_key_result, text, enter=True)
        assert measures.editor.baseline.hasFocus()
        fill_in(me, measures.editor, numbers)
    candidates = rows(measures.list)
    assert len(candidates) == 6
    assert candidates[0] == f"1. {CANDIDATE_KRS[0][0]}\n1 tip"
    assert candidates[2] == f"3. {CANDIDATE_KRS[2][0]}\n1 to fix, 2 to check, 1 tip"
    assert candidates[3] == f"4. {CANDIDATE_KRS[3][0]}\n1 to fix, 1 tip"
    assert candidates[4].endswith("4 to check, 2 tips")
    me.next_step(MINUTES[6])

    # 8. Quality check: the three that trip the rules are rewritten until they read well.
    quality = me.page(QualityPage)
    assert rows(quality.list)[0] == f"Objective: {OBJECTIVE}\n✓ reads well"
    assert any("has 6 key results" in m for m in quality.set_findings.messages())
    for row, (text, *numbers) in REWRITES.items():
        me.click_row(quality.list, row)
        kr_editor = quality.key_result_editor
        assert quality.editors.currentWidget() is kr_editor
        me.type(kr_editor.text, text, replace=True)
        live = {f.rule_id for f in kr_editor.findings.model.rows}
        assert not live & {"kr.output", "kr.direction", "kr.no_number", "kr.activity"}
        me.press(Qt.Key.Key_Return)
        fill_in(me, kr_editor, numbers)
        assert [f.rule_id for f in kr_editor.findings.model.rows] == ["kr.no_champion"]
        assert rows(quality.list)[row] == f"KR {row}: {text}\n1 tip"
    me.click_row(quality.list, 1)
    hands = quality.ask.hands["outcome_or_output"]
    for _ in range(4):
        me.click(hands.plus[0])
    me.click(hands.plus[1])
    assert hands.verdict.text() == "→ Outcome"
    me.click_row(quality.list, 0)
    me.click(quality.ask.rows["objective"]["inspirational"].yes)
    me.click(quality.ask.rows["objective"]["time_bound"].no)
    me.next_step(MINUTES[7])

    # 9. An open vote on the key results: four kept, ranked by the votes and the tie order.
    kr_booth = me.page(BoothPage)
    assert kr_booth.objective_choice.currentText() == f"1. {OBJECTIVE}"
    assert "6 of 6 key results" in kr_booth.setup.ballot_title.text()
    me.click(kr_booth.setup.secret)
    assert not kr_booth.setup.secret.isChecked()
    me.click(kr_booth.setup.open_button)
    k1, k2, k3, k4, k5, k6 = final_krs()
    for voter, dots in {
        "Amara": [k1, k2, k3],
        "Bruno": [k1, k3, k6],
        "Chiara": [k1, k2, k5],
        "Dev": [k1, k3, k6],
        "Elif": [k2, k3, k4],
    }.items():
        me.click(voter_button(kr_booth, voter))
        for label in dots:
            place_dot(me, kr_booth, label)
        me.click(kr_booth.voter_screen.done)
    me.click(bar_button(kr_booth, "Close the vote"))
    assert kr_booth.screens.currentWidget() is kr_booth.results, "an open vote shows at once"
    assert [count for _, count, _ in tally(kr_booth)] == [4, 4, 3, 2, 1, 1]
    first_tie = kr_booth.results.tie_boxes[0]
    if first_tie.order.item(0).toolTip() != k1:
        me.click_row(first_tie.order, 0)
        me.press(Qt.Key.Key_Down, ALT)
    me.click(first_tie.settle)
    me.type_number(kr_booth.results.keep, 4)
    assert kr_booth.results.final.text() == "Pick these key results"
    assert (
        kr_booth.results.final_reason.text()
        == "4 key results above the line, ranked in this order."
    )
    me.click(kr_booth.results.final)
    assert "picked key results" in kr_booth.results.final_reason.text()
    me.next_step(MINUTES[8], with_keys=False)

    # 10. Refine: the four picked ones, and what would count as success for the first.
    refine = me.page(QualityPage)
    assert [r.split("\n")[0] for r in rows(refine.list)] == [
        f"Objective: {OBJECTIVE}",
        f"KR 1: {k1}",
        f"KR 2: {k3}",
        f"KR 3: {k2}",
        f"KR 4: {k6}",
    ]
    assert not any("key results" in m for m in refine.set_findings.messages())
    me.click_row(refine.list, 1)
    for field, text in THRESHOLDS.items():
        me.type(refine.key_result_editor.thresholds[field], text, enter=True)
    me.next_step(MINUTES[9])

    # 11. Champions: one person for each key result, picked from its list; the OKR champion.
    champions = me.page(ChampionsPage)
    assert len(champions.slots) == 4
    assert champions.warnings_model.rowCount() == 4
    for slot, name in zip(champions.slots.values(), CHAMPIONS, strict=True):
        me.pick(slot.picker, name)
    me.pick(champions.okr_champion, "Chiara")
    assert champions.all_clear.isVisible()
    assert champions.people_model.index(2, 0).data() == "★ Chiara"
    me.next_step(MINUTES[10])

    # 12. Initiatives for each key result, with an owner and a priority.
    initiatives = me.page(InitiativesPage)
    for row, (text, owner, priority) in enumerate(INITIATIVES):
        me.click_row(initiatives.key_results, row)
        me.type(initiatives.new_owner, owner)
        me.choose(initiatives.new_priority, priority)
        me.type(initiatives.new_text, text, enter=True)
        assert [initiatives.model.index(0, c).data() for c in range(3)] == [text, owner, priority]
    assert all(r.endswith("1 initiative") for r in rows(initiatives.key_results))
    me.next_step(MINUTES[11])

    # 13. The communications plan.
    comms = me.page(CommsPlanPage)
    for line in COMMS:
        for field, text in zip(
            ("audience", "message", "channel", "when", "owner"), line, strict=True
        ):
            me.type(comms.new[field], text)
        me.press(Qt.Key.Key_Return)
    assert comms.model.rowCount() == 2
    me.next_step(MINUTES[12])

    # 14. Close: start, stop and continue, then finish the day.
    close = me.page(RetroPage)
    assert close.board == "start_stop_continue"
    for column, text in CLOSING.items():
        me.type(close.columns[column].new_note, text, enter=True)
    assert me.cockpit.next_action.text() == "Finish"
    me.next_step(MINUTES[13])
    assert "agenda complete" in me.cockpit.timer_bar.step_line.text()
    assert not me.cockpit.engine.agenda.running
    workshop_id = me.cockpit.workshop_id
    me.window.close()
    store.close()

    # The same file in a new window: the list says where the workshop stopped, Enter opens it.
    reopened = open_store(store_path)
    again = Facilitator(qtbot, make_window(reopened), clock)
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
    assert again.page(RetroPage).columns["continue"].model.items[0].text == "The secret vote"
    again.window.close()

    engine = WorkshopEngine(reopened, workshop_id, clock=clock)
    try:
        check_the_executive_file(engine, [b, a], [k1, k3, k2, k6])
    finally:
        reopened.close()


def check_the_executive_file(
    engine: WorkshopEngine, tied: list[str], picked_texts: list[str]
) -> None:
    """Everything the room did, read back from the file."""
    steps = engine.agenda.steps()
    assert [s.status for s in steps] == ["done"] * 14
    assert [round(s.used_seconds) for s in steps] == [m * 60 for m in MINUTES]
    assert round(sum(s.used_seconds for s in steps)) == sum(MINUTES) * 60

    (past,) = engine.scoring.past_objectives()
    assert [(kr.score) for kr in past.key_results] == [0.8, 0.3]
    opening = engine.boards.retro_items("opening")
    closing = engine.boards.retro_items("closing")
    assert len(opening) == 4 and sorted(i.text for i in closing) == sorted(CLOSING.values())

    cards = engine.boards.cards()
    assert [c.text for c in cards] == CANDIDATES
    stalled = next(i.id for i in opening if i.text == "Trials stall at the first import")
    assert (cards[1].colour, cards[1].origin_retro_item_id) == ("pink", stalled)

    objective_round, kr_round = engine.voting.rounds()
    assert (objective_round.secret, objective_round.status, objective_round.cut_line) == (
        True,
        "revealed",
        1,
    )
    top = engine.voting.result(objective_round.id).rows[:2]
    assert [(r.label, r.count, r.tie_break_by) for r in top] == [
        (tied[0], 4, "facilitator"),
        (tied[1], 4, "facilitator"),
    ]
    assert (kr_round.secret, kr_round.cut_line) == (False, 4)

    (objective,) = engine.okrs.objectives()
    assert (objective.rank, objective.text, objective.why_it_matters) == (1, OBJECTIVE, WHY)
    assert objective.source_card_id == cards[1].id
    assert engine.okrs.story(objective.id) == STORY
    assert len(objective.key_results) == 6
    picked = objective.selected_key_results
    assert [kr.text for kr in picked] == picked_texts
    assert [kr.rank for kr in picked] == [1, 2, 3, 4]
    people = {p.id: p for p in engine.okrs.participants()}
    assert [people[kr.champion_id].name for kr in picked if kr.champion_id] == CHAMPIONS
    assert [p.name for p in people.values() if p.is_okr_champion] == ["Chiara"]
    assert engine.okrs.warnings() == []
    assert {f.rule_id for kr in picked for f in engine.okrs.findings_for_key_result(kr.id)} == set()
    first = picked[0]
    assert [getattr(first, field) for field in THRESHOLDS] == list(THRESHOLDS.values())
    assert (first.outcome_hands, first.output_hands, first.outcome_or_output) == (4, 1, "outcome")
    assert engine.okrs.answers(objective_id=objective.id) == {
        "inspirational": True,
        "time_bound": False,
    }
    planned = [
        (i.text, i.owner, PRIORITY_WORDS[i.priority]) for kr in picked for i in kr.initiatives
    ]
    assert planned == INITIATIVES
    assert [
        tuple(item[field] for field in ("audience", "message", "channel", "when", "owner"))
        for item in engine.okrs.comms_items()
    ] == COMMS
