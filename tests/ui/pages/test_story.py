"""The OKR story: five boxes per objective, and the thread the objective came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import focus, show_made
from tests.ui.pages.workshop_room import fresh, room
from ui.commands import UndoStack
from ui.pages import story
from ui.pages.context import PageContext
from ui.pages.story import StoryPage
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext) -> StoryPage:
    return show_made(qtbot, story.make_page(context, "okr_story"), StoryPage, 1600, 900)


def choose(qtbot: QtBot, page: StoryPage, row: int) -> None:
    """Pick an objective with the keyboard, as a facilitator would."""
    focus(qtbot, page.chooser.combo)
    while page.chooser.combo.currentIndex() < row:
        qtbot.keyClick(page.chooser.combo, Qt.Key.Key_Down)


def test_each_objective_has_its_story_and_its_thread(qtbot: QtBot, store: Store) -> None:
    example = okr_example.with_story(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = open_page(qtbot, context)

    assert page.chooser.combo.currentText() == (
        "1. Shipping is calm and routine for every product team"
    )
    assert page.fields["character"].toPlainText() == (
        "Priya, who builds the checkout for a product team"
    )
    assert page.origin.isVisible()
    assert "“Friday releases kept being rolled back on Monday”" in page.origin_text.text()
    assert "didn't go well" in page.origin_text.text()

    choose(qtbot, page, 1)
    assert page.fields["character"].toPlainText() == ""
    assert page.origin_text.text() == (
        "The post-it “Product teams set up what they need without waiting for us”, prompted "
        "by last cycle's key result “Cut build time from 25 to 8 minutes” "
        "(scored 0.2, failed to deliver)."
    )

    focus(qtbot, page.fields["character"])
    qtbot.keyClicks(page.fields["character"], "A new hire on a product team")
    assert context.undo_stack.count() == 0
    focus(qtbot, page.fields["goal"])
    qtbot.keyClicks(page.fields["goal"], "A test environment on day one")
    qtbot.keyClick(page.fields["goal"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert context.undo_stack.count() == 2

    second = example.objectives[1]
    saved = fresh(context).okrs.story(second)
    assert saved.character == "A new hire on a product team"
    assert saved.goal == "A test environment on day one"
    assert fresh(context).okrs.story(example.objectives[0]).goal == (
        "Ship a fix on the same afternoon a customer reports the bug"
    )

    choose(qtbot, page, 2)
    assert not page.origin.isVisible()
    assert page.fields["goal"].toPlainText() == ""

    context.undo_stack.undo()
    assert fresh(context).okrs.story(second).goal == ""
    context.undo_stack.undo()
    assert fresh(context).okrs.story(second).character == ""


def test_without_objectives_the_story_is_the_teams(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context)
    assert not page.chooser.isVisible()
    assert page.no_objective.isVisible()
    focus(qtbot, page.fields["obstacle"])
    qtbot.keyClicks(page.fields["obstacle"], "Nobody owns the build")
    focus(qtbot, page.fields["resolution"])
    assert fresh(context).okrs.story(None).obstacle == "Nobody owns the build"
