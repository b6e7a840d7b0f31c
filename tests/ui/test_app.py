"""Start-up, themes, unexpected errors, the shortcuts sheet and the step pages."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui import commands
from ui.cockpit import Cockpit
from ui.cockpit import actions as cockpit_actions
from ui.dialogs import ShortcutsSheet, shortcut_rows
from ui.errors import CrashReporter
from ui.main_window import MainWindow
from ui.pages import page_for
from ui.pages.custom_step import WHAT_THE_ROOM_DOES, CustomStepPage
from ui.preferences import Preferences
from ui.theme import THEMES, apply_theme, stylesheet

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_window_paints_before_the_database_layer_is_imported(tmp_path: Path) -> None:
    probe = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtWidgets import QApplication
        from ui.app import run_app
        from ui.main_window import MainWindow
        app = QApplication([])
        window = MainWindow(location={str(tmp_path / "w.sqlite")!r})
        window.show()
        print("before", "sqlalchemy" in sys.modules, "alembic" in sys.modules)
        window.start()
        print("after", "sqlalchemy" in sys.modules, window.start_screen.location.text())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "before False False"
    assert lines[1] == f"after True File: {Path('~') / 'w.sqlite'}", "shown from the home folder"


def test_both_themes_come_from_one_stylesheet_and_apply_cleanly(qapp: QApplication) -> None:
    for theme in THEMES:
        sheet = stylesheet(theme)
        assert "$" not in sheet
        apply_theme(qapp, theme)
    assert stylesheet("light") != stylesheet("dark")


def test_the_dark_theme_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    window.dark_action.trigger()
    assert window.preferences.theme == "dark"
    assert QApplication.instance().styleSheet() == stylesheet("dark")  # type: ignore[union-attr]


def test_the_high_contrast_theme_is_one_of_three_and_remembered(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    themes = [action.text() for action in window.theme_group.actions()]
    assert themes == ["Light theme", "Dark theme", "High contrast theme"]
    window.contrast_action.trigger()
    assert window.contrast_action.isChecked() and not window.dark_action.isChecked()
    assert QApplication.instance().styleSheet() == stylesheet("contrast")  # type: ignore[union-attr]
    assert Preferences(tmp_path / "settings.ini").theme == "contrast"
    window.light_action.trigger()
    assert Preferences(tmp_path / "settings.ini").theme == "light"


def test_an_unexpected_error_is_logged_and_shown_once(tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    log_file = tmp_path / "okr-workshop.log"
    reporter = CrashReporter(log_file, lambda summary, details: shown.append((summary, details)))
    import logging

    handler = logging.FileHandler(log_file, encoding="utf-8")
    logging.getLogger("okr_workshop").addHandler(handler)
    try:
        for _ in range(2):
            try:
                {}["missing"]
            except KeyError:
                reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        logging.getLogger("okr_workshop").removeHandler(handler)
        handler.close()
    assert len(shown) == 1
    summary, details = shown[0]
    assert "Everything up to your last action is saved" in summary
    assert str(log_file) in summary
    assert "KeyError: 'missing'" in details
    assert log_file.read_text(encoding="utf-8").count("KeyError: 'missing'") == 2


def test_the_crash_reporter_takes_over_the_excepthook_and_gives_it_back() -> None:
    before = sys.excepthook
    reporter = CrashReporter(None, lambda summary, details: None)
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert sys.excepthook is before


def test_f1_shows_every_shortcut(
    qtbot: QtBot, window: MainWindow, cockpit: Cockpit, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[ShortcutsSheet] = []
    monkeypatch.setattr(ShortcutsSheet, "exec", lambda sheet: opened.append(sheet) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(opened) == 1
    rows = {(what, keys) for _group, what, keys in shortcut_rows(window.menu_groups())}
    for expected in [
        ("Start or pause", "Space, F5"),
        ("Next step", "Ctrl+Right, Ctrl+PgDown"),
        ("Previous step", "Ctrl+Left, Ctrl+PgUp"),
        ("Presenter view on or off", "F11"),
        ("Leave the presenter view", "Esc"),
        ("Keyboard shortcuts", "F1"),
    ]:
        assert expected in rows
    assert ("Undo", "Ctrl+Z") in rows
    assert ("Redo", "Ctrl+Shift+Z, Ctrl+Y") in rows
    assert opened[0].table.rowCount() == len(shortcut_rows(window.menu_groups()))


def test_export_is_offered_only_when_the_export_dialog_is_there(
    qtbot: QtBot, window: MainWindow, workshop_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cockpit_actions, "export_available", lambda: False)
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    assert not cockpit.export_action.isVisible()
    monkeypatch.setattr(cockpit_actions, "export_available", lambda: True)
    again = window.open_workshop(workshop_id)
    assert again is not None
    assert again.export_action.isVisible()
    assert again.export_action.shortcut().toString() == "Ctrl+E"


def test_a_step_the_facilitator_added_gets_the_custom_step_page(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    cockpit.run(commands.add_step(cockpit.engine.agenda, "Coffee break", 15, 0))
    cockpit.go_to(cockpit.model.steps()[0].id)
    page = cockpit.page_area.widget()
    assert isinstance(page, CustomStepPage)
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    assert texts[:3] == [
        "Coffee break",
        "15 min planned",
        "A step the facilitator added to the agenda.",
    ]
    cockpit.add_time(300)
    assert page.minutes.text() == "15 min planned, 5 min added"


def test_every_template_step_says_what_the_room_does(qtbot: QtBot, cockpit: Cockpit) -> None:
    from facilitation.templates import load_template, template_names

    kinds = {step.kind for name in template_names() for step in load_template(name).steps}
    assert kinds <= set(WHAT_THE_ROOM_DOES)
    for kind in kinds:
        page = page_for(kind, cockpit.context)
        qtbot.addWidget(page)
        assert page is not None
