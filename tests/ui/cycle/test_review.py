"""The end of the cycle on screen, and the next workshop it starts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from facilitation.engine import WorkshopEngine
from tests.clocks import fake_engine
from tests.ui.cycle.conftest import focused, type_here
from ui.cycle.review import ReviewPage
from ui.cycle.trends import TrendsPage
from ui.cycle.window import CycleWindow


def engine_of(window: CycleWindow) -> WorkshopEngine:
    return fake_engine(window.context.store, window.workshop_id)


def checked_in(window: CycleWindow) -> None:
    """Twelve weeks recorded: KR 1.1 (30% to 70%) ends at 54%, 1.2 (120 to 60) at 62."""
    cycle = engine_of(window).cycle
    for number, actuals, confidence in (("1.1", (32, 40, 54), 0.4), ("1.2", (110, 90, 62), 0.7)):
        kr = cycle.key_result(number)
        for week, actual in zip((1, 6, 12), actuals, strict=True):
            cycle.check_in(kr.id, week, confidence, f"{actual}")
    window.review.refresh()
    window.trends.refresh()


def review_page(qtbot: QtBot, window: CycleWindow) -> ReviewPage:
    qtbot.keyClick(window.tabs, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    page = window.review
    assert isinstance(page, ReviewPage) and window.tabs.currentWidget() is page
    return page


def test_the_trends_point_out_what_to_talk_about(qtbot: QtBot, cycle_window: CycleWindow) -> None:
    checked_in(cycle_window)
    qtbot.keyClick(cycle_window.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    page = cycle_window.trends
    assert isinstance(page, TrendsPage)
    assert page.watch.text() == "Talk about: 1.1 (confidence 0.4, behind the line)"
    assert page.list.item(0).text().startswith("⚠ 1.1")
    assert not page.list.item(1).text().startswith("⚠")
    assert page.title.text().startswith("KR 1.1: Internal tool adoption")
    page.list.setCurrentRow(1)
    assert page.title.text() == "KR 1.2: Support tickets a month from 120 to 60"
    actual, line = [item for item in page.chart.actual_plot.listDataItems()][::-1]
    assert list(actual.getData()[1]) == [110.0, 90.0, 62.0]
    assert list(line.getData()[1]) == [120.0, 60.0]


def test_the_room_scores_each_kr_with_a_suggestion_to_accept(
    qtbot: QtBot, cycle_window: CycleWindow
) -> None:
    checked_in(cycle_window)
    page = review_page(qtbot, cycle_window)
    first, second = page.rows[:2]
    assert first.hint.text() == "last actual 54 (target 70 %) · suggested score 0.6"
    assert first.score.placeholderText() == "0.6?"
    assert focused() is first.score
    type_here(qtbot, "0.5")
    type_here(qtbot, "Adoption stalled after the reorg")
    assert first.verdict.text() == "Fell short"
    qtbot.mouseClick(page.use_suggestions, Qt.MouseButton.LeftButton)
    assert second.score.text() == "1.0"
    assert second.verdict.text() == "Exceeded"
    assert page.objective_labels[0][0].text() == "objective score 0.75"
    cycle = engine_of(cycle_window).cycle
    assert [cycle.key_result(n).final_score for n in ("1.1", "1.2", "1.3")] == [0.5, 1.0, None]
    assert cycle.key_result("1.1").review_note == "Adoption stalled after the reorg"
    cycle_window.undo_action.trigger()
    assert second.score.text() == ""
    assert engine_of(cycle_window).cycle.key_result("1.2").final_score is None


def test_the_next_cycle_starts_with_its_score_step_filled(
    qtbot: QtBot, cycle_window: CycleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked_in(cycle_window)
    page = review_page(qtbot, cycle_window)
    page.rows[0].score.setFocus()
    type_here(qtbot, "0.5")
    editor = page.answers["adjust"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Fewer key results, each with an owner")
    column = page.columns["stop"]
    qtbot.keyClicks(column.new, "Status decks on Fridays")
    qtbot.keyClick(column.new, Qt.Key.Key_Return)
    qtbot.keyClicks(page.columns["start"].new, "Demo days")
    qtbot.keyClick(page.columns["start"].new, Qt.Key.Key_Return)
    settled = page.columns["start"].list.item(0)
    settled.setCheckState(Qt.CheckState.Unchecked)
    assert [i.open for i in engine_of(cycle_window).cycle.review_items()] == [True, False]

    opened: list[int] = []
    cycle_window.openWorkshopRequested.connect(opened.append)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (args[4], True))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert not page.next_button.isEnabled()
    assert f"workshop {opened[0]}" in page.next_line.text()

    following = fake_engine(cycle_window.context.store, opened[0])
    assert following.cycle.info().label == "Q2 2027"
    past = following.scoring.past_objectives()
    assert [kr.score for kr in past[0].key_results] == [0.5, 1.0, None, None]
    assert past[0].text == "R&D <platform> is the team others ask for"
    assert [(i.column, i.text) for i in following.boards.retro_items("opening")] == [
        (
            "learned",
            "What will we do differently in the next cycle? Fewer key results, each with an owner",
        ),
        ("stop", "Status decks on Fridays"),
    ]
