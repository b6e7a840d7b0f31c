"""The retrospective boards: notes added, edited, moved by keyboard and by drop, deleted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.pages.okr_pages import show_made
from tests.ui.pages.workshop_room import fresh, room
from ui.pages import retro
from ui.pages.context import PageContext
from ui.pages.retro import NoteColumn, NotesModel, RetroPage
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext, kind: str = "retrospective") -> RetroPage:
    return show_made(qtbot, retro.make_page(context, kind), RetroPage, 1920, 1080)


def add_note(qtbot: QtBot, column: NoteColumn, text: str) -> None:
    qtbot.keyClicks(column.new_note, text)
    qtbot.keyClick(column.new_note, Qt.Key.Key_Return)


def shown(column: NoteColumn) -> list[str]:
    model = column.model
    return [
        model.data(model.index(row), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def stored(context: PageContext, moment: str = "opening") -> dict[str, list[str]]:
    notes: dict[str, list[str]] = {}
    items = sorted(fresh(context).boards.retro_items(moment), key=lambda i: i.position)
    for item in items:
        notes.setdefault(item.column, []).append(item.text)
    return notes


def select(qtbot: QtBot, column: NoteColumn, row: int) -> None:
    rect = column.view.visualRect(column.model.index(row))
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def one_note_clicked(qtbot: QtBot, context: PageContext, column_name: str, text: str) -> NoteColumn:
    """The opening retro with one note in this column, clicked; the column is returned."""
    context.engine.boards.add_retro_item("opening", column_name, text)
    column = open_page(qtbot, context).columns[column_name]
    select(qtbot, column, 0)
    return column


def test_notes_are_added_to_the_columns_of_the_opening_retro(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    assert page.board == "look_back"
    add_note(qtbot, page.columns["went_well"], "Pairing on the pipeline rewrite")
    add_note(qtbot, page.columns["went_well"], "Blameless reviews after incidents")
    add_note(qtbot, page.columns["went_badly"], "Too many urgent side requests")
    add_note(qtbot, page.columns["learned"], "Small releases are easier to roll back")

    assert shown(page.columns["went_well"]) == [
        "Pairing on the pipeline rewrite",
        "Blameless reviews after incidents",
    ]
    assert page.columns["went_well"].header.text() == "Went well  (2)"
    assert page.columns["went_well"].new_note.text() == ""
    assert stored(context) == {
        "went_well": ["Pairing on the pipeline rewrite", "Blameless reviews after incidents"],
        "went_badly": ["Too many urgent side requests"],
        "learned": ["Small releases are easier to roll back"],
    }

    qtbot.mouseClick(page.board_buttons["start_stop_continue"], Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == 1
    add_note(qtbot, page.columns["stop"], "Starting work before it is sized")
    assert stored(context)["stop"] == ["Starting work before it is sized"]
    assert page.board_buttons["look_back"].text().endswith("(4)")


def test_the_closing_retro_is_its_own_board(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    context.engine.boards.add_retro_item("opening", "start", "An opening note")
    page = open_page(qtbot, context, "close_retro")
    assert page.board == "start_stop_continue"
    assert shown(page.columns["start"]) == []
    add_note(qtbot, page.columns["continue"], "Timeboxing every step")
    assert stored(context, "closing") == {"continue": ["Timeboxing every step"]}
    assert stored(context, "opening") == {"start": ["An opening note"]}


def test_a_note_is_edited_in_place_and_saved_once(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    column = one_note_clicked(qtbot, context, "learned", "Alerts need owners")
    qtbot.keyClick(column.view, Qt.Key.Key_Return)
    editor = column.view.findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Every alert needs an owner")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown(column) == ["Every alert needs an owner"])
    assert stored(context) == {"learned": ["Every alert needs an owner"]}
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert shown(column) == ["Alerts need owners"]


def test_notes_move_with_the_keyboard_and_the_move_can_be_undone(
    qtbot: QtBot, store: Store
) -> None:
    context = room(store)
    for text in ("Fast code review", "On-call handover notes"):
        context.engine.boards.add_retro_item("opening", "went_well", text)
    context.engine.boards.add_retro_item("opening", "learned", "Write the runbook first")
    page = open_page(qtbot, context)
    well = page.columns["went_well"]

    select(qtbot, well, 0)
    qtbot.keyClick(well.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert shown(well) == ["On-call handover notes", "Fast code review"]
    assert stored(context)["went_well"] == ["On-call handover notes", "Fast code review"]

    qtbot.keyClick(well.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown(well) == ["On-call handover notes"]
    assert shown(page.columns["went_badly"]) == ["Fast code review"]
    assert page.columns["went_badly"].view.hasFocus()

    qtbot.keyClick(
        page.columns["went_badly"].view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier
    )
    assert shown(page.columns["learned"]) == ["Fast code review", "Write the runbook first"]
    assert stored(context)["learned"] == ["Fast code review", "Write the runbook first"]

    context.undo_stack.undo()
    context.undo_stack.undo()
    assert stored(context) == {
        "went_well": ["On-call handover notes", "Fast code review"],
        "learned": ["Write the runbook first"],
    }
    assert shown(well) == ["On-call handover notes", "Fast code review"]


def test_a_dropped_note_lands_where_it_was_dropped(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    first = context.engine.boards.add_retro_item("opening", "went_badly", "Flaky tests")
    context.engine.boards.add_retro_item("opening", "learned", "Measure before tuning")
    context.engine.boards.add_retro_item("opening", "learned", "Ask the users early")
    page = open_page(qtbot, context)
    source = page.columns["went_badly"].model
    target = page.columns["learned"].model
    data = source.mimeData([source.index(0)])
    target.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: target.rowCount() == 3)
    assert shown(page.columns["learned"]) == [
        "Measure before tuning",
        "Flaky tests",
        "Ask the users early",
    ]
    assert stored(context) == {
        "learned": ["Measure before tuning", "Flaky tests", "Ask the users early"]
    }
    moved = next(i for i in fresh(context).boards.retro_items("opening") if i.id == first)
    assert (moved.column, moved.text) == ("learned", "Flaky tests")


def test_delete_removes_a_note_and_undo_puts_it_back(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    column = one_note_clicked(qtbot, context, "went_badly", "Meetings ran long")
    qtbot.keyClick(column.view, Qt.Key.Key_Delete)
    assert shown(column) == []
    assert stored(context) == {}
    context.undo_stack.undo()
    assert shown(column) == ["Meetings ran long"]
    assert stored(context) == {"went_badly": ["Meetings ran long"]}


def test_an_empty_note_is_refused_in_place(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    qtbot.keyClick(page.columns["learned"].new_note, Qt.Key.Key_Return)
    assert page.banner.isVisible() and "Type the note first" in page.banner.text()
    assert stored(context) == {}


def test_the_notes_model_is_a_sound_qt_model(qtmodeltester: object, store: Store) -> None:
    context = room(store)
    context.engine.boards.add_retro_item("opening", "learned", "One")
    context.engine.boards.add_retro_item("opening", "learned", "Two")
    model = NotesModel("learned")
    model.set_items(context.engine.boards.retro_items("opening"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1), retro.ITEM_ID_ROLE) is not None
