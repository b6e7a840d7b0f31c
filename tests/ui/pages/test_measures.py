"""Write measures: key-result candidates with their numbers, source and live findings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import click_row, focus, rows, show_page
from tests.ui.pages.workshop_room import fresh
from ui.commands import UndoStack
from ui.pages import measures
from ui.pages.context import PageContext
from ui.pages.measures import MeasuresPage
from ui.widgets.okr_rows import CheckedItemsModel
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext, *, closed_by_test: bool = True) -> MeasuresPage:
    page = measures.make_page(context, "write_measures")
    assert isinstance(page, MeasuresPage)
    if closed_by_test:
        show_page(qtbot, page, 1600, 900)
    else:
        page.resize(1600, 900)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
    return page


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    focus(qtbot, widget)
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


def with_candidates(store: Store) -> tuple[okr_example.Example, PageContext]:
    example = okr_example.with_key_results(okr_example.platform_workshop(store))
    return example, PageContext(store, example.workshop_id, example.engine, UndoStack())


def test_a_number_going_the_wrong_way_is_caught_and_fixed(qtbot: QtBot, store: Store) -> None:
    example, context = with_candidates(store)
    page = open_page(qtbot, context)
    assert len(rows(page)) == 6
    assert rows(page)[3] == "4. Reduce rollbacks from 4 to 12 a month\n1 to fix, 1 tip"
    assert rows(page)[4].endswith("1 to fix, 2 to check, 1 tip")

    click_row(qtbot, page, 3)
    editor = page.editor
    assert (editor.baseline.text(), editor.target.text(), editor.unit.text()) == (
        "4",
        "12",
        "rollbacks",
    )
    assert editor.findings.model.rows[0].rule_id == "kr.direction"
    assert [s.cursor.selectedText() for s in editor.text.extraSelections()] == ["Reduce"]

    retype(qtbot, editor.baseline, "12")
    retype(qtbot, editor.target, "4")
    assert not any(f.rule_id == "kr.direction" for f in editor.findings.model.rows)
    assert editor.text.extraSelections() == []
    assert context.undo_stack.count() == 1, "the baseline was saved when the target got focus"
    qtbot.keyClick(editor.target, Qt.Key.Key_Return)
    assert context.undo_stack.count() == 2

    saved = fresh(context).okrs.objective(example.objectives[0]).key_results[3]
    assert (saved.baseline, saved.target) == (12.0, 4.0)
    assert rows(page)[3] == "4. Reduce rollbacks from 4 to 12 a month\n1 tip"

    context.undo_stack.undo()
    assert editor.target.text() == "12"
    assert rows(page)[3].endswith("\n1 to check, 1 tip"), "12 to 12 is no change"
    context.undo_stack.undo()
    assert rows(page)[3].endswith("\n1 to fix, 1 tip")


def test_a_new_candidate_is_added_measured_and_removed(qtbot: QtBot, store: Store) -> None:
    example, context = with_candidates(store)
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.new_key_result, "Teams onboarded to self-service previews")
    qtbot.keyClick(page.new_key_result, Qt.Key.Key_Return)
    assert rows(page)[6].startswith("7. Teams onboarded to self-service previews\n1 to fix")
    assert page.editor.baseline.hasFocus()

    qtbot.keyClicks(page.editor.baseline, "a few")
    qtbot.keyClick(page.editor.baseline, Qt.Key.Key_Return)
    assert page.banner.text() == "The baseline is a number, like 40 or 12.5."
    assert page.editor.baseline.text() == "a few", "what was typed stays to be corrected"
    retype(qtbot, page.editor.baseline, "3")
    qtbot.keyClick(page.editor.baseline, Qt.Key.Key_Return)
    assert page.banner.text() == ""
    retype(qtbot, page.editor.target, "14")
    retype(qtbot, page.editor.unit, "teams")
    retype(qtbot, page.editor.data_source, "Preview environments created, by team")
    focus(qtbot, page.editor.text)

    added = fresh(context).okrs.objective(example.objectives[0]).key_results[6]
    assert (added.baseline, added.target, added.unit, added.data_source) == (
        3.0,
        14.0,
        "teams",
        "Preview environments created, by team",
    )

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(rows(page)) == 6
    assert len(fresh(context).okrs.objective(example.objectives[0]).key_results) == 6
    context.undo_stack.undo()
    assert rows(page)[6].startswith("7. Teams onboarded to self-service previews")
    assert fresh(context).okrs.objective(example.objectives[0]).key_results[6].target == 14.0


def test_a_candidate_on_a_ballot_is_not_removed(qtbot: QtBot, store: Store) -> None:
    example, context = with_candidates(store)
    krs = example.key_results
    example.engine.voting.open_round(
        "key_results", [krs["lead_time"], krs["failures"]], objective_id=example.objectives[0]
    )
    page = open_page(qtbot, context)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "on a ballot" in page.banner.text()
    assert len(fresh(context).okrs.objective(example.objectives[0]).key_results) == 6
    assert len(rows(page)) == 6


def test_another_objective_has_its_own_candidates(
    qtbot: QtBot, store: Store, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    _example, context = with_candidates(store)
    page = open_page(qtbot, context)
    qtmodeltester.check(page.model)
    assert page.model.index(0, 0).data(CheckedItemsModel.KindRole) == "key_result"
    focus(qtbot, page.chooser.combo)
    qtbot.keyClick(page.chooser.combo, Qt.Key.Key_Down)
    assert page.chooser.combo.currentText().startswith("2. Product teams set up")
    assert rows(page) == []
    assert page.nothing_yet.isVisible()
    assert not page.editor.isEnabled()


def test_typing_left_unfinished_is_saved_when_the_page_goes(qtbot: QtBot, store: Store) -> None:
    example, context = with_candidates(store)
    page = open_page(qtbot, context, closed_by_test=False)
    focus(qtbot, page.editor.data_source)
    qtbot.keyClicks(page.editor.data_source, "Pipeline events: ")
    assert context.undo_stack.count() == 0
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert context.undo_stack.count() == 1
    first = fresh(context).okrs.objective(example.objectives[0]).key_results[0]
    assert first.data_source == "Pipeline events: Deploy pipeline events"
    context.undo_stack.undo()
    first = fresh(context).okrs.objective(example.objectives[0]).key_results[0]
    assert first.data_source == "Deploy pipeline events"
