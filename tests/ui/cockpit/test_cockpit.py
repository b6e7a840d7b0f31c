"""The cockpit with real widgets and the keyboard: timer, agenda, undo, reopening."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from facilitation.timer import TimerPhase
from tests.clocks import STAMPED, FakeClock, FakeWall
from tests.ui.conftest import Beeper, TimePasses
from ui.agenda_model import CURRENT_MARK, MINUTES, STATUS, TITLE
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from workshop.store import Store, open_store


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed wherever the keyboard is, as the facilitator would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def rail_texts(cockpit: Cockpit, column: int) -> list[str]:
    model = cockpit.model
    return [str(model.data(model.index(row, column))) for row in range(model.rowCount())]


def page_title(cockpit: Cockpit) -> str:
    """The current step's title, as the timer bar shows it."""
    return cockpit.timer_bar.step_line.text().rpartition(" · ")[2]


def test_space_runs_the_timer_through_two_minutes_left_and_zero_into_overtime(
    qtbot: QtBot, cockpit: Cockpit, time_passes: TimePasses, beeper: Beeper
) -> None:
    bar = cockpit.timer_bar
    assert bar.clock.text() == "20:00"
    press(qtbot, Qt.Key.Key_Space)
    assert cockpit.engine.agenda.running
    assert cockpit.start_action.text() == "Pause"

    time_passes(18 * 60)
    assert bar.clock.text() == "2:00"
    assert bar.clock.property("phase") == TimerPhase.WARNING.value
    assert bar.time_up.text() == "⚠ Almost time", "the phase reads without its colour too"

    time_passes(2 * 60 + 0.4)
    assert bar.clock.text() == "+0:00"
    assert bar.clock.property("phase") == TimerPhase.OVERTIME.value
    assert bar.time_up.isVisible()
    assert bar.time_up.text() == "Time is up"
    assert bar.property("flash") == "on"
    assert beeper.count == 1

    time_passes(45)
    assert bar.clock.text() == "+0:45"
    assert bar.property("flash") == "off"
    assert beeper.count == 1, "the sound plays once, when the time runs out"
    assert bar.progress.value() == bar.progress.maximum()

    press(qtbot, Qt.Key.Key_Space)
    assert not cockpit.engine.agenda.running
    time_passes(600)
    assert bar.clock.text() == "+0:45", "a paused timer does not move"


def test_muted_time_up_still_shows_but_makes_no_sound(
    qtbot: QtBot, cockpit: Cockpit, time_passes: TimePasses, beeper: Beeper
) -> None:
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.muted
    assert cockpit.mute_action.text() == "Sound off"
    press(qtbot, Qt.Key.Key_Space)
    time_passes(10 * 60)
    time_passes(10 * 60 + 1)
    assert cockpit.timer_bar.time_up.isVisible()
    assert cockpit.time_up_count == 1
    assert beeper.count == 0


def test_plus_one_and_plus_five_give_the_step_more_time_and_undo_takes_it_back(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.timer_bar.clock.text() == "26:00"
    assert rail_texts(cockpit, MINUTES)[0] == "20+6"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.timer_bar.clock.text() == "21:00"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.timer_bar.clock.text() == "20:00"
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_Z, ctrl_shift)
    assert cockpit.timer_bar.clock.text() == "21:00"


def test_ctrl_right_and_left_walk_the_agenda(qtbot: QtBot, cockpit: Cockpit) -> None:
    assert page_title(cockpit) == "Score last cycle"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page_title(cockpit) == "Retrospective: what we learned"
    assert rail_texts(cockpit, STATUS)[:2] == ["Done · 0 min", "Now"]
    assert rail_texts(cockpit, TITLE)[1] == f"{CURRENT_MARK} Retrospective: what we learned"
    assert cockpit.timer_bar.step_line.text().startswith("Step 2 of 14")
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert page_title(cockpit) == "Score last cycle"
    assert not cockpit.previous_action.isEnabled()
    assert cockpit.previous_action.toolTip() == "This is the first step"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rail_texts(cockpit, STATUS)[0] == "Now"


def test_walking_the_whole_agenda_with_the_clock_running(
    qtbot: QtBot, cockpit: Cockpit, clock: FakeClock
) -> None:
    press(qtbot, Qt.Key.Key_Space)
    for _ in range(13):
        clock.advance(60)
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert page_title(cockpit) == "Close and look back on the day"
    assert cockpit.next_action.text() == "Finish"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert not cockpit.engine.agenda.running, "finishing the last step stops the clock"
    assert all(text.startswith("Done") for text in rail_texts(cockpit, STATUS))
    assert "agenda complete" in cockpit.timer_bar.step_line.text()
    assert not cockpit.next_action.isEnabled()


def test_clicking_a_step_in_the_rail_goes_there(qtbot: QtBot, cockpit: Cockpit) -> None:
    rect = cockpit.rail.visualRect(cockpit.model.index(4, TITLE))
    qtbot.mouseClick(cockpit.rail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page_title(cockpit) == "Draft the objective"
    assert rail_texts(cockpit, STATUS)[0] == "", "jumping ahead does not finish a step"


def edit_in_the_rail(
    qtbot: QtBot, key: Qt.Key, editor_type: type[QLineEdit | QSpinBox], text: str
) -> None:
    """Ctrl+Shift and the key open the current step's editor of this type; type, then Return."""
    press(qtbot, key, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = QApplication.focusWidget()
    assert isinstance(editor, editor_type)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    press(qtbot, Qt.Key.Key_Return)


def test_retiming_a_step_in_the_rail_with_the_keyboard(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.rail.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    edit_in_the_rail(qtbot, Qt.Key.Key_M, QSpinBox, "35")
    qtbot.waitUntil(lambda: rail_texts(cockpit, MINUTES)[1] == "35")
    assert cockpit.engine.agenda.steps()[1].planned_seconds == 35 * 60
    assert cockpit.rail_panel.summary.text() == "14 steps · 3 h 55 min planned"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rail_texts(cockpit, MINUTES)[1] == "20"
    assert page_title(cockpit) == "Score last cycle", "retiming another step stays put"


def test_a_refused_retime_shows_why_in_the_banner(qtbot: QtBot, cockpit: Cockpit) -> None:
    story_row = 5
    cockpit.retime(cockpit.model.steps()[story_row].id, 30)
    assert cockpit.banner.isVisible()
    assert cockpit.banner.message.text() == (
        "“OKR story: connect with the why” can be planned from 0 to 20 minutes."
    )
    assert rail_texts(cockpit, MINUTES)[story_row] == "10"
    assert cockpit.undo_stack.count() == 0
    qtbot.mouseClick(cockpit.banner.dismiss, Qt.MouseButton.LeftButton)
    assert not cockpit.banner.isVisible()


def test_renaming_a_step_in_the_rail(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.rail.setFocus()
    edit_in_the_rail(qtbot, Qt.Key.Key_R, QLineEdit, "Score Q4 2026")
    qtbot.waitUntil(lambda: page_title(cockpit) == "Score Q4 2026")
    assert cockpit.engine.agenda.steps()[0].title == "Score Q4 2026"


def test_alt_arrows_reorder_steps_and_undo_puts_them_back(qtbot: QtBot, cockpit: Cockpit) -> None:
    before = rail_texts(cockpit, TITLE)
    cockpit.rail.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = rail_texts(cockpit, TITLE)
    assert after[0] == "What would success look like? Objectives on post-its"
    assert cockpit.engine.agenda.steps()[0].title == after[0]
    assert cockpit.rail.currentIndex().row() == 0, "the moved step stays selected"
    assert not cockpit.move_up_action.isEnabled()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rail_texts(cockpit, TITLE) == before


def test_dragging_a_step_to_another_place(qtbot: QtBot, cockpit: Cockpit) -> None:
    model = cockpit.model
    data = model.mimeData([model.index(13, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index(-1, -1))
    assert rail_texts(cockpit, TITLE)[2] == "Close and look back on the day"
    assert cockpit.undo_stack.undoText() == "Move “Close and look back on the day”"


def test_skipping_the_current_step_moves_on_and_put_back_returns_it(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert rail_texts(cockpit, STATUS)[0] == "Skipped"
    assert page_title(cockpit) == "Retrospective: what we learned"
    cockpit.rail.setFocus()
    press(qtbot, Qt.Key.Key_Up)
    assert cockpit.skip_action.text() == "Put back"
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert rail_texts(cockpit, STATUS)[0] == ""


def test_a_step_set_to_move_on_goes_to_the_next_after_its_grace_minute(
    qtbot: QtBot, cockpit: Cockpit, time_passes: TimePasses
) -> None:
    cockpit.move_on_action.trigger()
    assert cockpit.engine.agenda.steps()[0].on_zero == "move_on"
    press(qtbot, Qt.Key.Key_Space)
    time_passes(20 * 60 - 1)
    time_passes(30)
    assert page_title(cockpit) == "Score last cycle", "the room gets its grace minute"
    time_passes(31)
    assert page_title(cockpit) == "Retrospective: what we learned"
    assert cockpit.engine.agenda.running


def test_the_status_line_says_everything_is_saved(
    qtbot: QtBot, window: MainWindow, cockpit: Cockpit
) -> None:
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.saved.text() == "All changes saved · 09:00"


def test_close_and_reopen_the_same_file_lands_on_the_same_step_and_time(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    store_path: Path,
    clock: FakeClock,
) -> None:
    store = open_store(store_path)
    window = make_window(store)
    assert window.start_screen is not None
    window.start_screen.form.team.setText("Platform team")
    window.start_screen.form.submit()
    cockpit = window.cockpit
    assert cockpit is not None
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(7 * 60 + 12)
    window.close()
    store.close()

    reopened = open_store(store_path)
    again = make_window(reopened)
    assert again.start_screen is not None
    where = again.start_screen.model.data(again.start_screen.model.index(0, 3))
    assert where == "Retrospective: what we learned (1 of 14 steps done)"
    press(qtbot, Qt.Key.Key_Return)
    resumed = again.cockpit
    assert resumed is not None
    assert page_title(resumed) == "Retrospective: what we learned"
    assert resumed.timer_bar.clock.text() == "12:48"
    assert not resumed.engine.agenda.running, "after a restart the timer waits, paused"
    again.close()
    reopened.close()


def test_a_crash_loses_no_time_the_timer_was_running(
    qtbot: QtBot,
    cockpit: Cockpit,
    store_path: Path,
    workshop_id: int,
    clock: FakeClock,
    wall: FakeWall,
) -> None:
    press(qtbot, Qt.Key.Key_Space)
    clock.advance(15)
    cockpit.watch.checkpoint()
    clock.advance(5)
    other = open_store(store_path)
    try:
        from facilitation.engine import WorkshopEngine

        seen = WorkshopEngine(other, workshop_id, clock=clock, wall=wall)
        assert seen.agenda.running
        assert seen.agenda.used() == 20, "15 s written, and the 5 s since counted"
    finally:
        other.close()


def test_every_control_has_a_name_and_tab_reaches_the_timer_and_the_rail(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    page = cockpit.page_area.widget()
    focusable = [
        w
        for w in cockpit.findChildren(QWidget)
        if w.isVisible()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not (page is not None and page.isAncestorOf(w))
    ]
    unnamed = [w for w in focusable if not w.accessibleName()]
    assert not unnamed, [type(w).__name__ + ":" + w.objectName() for w in unnamed]
    cockpit.rail.setFocus()
    reached: list[QWidget] = []
    for _ in range(30):
        press(qtbot, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert widget is not None
        reached.append(widget)
    names = {w.accessibleName() for w in reached}
    assert {"Start", "+1 min", "+5 min", "Next step", "Presenter view", "Agenda"} <= names


def test_undo_and_redo_are_named_after_the_action(qtbot: QtBot, cockpit: Cockpit) -> None:
    assert not cockpit.undo_action.isEnabled()
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.undo_action.text() == "Undo Next step after “Score last cycle”"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.redo_action.text() == "Redo Next step after “Score last cycle”"


def test_an_empty_agenda_says_what_to_do(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    from workshop import commands

    empty = commands.create_workshop(
        store, commands.NewWorkshop(team="Imported", template="team", steps=[], created_at=STAMPED)
    )
    cockpit = window.open_workshop(empty)
    assert cockpit is not None
    assert not cockpit.start_action.isEnabled()
    assert cockpit.start_action.toolTip() == "Add a step to the agenda first"
    assert cockpit.timer_bar.clock.text() == "--:--"


def test_space_on_a_focused_button_presses_it_instead_of_starting_the_timer(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    skip = next(b for b in cockpit.rail_buttons if b.accessibleName() == "Skip")
    skip.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert not cockpit.engine.agenda.running
    assert rail_texts(cockpit, STATUS)[0] == "Skipped"
    cockpit.rail.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert cockpit.engine.agenda.running


def test_going_back_to_a_step_shows_the_page_it_left_without_building_it_again(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    first_page = cockpit.page_area.widget()
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    retro_page = cockpit.page_area.widget()
    assert retro_page is not first_page
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.page_area.widget() is first_page
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.page_area.widget() is retro_page


def test_the_worksheet_opens_from_the_menu_and_joins_the_agenda(
    qtbot: QtBot, window: MainWindow, cockpit: Cockpit
) -> None:
    menu = next(a for a in window.workshop_menu.actions() if a.text() == "Embedding worksheet…")
    menu.trigger()
    assert cockpit.worksheet_window is not None and cockpit.worksheet_window.isVisible()
    assert type(cockpit.worksheet_window.page).__name__ == "WorksheetPage"

    cockpit.add_worksheet_action.trigger()
    steps = cockpit.engine.agenda.steps()
    assert (steps[1].kind, steps[1].title) == ("worksheet", "Embedding OKR worksheet")
    cockpit.go_to(steps[1].id)
    assert type(cockpit.page_area.widget()).__name__ == "WorksheetPage"
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "worksheet" not in [s.kind for s in cockpit.engine.agenda.steps()]


def test_ctrl_b_hides_the_agenda_so_a_wide_page_fits_and_brings_it_back(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    page_width = cockpit.page_stack.width()
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not cockpit.rail_panel.isVisible()
    assert cockpit.timer_bar.isVisible()
    qtbot.waitUntil(lambda: cockpit.page_stack.width() > page_width)
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert cockpit.rail_panel.isVisible()
