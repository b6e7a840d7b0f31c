"""Quality check and refine: rewrite in place, hands up, the criteria, thresholds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import click_row, focus, rows, show_made
from tests.ui.pages.workshop_room import fresh, room
from ui.commands import UndoStack
from ui.pages import quality
from ui.pages.context import PageContext
from ui.pages.quality import QualityPage
from ui.widgets.okr_rows import CheckedItemsModel
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext, kind: str = "quality_check") -> QualityPage:
    return show_made(qtbot, quality.make_page(context, kind), QualityPage, 1800, 1000)


def press(qtbot: QtBot, page: QualityPage, pressed: QAbstractButton) -> None:
    assert pressed.isVisibleTo(page)
    qtbot.mouseClick(pressed, Qt.MouseButton.LeftButton)


def example_context(
    store: Store, stage: okr_example.Stage
) -> tuple[okr_example.Example, PageContext]:
    example = stage(okr_example.platform_workshop(store))
    return example, PageContext(store, example.workshop_id, example.engine, UndoStack())


def test_an_output_is_rewritten_in_place_and_its_findings_clear(qtbot: QtBot, store: Store) -> None:
    example, context = example_context(store, okr_example.with_key_results)
    page = open_page(qtbot, context)
    assert rows(page)[0] == (
        "Objective: Shipping is calm and routine for every product team\n✓ reads well"
    )
    assert rows(page)[5] == "KR 5: Launch the canary release pipeline\n1 to fix, 2 to check, 1 tip"
    assert any("Objective 2 needs more key results" in m for m in page.set_findings.messages())

    click_row(qtbot, page, 5)
    editor = page.key_result_editor
    assert page.editors.currentWidget() is editor
    assert {f.rule_id for f in editor.findings.model.rows} >= {"kr.no_number", "kr.output"}

    focus(qtbot, editor.text)
    editor.text.selectAll()
    qtbot.keyClicks(editor.text, "Services released through canaries grow from 0 to 6")
    live = {f.rule_id for f in editor.findings.model.rows}
    assert "kr.output" not in live
    assert "kr.no_number" not in live
    assert rows(page)[5].startswith("KR 5: Launch the canary"), "saved only when finished"
    qtbot.keyClick(editor.text, Qt.Key.Key_Return)
    assert rows(page)[5].startswith("KR 5: Services released through canaries grow")
    assert "to fix" not in rows(page)[5]
    canary = example.key_results["canary"]
    stored = [kr for kr in fresh(context).okrs.objectives()[0].key_results if kr.id == canary]
    assert stored[0].text == "Services released through canaries grow from 0 to 6"


def test_hands_are_counted_and_the_criteria_answered(qtbot: QtBot, store: Store) -> None:
    example, context = example_context(store, okr_example.with_key_results)
    page = open_page(qtbot, context)
    click_row(qtbot, page, 1)
    outcome = page.ask.hands["outcome_or_output"]
    assert outcome.isVisible()
    assert outcome.verdict.text() == "→ Not counted yet"
    assert not outcome.minus[0].isEnabled()
    for _ in range(3):
        press(qtbot, page, outcome.plus[0])
    press(qtbot, page, outcome.plus[1])
    assert [label.text() for label in outcome.count_labels] == ["3", "1"]
    assert outcome.verdict.text() == "→ Outcome"
    lead_time = fresh(context).okrs.objectives()[0].key_results[0]
    assert (lead_time.outcome_hands, lead_time.output_hands) == (3, 1)
    assert lead_time.outcome_or_output == "outcome"

    leading = page.ask.hands["leading_or_lagging"]
    press(qtbot, page, leading.plus[0])
    press(qtbot, page, leading.plus[1])
    assert leading.verdict.text() == "→ Even: talk it through"

    row = page.ask.rows["key_result"]["results_based"]
    press(qtbot, page, row.yes)
    assert row.yes.isChecked() and not row.no.isChecked()
    press(qtbot, page, page.ask.rows["key_result"]["challenging"].no)
    answers = fresh(context).okrs.answers(key_result_id=example.key_results["lead_time"])
    assert answers == {"results_based": True, "challenging": False}
    press(qtbot, page, row.yes)
    assert not row.yes.isChecked()
    answers = fresh(context).okrs.answers(key_result_id=example.key_results["lead_time"])
    assert answers["results_based"] is None

    context.undo_stack.undo()
    assert row.yes.isChecked()
    for _ in range(4):
        context.undo_stack.undo()
    assert [label.text() for label in outcome.count_labels] == ["3", "1"]
    assert leading.verdict.text() == "→ Not counted yet"

    click_row(qtbot, page, 0)
    assert page.editors.currentWidget() is page.objective_editor
    assert not outcome.isVisible()
    assert not page.ask.rows["key_result"]["results_based"].isVisible()
    inspirational = page.ask.rows["objective"]["inspirational"]
    press(qtbot, page, inspirational.yes)
    objective_answers = fresh(context).okrs.answers(objective_id=example.objectives[0])
    assert objective_answers == {"inspirational": True}


def test_refine_shows_the_picked_key_results_and_their_thresholds(
    qtbot: QtBot, store: Store, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    example, context = example_context(store, okr_example.with_thresholds)
    page = open_page(qtbot, context, "refine")
    assert page.title_label.text() == "Refine the OKR"
    assert [r.split("\n")[0] for r in rows(page)] == [
        "Objective: Shipping is calm and routine for every product team",
        "KR 1: Median lead time from merge to production falls from 72 hours to 4 hours",
        "KR 2: Change failure rate from 18% to 5%",
        "KR 3: Product teams that release on Fridays grow from 2 to 9",
        "KR 4: Rollbacks fall from 12 to 4 a month",
    ]
    assert not page.not_picked.isVisible()
    qtmodeltester.check(page.model)
    assert page.model.index(1, 0).data(CheckedItemsModel.KindRole) == "key_result"

    click_row(qtbot, page, 3)
    thresholds = page.key_result_editor.thresholds
    assert thresholds["success_threshold"].text() == ""
    focus(qtbot, thresholds["success_threshold"])
    qtbot.keyClicks(thresholds["success_threshold"], "9 teams or more")
    qtbot.keyClick(thresholds["success_threshold"], Qt.Key.Key_Tab)
    qtbot.keyClicks(thresholds["partial_threshold"], "5 to 8 teams")
    qtbot.keyClick(thresholds["partial_threshold"], Qt.Key.Key_Return)
    fridays = fresh(context).okrs.objectives()[0].selected_key_results[2]
    assert (fridays.success_threshold, fridays.partial_threshold) == (
        "9 teams or more",
        "5 to 8 teams",
    )
    click_row(qtbot, page, 1)
    assert thresholds["success_threshold"].text() == "4 hours or less"
    assert example.key_results["fridays"] == fridays.id


def test_refine_before_any_pick_shows_every_candidate(qtbot: QtBot, store: Store) -> None:
    _example, context = example_context(store, okr_example.with_key_results)
    page = open_page(qtbot, context, "refine")
    assert page.not_picked.isVisible()
    assert len(rows(page)) == 7


def test_an_empty_workshop_says_what_to_do_first(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, room(store))
    assert page.no_objective.isVisible()
    assert not page.work.isVisible()
