"""The agenda rail's model and the start screen's list: rows, roles and requests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from facilitation.agenda import StepView
from ui.agenda_model import (
    CURRENT_MARK,
    MINUTES,
    STATUS,
    TITLE,
    AgendaModel,
    CurrentRole,
    IdRole,
    StepRole,
)
from ui.start_screen import LAST_OPENED, WHERE, WorkshopListModel, next_quarter
from workshop.commands import WorkshopSummary


def step(position: int, title: str, **changes: object) -> StepView:
    view = StepView(
        id=100 + position,
        position=position,
        kind="custom",
        title=title,
        planned_seconds=20 * 60,
        added_seconds=0,
        used_seconds=0.0,
        status="pending",
        optional=False,
        on_zero="signal",
        grace_seconds=60,
        notes="",
        current=position == 0,
    )
    return dataclasses.replace(view, **changes)


def agenda() -> list[StepView]:
    return [step(0, "Score"), step(1, "Retro"), step(2, "Post-its"), step(3, "Vote")]


def renumbered(steps: list[StepView]) -> list[StepView]:
    return [dataclasses.replace(s, position=i) for i, s in enumerate(steps)]


def test_the_agenda_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = AgendaModel({"current": "#1D4ED8", "muted": "#444444", "done": "#166534"})
    model.set_steps(agenda())
    qtmodeltester.check(model)
    steps = agenda()
    steps[0] = dataclasses.replace(steps[0], status="done", used_seconds=23 * 60, current=False)
    steps[1] = dataclasses.replace(steps[1], current=True)
    model.set_steps(steps)
    model.set_steps(renumbered([steps[2], steps[0], steps[1], steps[3]]))
    model.set_steps(steps[:2])
    qtmodeltester.check(model)


def test_rows_show_title_minutes_status_and_the_current_step() -> None:
    model = AgendaModel()
    steps = agenda()
    steps[1] = dataclasses.replace(steps[1], status="done", used_seconds=23 * 60)
    steps[2] = dataclasses.replace(steps[2], status="skipped", added_seconds=300)
    model.set_steps(steps)

    def shown(row: int, column: int) -> object:
        return model.data(model.index(row, column))

    assert shown(0, TITLE) == f"{CURRENT_MARK} Score"
    assert shown(0, STATUS) == "Now"
    assert shown(1, STATUS) == "Done · 23 min"
    assert shown(2, MINUTES) == "20+5"
    assert shown(2, STATUS) == "Skipped"
    assert model.data(model.index(0, TITLE), CurrentRole) is True
    assert model.data(model.index(3, TITLE), IdRole) == 103
    assert model.data(model.index(3, TITLE), StepRole) == steps[3]
    spoken = model.data(model.index(0, TITLE), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Step 1: Score, 20 minutes, current step"


def test_only_rows_that_changed_are_signalled(qtbot: QtBot) -> None:
    model = AgendaModel()
    model.set_steps(agenda())
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))
    steps = agenda()
    steps[2] = dataclasses.replace(steps[2], planned_seconds=25 * 60)
    model.set_steps(steps)
    model.set_steps(steps)
    assert changed == [2]


def test_a_moved_step_moves_its_row_and_the_selection_follows(qtbot: QtBot) -> None:
    model = AgendaModel()
    model.set_steps(agenda())
    held = QPersistentModelIndex(model.index(3, TITLE))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    steps = agenda()
    with qtbot.waitSignal(model.rowsMoved):
        model.set_steps(renumbered([steps[3], steps[0], steps[1], steps[2]]))
    assert held.row() == 0
    assert not resets
    assert [model.data(model.index(r, MINUTES), IdRole) for r in range(4)] == [103, 100, 101, 102]


def test_editing_minutes_or_title_asks_the_cockpit_instead_of_changing_the_row(
    qtbot: QtBot,
) -> None:
    model = AgendaModel()
    model.set_steps(agenda())
    with qtbot.waitSignal(model.retimeRequested) as retime:
        assert model.setData(model.index(1, MINUTES), 35)
    assert retime.args == [101, 35]
    with qtbot.waitSignal(model.renameRequested) as rename:
        assert model.setData(model.index(1, TITLE), "Lessons learned")
    assert rename.args == [101, "Lessons learned"]
    assert model.data(model.index(1, MINUTES)) == "20"
    assert not model.flags(model.index(1, STATUS)) & Qt.ItemFlag.ItemIsEditable


def test_dropping_a_step_asks_for_a_move_and_leaves_the_rows_to_the_engine(
    qtbot: QtBot,
) -> None:
    model = AgendaModel()
    model.set_steps(agenda())
    data: QMimeData = model.mimeData([model.index(0, TITLE)])
    with qtbot.waitSignal(model.moveRequested) as moved:
        dropped = model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert not dropped
    assert moved.args == [100, 2]
    data = model.mimeData([model.index(3, TITLE)])
    with qtbot.waitSignal(model.moveRequested) as moved:
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(1, TITLE))
    assert moved.args == [103, 1]
    assert model.rowCount() == 4


def summary(workshop_id: int, team: str, **changes: object) -> WorkshopSummary:
    base = WorkshopSummary(
        id=workshop_id,
        team=team,
        cycle_label="Q1 2027",
        template="executive",
        created_at=dt.datetime(2026, 11, 1, 8, 0),
        last_opened_at=None,
        current_step_title="Draft the objective",
        steps_done=4,
        steps_total=14,
    )
    return dataclasses.replace(base, **changes)


def test_the_workshop_list_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = WorkshopListModel(lambda: dt.date(2026, 11, 23))
    model.set_workshops([summary(1, "Platform"), summary(2, "Support", steps_done=14)])
    qtmodeltester.check(model)


def test_the_workshop_list_says_where_each_workshop_stopped() -> None:
    model = WorkshopListModel(lambda: dt.date(2026, 11, 23))
    model.set_workshops(
        [
            summary(1, "Platform"),
            summary(2, "Support", steps_done=14),
            summary(3, "Design", steps_total=0, current_step_title=""),
        ]
    )
    assert model.data(model.index(0, WHERE)) == "Draft the objective (4 of 14 steps done)"
    assert model.data(model.index(1, WHERE)) == "Finished"
    assert model.data(model.index(2, WHERE)) == "No agenda yet"
    assert model.data(model.index(0, LAST_OPENED)) == "Never"


def test_the_next_quarter_is_offered_for_a_new_cycle() -> None:
    assert next_quarter(dt.date(2026, 11, 23)) == (
        "Q1 2027",
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 31),
    )
    assert next_quarter(dt.date(2027, 2, 10)) == (
        "Q2 2027",
        dt.date(2027, 4, 1),
        dt.date(2027, 6, 30),
    )
