"""Importing a table in the window: the preview, the choice over bad rows, one Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.pages.okr_pages import show_made
from tests.ui.pages.workshop_room import fresh, room
from ui.cockpit import Cockpit
from ui.commands import go_to_step
from ui.i18n import install_language
from ui.import_table_dialog import ImportTableDialog
from ui.main_window import MainWindow
from ui.pages import measures, postits, scoring
from ui.pages.measures import MeasuresPage
from ui.pages.postits import PostItPage
from ui.pages.scoring import ScoringPage
from workshop.store import Store

IDEAS = (
    "Idee;Farbe;Autor;Stimmen\n"
    "Releases sind langweilig;blau;Ines;4\n"
    "Jede Woche ausliefern;mauve;;1\n"
    "客户第一天就能部署;grün;;\n"
    "R&D <team> 🚀;;Kwame;\n"
)


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file the facilitator picks in the file dialog (empty: they cancel)."""
    chosen: list[str] = []

    def pick(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (chosen[-1] if chosen else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    return chosen


def preview(dialog: ImportTableDialog) -> list[list[str]]:
    table = dialog.preview
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def problems(dialog: ImportTableDialog) -> list[str]:
    return [dialog.problems.item(r).text() for r in range(dialog.problems.count())]


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def opened(qtbot: QtBot, page: PostItPage | ScoringPage | MeasuresPage) -> ImportTableDialog:
    click(qtbot, page.import_button)
    dialog = page.import_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_post_its_preview_then_the_good_rows_then_one_undo(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    page = show_made(qtbot, postits.make_page(context, "objective_postits"), PostItPage, 1920, 1080)
    path = tmp_path / "ideen.csv"
    path.write_text(IDEAS, encoding="utf-8-sig")
    choose.append(str(path))

    dialog = opened(qtbot, page)
    assert dialog.kind.currentText() == "Post-its"
    assert dialog.summary.text() == ("ideen.csv: 3 rows to add (3 post-its), 1 row with a problem.")
    assert dialog.ignored.text() == "Not imported: the columns “Stimmen”"
    assert preview(dialog) == [
        ["2", "Releases sind langweilig", "Objective", "Blue", "Ines"],
        ["4", "客户第一天就能部署", "Objective", "Green", ""],
        ["5", "R&D <team> 🚀", "Objective", "Yellow", "Kwame"],
    ]
    assert problems(dialog) == [
        "Row 3: “mauve” in “Farbe” is not one of: yellow/gelb, pink/rosa, blue/blau, "
        "green/grün, orange, purple/lila."
    ]
    assert not dialog.add_button.isEnabled()
    click(qtbot, dialog.add_good)
    assert dialog.add_button.isEnabled()
    assert dialog.add_button.text() == "Add 3 post-its"
    click(qtbot, dialog.add_button)

    assert not dialog.isVisible()
    texts = [c.text for c in fresh(context).boards.cards()]
    assert texts == ["Releases sind langweilig", "客户第一天就能部署", "R&D <team> 🚀"]
    assert page.count_label.text() == "3 post-its"
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "Import 3 post-its from ideen.csv"
    context.undo_stack.undo()
    assert fresh(context).boards.cards() == []
    assert page.count_label.text() == "0 post-its"
    context.undo_stack.redo()
    assert [c.text for c in fresh(context).boards.cards()] == texts


def test_cancelling_adds_nothing(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    page = show_made(qtbot, postits.make_page(context, "objective_postits"), PostItPage)
    click(qtbot, page.import_button)
    assert page.import_dialog is None  # the file dialog was cancelled
    path = tmp_path / "ideas.csv"
    path.write_text("Idea\nShip weekly\n", encoding="utf-8")
    choose.append(str(path))
    dialog = opened(qtbot, page)
    assert dialog.add_button.isEnabled()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert not dialog.isVisible()
    assert fresh(context).boards.cards() == []
    assert context.undo_stack.count() == 0


def test_a_damaged_file_says_so_and_offers_nothing_to_add(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    page = show_made(qtbot, scoring.make_page(context, "score_last_cycle"), ScoringPage)
    path = tmp_path / "scores.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    choose.append(str(path))
    dialog = opened(qtbot, page)
    assert dialog.summary.text().startswith("scores.xlsx is not a readable XLSX workbook")
    assert not dialog.add_button.isEnabled()
    assert not dialog.preview.isVisible()
    dialog.close()


def test_last_cycle_from_a_workbook_on_the_scoring_page(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    page = show_made(qtbot, scoring.make_page(context, "score_last_cycle"), ScoringPage, 1920, 1080)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Scores of Q1"],
        ["Objective", "Key result", "Score", "Comment"],
        ["Delight customers", "NPS above 40", 0.7, "close to target"],
        [None, "Replies within 2 hours", "40%", None],
        ["Ship faster", "Deploy every day", "1,0", None],
    ):
        sheet.append(row)
    sheet.merge_cells("A3:A4")
    path = tmp_path / "q1.xlsx"
    book.save(path)
    choose.append(str(path))
    dialog = opened(qtbot, page)
    assert dialog.kind.currentText() == "Last cycle's scores"
    assert preview(dialog) == [
        ["3", "Delight customers (new)", "NPS above 40", "0.7", "close to target"],
        ["4", "Delight customers (new)", "Replies within 2 hours", "0.4", ""],
        ["5", "Ship faster (new)", "Deploy every day", "1.0", ""],
    ]
    assert not dialog.problems.isVisible()
    click(qtbot, dialog.add_button)
    assert [box.text.text() for box in page.boxes] == ["Delight customers", "Ship faster"]
    scored = [(o.text, o.score) for o in fresh(context).scoring.past_objectives()]
    assert scored == [("Delight customers", pytest.approx(0.55)), ("Ship faster", 1.0)]
    context.undo_stack.undo()
    assert fresh(context).scoring.past_objectives() == []
    assert page.boxes == []


def test_key_results_without_an_objective_column_go_to_the_chosen_objective(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    engine = context.engine
    engine.okrs.add_objective("Grow the audience")
    second = engine.okrs.add_objective("Ship faster")
    page = show_made(qtbot, measures.make_page(context, "write_measures"), MeasuresPage, 1600, 900)
    page.chooser.choose(second)
    path = tmp_path / "krs.csv"
    path.write_text(
        'Key result,Baseline,Target,Unit\nDeploys per day,1,5,deploys\nLead time,"10,5",2,days\n',
        encoding="utf-8",
    )
    choose.append(str(path))
    dialog = opened(qtbot, page)
    assert [row[1:3] for row in preview(dialog)] == [
        ["2. Ship faster", "Deploys per day"],
        ["2. Ship faster", "Lead time"],
    ]
    click(qtbot, dialog.add_button)
    [_, shipped] = fresh(context).okrs.objectives()
    assert [(k.text, k.baseline, k.target, k.unit) for k in shipped.key_results] == [
        ("Deploys per day", 1.0, 5.0, "deploys"),
        ("Lead time", 10.5, 2.0, "days"),
    ]


def menu_entry(window: MainWindow) -> QAction:
    return next(a for a in window.workshop_menu.actions() if a.text() == "Import table…")


def test_the_workshop_menu_imports_on_the_current_page_and_ctrl_z_takes_all_of_it_back(
    qtbot: QtBot, window: MainWindow, cockpit: Cockpit, tmp_path: Path, choose: list[str]
) -> None:
    assert cockpit.current() is not None
    assert cockpit.current().kind == "score_last_cycle"  # type: ignore[union-attr]
    path = tmp_path / "q1.csv"
    path.write_text(
        "Objective;Key result;Score\nShip faster;Deploys per day;0,7\n;Lead time;0,3\n",
        encoding="utf-8",
    )
    choose.append(str(path))
    menu_entry(window).trigger()
    [dialog] = cockpit.findChildren(ImportTableDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kind.currentText() == "Last cycle's scores"
    click(qtbot, dialog.add_button)
    engine = cockpit.engine
    assert [len(o.key_results) for o in engine.scoring.past_objectives()] == [2]
    cockpit.setFocus()
    qtbot.keyClick(cockpit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert engine.scoring.past_objectives() == []


def test_on_a_page_without_tables_the_columns_say_what_the_rows_are(
    qtbot: QtBot, window: MainWindow, cockpit: Cockpit, tmp_path: Path, choose: list[str]
) -> None:
    retro = next(s for s in cockpit.engine.agenda.steps() if s.kind == "retrospective")
    cockpit.run(go_to_step(cockpit.engine.agenda, retro))
    path = tmp_path / "krs.csv"
    path.write_text(
        "Objective;Key result;Target\nShip faster;Deploys per day;5\n", encoding="utf-8"
    )
    choose.append(str(path))
    menu_entry(window).trigger()
    dialog = cockpit.import_dialog
    assert isinstance(dialog, ImportTableDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kind.currentText() == "Key results"
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Up)
    assert dialog.kind.currentText() == "Last cycle's scores"
    assert preview(dialog) == [["2", "Ship faster (new)", "Deploys per day", "", ""]]
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    click(qtbot, dialog.add_button)
    assert [o.text for o in cockpit.engine.okrs.objectives()] == ["Ship faster"]
    assert cockpit.engine.scoring.past_objectives() == []


CHAMPIONS = (
    "Ziel;Schlüsselergebnis;Zielwert;Verantwortlich\n"
    "Schneller liefern;Deploys pro Tag;5;lotte\n"
    ";Durchlaufzeit;2;Zoe\n"
    ";Ruhige Bereitschaft;;\n"
)


def test_key_results_bring_their_champions_and_a_stranger_is_the_row_problem(
    qtbot: QtBot, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    context = room(store)
    page = show_made(qtbot, measures.make_page(context, "write_measures"), MeasuresPage, 1600, 900)
    path = tmp_path / "krs.csv"
    path.write_text(CHAMPIONS, encoding="utf-8")
    choose.append(str(path))
    dialog = opened(qtbot, page)
    table = dialog.preview
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headings[-1] == "Champion"
    assert [(row[2], row[-1]) for row in preview(dialog)] == [
        ("Deploys pro Tag", "Lotte"),
        ("Ruhige Bereitschaft", ""),
    ]
    assert problems(dialog) == [
        "Row 3: “Zoe” is not a participant of this workshop: add them to the team first, "
        "or clear the cell."
    ]
    click(qtbot, dialog.add_good)
    click(qtbot, dialog.add_button)
    [objective] = fresh(context).okrs.objectives()
    names = {p.id: p.name for p in fresh(context).okrs.participants()}
    assert [(k.text, names.get(k.champion_id or 0)) for k in objective.key_results] == [
        ("Deploys pro Tag", "Lotte"),
        ("Ruhige Bereitschaft", None),
    ]


def test_the_preview_reads_in_the_window_language(
    qtbot: QtBot, qapp: QApplication, store: Store, tmp_path: Path, choose: list[str]
) -> None:
    install_language(qapp, "de")
    try:
        context = room(store)
        page = show_made(
            qtbot, measures.make_page(context, "write_measures"), MeasuresPage, 1600, 900
        )
        path = tmp_path / "krs.csv"
        path.write_text(CHAMPIONS, encoding="utf-8")
        choose.append(str(path))
        dialog = opened(qtbot, page)
        table = dialog.preview
        headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        kind = dialog.kind.currentText()
        shown = preview(dialog)
        summary = dialog.summary.text()
        click(qtbot, dialog.add_good)
        add = dialog.add_button.text()
    finally:
        install_language(qapp, "en")
    assert kind == "Key Results"
    assert (
        summary == "krs.csv: 2 Zeilen zum Hinzufügen (1 Objective, 2 Key Results), "
        "1 Zeile mit einem Problem."
    )
    assert add == "1 Objective, 2 Key Results hinzufügen"
    assert [row[1] for row in shown] == ["Schneller liefern (neu)", "Schneller liefern (neu)"]
    assert headings == [
        *("Zeile", "Objective", "Key Result", "Startwert", "Zielwert", "Einheit"),
        *("Wie gemessen wird", "Datenquelle", "Champion"),
    ]
