"""The window in German: the translations are whole and current, and no page keeps English.

The walk opens every page of both agendas (each tab, each screen of the voting
booth), the start screen, the dialogs, the presenter view and the check-in window in
German, and reads every visible label, button, action, group box, tab and window
title. A text is English when it is one of the window's English source strings (or
one of them filled in) whose German differs, or when it reads as an English
sentence and is not something the workshop's people typed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

import resources
from exports.registry import SHEETS
from facilitation.templates import load_template, template_names
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.ui.room_screens import a_days_work, every_page, settle
from ui.cycle.window import CycleWindow
from ui.dialogs import AddStepDialog, EndTimeDialog, ShortcutsSheet
from ui.export_dialog import ExportDialog
from ui.i18n import current_language, install_language
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.vocabulary import WORDS
from workshop.store import Store

CATALOGUE = resources.path("translations", "okr_workshop_de.ts")
COMPILED = resources.path("translations", "okr_workshop_de.qm")
ROOT = Path(__file__).resolve().parents[2]

SAME_IN_BOTH = {"OKR Workshop", "Deutsch", "English", "Start"}
"""Texts shown as they are in either language: the product's name, the languages' and
the timer's Start (the same word in German, though a retrospective's Start is not)."""

ENGLISH_WORDS = {
    "the", "and", "of", "to", "your", "you", "is", "are", "this", "that", "with", "yet",
    "not", "what", "who", "how", "for", "on", "at", "by", "from", "it", "each", "there",
    "than", "or", "when", "which", "has", "have",
}  # fmt: skip
"""Words that do not occur in German: two of them in one text read as English."""


def messages() -> list[tuple[str, str, str, str]]:
    """(context, source, translation, type) of every message in the catalogue."""
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return found


def qt_tool(name: str) -> str:
    tool = Path(sys.executable).parent / name
    if not tool.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} (from PySide6) is not installed")
        return found
    return str(tool)


def window_sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py") if "phones" not in p.parts
    )


def rule_calls() -> list[str]:
    """The calls ``make translations`` reads as the messages of the rules and the store."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    found = re.search(r"^RULE_CALLS = (.+)$", makefile, re.MULTILINE)
    assert found is not None
    return found.group(1).strip().split(",")


def rule_sources() -> list[str]:
    """The files ``make translations`` reads for the messages of the rules, the store, the
    import, the export and the phone server."""
    from tests.facilitation.test_rules import SOURCES

    return [str(p.relative_to(ROOT)) for p in SOURCES] + ["ui/phones/server.py"]


def test_every_string_of_the_window_has_its_german() -> None:
    found = messages()
    assert len(found) > 900
    untranslated = [(c, s) for c, s, t, kind in found if not t.strip() or kind]
    assert untranslated == []


def test_the_german_keeps_each_placeholder_and_shortcut_letter() -> None:
    wrong = [
        (source, german)
        for _context, source, german, _kind in messages()
        if sorted(re.findall(r"\{\d+[^}]*\}", source))
        != sorted(re.findall(r"\{\d+[^}]*\}", german))
        or source.count("&") != german.count("&")
    ]
    assert wrong == []


def test_the_catalogue_holds_every_string_of_the_window_and_no_other(tmp_path: Path) -> None:
    """What ``make translations`` would find in the sources is what the catalogue holds."""
    fresh = tmp_path / "fresh_de.ts"
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            *("-silent", "-locations", "none", "-no-obsolete"),
            *("-tr-function-alias", ",".join(f"QT_TR_NOOP+={c}" for c in rule_calls())),
            *window_sources(),
            *rule_sources(),
            *("-ts", str(fresh)),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    committed = {(c, s) for c, s, _t, _k in messages()}
    current = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    assert sorted(current - committed) == [], "run make translations and translate them"
    assert sorted(committed - current) == [], "run make translations to drop them"


def test_make_translations_reads_every_kind_of_refusal() -> None:
    from tests.facilitation.test_rules import MESSAGE_CALLS

    assert sorted(MESSAGE_CALLS - set(rule_calls())) == []


def test_every_message_of_the_rules_has_german_with_the_same_values() -> None:
    """The rules' templates and words (the unnamed context) keep each named value."""
    found = [(s, t) for c, s, t, _kind in messages() if c == ""]
    assert len(found) > 250

    def fields(text: str) -> list[str]:
        return sorted(f"{n}{'!' + v if v else ''}" for _, n, _, v in Formatter().parse(text) if n)

    wrong = [(source, german) for source, german in found if fields(source) != fields(german)]
    assert wrong == []


def test_a_refusal_of_the_rules_reads_in_german_in_the_window(
    german: None, qtbot: QtBot, store: Store
) -> None:
    from tests.ui.pages.test_measures import open_page, with_candidates

    _example, context = with_candidates(store)
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.new_key_result, "Teams nutzen die Vorschau selbst")
    qtbot.keyClick(page.new_key_result, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor.baseline, "ein paar")
    qtbot.keyClick(page.editor.baseline, Qt.Key.Key_Return)
    assert page.banner.text() == "Der Ausgangswert ist eine Zahl, etwa 40 oder 12,5."


def test_numbers_in_a_refusal_take_the_german_marks(german: None) -> None:
    from facilitation.rules import RuleError, Word
    from ui.i18n import refusal_text

    error = RuleError(
        "That is {count:,} characters: {what} takes at most {limit:,}. "
        "Shorten it, or keep the long text in the notes.",
        count=12_345,
        what=Word("the card"),
        limit=10_000,
    )
    assert refusal_text(error) == (
        "Das sind 12.345 Zeichen: Die Karte fasst höchstens 10.000. "
        "Kürze den Text oder bewahre den langen Text in den Notizen auf."
    )


def test_the_compiled_german_is_the_catalogue(tmp_path: Path) -> None:
    compiled = tmp_path / "okr_workshop_de.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(CATALOGUE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == COMPILED.read_bytes(), "run make translations"


def test_every_word_of_the_rules_is_marked_for_translation() -> None:
    vocabulary = resources.vocabulary()
    labels = [v["label"] for v in vocabulary["verdicts"]] + [
        v["meaning"] for v in vocabulary["verdicts"]
    ]
    labels += [level["meaning"] for level in vocabulary["confidence"]]
    criteria = json.loads(resources.path("quality", "criteria.json").read_text(encoding="utf-8"))
    labels += [c[key] for kind in criteria.values() for c in kind for key in ("label", "question")]
    for table in ("retro_columns", "roles", "priorities", "checkin_questions", "review_questions"):
        labels += vocabulary[table].values()
    labels += [text for sheet in SHEETS.values() for text in (sheet.title, sheet.description)]
    assert sorted(set(labels) - set(WORDS)) == []


# The agendas


def test_each_agenda_reads_in_german_with_the_same_steps() -> None:
    for name in template_names():
        english, german = load_template(name), load_template(name, "de")
        assert [s.kind for s in german.steps] == [s.kind for s in english.steps]
        assert [s.minutes for s in german.steps] == [s.minutes for s in english.steps]
        assert german.title != english.title and german.description != english.description
        changed = [g.title for g, e in zip(german.steps, english.steps, strict=True) if g != e]
        assert len(changed) == len(english.steps)
    assert load_template("team", "de").steps[0].title == "OKR-Auffrischung"
    assert load_template("team", "fr") == load_template("team")


def test_a_workshop_created_in_german_keeps_its_german_titles(
    qtbot: QtBot, german: None, make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    window = make_window(store)
    screen = window.start_screen
    assert screen is not None
    form = screen.form
    qtbot.keyClicks(form.team, "Plattform-Team")
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    cockpit = window.cockpit
    assert cockpit is not None
    titles = [s.title for s in cockpit.engine.agenda.steps()]
    assert titles == [s.title for s in load_template("executive", "de").steps]
    window.change_language("en")
    again = window.cockpit
    assert again is not None and again is not cockpit
    assert [s.title for s in again.engine.agenda.steps()] == titles
    assert window.menuBar().actions()[0].text() == "&Workshop"


# The walk


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


@cache
def english_texts() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English sources whose German differs: whole texts, and patterns of filled-in ones."""
    whole, patterns = set(), []
    for _context, source, german, _kind in messages():
        if source == german:
            continue
        shown = source.replace("&", "").strip()
        if re.search(r"\{\d+[^}]*\}", shown):
            pieces = re.split(r"\{\d+[^}]*\}", shown)
            if sum(len(p.strip()) for p in pieces) >= 6:
                patterns.append(re.compile(".*".join(re.escape(p) for p in pieces)))
        elif shown:
            whole.add(shown)
    return whole, patterns


def typed_texts(store: Store) -> list[str]:
    """Everything the workshop's people typed, as the file holds it, and the file's name."""
    location = Path(store.location)
    with sqlite3.connect(location) as db:
        tables = [row[0] for row in db.execute("select name from sqlite_master where type='table'")]
        found = []
        for table in tables:
            for row in db.execute(f'select * from "{table}"'):
                found += [v for v in row if isinstance(v, str) and len(v) >= 4]
    return [store.location, *found]


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if widget.isWindow() and widget.windowTitle():
            yield kind, widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield kind, widget.text()
        if isinstance(widget, QGroupBox):
            yield kind, widget.title()
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                yield kind, widget.tabText(tab)
        if isinstance(widget, QMenu):
            yield kind, widget.title()
        for action in widget.actions():
            if isinstance(action, QAction) and action.isVisible() and action.text():
                yield "QAction", action.text()


def english_left(root: QWidget, typed: list[str]) -> list[str]:
    whole, patterns = english_texts()
    found = []
    for kind, raw in visible_texts(root):
        text = raw.replace("&", "").strip()
        if not text or text in SAME_IN_BOTH or any(t in text for t in typed):
            continue
        words = set(re.findall(r"[a-z]+", text.lower()))
        if (
            text in whole
            or any(p.fullmatch(text) for p in patterns)
            or len(words & ENGLISH_WORDS) >= 2
        ):
            found.append(f"{kind}: {text!r}")
    return found


def german_days_work(store: Store, template: str) -> int:
    """A day's work on every page, with the steps titled as a German workshop's are."""
    example = a_days_work(store, template)
    agenda = example.engine.agenda
    titles = {s.kind: s.title for s in load_template(template, "de").steps}
    for step in agenda.steps():
        agenda.rename_step(step.id, titles[step.kind])
    return example.workshop_id


@pytest.mark.parametrize("template", ["executive", "team"])
def test_every_page_of_the_agenda_reads_in_german(
    german: None, make_window: Callable[[Store], MainWindow], store: Store, template: str
) -> None:
    workshop_id = german_days_work(store, template)
    window = make_window(store)
    window.resize(1600, 900)
    problems = [f"start screen: {p}" for p in english_left(window, [store.location])]
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    typed = typed_texts(store)
    for page in every_page(cockpit):
        problems += [f"{page}: {p}" for p in english_left(window, typed)]
    cockpit.presenter_action.trigger()
    assert cockpit.presenter is not None
    settle()
    problems += [f"presenter: {p}" for p in english_left(cockpit.presenter, typed)]
    assert problems == [], "\n".join(problems)


def test_the_dialogs_and_the_check_in_window_read_in_german(
    german: None, make_window: Callable[[Store], MainWindow], store: Store, qtbot: QtBot
) -> None:
    workshop_id = german_days_work(store, "executive")
    typed = typed_texts(store)
    window = make_window(store)
    dialogs: list[QWidget] = [
        AddStepDialog("Kaffeepause", window),
        EndTimeDialog(dt.datetime(2026, 11, 23, 17, 0), True, window),
        ExportDialog(store, workshop_id, window),
    ]
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    dialogs.append(ShortcutsSheet(window.menu_groups(), window))
    cycle = window.open_cycle(workshop_id)
    assert isinstance(cycle, CycleWindow)
    problems = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in english_left(dialog, typed)]
        dialog.close()
    for tab in range(cycle.tabs.count()):
        cycle.tabs.setCurrentIndex(tab)
        settle()
        problems += [
            f"check-ins › {cycle.tabs.tabText(tab)}: {p}" for p in english_left(cycle, typed)
        ]
    assert problems == [], "\n".join(problems)


def test_the_language_comes_from_the_menu_and_is_remembered(
    qapp: QApplication, make_window: Callable[[Store], MainWindow], store: Store, workshop_id: int
) -> None:
    try:
        window = make_window(store)
        cockpit = window.open_workshop(workshop_id)
        assert cockpit is not None
        cockpit.start_action.trigger()
        window.language_actions["de"].trigger()
        assert current_language() == "de"
        assert QLocale().language() == QLocale.Language.German
        assert window.preferences.language == "de"
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == "&Workshop" and "&Ansicht" in titles and "&Bearbeiten" in titles
        again = window.cockpit
        assert again is not None and again.workshop_id == workshop_id
        assert again.engine.agenda.running, "the timer runs on in the new language"
        assert again.start_action.text() == "Pause"
        assert window.language_actions["de"].isChecked()
    finally:
        install_language(qapp, "en")


# The command line


def test_the_command_line_picks_the_language_of_the_window_and_of_a_new_agenda(
    tmp_path: Path,
) -> None:
    from ui.cli import build_parser, main
    from workshop import commands, interchange
    from workshop.store import open_store

    assert build_parser().parse_args(["--language", "de"]).language == "de"
    assert build_parser().parse_args([]).language is None
    db = str(tmp_path / "team.sqlite")
    assert (
        main(["--language", "de", "create", "--db", db, "--team", "A", "--template", "team"]) == 0
    )
    assert (
        main(["create", "--db", db, "--team", "B", "--template", "team", "--language", "de"]) == 0
    )
    assert main(["create", "--db", db, "--team", "C", "--template", "team"]) == 0
    store = open_store(db)
    try:
        firsts = {}
        for summary in commands.list_workshops(store):
            steps = interchange.export_workshop(store, summary.id)["agenda_steps"]
            firsts[summary.team] = steps[0]["title"]
    finally:
        store.close()
    assert firsts == {"A": "OKR-Auffrischung", "B": "OKR-Auffrischung", "C": "OKR refresher"}


def test_the_phone_vote_window_reads_in_german(
    german: None, qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.pages.workshop_room import room
    from ui import phone_panel
    from ui.pages import booth

    monkeypatch.setattr(phone_panel, "lan_addresses", lambda: ["127.0.0.1"])
    context = room(store)
    for text in ("Releases laufen ruhig", "Wir kennen die Kosten jedes Dienstes"):
        context.engine.boards.add_card(text)
    page = booth.make_page(context, "objective_vote")
    assert isinstance(page, BoothPage)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.setup.open_button, Qt.MouseButton.LeftButton)
    phones = page.bar.control("Auf den Handys abstimmen")
    assert phones is not None
    qtbot.mouseClick(phones, Qt.MouseButton.LeftButton)
    window = page.phone_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    settle()
    problems = english_left(window, typed_texts(store))
    assert problems == [], "\n".join(problems)
    assert window.windowTitle() == "Auf den Handys abstimmen"


def test_the_start_screen_says_when_in_german(german: None) -> None:
    from ui.start_screen import when_text

    today = dt.date(2026, 12, 1)
    assert when_text(None, today) == "Nie"
    noon_here = dt.datetime(2026, 3, 2, 12, 0).astimezone()
    stored = noon_here.astimezone(dt.UTC).replace(tzinfo=None)
    assert when_text(stored, today) == "2. März 2026"


def test_a_workshop_created_in_german_checks_its_okrs_with_the_german_rule_book(
    store: Store,
) -> None:
    german = fake_engine(store, new_workshop(store, "Plattform", "team", language="de"))
    english = fake_engine(store, new_workshop(store, "Platform", "team"))
    assert german.okrs.rules().language == "de"
    assert english.okrs.rules().language == "en"
    objective = german.okrs.add_objective("Releases laufen ruhig und planbar")
    german.okrs.add_key_result(objective, "Fehlgeschlagene Deployments", baseline=14, target=2)
    following = fake_engine(store, german.cycle.start_next_cycle())
    assert following.okrs.rules().language == "de", "the next cycle goes on in German"
    assert following.agenda.steps()[0].title == "OKR-Auffrischung"


def test_a_bad_row_of_an_imported_table_reads_in_german(
    german: None, qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.pages.okr_pages import show_page
    from tests.ui.pages.workshop_room import room
    from tests.ui.test_import_table import IDEAS, opened, problems
    from ui.pages import postits
    from ui.pages.postits import PostItPage

    path = tmp_path / "ideen.csv"
    path.write_text(IDEAS, encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    page = postits.make_page(room(store), "objective_postits")
    assert isinstance(page, PostItPage)
    show_page(qtbot, page, 1920, 1080)
    dialog = opened(qtbot, page)
    assert problems(dialog) == [
        "Zeile 3: „mauve“ in „Farbe“ ist keins von: yellow/gelb, pink/rosa, blue/blau, "
        "green/grün, orange, purple/lila."
    ]
