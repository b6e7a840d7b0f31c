"""Rare faults in a German window: the store's, an import's and the phone vote's, in German.

The store, the import and the phone server word their faults as English templates
with values; the window says them in its language, with the file's name and the
field's path as they are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitation.workshops import new_workshop
from tests.ui.test_cli_messages import read_only_file_system  # noqa: F401 (a fixture)
from tests.ui.test_german import german  # noqa: F401 (a fixture)
from tests.workshop.samples import build_full_workshop
from ui import phone_panel
from ui.main_window import MainWindow
from ui.start_screen import StartScreen
from workshop import commands, interchange
from workshop import store as store_module
from workshop.store import Store, open_store

pytestmark = pytest.mark.usefixtures("german")


def start_screen(window: MainWindow) -> StartScreen:
    assert window.start_screen is not None
    return window.start_screen


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))


def workshop_file(path: Path) -> bytes:
    made = open_store(path)
    new_workshop(made, "Plattform-Team", "team")
    made.close()
    return path.read_bytes()


def open_by_click(qtbot: QtBot, window: MainWindow) -> str:
    """Click "open another file" on the start screen; what the screen then says."""
    qtbot.mouseClick(start_screen(window).open_file, Qt.MouseButton.LeftButton)
    screen = start_screen(window)
    assert screen.problem.isVisible()
    return screen.problem.text()


def test_a_damaged_file_is_named_in_german_and_left_as_it_is(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    damaged = tmp_path / "Vertrieb.sqlite"
    pages = bytearray(workshop_file(damaged))
    pages[4096:8192] = b"\xff" * 4096
    damaged.write_bytes(bytes(pages))
    choose_in_dialog(monkeypatch, damaged)
    assert open_by_click(qtbot, window) == (
        f"{damaged} ist beschädigt (database disk image is malformed). Die Datei blieb, "
        "wie sie ist; öffne eine Sicherung oder beginne eine neue Datei."
    )
    assert window.store is store
    assert damaged.read_bytes() == bytes(pages)


def test_a_file_locked_by_another_program_says_so_in_german(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    locked = tmp_path / "Plattform.sqlite"
    before = workshop_file(locked)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 50)
    choose_in_dialog(monkeypatch, locked)
    other = sqlite3.connect(locked, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    try:
        said = open_by_click(qtbot, window)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert said == (
        f"{locked} ist von einem anderen Programm oder Fenster gesperrt. Schließe die Datei "
        "dort und öffne sie dann noch einmal; sie wurde nicht verändert."
    )
    assert locked.read_bytes() == before


def test_a_file_on_a_read_only_disk_says_so_in_german(
    qtbot: QtBot,
    window: MainWindow,
    read_only_file_system: Callable[[], Path],  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "mounted" / "Plattform.sqlite"
    before = workshop_file(path)
    read_only_file_system()
    choose_in_dialog(monkeypatch, path)
    assert open_by_click(qtbot, window) == (
        f"{path} ist schreibgeschützt (die Datei kann nicht beschrieben werden). Kopiere die "
        "Datei in einen Ordner, in den du schreiben kannst, und öffne die Kopie; die Datei "
        "wurde nicht verändert."
    )
    assert path.read_bytes() == before


@pytest.fixture
def document(tmp_path: Path) -> Iterator[Callable[[object], Path]]:
    """A JSON document as a person typed it, in a file."""

    def write(content: object) -> Path:
        path = tmp_path / "workshop.json"
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return path

    yield write


def import_from_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    choose_in_dialog(monkeypatch, path)
    window.import_json_action.trigger()
    qtbot.waitUntil(lambda: start_screen(window).problem.isVisible() or window.cockpit is not None)


def test_a_hand_written_document_is_refused_in_german_naming_the_field(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    document: Callable[[object], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = document({"format": "okr-workshop/1", "workshop": {"team": "Plattform-Team"}})
    import_from_menu(qtbot, window, monkeypatch, path)
    assert start_screen(window).problem.text() == (
        "workshop.json wurde nicht importiert: workshop.mission: fehlt."
    )

    path = document({"format": "okr-workshop/1", "workshop": {"team": 7}})
    import_from_menu(qtbot, window, monkeypatch, path)
    assert start_screen(window).problem.text() == (
        "workshop.json wurde nicht importiert: workshop.team: erwartet: Text, gefunden: int 7."
    )
    assert start_screen(window).model.rowCount() == 0
    assert window.cockpit is None


def test_a_document_with_a_wrong_format_is_refused_in_german(
    qtbot: QtBot,
    window: MainWindow,
    document: Callable[[object], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import_from_menu(qtbot, window, monkeypatch, document({"format": "okr-workshop/9"}))
    assert start_screen(window).problem.text() == (
        "workshop.json wurde nicht importiert: format: Text 'okr-workshop/9' ist kein Format, "
        'das diese Version liest (sie liest "okr-workshop/1").'
    )


def test_a_document_that_is_not_text_says_so_in_german(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "workshop.json"
    path.write_bytes(b"\xff\xfe{")
    import_from_menu(qtbot, window, monkeypatch, path)
    assert start_screen(window).problem.text() == (
        "workshop.json lässt sich nicht lesen: sie ist kein UTF-8-Text."
    )


def test_phones_that_cannot_reach_the_laptop_are_told_in_german(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_phone_panel import booth_with_phones

    # 192.0.2.1 is kept for documentation: no laptop has it, so nothing can listen there.
    monkeypatch.setattr(phone_panel, "lan_addresses", lambda: ["127.0.0.1", "192.0.2.1"])
    _page, window = booth_with_phones(qtbot, store)
    assert window.banner.text() == ""
    window.hosts.setFocus()
    qtbot.keyClick(window.hosts, Qt.Key.Key_Down)
    said = window.banner.text()
    assert said.startswith("Telefone erreichen 192.0.2.1 auf keinem freien Port: ")


def test_a_good_document_is_added_to_the_file_and_opened(
    qtbot: QtBot,
    window: MainWindow,
    store: Store,
    document: Callable[[object], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    elsewhere = open_store(tmp_path / "elsewhere.sqlite")
    exported = interchange.export_workshop(elsewhere, build_full_workshop(elsewhere, "Außendienst"))
    elsewhere.close()
    import_from_menu(qtbot, window, monkeypatch, document(exported))
    assert window.cockpit is not None
    assert [s.team for s in commands.list_workshops(store)] == ["Außendienst"]
