"""Undo commands: each does one engine action, undoes it, and is stored at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall
from ui import commands
from workshop.store import Store, open_store


@pytest.fixture
def engine(
    qapp: QApplication, store: Store, workshop_id: int, clock: FakeClock, wall: FakeWall
) -> WorkshopEngine:
    return WorkshopEngine(store, workshop_id, clock=clock, wall=wall)


@pytest.fixture
def stack(qapp: QApplication) -> commands.UndoStack:
    return commands.UndoStack()


def titles(engine: WorkshopEngine) -> list[str]:
    return [s.title for s in engine.agenda.steps()]


def current_title(engine: WorkshopEngine) -> str:
    current = engine.agenda.current_step()
    assert current is not None
    return current.title


def test_retiming_records_the_old_minutes_and_undoes_them(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    first = engine.agenda.steps()[0]
    assert stack.run(commands.set_planned_minutes(engine.agenda, first, 25))
    assert engine.agenda.step(first.id).planned_seconds == 25 * 60
    stack.undo()
    assert engine.agenda.step(first.id).planned_seconds == 20 * 60
    stack.redo()
    assert engine.agenda.step(first.id).planned_seconds == 25 * 60
    assert stack.undoText() == "Plan 25 min for “Score last cycle”"


def test_a_refused_command_is_reported_and_left_off_the_stack(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    story = next(s for s in engine.agenda.steps() if s.kind == "okr_story")
    messages: list[str] = []
    stack.failed.connect(messages.append)
    assert not stack.run(commands.set_planned_minutes(engine.agenda, story, 30))
    assert messages == ["“OKR story: connect with the why” can be planned from 0 to 20 minutes."]
    assert stack.count() == 0
    assert engine.agenda.step(story.id).planned_seconds == 10 * 60


def test_next_step_finishes_the_current_one_and_undoes_as_one(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    first = engine.agenda.steps()[0]
    stack.run(commands.next_step(engine.agenda, first, engine.agenda.steps()[1]))
    assert engine.agenda.step(first.id).status == "done"
    assert current_title(engine) == "Retrospective: what we learned"
    stack.undo()
    assert engine.agenda.step(first.id).status == "pending"
    assert current_title(engine) == "Score last cycle"
    assert stack.count() == 1


def test_skipping_the_current_step_moves_on_and_putting_it_back_keeps_the_place(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    first = engine.agenda.steps()[0]
    stack.run(commands.skip_step(engine.agenda, first))
    assert engine.agenda.step(first.id).status == "skipped"
    assert current_title(engine) == "Retrospective: what we learned"
    stack.undo()
    assert engine.agenda.step(first.id).status == "pending"
    assert current_title(engine) == "Score last cycle"


def test_moving_a_step_and_back(engine: WorkshopEngine, stack: commands.UndoStack) -> None:
    before = titles(engine)
    vote = engine.agenda.steps()[3]
    stack.run(commands.move_step(engine.agenda, vote, 0))
    assert titles(engine)[0] == vote.title
    stack.undo()
    assert titles(engine) == before


def test_adding_then_removing_a_step_keeps_its_place_and_time(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    stack.run(commands.add_step(engine.agenda, "Coffee break", 15, 2))
    added = engine.agenda.steps()[2]
    assert added.title == "Coffee break"
    stack.undo()
    assert "Coffee break" not in titles(engine)
    stack.redo()
    assert engine.agenda.steps()[2].id == added.id
    stack.run(commands.remove_step(engine.agenda, added))
    assert "Coffee break" not in titles(engine)
    stack.undo()
    assert engine.agenda.step(added.id).planned_seconds == 15 * 60
    assert titles(engine)[2] == "Coffee break"


def test_rename_add_time_and_what_happens_at_zero(
    engine: WorkshopEngine, stack: commands.UndoStack
) -> None:
    first = engine.agenda.steps()[0]
    stack.run(commands.rename_step(engine.agenda, first, "Score Q4"))
    stack.run(commands.add_time(engine.agenda, first, 300))
    stack.run(commands.set_on_zero(engine.agenda, first, "move_on", 60))
    step = engine.agenda.step(first.id)
    assert (step.title, step.added_seconds, step.on_zero) == ("Score Q4", 300, "move_on")
    assert engine.agenda.remaining() == 25 * 60
    for _ in range(3):
        stack.undo()
    step = engine.agenda.step(first.id)
    assert (step.title, step.added_seconds, step.on_zero) == ("Score last cycle", 0, "signal")
    assert engine.agenda.remaining() == 20 * 60


def test_setting_the_end_of_the_day_and_taking_it_back(
    engine: WorkshopEngine, stack: commands.UndoStack, wall: FakeWall
) -> None:
    end = dt.datetime(2026, 11, 23, 11, 0)
    stack.run(commands.set_end_time(engine.agenda, end))
    status = engine.agenda.status()
    assert status.target_end == end
    assert not status.fits
    assert status.suggestions
    stack.undo()
    assert engine.agenda.status().target_end is None


def test_what_was_undone_is_in_the_file(
    store_path: Path, clock: FakeClock, wall: FakeWall, qapp: QApplication
) -> None:
    store = open_store(store_path)
    workshop_id = new_workshop(store, "Support", "team")
    engine = WorkshopEngine(store, workshop_id, clock=clock, wall=wall)
    stack = commands.UndoStack()
    step = engine.agenda.steps()[1]
    stack.run(commands.set_planned_minutes(engine.agenda, step, 45))
    stack.run(commands.set_planned_minutes(engine.agenda, step, 40))
    stack.undo()
    store.close()

    reopened = open_store(store_path)
    again = WorkshopEngine(reopened, workshop_id, clock=clock, wall=wall)
    assert again.agenda.step(step.id).planned_seconds == 45 * 60
    reopened.close()
