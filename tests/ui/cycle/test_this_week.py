"""This week's check-in, typed with the keyboard: a whole cycle of twelve weeks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitation.engine import WorkshopEngine
from tests.clocks import fake_engine
from tests.ui.cycle.conftest import focused, type_here
from ui.cycle.this_week import WeekPage
from ui.cycle.window import CycleWindow

CONFIDENCE_KEYS = {"1": 1.0, "7": 0.7, "4": 0.4, "0": 0.0}


def fresh(window: CycleWindow) -> WorkshopEngine:
    return fake_engine(window.context.store, window.workshop_id)


@pytest.fixture
def page(cycle_window: CycleWindow) -> WeekPage:
    """The cycle window's page for this week's check-in."""
    assert isinstance(cycle_window.week, WeekPage)
    return cycle_window.week


def choose_week(qtbot: QtBot, page: WeekPage, week: int) -> None:
    page.week_box.setFocus()
    page.week_box.selectAll()
    qtbot.keyClicks(page.week_box, str(week))
    assert page.week_box.value() == week


def test_the_page_opens_on_this_week_of_the_cycle(page: WeekPage) -> None:
    assert page.week_box.text() == "Week 3 of 12"
    assert [row.number.text() for row in page.rows][:5] == ["1.1", "1.2", "1.3", "1.4", "2.1"]
    assert page.rows[0].text.text() == "Internal tool adoption from 30% to 70%"
    assert "30 → 70 %, on the line this week: 40" in page.rows[0].hint.text()


def test_twelve_weeks_of_three_objectives_are_typed_by_keyboard(
    qtbot: QtBot, cycle_window: CycleWindow, page: WeekPage
) -> None:
    keys = list(CONFIDENCE_KEYS)
    for week in range(1, 13):
        choose_week(qtbot, page, week)
        page.rows[0].actual.setFocus()
        for index, row in enumerate(page.rows):
            assert focused() is row.actual, f"week {week}, KR {row.kr.number}"
            type_here(qtbot, str(week * 10 + index))
            type_here(qtbot, keys[(week + index) % 4])
            type_here(qtbot, "on track" if index == 0 else "")
    objectives = fresh(cycle_window).cycle.objectives()
    krs = [kr for o in objectives for kr in o.key_results]
    assert len(krs) == 12
    for index, kr in enumerate(krs):
        assert sorted(kr.checkins) == list(range(1, 13))
        for week, entry in kr.checkins.items():
            assert entry.actual == str(week * 10 + index)
            assert entry.confidence == CONFIDENCE_KEYS[keys[(week + index) % 4]]
    assert krs[0].checkins[5].note == "on track"
    # Each entry was one action: three per key result the first time a week is typed.
    assert cycle_window.undo_stack.count() == 12 * 12 * 2 + 12


def test_confidence_reads_as_the_scale_and_undo_takes_it_back(
    qtbot: QtBot, cycle_window: CycleWindow, page: WeekPage
) -> None:
    row = page.rows[1]
    row.confidence.setFocus()
    type_here(qtbot, "7", then="Return")
    assert row.confidence.text() == "0.7"
    assert row.chip.text() == "Likely"
    assert focused() is row.note
    assert fresh(cycle_window).cycle.key_result("1.2").checkins[3].confidence == 0.7
    cycle_window.undo_action.trigger()
    assert (row.confidence.text(), row.chip.text()) == ("", "")
    assert fresh(cycle_window).cycle.key_result("1.2").checkins == {}
    cycle_window.redo_action.trigger()
    assert row.confidence.text() == "0.7"


def test_a_confidence_off_the_scale_is_refused_and_kept_to_correct(
    qtbot: QtBot, cycle_window: CycleWindow, page: WeekPage
) -> None:
    row = page.rows[0]
    row.confidence.setFocus()
    type_here(qtbot, "0.5")
    assert page.banner.isVisible()
    assert "type 1, 0.7, 0.4 or 0" in page.banner.text()
    assert row.confidence.text() == "0.5"
    assert fresh(cycle_window).cycle.key_result("1.1").checkins == {}


def test_a_low_confidence_or_lagging_kr_is_pointed_out(qtbot: QtBot, page: WeekPage) -> None:
    row = page.rows[0]
    row.actual.setFocus()
    type_here(qtbot, "31%")
    type_here(qtbot, "7")
    assert row.chip.text() == "⚠ Talk about it"
    assert row.hint.text().endswith("· ⚠ behind the line")
    row.confidence.setFocus()
    row.confidence.selectAll()
    type_here(qtbot, "0")
    assert row.hint.text().endswith("· ⚠ confidence 0, behind the line")


def test_the_weeks_questions_health_and_focus_are_saved(
    qtbot: QtBot, cycle_window: CycleWindow, page: WeekPage
) -> None:
    slowing = page.answers["slowing_us"]
    slowing.setFocus()
    qtbot.keyClicks(slowing, "The test rig is down; R&D <team> waits")
    slowing.insertPlainText(" 加油 🙁")  # typed through an input method
    page.answers["weekly_focus"].setFocus()
    assert fresh(cycle_window).cycle.weekly_note(3)["slowing_us"] == (
        "The test rig is down; R&D <team> waits 加油 🙁"
    )
    qtbot.keyClicks(page.new_metric, "On-call pages")
    qtbot.keyClick(page.new_metric, Qt.Key.Key_Return)
    (health,) = page.health_rows
    assert health.name.text() == "On-call pages"
    health.status.setFocus()
    health.status.setCurrentIndex(3)
    health.status.activated.emit(3)
    assert [(h.name, h.status) for h in fresh(cycle_window).cycle.health()] == [
        ("On-call pages", "red")
    ]
    qtbot.mouseClick(page.health_rows[0].remove, Qt.MouseButton.LeftButton)
    assert page.health_rows == []
    cycle_window.undo_action.trigger()
    assert [h.name.text() for h in page.health_rows] == ["On-call pages"]
