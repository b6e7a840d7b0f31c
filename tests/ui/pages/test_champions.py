"""Champions: people as chips onto key results, each person's load, the engine's warnings."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import show_made
from tests.ui.pages.workshop_room import fresh, room
from ui.commands import UndoStack
from ui.pages import champions
from ui.pages.champions import NOBODY, ChampionsPage, KeyResultSlot, PeopleModel
from ui.pages.context import PageContext
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext) -> ChampionsPage:
    return show_made(qtbot, champions.make_page(context, "champions"), ChampionsPage, 1700, 1000)


def pick(qtbot: QtBot, combo: QComboBox, name: str) -> None:
    """Choose a person by typing the first letter of their name, or Home for nobody."""
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    if name == NOBODY:
        qtbot.keyClick(combo, Qt.Key.Key_Home)
    else:
        qtbot.keyClicks(combo, name[0])
    assert combo.currentText() == name


def chips(page: ChampionsPage) -> list[str]:
    model = page.people_model
    return [
        model.index(r, 0).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(model.rowCount())
    ]


def drop_person(page: ChampionsPage, name: str, slot: KeyResultSlot) -> None:
    """What a drag of a chip ends in: the slot receives the person the chip carries."""
    model = page.people_model
    row = next(r for r in range(model.rowCount()) if model.rows[r].name == name)
    data = model.mimeData([model.index(row, 0)])
    event = QDropEvent(
        QPointF(slot.rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    slot.dropEvent(event)
    assert event.isAccepted()


def test_champions_are_picked_and_dropped_and_the_load_shows(qtbot: QtBot, store: Store) -> None:
    example = okr_example.with_picks(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)
    krs = example.key_results
    assert list(page.slots) == [krs["lead_time"], krs["failures"], krs["fridays"], krs["rollbacks"]]
    assert [s.picker.currentText() for s in page.slots.values()] == [
        "Lotte",
        "Mateo",
        "Noor",
        "— nobody yet —",
    ]
    assert chips(page)[2] == "Lotte (OKR lead, the team's OKR champion): 1 key result"
    assert page.warnings_model.rows[0].message == (
        "“Rollbacks fall from 12 to 4 a month” has no champion yet."
    )

    pick(qtbot, page.slots[krs["rollbacks"]].picker, "Lotte")
    assert fresh(context).okrs.champion_load()[example.people["Lotte"]] == 2
    assert chips(page)[2].endswith("2 key results")
    assert page.warnings_model.rowCount() == 0
    assert page.all_clear.isVisible()

    drop_person(page, "Lotte", page.slots[krs["failures"]])
    assert page.slots[krs["failures"]].picker.currentText() == "Lotte"
    assert page.people_model.rows[2].state == "busy"
    assert [w.message for w in page.warnings_model.rows] == [
        "Lotte champions 3 key results: more than 2 is a lot for one person."
    ]

    drop_person(page, "Kwame", page.slots[krs["failures"]])
    stored = {kr.id: kr.champion_id for kr in fresh(context).okrs.objectives()[0].key_results}
    assert stored[krs["failures"]] == example.people["Kwame"]
    assert chips(page)[1] == "Kwame (Sponsor): 1 key result"

    context.undo_stack.undo()
    context.undo_stack.undo()
    stored = {kr.id: kr.champion_id for kr in fresh(context).okrs.objectives()[0].key_results}
    assert stored[krs["failures"]] == example.people["Mateo"]
    assert page.slots[krs["failures"]].picker.currentText() == "Mateo"

    pick(qtbot, page.slots[krs["rollbacks"]].picker, NOBODY)
    stored = {kr.id: kr.champion_id for kr in fresh(context).okrs.objectives()[0].key_results}
    assert stored[krs["rollbacks"]] is None


def test_the_teams_okr_champion_is_chosen(qtbot: QtBot, store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    example = okr_example.with_picks(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)
    assert page.okr_champion.currentText() == "Lotte"
    pick(qtbot, page.okr_champion, "Noor")
    people = {p.name: p.is_okr_champion for p in fresh(context).okrs.participants()}
    assert people == {"Ines": False, "Kwame": False, "Lotte": False, "Mateo": False, "Noor": True}
    assert page.people_model.index(4, 0).data() == "★ Noor"
    assert page.people_model.index(2, 0).data() == "Lotte"
    assert page.people_model.index(4, 0).data(PeopleModel.LoadRole) == 1
    qtmodeltester.check(page.people_model)
    qtmodeltester.check(page.warnings_model)
    context.undo_stack.undo()
    assert page.okr_champion.currentText() == "Lotte"


def test_without_key_results_the_page_says_where_they_come_from(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, room(store))
    assert page.nothing_picked.isVisible()
    assert page.slots == {}
    assert page.people_model.rowCount() == 5


def test_a_chip_keeps_its_width_when_its_load_changes(qtbot: QtBot, store: Store) -> None:
    """A chip that narrowed would leave the end of "no key results yet" on screen."""
    example = okr_example.with_picks(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)
    view = page.people_view
    ines = next(r for r, chip in enumerate(page.people_model.rows) if chip.name == "Ines")
    index = page.people_model.index(ines, 0)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith("no key results yet")
    places = [view.visualRect(page.people_model.index(r, 0)) for r in range(5)]
    words = view.fontMetrics().horizontalAdvance("no key results yet")
    assert places[ines].width() > words

    pick(qtbot, page.slots[example.key_results["rollbacks"]].picker, "Ines")
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(": 1 key result")
    assert [view.visualRect(page.people_model.index(r, 0)) for r in range(5)] == places
