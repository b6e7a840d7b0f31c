"""The start screen: create a workshop by typing, reopen one, open another file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from facilitation.workshops import new_workshop
from ui.main_window import MainWindow
from ui.start_screen import StartScreen
from workshop.models import Workshop
from workshop.store import Store, open_store


def start_screen(window: MainWindow) -> StartScreen:
    assert window.start_screen is not None
    return window.start_screen


def test_creating_a_workshop_by_typing_opens_its_cockpit(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    form = start_screen(window).form
    qtbot.keyClicks(form.team, "Customer support")
    qtbot.keyClicks(form.mission, "Answer every customer within a day")
    qtbot.keyClicks(form.cycle, "Q1 2027")
    form.dates.setChecked(True)
    form.template.setCurrentIndex(form.template.findData("team"))
    qtbot.keyClicks(form.rows[0].name, "Amara")
    qtbot.mouseClick(form.add_person, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is form.rows[1].name
    qtbot.keyClicks(form.rows[1].name, "Bruno")
    form.rows[1].role.setCurrentIndex(form.rows[1].role.findData("sponsor"))
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)

    cockpit = window.cockpit
    assert cockpit is not None
    assert window.windowTitle() == "Customer support · Q1 2027 — OKR Workshop"
    assert cockpit.model.rowCount() == 5
    with store.reading() as session:
        workshop = session.get(Workshop, cockpit.workshop_id)
        assert workshop is not None
        assert workshop.mission == "Answer every customer within a day"
        assert str(workshop.cycle_start) == "2027-01-01"
        assert str(workshop.cycle_end) == "2027-03-31"
        assert [(p.name, p.role) for p in workshop.participants] == [
            ("Amara", "facilitator"),
            ("Bruno", "sponsor"),
        ]
        assert workshop.last_opened_at is not None


def test_a_workshop_without_a_team_is_refused_in_place(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    form = start_screen(window).form
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert form.error.isVisible()
    assert form.error.text() == "Give the team a name."
    assert window.cockpit is None
    assert QApplication.focusWidget() is form.team


def test_the_same_person_twice_is_refused(qtbot: QtBot, window: MainWindow) -> None:
    form = start_screen(window).form
    qtbot.keyClicks(form.team, "Design")
    qtbot.keyClicks(form.rows[0].name, "Amara")
    form.add_person.click()
    qtbot.keyClicks(form.rows[1].name, "amara")
    form.create_button.click()
    assert form.error.text() == "amara is in the list twice: give each person one line."


def test_the_list_shows_where_each_workshop_stopped_and_enter_opens_it(
    qtbot: QtBot,
    make_window: Callable[[Store], MainWindow],
    store: Store,
) -> None:
    first = new_workshop(store, "Platform team", "executive", cycle_label="Q1 2027")
    new_workshop(store, "Support", "team")
    window = make_window(store)
    screen = start_screen(window)
    model = screen.model
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(2)]
    assert ["Platform team", "Q1 2027", "Never", "Score last cycle (0 of 14 steps done)"] in rows
    assert ["Support", "—", "Never", "OKR refresher (0 of 5 steps done)"] in rows
    row = next(r for r in range(2) if model.data(model.index(r, 0)) == "Platform team")
    screen.table.setFocus()
    screen.table.selectRow(row)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert window.cockpit is not None
    assert window.cockpit.workshop_id == first

    window.show_start()
    assert window.cockpit is None
    assert model.data(model.index(0, 0)) == "Platform team", "last opened comes first"
    assert str(model.data(model.index(0, 2))).startswith("Today")


def test_opening_another_file_lists_its_workshops(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other_path = tmp_path / "design-team.sqlite"
    other = open_store(other_path)
    new_workshop(other, "Design", "team")
    other.close()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other_path), "")
    )
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    screen = start_screen(window)
    assert screen.model.data(screen.model.index(0, 0)) == "Design"
    assert screen.location.text() == f"File: {other_path}"
    assert window.preferences.recent_files[0] == str(other_path)
    window.close()


def test_a_file_that_is_not_a_workshop_file_is_refused_and_the_open_one_stays(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = tmp_path / "notes.sqlite"
    notes.write_text("shopping list")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(notes), ""))
    start_screen(window).open_file.click()
    screen = start_screen(window)
    assert screen.problem.isVisible()
    assert "is not an OKR Workshop file" in screen.problem.text()
    assert window.store is store
    assert notes.read_text() == "shopping list"
