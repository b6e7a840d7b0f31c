"""Draft the objective: live findings while typing, one saved edit when typing is done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import click_row, focus, show_made
from tests.ui.pages.workshop_room import fresh, room
from tests.workshop.samples import HOSTILE_TEXT
from ui.commands import UndoStack
from ui.pages import drafting
from ui.pages.context import PageContext
from ui.pages.drafting import DraftingPage
from ui.widgets.okr_rows import FindingsModel, ObjectivesModel
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext) -> DraftingPage:
    return show_made(qtbot, drafting.make_page(context, "draft_objective"), DraftingPage, 1600, 900)


def test_findings_follow_the_typing_and_the_edit_is_saved_once(qtbot: QtBot, store: Store) -> None:
    example = okr_example.with_objectives(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)

    assert [page.model.data(page.model.index(r, 0)) for r in range(3)] == [
        "1. Shipping is calm and routine for every product team",
        "2. Product teams set up what they need without waiting for us",
        "3. On-call nights are quiet",
    ]
    click_row(qtbot, page, 2)
    editor = page.editor
    assert editor.text.toPlainText() == "On-call nights are quiet"
    assert page.editor.findings.messages() == [
        "Add why this matters: one sentence that tells everyone why it's worth a whole cycle."
    ]

    focus(qtbot, editor.text)
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Stop the pager waking us by using 3 new alert rules")
    messages = " ".join(editor.findings.messages())
    assert '"Stop" frames this' in messages
    assert '"by using" tells us how' in messages
    assert 'Move "3" to a key result' in messages
    marked = [s.cursor.selectedText() for s in editor.text.extraSelections()]
    assert sorted(marked) == sorted(["Stop", "by using", "3"])
    assert context.undo_stack.count() == 0, "typing writes nothing"
    assert fresh(context).okrs.objective(example.objectives[2]).text == "On-call nights are quiet"

    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert context.undo_stack.count() == 1
    saved = fresh(context).okrs.objective(example.objectives[2])
    assert saved.text == "Stop the pager waking us by using 3 new alert rules"

    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "On-call nights are quiet and rested")
    assert not any("Stop" in m for m in editor.findings.messages())
    assert editor.text.extraSelections() == []
    focus(qtbot, editor.why)
    assert context.undo_stack.count() == 2, "leaving the field saves it"
    qtbot.keyClicks(editor.why, "Tired people make the outages longer.")
    focus(qtbot, page.list)
    assert context.undo_stack.count() == 3
    assert editor.findings.messages() == []
    assert editor.findings.all_clear.isVisible()

    again = fresh(context).okrs.objective(example.objectives[2])
    assert (again.text, again.why_it_matters) == (
        "On-call nights are quiet and rested",
        "Tired people make the outages longer.",
    )
    assert page.model.data(page.model.index(2, 0)) == "3. On-call nights are quiet and rested"

    context.undo_stack.undo()
    assert editor.why.toPlainText() == ""
    assert fresh(context).okrs.objective(example.objectives[2]).why_it_matters == ""
    context.undo_stack.undo()
    assert editor.text.toPlainText() == "Stop the pager waking us by using 3 new alert rules"
    context.undo_stack.redo()
    assert editor.text.toPlainText() == "On-call nights are quiet and rested"


def test_an_empty_objective_is_refused_in_place_and_the_typing_kept(
    qtbot: QtBot, store: Store
) -> None:
    example = okr_example.with_objectives(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)
    editor = page.editor
    focus(qtbot, editor.text)
    editor.text.selectAll()
    qtbot.keyClick(editor.text, Qt.Key.Key_Delete)
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert page.banner.text() == "Write something on the objective first."
    assert context.undo_stack.count() == 0
    first = fresh(context).okrs.objective(example.objectives[0])
    assert first.text == "Shipping is calm and routine for every product team"

    qtbot.keyClicks(editor.text, "Releases are calm and routine")
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert page.banner.text() == ""
    assert fresh(context).okrs.objective(example.objectives[0]).text == (
        "Releases are calm and routine"
    )


def test_a_new_objective_is_added_and_chosen(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    assert page.nothing_yet.isVisible()
    assert not page.editor.isEnabled()

    qtbot.keyClicks(page.new_objective, "Every team can see its own costs")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.new_objective.text() == ""
    assert not page.nothing_yet.isVisible()
    assert page.editor.text.toPlainText() == "Every team can see its own costs"
    assert page.editor.why.hasFocus()
    (stored,) = fresh(context).okrs.objectives()
    assert stored.text == "Every team can see its own costs"

    context.undo_stack.undo()
    assert fresh(context).okrs.objectives() == []
    assert page.model.rowCount() == 0
    context.undo_stack.redo()
    assert page.model.rowCount() == 1


def test_the_models_hold_up(qtbot: QtBot, store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    example = okr_example.with_objectives(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)
    page.editor.text.setPlainText("Stop the pager by using 3 alerts")
    assert page.editor.findings.model.rowCount() == 3
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.editor.findings.model)
    first = page.editor.findings.model.index(0, 0)
    assert first.data(FindingsModel.SeverityRole) == "warning"
    assert page.model.index(0, 0).data(ObjectivesModel.RankRole) == 1


def test_marks_land_on_the_right_words_after_emoji_and_other_scripts(
    qtbot: QtBot, store: Store
) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    page.new_objective.insert(HOSTILE_TEXT)  # pasted: keys cannot carry emoji
    qtbot.keyClick(page.new_objective, Qt.Key.Key_Return)
    assert page.model.index(0, 0).data() == "1. " + " ".join(HOSTILE_TEXT.split())
    (stored,) = fresh(context).okrs.objectives()
    assert stored.text == HOSTILE_TEXT

    editor = page.editor
    focus(qtbot, editor.text)
    editor.text.selectAll()
    editor.text.insertPlainText("🚀🚀 مرحبا Stop the pager by using 3 alerts")
    marked = sorted(s.cursor.selectedText() for s in editor.text.extraSelections())
    assert marked == sorted(["Stop", "by using", "3"])
