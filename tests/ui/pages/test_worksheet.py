"""The embedding OKR worksheet: its twelve fields, the dependency map and the metrics map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import focus, show_made
from tests.ui.pages.workshop_room import fresh
from ui.commands import UndoStack
from ui.pages import worksheet
from ui.pages.context import PageContext
from ui.pages.worksheet import MetricsModel, WorksheetPage
from workshop.snapshot import load_snapshot
from workshop.store import Store


def open_page(qtbot: QtBot, store: Store) -> tuple[WorksheetPage, PageContext]:
    example = okr_example.with_picks(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    assert worksheet.KINDS == ("worksheet",)
    page = show_made(qtbot, worksheet.make_page(context, "worksheet"), WorksheetPage, 1920, 1080)
    return page, context


def test_the_numbered_fields_are_typed_in_and_saved(qtbot: QtBot, store: Store) -> None:
    page, context = open_page(qtbot, store)
    assert page.team_name.text() == "Platform team"
    assert page.mission.toPlainText() == ("Give every product team a fast, safe road to production")
    assert page.time.text() == "not decided yet"

    people = page.fields["people"]
    assert people.toPlainText() == (  # type: ignore[union-attr]
        "Ines (Facilitator), Kwame (Sponsor), Lotte (OKR lead), Mateo (KR lead), Noor (Contributor)"
    ), "field 2 starts from the participants"
    focus(qtbot, people)
    qtbot.keyClick(people, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(people, "All five of us")
    focus(qtbot, page.fields["checkin_cadence"])
    qtbot.keyClicks(page.fields["checkin_cadence"], "Mondays 9:30")
    qtbot.keyClick(page.fields["checkin_cadence"], Qt.Key.Key_Return)
    focus(qtbot, page.time)
    for _ in range(3):
        qtbot.keyClick(page.time, Qt.Key.Key_Up)
    assert page.time.text() == "20 %"
    focus(qtbot, page.fields["hopes"])
    qtbot.keyClicks(page.fields["hopes"], "Fewer surprises")
    focus(qtbot, page.fields["fears"])

    assert page.use_champion.text() == "Use Lotte, the team's OKR champion"
    qtbot.mouseClick(page.use_champion, Qt.MouseButton.LeftButton)
    assert page.fields["okr_champion"].text() == "Lotte"
    assert not page.use_champion.isVisible()

    saved = fresh(context).okrs.worksheet()
    assert saved.people == "All five of us"
    assert saved.checkin_cadence == "Mondays 9:30"
    assert saved.time_on_okr_percent == 20
    assert saved.hopes == "Fewer surprises"
    assert saved.okr_champion == "Lotte"

    context.undo_stack.undo()
    assert page.fields["okr_champion"].text() == ""
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert page.time.text() == "not decided yet"
    assert fresh(context).okrs.worksheet().time_on_okr_percent is None


def test_dependencies_and_metrics_are_mapped(qtbot: QtBot, store: Store, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page, context = open_page(qtbot, store)
    page.new_direction.setCurrentIndex(page.new_direction.findData("they_depend"))
    page.new_strength.setCurrentIndex(page.new_strength.findData("hard"))
    focus(qtbot, page.new_team)
    qtbot.keyClicks(page.new_team, "Mobile")
    qtbot.keyClicks(page.new_description, "Release train dates")
    qtbot.mouseClick(page.add_dependency_button, Qt.MouseButton.LeftButton)
    assert page.dependencies_model.index(0, 0).data() == (
        "Mobile depends on us (hard dependency): Release train dates"
    )
    assert fresh(context).okrs.dependencies()[0].team == "Mobile"
    qtbot.mouseClick(page.add_dependency_button, Qt.MouseButton.LeftButton)
    assert page.banner.text() == "Write something on the team first."

    page.new_metric_kind.setCurrentIndex(page.new_metric_kind.findData("leading"))
    focus(qtbot, page.new_metric)
    qtbot.keyClicks(page.new_metric, "Teams releasing on Fridays")
    qtbot.mouseClick(page.sweet_spot, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.new_metric, Qt.Key.Key_Return)
    page.new_metric_kind.setCurrentIndex(page.new_metric_kind.findData("lagging"))
    qtbot.keyClicks(page.new_metric, "Customer incidents")
    qtbot.keyClick(page.new_metric, Qt.Key.Key_Return)
    leading = page.metric_models["leading"]
    assert leading.index(0, 0).data() == "★ Teams releasing on Fridays"
    assert leading.index(0, 0).data(MetricsModel.SweetSpotRole) is True
    assert page.metric_models["lagging"].index(0, 0).data() == "Customer incidents"
    assert [(m.kind, m.sweet_spot) for m in fresh(context).okrs.metrics()] == [
        ("leading", True),
        ("lagging", False),
    ]
    qtmodeltester.check(leading)
    qtmodeltester.check(page.dependencies_model)

    page.metric_lists["leading"].setCurrentIndex(leading.index(0, 0))
    page.metric_lists["lagging"].setCurrentIndex(page.metric_models["lagging"].index(0, 0))
    assert not page.metric_lists["leading"].currentIndex().isValid()
    qtbot.mouseClick(page.remove_metric_button, Qt.MouseButton.LeftButton)
    assert [m.text for m in fresh(context).okrs.metrics()] == ["Teams releasing on Fridays"]

    page.dependencies.setCurrentIndex(page.dependencies_model.index(0, 0))
    qtbot.mouseClick(page.remove_dependency_button, Qt.MouseButton.LeftButton)
    assert fresh(context).okrs.dependencies() == []
    context.undo_stack.undo()
    assert page.dependencies_model.rowCount() == 1
    context.undo_stack.undo()
    assert page.metric_models["lagging"].rowCount() == 1


def test_the_team_name_and_mission_are_edited_in_field_one(qtbot: QtBot, store: Store) -> None:
    page, context = open_page(qtbot, store)
    focus(qtbot, page.team_name)
    page.team_name.selectAll()
    qtbot.keyClicks(page.team_name, "Platform & Tools")
    qtbot.keyClick(page.team_name, Qt.Key.Key_Return)
    assert fresh_team(context) == "Platform & Tools"
    context.undo_stack.undo()
    assert fresh_team(context) == "Platform team"
    assert page.team_name.text() == "Platform team"


def fresh_team(context: PageContext) -> str:
    return load_snapshot(context.store, context.workshop_id).team
