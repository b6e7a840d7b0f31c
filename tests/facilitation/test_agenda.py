"""The agenda engine on a stored workshop: plan, timer, edits and their inverses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitation.agenda import StepPlan, agenda_status, suggest_shortenings
from facilitation.engine.agenda import AgendaEngine
from facilitation.rules import RuleError
from facilitation.timer import ZeroAction
from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall, fake_clocks
from workshop.store import Store, open_store

EXECUTIVE_MINUTES = [20, 20, 20, 10, 20, 10, 10, 10, 10, 20, 10, 20, 20, 20]


def engine_for(store: Store, workshop_id: int, clock: FakeClock, wall: FakeWall) -> AgendaEngine:
    return AgendaEngine(store, workshop_id, clock=clock, wall=wall)


@pytest.fixture
def agenda(store: Store, workshop_id: int, clock: FakeClock, wall: FakeWall) -> AgendaEngine:
    """The executive workshop's agenda, on the test's clocks."""
    return engine_for(store, workshop_id, clock, wall)


def reopened_after_a_crash(
    store_path: Path, clock: FakeClock, wall: FakeWall, seconds_after_the_last_write: float
) -> tuple[Store, int]:
    """The file opened again after its app died with the first step's timer running.

    The timer ran 100 s and was written down; the app was gone for the seconds after that.
    """
    store = open_store(store_path)
    workshop_id = new_workshop(store, "Platform team", "executive")
    agenda = engine_for(store, workshop_id, clock, wall)
    agenda.start()
    clock.advance(100)
    agenda.checkpoint()
    clock.advance(seconds_after_the_last_write)
    store.close()
    return open_store(store_path), workshop_id


def test_the_executive_template_has_every_step_with_its_minutes(agenda: AgendaEngine) -> None:
    steps = agenda.steps()
    assert [s.planned_seconds // 60 for s in steps] == EXECUTIVE_MINUTES
    assert [s.optional for s in steps].count(True) == 1
    assert steps[5].kind == "okr_story" and steps[5].optional
    assert steps[0].current
    assert agenda.status().planned_seconds == sum(EXECUTIVE_MINUTES) * 60


def test_the_team_template_runs_5_55_60_10_20(store: Store) -> None:
    workshop_id = new_workshop(store, "Support", "team")
    steps = AgendaEngine(store, workshop_id, *fake_clocks()).steps()
    assert [s.planned_seconds // 60 for s in steps] == [5, 55, 60, 10, 20]


def test_time_used_survives_closing_and_reopening_the_file(
    store_path: Path, clock: FakeClock, wall: FakeWall
) -> None:
    store = open_store(store_path)
    workshop_id = new_workshop(store, "Platform team", "executive")
    agenda = engine_for(store, workshop_id, clock, wall)
    agenda.start()
    clock.advance(7 * 60 + 12.5)
    agenda.pause()
    store.close()

    reopened = open_store(store_path)
    again = engine_for(reopened, workshop_id, clock, wall)
    assert not again.running, "paused before closing, so paused when reopened"
    assert again.interruption is None
    assert again.used() == pytest.approx(7 * 60 + 12.5)
    assert again.remaining() == pytest.approx(20 * 60 - (7 * 60 + 12.5))
    again.start()
    clock.advance(60)
    assert again.used() == pytest.approx(8 * 60 + 12.5)
    reopened.close()


def test_a_timer_running_at_a_crash_comes_back_running_with_the_time_away_counted(
    store_path: Path, clock: FakeClock, wall: FakeWall
) -> None:
    # The app dies 10 s after its last write and restarts a minute later.
    reopened, workshop_id = reopened_after_a_crash(store_path, clock, wall, 70)
    again = engine_for(reopened, workshop_id, clock, wall)
    assert again.running
    assert again.interruption is None
    assert again.used() == pytest.approx(170)
    clock.advance(30)
    assert again.used() == pytest.approx(200)
    reopened.close()


def test_after_a_long_stop_the_time_away_is_offered_not_counted_unasked(
    store_path: Path, clock: FakeClock, wall: FakeWall
) -> None:
    reopened, workshop_id = reopened_after_a_crash(store_path, clock, wall, 23 * 60)
    again = engine_for(reopened, workshop_id, clock, wall)
    assert not again.running
    assert again.interruption is not None
    assert again.interruption.seconds == pytest.approx(23 * 60)
    assert again.interruption.step_title == "Score last cycle"
    assert again.used() == pytest.approx(100)
    again.resume(count_time_away=True)
    assert again.running and again.interruption is None
    assert again.used() == pytest.approx(100 + 23 * 60)

    declined = engine_for(reopened, workshop_id, clock, wall)
    assert declined.running and declined.interruption is None, "the answer was written"
    reopened.close()


def test_pausing_writes_the_time_used(
    store: Store, workshop_id: int, clock: FakeClock, wall: FakeWall
) -> None:
    agenda = engine_for(store, workshop_id, clock, wall)
    agenda.toggle()
    clock.advance(90)
    assert agenda.toggle() is False
    clock.advance(1000)
    assert engine_for(store, workshop_id, clock, wall).used() == 90


def test_going_on_with_the_clock_running_keeps_it_running(
    agenda: AgendaEngine, clock: FakeClock
) -> None:
    agenda.start()
    clock.advance(25 * 60)
    first = agenda.current_step()
    assert first is not None
    agenda.set_status(first.id, "done")
    next_id = agenda.next_step_id()
    assert next_id is not None
    back = agenda.go_to(next_id)
    clock.advance(60)
    assert agenda.running
    assert agenda.used() == 60
    forth = back()
    assert agenda.current_step() == agenda.step(first.id)
    forth()
    steps = agenda.steps()
    assert steps[0].used_seconds == 25 * 60 and steps[0].status == "done"
    assert agenda.status().drift_seconds == 5 * 60


def test_overtime_counts_up_and_the_step_setting_decides_what_happens(
    agenda: AgendaEngine, clock: FakeClock
) -> None:
    current = agenda.current_step()
    assert current is not None
    agenda.set_on_zero(current.id, "move_on", 30)
    agenda.start()
    clock.advance(20 * 60 - 1)
    assert agenda.zero_action() == ZeroAction.NONE
    clock.advance(11)
    assert agenda.zero_action() == ZeroAction.SIGNAL
    assert agenda.remaining() == -10
    clock.advance(20)
    assert agenda.zero_action() == ZeroAction.MOVE_ON


def test_plus_one_and_plus_five_minutes_are_stored_and_can_be_taken_back(
    store: Store, workshop_id: int, clock: FakeClock, wall: FakeWall
) -> None:
    agenda = engine_for(store, workshop_id, clock, wall)
    current = agenda.current_step()
    assert current is not None
    agenda.add_time(current.id, 60)
    agenda.add_time(current.id, 300)
    assert agenda.remaining() == 26 * 60
    agenda.add_time(current.id, -300)
    assert engine_for(store, workshop_id, clock, wall).remaining() == 21 * 60
    with pytest.raises(RuleError, match="No more added time"):
        agenda.add_time(current.id, -120)


def test_reorder_retime_skip_add_and_remove_steps(agenda: AgendaEngine) -> None:
    ids = [s.id for s in agenda.steps()]
    move_back = agenda.move_step(ids[13], 0)
    assert [s.id for s in agenda.steps()][:2] == [ids[13], ids[0]]
    move_back()
    assert [s.id for s in agenda.steps()] == ids

    retime_back = agenda.set_planned_minutes(ids[1], 35)
    assert agenda.step(ids[1]).planned_seconds == 35 * 60
    unskip = agenda.set_status(ids[5], "skipped")
    assert agenda.status().planned_seconds == (sum(EXECUTIVE_MINUTES) + 15 - 10) * 60
    unskip()
    retime_back()
    assert (agenda.step(ids[1]).planned_seconds, agenda.step(ids[5]).status) == (
        20 * 60,
        "pending",
    )

    new_id = agenda.add_step("Coffee break", 15, index=4)
    assert agenda.steps()[4].title == "Coffee break"
    put_back = agenda.remove_step(new_id)
    assert new_id not in [s.id for s in agenda.steps()]
    put_back()
    assert agenda.steps()[4].id == new_id


def test_removing_the_current_step_moves_to_the_next_and_restoring_puts_it_back(
    agenda: AgendaEngine, clock: FakeClock
) -> None:
    first, second = agenda.steps()[:2]
    agenda.start()
    clock.advance(100)
    put_back = agenda.remove_step(first.id)
    current = agenda.current_step()
    assert current is not None and current.id == second.id
    put_back()
    again = agenda.current_step()
    assert again is not None and again.id == first.id
    assert agenda.used() == 100


@pytest.mark.parametrize(
    ("minutes", "message"),
    [(0, "from 1 to 480 minutes"), (481, "from 1 to 480 minutes")],
)
def test_retiming_refuses_a_length_out_of_range(
    store: Store, workshop_id: int, minutes: int, message: str
) -> None:
    agenda = AgendaEngine(store, workshop_id, *fake_clocks())
    with pytest.raises(RuleError, match=message):
        agenda.set_planned_minutes(agenda.steps()[0].id, minutes)


def test_the_optional_story_step_runs_from_0_to_20_minutes(store: Store, workshop_id: int) -> None:
    agenda = AgendaEngine(store, workshop_id, *fake_clocks())
    story = agenda.steps()[5]
    agenda.set_planned_minutes(story.id, 0)
    agenda.set_planned_minutes(story.id, 20)
    with pytest.raises(RuleError, match="from 0 to 20 minutes"):
        agenda.set_planned_minutes(story.id, 25)


def test_the_projected_end_and_the_late_warning_with_what_to_shorten(
    agenda: AgendaEngine, clock: FakeClock
) -> None:
    agenda.start()
    status = agenda.status()
    assert status.projected_end == dt.datetime(2026, 11, 23, 9, 0) + dt.timedelta(minutes=220)
    assert status.fits and status.suggestions == ()

    clock.advance(50 * 60)
    status = agenda.status()
    assert status.drift_seconds == 30 * 60
    assert not status.fits
    assert status.overrun_seconds == 30 * 60
    first = status.suggestions[0]
    assert (first.title, first.seconds, first.skip) == (
        "OKR story: connect with the why",
        10 * 60,
        True,
    )
    assert sum(s.seconds for s in status.suggestions) >= 30 * 60


def test_a_set_end_time_is_the_target() -> None:
    steps = [StepPlan(1, "A", 600, 0, 0, "pending"), StepPlan(2, "B", 1800, 0, 0, "pending")]
    now = dt.datetime(2026, 1, 1, 16, 0)
    status = agenda_status(steps, 1, 0, now, dt.datetime(2026, 1, 1, 16, 30))
    assert status.projected_end == dt.datetime(2026, 1, 1, 16, 40)
    assert status.overrun_seconds == 600
    assert [(s.title, s.seconds, s.skip) for s in status.suggestions] == [("B", 600, False)]


def test_no_suggestion_shortens_a_step_below_five_minutes() -> None:
    assert suggest_shortenings([StepPlan(1, "Short", 5 * 60, 0, 0, "pending")], 600) == ()
    (only,) = suggest_shortenings([StepPlan(1, "Six", 6 * 60, 0, 0, "pending")], 600)
    assert only.seconds == 60


def test_ahead_when_steps_finish_early() -> None:
    steps = [StepPlan(1, "A", 1200, 0, 600, "done"), StepPlan(2, "B", 600, 0, 0, "pending")]
    status = agenda_status(steps, 2, 0, dt.datetime(2026, 1, 1, 9), None)
    assert status.drift_seconds == -10 * 60
    assert status.fits


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a, s: a.set_status(s, "paused"), "pending, done or skipped"),
        (lambda a, s: a.set_on_zero(s, "explode"), "signal, or signal and move on"),
        (lambda a, s: a.set_on_zero(s, "move_on", 3600), "between 0 and 30 minutes"),
        (lambda a, s: a.rename_step(s, "  "), "Write something"),
        (lambda a, s: a.add_step("Break", 0.5), "from 1 to 480 minutes"),
        (lambda a, s: a.go_to(999_999), "no longer on the agenda"),
    ],
)
def test_agenda_refusals_say_why(
    store: Store, workshop_id: int, call: object, message: str
) -> None:
    agenda = AgendaEngine(store, workshop_id, *fake_clocks())
    with pytest.raises(RuleError, match=message):
        call(agenda, agenda.steps()[0].id)  # type: ignore[operator]


def test_a_step_can_be_renamed_and_its_zero_setting_kept(store: Store, workshop_id: int) -> None:
    agenda = AgendaEngine(store, workshop_id, *fake_clocks())
    step = agenda.steps()[0].id
    rename_back = agenda.rename_step(step, "  Score   Q3  ")
    zero_back = agenda.set_on_zero(step, "move_on", 90)
    view = AgendaEngine(store, workshop_id, *fake_clocks()).step(step)
    assert (view.title, view.on_zero, view.grace_seconds) == ("Score Q3", "move_on", 90)
    rename_back()
    zero_back()
    view = AgendaEngine(store, workshop_id, *fake_clocks()).step(step)
    assert (view.title, view.on_zero, view.grace_seconds) == ("Score last cycle", "signal", 60)


def test_running_over_by_seconds_still_fits() -> None:
    steps = [StepPlan(1, "A", 600, 0, 0, "pending"), StepPlan(2, "B", 1800, 0, 0, "pending")]
    now = dt.datetime(2026, 1, 1, 16, 0)
    status = agenda_status(steps, 1, 0, now, dt.datetime(2026, 1, 1, 16, 39, 30))
    assert status.overrun_seconds == 30
    assert status.fits and status.suggestions == ()


def test_the_end_time_is_kept_and_read_back(store: Store, workshop_id: int) -> None:
    agenda = AgendaEngine(store, workshop_id, *fake_clocks())
    assert agenda.end_time() is None
    no_end = agenda.set_end_time(dt.datetime(2026, 11, 23, 17, 30))
    assert AgendaEngine(store, workshop_id, *fake_clocks()).end_time() == dt.datetime(
        2026, 11, 23, 17, 30
    )
    no_end()
    assert AgendaEngine(store, workshop_id, *fake_clocks()).end_time() is None
