"""Score last cycle: typed in or brought in, scored on the bar, verdicts in their colours."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.ui.pages.workshop_room import fresh, room
from ui.pages import scoring
from ui.pages.context import PageContext
from ui.pages.scoring import ScoreBar, ScoringPage
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext) -> ScoringPage:
    page = scoring.make_page(context, "score_last_cycle")
    assert isinstance(page, ScoringPage)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    return page


def click_score(qtbot: QtBot, bar: ScoreBar, score: float) -> None:
    centre = bar.step_rect(round(score * 10)).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(int(centre.x()), int(centre.y())))


def test_last_cycle_is_typed_in_scored_and_averaged(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    assert not page.bring_in.isVisible()
    assert "type each objective below" in page.empty.text()

    qtbot.keyClicks(page.new_objective, "Deploys are calm and routine")
    qtbot.keyClick(page.new_objective, Qt.Key.Key_Return)
    (box,) = page.boxes
    for text in ("Lead time from 9 days to 2", "Rollbacks from 12 to 3 a quarter"):
        qtbot.keyClicks(box.new_key_result, text)
        qtbot.keyClick(box.new_key_result, Qt.Key.Key_Return)
    first, second = box.rows
    assert first.chip.text() == "not scored"

    click_score(qtbot, first.bar, 0.8)
    click_score(qtbot, second.bar, 0.3)
    assert (first.bar.score, first.chip.text()) == (0.8, "Delivered")
    assert second.chip.text() == "Fell short"
    assert box.chip.text() == "0.55  Fell short"

    (past,) = fresh(context).scoring.past_objectives()
    assert past.text == "Deploys are calm and routine"
    assert [(kr.text, kr.score) for kr in past.key_results] == [
        ("Lead time from 9 days to 2", 0.8),
        ("Rollbacks from 12 to 3 a quarter", 0.3),
    ]
    assert past.score == 0.55

    context.undo_stack.undo()
    assert second.chip.text() == "not scored"
    assert fresh(context).scoring.past_objectives()[0].key_results[1].score is None
    context.undo_stack.redo()
    assert second.chip.text() == "Fell short"


def test_the_score_bar_works_from_the_keyboard(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    past = context.engine.scoring.add_past_objective("Support answers within the hour")
    context.engine.scoring.add_past_key_result(past, "First reply under 60 minutes for 90%")
    page = open_page(qtbot, context)
    bar = page.boxes[0].rows[0].bar
    bar.setFocus()
    qtbot.keyClick(bar, Qt.Key.Key_End)
    assert page.boxes[0].rows[0].chip.text() == "Exceeded"
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    qtbot.keyClick(bar, Qt.Key.Key_Left)
    assert (bar.score, page.boxes[0].rows[0].chip.text()) == (0.6, "Fell short")
    qtbot.keyClick(bar, Qt.Key.Key_2)
    assert page.boxes[0].rows[0].chip.text() == "Failed to deliver"
    assert fresh(context).scoring.past_objectives()[0].key_results[0].score == 0.2
    qtbot.keyClick(bar, Qt.Key.Key_Delete)
    assert fresh(context).scoring.past_objectives()[0].key_results[0].score is None
    assert bar.accessibleName() == "Score for First reply under 60 minutes for 90%"


def test_last_cycle_is_brought_in_from_the_teams_earlier_workshop(
    qtbot: QtBot, store: Store
) -> None:
    earlier = fake_engine(store, new_workshop(store, "Platform team", "team"))
    objective = earlier.okrs.add_objective("Every team ships on its own")
    krs = [
        earlier.okrs.add_key_result(objective, text)
        for text in ("Self-service environments for 8 of 10 teams", "Pipeline waits under 5 min")
    ]
    earlier.okrs.pick_key_results(objective, krs)

    context = room(store)
    page = open_page(qtbot, context)
    assert page.bring_in.isVisible()
    qtbot.mouseClick(page.bring_in, Qt.MouseButton.LeftButton)
    assert not page.bring_in.isVisible()
    (box,) = page.boxes
    assert box.text.text() == "Every team ships on its own"
    assert [row.text.text() for row in box.rows] == [
        "Self-service environments for 8 of 10 teams",
        "Pipeline waits under 5 min",
    ]
    assert len(fresh(context).scoring.past_objectives()) == 1

    context.undo_stack.undo()
    assert page.boxes == [] and page.bring_in.isVisible()
    assert fresh(context).scoring.past_objectives() == []
    context.undo_stack.redo()
    assert [kr.text for kr in fresh(context).scoring.past_objectives()[0].key_results][1] == (
        "Pipeline waits under 5 min"
    )


def test_rewording_saves_once_and_an_empty_text_is_refused_in_place(
    qtbot: QtBot, store: Store
) -> None:
    context = room(store)
    past = context.engine.scoring.add_past_objective("Fewer pages at night")
    context.engine.scoring.add_past_key_result(past, "Night pages from 30 to 10")
    page = open_page(qtbot, context)
    row = page.boxes[0].rows[0]
    row.text.selectAll()
    qtbot.keyClicks(row.text, "Night pages from 30 to 8")
    qtbot.keyClick(row.text, Qt.Key.Key_Return)
    assert context.undo_stack.count() == 1
    assert fresh(context).scoring.past_objectives()[0].key_results[0].text == (
        "Night pages from 30 to 8"
    )

    objective_text = page.boxes[0].text
    objective_text.selectAll()
    qtbot.keyClick(objective_text, Qt.Key.Key_Delete)
    qtbot.keyClick(objective_text, Qt.Key.Key_Return)
    assert page.banner.isVisible()
    assert "Write something" in page.banner.text()
    assert objective_text.text() == "Fewer pages at night"
    assert fresh(context).scoring.past_objectives()[0].text == "Fewer pages at night"


def test_removing_an_objective_can_be_undone(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    past = context.engine.scoring.add_past_objective("Costs we can explain")
    kr = context.engine.scoring.add_past_key_result(past, "Cost per tenant known for 5 services")
    context.engine.scoring.score(kr, 0.9)
    page = open_page(qtbot, context)
    qtbot.mouseClick(page.boxes[0].remove, Qt.MouseButton.LeftButton)
    assert page.boxes == []
    assert fresh(context).scoring.past_objectives() == []
    context.undo_stack.undo()
    assert page.boxes[0].rows[0].chip.text() == "Delivered"
    assert fresh(context).scoring.past_objectives()[0].key_results[0].score == 0.9
