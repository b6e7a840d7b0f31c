"""The export dialog: sheets, paper, filled or blank; the written files opened or printed."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from reportlab.platypus.doctemplate import LayoutError

from exports.names import SHEET_NAMES
from exports.registry import SHEETS
from tests.ui.test_german import ENGLISH_WORDS, SAME_IN_BOTH, english_texts
from tests.workshop.samples import build_full_workshop
from ui import export_dialog
from ui.cockpit import Cockpit
from ui.export_dialog import ExportDialog, locale_paper_name
from ui.i18n import install_language, translate
from ui.preferences import Preferences
from workshop.store import Store


class OpenedUrls:
    def __init__(self, works: bool = True) -> None:
        self.urls: list[QUrl] = []
        self.works = works

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(url)
        return self.works

    @property
    def files(self) -> list[Path]:
        return [Path(url.toLocalFile()) for url in self.urls]


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> OpenedUrls:
    urls = OpenedUrls()
    monkeypatch.setattr(QDesktopServices, "openUrl", urls)
    return urls


@pytest.fixture
def us_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "printed"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot: QtBot, store: Store, out_dir: Path) -> ExportDialog:
    workshop_id = build_full_workshop(store)
    shown = ExportDialog(store, workshop_id)
    qtbot.addWidget(shown)
    shown.folder.setText(str(out_dir))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _buttons(dialog: ExportDialog, text: str) -> list[QPushButton]:
    return [b for b in dialog.results.findChildren(QPushButton) if b.text() == text]


def test_every_sheet_is_ticked_and_exported_by_default(
    qtbot: QtBot, dialog: ExportDialog, out_dir: Path
) -> None:
    assert list(dialog.sheet_boxes) == list(SHEET_NAMES)
    assert all(box.isChecked() for box in dialog.sheet_boxes.values())
    assert dialog.filled.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    assert len(dialog.written) >= len(SHEET_NAMES)
    assert sorted(dialog.written) == sorted(out_dir.iterdir())
    names = [label.text() for label in dialog.results.findChildren(QLabel)]
    assert "Field Support - OKR story.pdf" in names
    assert dialog.status.text() == f"Wrote {len(dialog.written)} files in {out_dir}."
    assert len(_buttons(dialog, "Open")) == len(dialog.written)


def test_chosen_sheets_on_letter_blank(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    for name, box in dialog.sheet_boxes.items():
        box.setChecked(name == "okr-story")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    # A radio button answers clicks on its circle and label, not its whole width.
    qtbot.mouseClick(dialog.blank, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.blank.isChecked() and not dialog.filled.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.written] == ["Field Support - OKR story (blank).pdf"]
    page = PdfReader(dialog.written[0]).pages[0]
    assert round(float(page.mediabox.height)) == 792
    assert "The site manager" not in page.extract_text()


def test_open_and_print_hand_the_file_to_the_system(
    qtbot: QtBot, dialog: ExportDialog, opened: OpenedUrls
) -> None:
    dialog.sheet_boxes["summary"].setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    first = dialog.written[0]
    qtbot.mouseClick(_buttons(dialog, "Open")[0], Qt.MouseButton.LeftButton)
    assert opened.files == [first]
    qtbot.mouseClick(_buttons(dialog, "Print…")[0], Qt.MouseButton.LeftButton)
    assert opened.files == [first, first]
    assert "print it from there" in dialog.status.text()
    assert "system's print dialog" in dialog.print_note.text()
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened.files[-1] == first.parent


def test_a_file_nothing_can_open_is_said_in_the_dialog(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", OpenedUrls(works=False))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_buttons(dialog, "Open")[0], Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "No program opened" in dialog.error.text()


class Answer:
    """Stands in for the "create the folder?" question, answering as told."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.questions.append(text)
        return self.answer


def test_a_missing_folder_is_created_when_the_person_agrees(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = Answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answer)
    missing = tmp_path / "not-there" / "yet"
    dialog.folder.setText(str(missing))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert answer.questions == [
        f"The folder {missing} does not exist. Create it and write the sheets there?"
    ]
    assert not dialog.error.isVisible()
    assert dialog.written and sorted(dialog.written) == sorted(missing.iterdir())


def test_a_missing_folder_is_left_alone_when_the_person_declines(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", Answer(QMessageBox.StandardButton.No))
    dialog.folder.setText(str(tmp_path / "not-there"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert "Choose a folder" in dialog.error.text()
    assert not (tmp_path / "not-there").exists()
    assert dialog.written == []


def test_the_folder_and_paper_are_remembered_for_the_next_export(
    qtbot: QtBot, store: Store, out_dir: Path, tmp_path: Path
) -> None:
    preferences = Preferences(tmp_path / "settings.ini")
    workshop_id = build_full_workshop(store)
    first = ExportDialog(store, workshop_id, preferences=preferences)
    qtbot.addWidget(first)
    first.folder.setText(str(out_dir))
    first.paper.setCurrentIndex(first.paper.findData("letter"))
    for name, box in first.sheet_boxes.items():
        box.setChecked(name == "okr-story")
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    assert first.written

    again = ExportDialog(store, workshop_id, preferences=Preferences(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    assert again.folder.text() == str(out_dir)
    assert again.paper.currentData() == "letter"


def test_a_sheet_that_fails_is_named_and_the_others_are_listed(
    qtbot: QtBot, dialog: ExportDialog, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> list[object]:
        raise LayoutError("Flowable <Table> too large on page 2")

    monkeypatch.setitem(SHEETS, "summary", dataclasses.replace(SHEETS["summary"], documents=broken))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Workshop summary was not written: it could not be")
    assert dialog.written and sorted(dialog.written) == sorted(out_dir.iterdir())
    assert not any("summary" in p.name for p in dialog.written)
    assert dialog.status.text() == f"Wrote {len(dialog.written)} files in {out_dir}."


def test_no_sheet_ticked_is_shown_in_the_dialog(qtbot: QtBot, dialog: ExportDialog) -> None:
    for box in dialog.sheet_boxes.values():
        box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Tick at least one sheet to print."


def test_the_default_folder_is_made_under_documents(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_dialog, "user_documents_path", lambda: tmp_path / "Documents")
    shown = ExportDialog(store, build_full_workshop(store))
    qtbot.addWidget(shown)
    shown.sheet_boxes["summary"].setChecked(False)
    qtbot.mouseClick(shown.export_button, Qt.MouseButton.LeftButton)
    folder = tmp_path / "Documents" / "OKR Workshop sheets"
    assert shown.written and all(p.parent == folder for p in shown.written)


def test_paper_follows_the_locale(qtbot: QtBot, store: Store, us_locale: None) -> None:
    assert locale_paper_name() == "letter"
    assert locale_paper_name(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    shown = ExportDialog(store, build_full_workshop(store))
    qtbot.addWidget(shown)
    assert shown.paper.currentData() == "letter"
    assert shown.paper.currentText() == "US Letter"


def test_the_cockpit_opens_the_dialog_for_its_workshop(
    qtbot: QtBot, cockpit: Cockpit, workshop_id: int
) -> None:
    cockpit.export_action.trigger()
    dialogs = cockpit.findChildren(ExportDialog)
    assert len(dialogs) == 1
    qtbot.waitExposed(dialogs[0])
    assert dialogs[0].workshop_id == workshop_id
    assert dialogs[0].isVisible()
    dialogs[0].close()


@pytest.mark.parametrize(
    ("output", "suffix", "start"),
    [
        ("markdown", ".md", b"# OKRs: Field Support, Q1 2027"),
        ("csv", ".csv", b"\xef\xbb\xbfteam,cycle,objective_number,objective,"),
        ("html", ".html", b"<!DOCTYPE html>"),
    ],
)
def test_the_okrs_as_a_file_for_a_wiki_a_tracker_or_a_page(
    qtbot: QtBot, dialog: ExportDialog, out_dir: Path, output: str, suffix: str, start: bytes
) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.output.setFocus()
    while dialog.output.currentData() != output:
        qtbot.keyClick(dialog.output, Qt.Key.Key_Down)
    # The sheets' own choices do not apply to one file.
    assert not dialog.sheets_box.isVisible() and not dialog.paper.isVisible()
    assert not dialog.blank.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible()
    assert [p.name for p in dialog.written] == [f"Field Support - OKRs Q1 2027{suffix}"]
    assert list(out_dir.iterdir()) == dialog.written
    assert dialog.written[0].read_bytes().startswith(start)
    assert dialog.status.text() == f"Wrote 1 file in {out_dir}."
    assert len(_buttons(dialog, "Open")) == 1
    assert len(_buttons(dialog, "Print…")) == (1 if output == "html" else 0)
    assert dialog.print_note.isVisible() == (output == "html")


def test_back_to_the_sheets_their_choices_return(qtbot: QtBot, dialog: ExportDialog) -> None:
    dialog.output.setCurrentIndex(dialog.output.findData("csv"))
    dialog.output.setCurrentIndex(dialog.output.findData("sheets"))
    assert dialog.sheets_box.isVisible() and dialog.paper.isVisible() and dialog.blank.isVisible()


def test_the_language_of_the_sheets_follows_the_app(qtbot: QtBot, store: Store) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        shown = ExportDialog(store, build_full_workshop(store))
        qtbot.addWidget(shown)
        assert shown.language.currentText() == "Deutsch"
        assert shown.language.accessibleName() == "Language of the sheets"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    # Any other language prints English sheets.
    english = ExportDialog(store, build_full_workshop(store, team="Other"))
    qtbot.addWidget(english)
    assert english.language.currentData() == "en"


def test_a_german_okr_file_from_the_dialog(
    qtbot: QtBot, dialog: ExportDialog, out_dir: Path
) -> None:
    dialog.output.setCurrentIndex(dialog.output.findData("markdown"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = dialog.written[0].read_text("utf-8")
    assert "**Warum es wichtig ist:**" in text and "| Nr. | Key Result | Von | Auf |" in text


def every_text(dialog: ExportDialog) -> list[str]:
    """What the dialog shows, lists, tips or reads aloud, hidden rows included."""
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    return [t.replace("&", "").strip() for t in texts if t.strip()]


def test_a_german_window_lists_the_sheets_and_what_it_wrote_in_german(
    qtbot: QtBot,
    qapp: QApplication,
    store: Store,
    out_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object) -> list[object]:
        raise LayoutError("Flowable <Table> too large on page 2")

    monkeypatch.setitem(SHEETS, "summary", dataclasses.replace(SHEETS["summary"], documents=broken))
    install_language(qapp, "de")
    try:
        shown = ExportDialog(store, build_full_workshop(store))
        qtbot.addWidget(shown)
        shown.folder.setText(str(out_dir))
        shown.show()
        qtbot.waitExposed(shown)
        boxes = {name: box.text() for name, box in shown.sheet_boxes.items()}
        for name, box in shown.sheet_boxes.items():
            box.setChecked(name in ("drafting-card", "summary"))
        qtbot.mouseClick(shown.export_button, Qt.MouseButton.LeftButton)
        texts = [text.replace(str(out_dir), "…") for text in every_text(shown)]
        german_title = translate("vocabulary", SHEETS["summary"].title)
    finally:
        install_language(qapp, "en")
    assert boxes["drafting-card"] == "OKR-Entwurfskarte"
    assert boxes["summary"] == german_title == "Zusammenfassung des Workshops"
    assert shown.status.text() == f"1 Datei in {out_dir} geschrieben."
    assert shown.error.text() == (
        f"{german_title} wurde nicht geschrieben: das Layout ist nicht gelungen "
        "(Flowable <Table> too large on page 2)."
    )
    whole, patterns = english_texts()
    english = [
        text
        for text in texts
        if text not in SAME_IN_BOTH
        and not text.startswith(german_title)  # ReportLab's own words close the reason
        and (
            text in whole
            or any(p.fullmatch(text) for p in patterns)
            or len(set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS) >= 2
        )
    ]
    assert english == []
