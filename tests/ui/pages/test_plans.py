"""Initiatives per key result with owner and priority, and the communications plan table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from facilitation.engine.okrs import InitiativeView
from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import focus, show_page
from tests.ui.pages.workshop_room import fresh, room
from ui.commands import UndoStack
from ui.pages import plans
from ui.pages.context import PageContext
from ui.pages.plans import CommsPlanPage, InitiativesPage, PlannedKeyResultsModel
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext, kind: str) -> QWidget:
    page = plans.make_page(context, kind)
    show_page(qtbot, page, 1700, 1000)
    return page


def cells(page: InitiativesPage | CommsPlanPage) -> list[list[str]]:
    model = page.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def edit_cell(
    qtbot: QtBot, page: InitiativesPage | CommsPlanPage, row: int, column: int
) -> QWidget:
    """Move to a cell with the keyboard and press F2: the editor that opens has the focus."""
    focus(qtbot, page.table)
    page.table.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is page.table.viewport()
    return editor


def finish_edit(qtbot: QtBot, page: InitiativesPage | CommsPlanPage, editor: QWidget) -> None:
    """Return ends the edit; the table saves it once the editor has closed."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() == QAbstractItemView.State.NoState)


def initiatives_of(context: PageContext, key_result_id: int) -> tuple[InitiativeView, ...]:
    krs = fresh(context).okrs.objectives()[0].key_results
    return next(kr for kr in krs if kr.id == key_result_id).initiatives


def example_context(store: Store) -> tuple[okr_example.Example, PageContext]:
    example = okr_example.with_plans(okr_example.platform_workshop(store))
    return example, PageContext(store, example.workshop_id, example.engine, UndoStack())


def test_initiatives_are_added_edited_and_removed_per_key_result(
    qtbot: QtBot, store: Store, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    example, context = example_context(store)
    page = open_page(qtbot, context, "initiatives")
    assert isinstance(page, InitiativesPage)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.key_results_model)
    assert page.key_results_model.index(0, 0).data() == (
        "Objective 1, KR 1: Median lead time from merge to production falls from 72 hours "
        "to 4 hours\n3 initiatives"
    )
    assert page.key_results_model.index(1, 0).data(PlannedKeyResultsModel.CountRole) == 0
    assert cells(page)[0] == [
        "Canary releases for the three busiest services",
        "Mateo",
        "Must have",
    ]

    page.key_results.setCurrentIndex(page.key_results_model.index(1, 0))
    assert page.chosen_title.text() == "Change failure rate from 18% to 5%"
    assert cells(page) == []
    qtbot.keyClicks(page.new_text, "Pair product teams with us on their first canary")
    page.new_owner.setFocus()
    qtbot.keyClicks(page.new_owner, "Mateo")
    page.new_priority.setCurrentIndex(page.new_priority.findData("must"))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert cells(page) == [
        ["Pair product teams with us on their first canary", "Mateo", "Must have"]
    ]
    assert page.new_text.text() == ""
    assert page.key_results_model.index(1, 0).data().endswith("\n1 initiative")

    owner = edit_cell(qtbot, page, 0, 1)
    assert isinstance(owner, QComboBox)
    owner.setCurrentText("")
    qtbot.keyClicks(owner, "Noor")
    finish_edit(qtbot, page, owner)
    priority = edit_cell(qtbot, page, 0, 2)
    assert isinstance(priority, QComboBox)
    qtbot.keyClicks(priority, "C")
    finish_edit(qtbot, page, priority)
    text = edit_cell(qtbot, page, 0, 0)
    qtbot.keyClick(text, Qt.Key.Key_End)
    qtbot.keyClicks(text, " rollout")
    finish_edit(qtbot, page, text)
    assert cells(page) == [
        ["Pair product teams with us on their first canary rollout", "Noor", "Could have"]
    ]
    failures = example.key_results["failures"]
    (stored,) = initiatives_of(context, failures)
    assert (stored.text, stored.owner, stored.priority) == (
        "Pair product teams with us on their first canary rollout",
        "Noor",
        "could",
    )

    context.undo_stack.undo()
    context.undo_stack.undo()
    assert cells(page)[0][1:] == ["Noor", "Must have"]

    focus(qtbot, page.table)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert cells(page) == []
    assert initiatives_of(context, failures) == ()
    context.undo_stack.undo()
    assert len(cells(page)) == 1


def test_an_initiative_without_words_is_refused(qtbot: QtBot, store: Store) -> None:
    _example, context = example_context(store)
    page = open_page(qtbot, context, "initiatives")
    assert isinstance(page, InitiativesPage)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "Write something on the initiative first."
    assert len(cells(page)) == 3


def test_the_communications_plan_is_a_table_filled_in_place(qtbot: QtBot, store: Store) -> None:
    _example, context = example_context(store)
    page = open_page(qtbot, context, "comms_plan")
    assert isinstance(page, CommsPlanPage)
    assert cells(page)[0] == [
        "Product team leads",
        "Our OKRs, and the one thing we need from each team",
        "Engineering all-hands",
        "Week 1",
        "Kwame",
    ]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "Fill in at least the audience or the message."

    typed = {
        "audience": "Finance partner",
        "message": "What the new release pace means for cloud costs",
        "channel": "Monthly review",
        "when": "Week 4",
        "owner": "Kwame",
    }
    for field, text in typed.items():
        focus(qtbot, page.new[field])
        qtbot.keyClicks(page.new[field], text)
    qtbot.keyClick(page.new["owner"], Qt.Key.Key_Return)
    assert cells(page)[3] == list(typed.values())
    assert page.new["audience"].hasFocus()

    when = edit_cell(qtbot, page, 3, 3)
    qtbot.keyClick(when, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(when, "Week 3")
    finish_edit(qtbot, page, when)
    stored = fresh(context).okrs.comms_items()
    assert stored[3].when == "Week 3"
    assert [item.audience for item in stored] == [
        "Product team leads",
        "Whole engineering floor",
        "Security team",
        "Finance partner",
    ]

    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in cells(page)] == [
        "Product team leads",
        "Security team",
        "Finance partner",
    ]
    context.undo_stack.undo()
    assert cells(page)[1][0] == "Whole engineering floor"
    assert len(fresh(context).okrs.comms_items()) == 4


def test_plans_without_key_results_say_where_they_come_from(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    page = open_page(qtbot, context, "initiatives")
    assert isinstance(page, InitiativesPage)
    assert page.nothing_yet.isVisible()
    assert not page.work.isEnabled()
    comms = open_page(qtbot, context, "comms_plan")
    assert isinstance(comms, CommsPlanPage)
    assert comms.nothing_yet.isVisible()
    assert not comms.remove_button.isEnabled()


def test_key_results_of_unranked_objectives_are_numbered_as_the_sheets_number_them(
    qtbot: QtBot, store: Store
) -> None:
    context = room(store)
    okrs = context.engine.okrs
    for text in ("Releases are boring", "Every team self-serves its databases"):
        objective = okrs.add_objective(text)
        okrs.add_key_result(objective, f"{text}: from 2 teams to 9")
    page = open_page(qtbot, context, "initiatives")
    assert isinstance(page, InitiativesPage)
    labels = [
        str(page.key_results_model.index(row, 0).data()).partition(" Releases")[0]
        for row in range(page.key_results_model.rowCount())
    ]
    assert [label.partition(":")[0] for label in labels] == [
        "Objective 1, KR 1",
        "Objective 2, KR 1",
    ]


def test_the_priority_column_shows_its_words_whole(qtbot: QtBot, store: Store) -> None:
    _example, context = example_context(store)
    page = open_page(qtbot, context, "initiatives")
    assert isinstance(page, InitiativesPage)
    table = page.table
    for size in ((1700, 1000), (900, 700)):
        page.resize(*size)
        QApplication.processEvents()
        assert page.width() == size[0]
        shown = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
        assert "Should have" in shown
        assert table.columnWidth(2) >= table.sizeHintForColumn(2)
        assert table.columnWidth(2) >= table.fontMetrics().horizontalAdvance("Should have")
