"""The export dialog: PDF sheets (which, on what paper, filled or blank) or the final OKRs
as a Markdown, CSV or HTML file, in the chosen language; then open or print the files.

Printing hands the PDF to the system's PDF viewer, where the person prints it through
the system's print dialog: Qt cannot draw an existing PDF onto a printer without the
QtPdf module, which this app does not ship. The dialog says so next to the button.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_path
from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exports.errors import ExportError
from exports.language import LANGUAGES
from exports.okr_text import export_okrs
from exports.paper import PAPERS, paper_for_region
from exports.registry import SHEETS
from exports.writer import SheetsFailed, export_sheets
from ui.i18n import QT_TRANSLATE_NOOP, Words, message_text, refusal_text, translate
from ui.preferences import Preferences
from ui.vocabulary import word
from workshop.commands import NotFound
from workshop.snapshot import load_snapshot
from workshop.store import Store, StoreError

FOLDER_NAME = QT_TRANSLATE_NOOP("export_dialog", "OKR Workshop sheets")
RESULTS_HEIGHT = 150
PRINT_NOTE = QT_TRANSLATE_NOOP(
    "export_dialog",
    "Print opens the file in your PDF viewer (a page in your browser); "
    "print it there with its Print command (Ctrl+P, or ⌘P on a Mac), which "
    "shows your system's print dialog.",
)


# What the dialog writes: the PDF sheets, or the OKRs as one file for another tool.
OUTPUTS = Words(
    "export_dialog",
    {
        "sheets": QT_TRANSLATE_NOOP("export_dialog", "PDF sheets to print"),
        "markdown": QT_TRANSLATE_NOOP(
            "export_dialog", "The OKRs as Markdown, for a wiki (Confluence, Notion, Git)"
        ),
        "csv": QT_TRANSLATE_NOOP(
            "export_dialog", "The OKRs as CSV, one row per key result (Jira, a spreadsheet)"
        ),
        "html": QT_TRANSLATE_NOOP("export_dialog", "The OKRs as an HTML page, to share or print"),
    },
)


VIEWERS = Words(
    "export_dialog",
    {
        ".pdf": QT_TRANSLATE_NOOP("export_dialog", "a PDF viewer"),
        ".md": QT_TRANSLATE_NOOP("export_dialog", "a text editor"),
        ".csv": QT_TRANSLATE_NOOP("export_dialog", "a spreadsheet"),
        ".html": QT_TRANSLATE_NOOP("export_dialog", "a web browser"),
    },
)


def locale_language(locale: QLocale | None = None) -> str:
    """The sheets' language for the app's language: German for German, else English."""
    language = (locale or QLocale()).language()
    return "de" if language == QLocale.Language.German else "en"


def default_folder() -> Path:
    """Where sheets go unless the person chooses another folder."""
    return user_documents_path() / translate("export_dialog", FOLDER_NAME)


def locale_paper_name(locale: QLocale | None = None) -> str:
    """ "letter" where the locale's region uses US Letter, "a4" elsewhere."""
    region = QLocale.territoryToCode((locale or QLocale()).territory())
    return paper_for_region(region).name


def printable(path: Path) -> bool:
    """A PDF or a web page prints from the program that opens it; Markdown and CSV do not."""
    return path.suffix.lower() in (".pdf", ".html")


class ExportDialog(QDialog):
    """Prints a workshop's sheets as PDF files, filled or blank."""

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        # Where the last sheets went and on which paper; nothing is remembered without it.
        self.preferences = preferences
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Print sheets"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "Each sheet becomes a PDF file you can print, pin up or share. Blank "
                "sheets are for a workshop on paper. The final OKRs also go out as one "
                "file for a wiki, a tracker or a spreadsheet."
            )
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.output = QComboBox()
        self.output.setAccessibleName(self.tr("What to write"))
        for key, label in OUTPUTS.items():
            self.output.addItem(label, key)
        self.output.currentIndexChanged.connect(self.show_output_choices)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the sheets"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(locale_language()))

        sheets_box = QGroupBox(self.tr("Sheets"))
        self.sheets_box = sheets_box
        sheets_layout = QVBoxLayout(sheets_box)
        self.sheet_boxes: dict[str, QCheckBox] = {}
        for name, sheet in SHEETS.items():
            box = QCheckBox(word(sheet.title))
            box.setChecked(True)
            box.setToolTip(word(sheet.description))
            box.setAccessibleDescription(word(sheet.description))
            sheets_layout.addWidget(box)
            self.sheet_boxes[name] = box

        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        for paper in PAPERS.values():
            self.paper.addItem(paper.label, paper.name)
        remembered_paper = preferences.paper if preferences else ""
        paper_index = self.paper.findData(remembered_paper)
        if paper_index < 0:
            paper_index = self.paper.findData(locale_paper_name())
        self.paper.setCurrentIndex(paper_index)

        self.filled = QRadioButton(self.tr("&Filled in from this workshop"))
        self.blank = QRadioButton(self.tr("&Blank, to fill in by hand"))
        self.filled.setChecked(True)
        content = QButtonGroup(self)
        content.addButton(self.filled)
        content.addButton(self.blank)
        self.content_row = content_row = QVBoxLayout()
        content_row.addWidget(self.filled)
        content_row.addWidget(self.blank)

        remembered_folder = preferences.export_folder if preferences else ""
        self.folder = QLineEdit(remembered_folder or str(default_folder()))
        self.folder.setAccessibleName(self.tr("Folder for the PDF files"))
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setAccessibleName(self.tr("Choose the folder"))
        choose.setAutoDefault(False)  # Return in the folder's field exports, as it says
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)

        self.form = form = QFormLayout()
        form.addRow(self.tr("&Write"), self.output)
        form.addRow(sheets_box)
        form.addRow(self.tr("&Paper"), self.paper)
        form.addRow(self.tr("Content"), content_row)
        form.addRow(self.tr("&Language of the sheets"), self.language)
        form.addRow(self.tr("Folder"), folder_row)

        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.status = QLabel()
        self.status.setObjectName("savedStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()

        self.results = QWidget()
        self.results_layout = QVBoxLayout(self.results)
        self.results_layout.setContentsMargins(0, 0, 4, 0)
        self.results_layout.addStretch(1)
        self.results_area = QScrollArea()
        self.results_area.setWidget(self.results)
        self.results_area.setWidgetResizable(True)
        self.results_area.setFrameShape(QFrame.Shape.NoFrame)
        self.results_area.setMinimumHeight(RESULTS_HEIGHT)
        self.results_area.setAccessibleName(self.tr("Files written"))
        self.results_area.hide()
        self.print_note = QLabel(translate("export_dialog", PRINT_NOTE))
        self.print_note.setObjectName("hint")
        self.print_note.setWordWrap(True)
        self.print_note.hide()

        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("primaryButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button = QPushButton(self.tr("&Show the folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.open_folder_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.show_output_choices()
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.results_area, 1)
        layout.addWidget(self.print_note)
        layout.addWidget(buttons)

    # ------------------------------------------------------------ choices

    def chosen_output(self) -> str:
        return str(self.output.currentData())

    def show_output_choices(self) -> None:
        """Sheets, paper and filled-or-blank are choices of the PDF sheets only."""
        sheets = self.chosen_output() == "sheets"
        self.form.setRowVisible(self.sheets_box, sheets)
        self.form.setRowVisible(self.paper, sheets)
        self.form.setRowVisible(self.content_row, sheets)

    def chosen_sheets(self) -> list[str]:
        return [name for name, box in self.sheet_boxes.items() if box.isChecked()]

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the sheets"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    # ------------------------------------------------------------ exporting

    def export(self) -> None:
        self.error.hide()
        self.show_written([], None)
        sheets = self.chosen_sheets()
        if not sheets and self.chosen_output() == "sheets":
            self.show_error(self.tr("Tick at least one sheet to print."))
            return
        if not self.folder.text().strip():
            self.show_error(self.tr("Choose a folder for the PDF files."))
            return
        folder = self.chosen_folder()
        if not folder.exists() and folder != default_folder() and not self.offer_to_create(folder):
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        failed: SheetsFailed | None = None
        try:
            if not folder.exists():
                folder.mkdir(parents=True, exist_ok=True)
            snapshot = load_snapshot(self.store, self.workshop_id)
            language = str(self.language.currentData())
            if self.chosen_output() == "sheets":
                written = export_sheets(
                    snapshot,
                    sheets,
                    str(self.paper.currentData()),
                    folder,
                    blank=self.blank.isChecked(),
                    language=language,
                )
            else:
                written = [export_okrs(snapshot, self.chosen_output(), folder, language)]
        except SheetsFailed as error:
            failed, written = error, error.written
        except (ExportError, StoreError, NotFound) as error:
            self.show_error(refusal_text(error))
            return
        except OSError as error:
            self.show_error(
                self.tr("The folder {0} cannot be made: {1}.").format(
                    folder, error.strerror or error
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.remember(folder)
        self.show_written(written, folder)
        if failed is not None:
            self.show_error(
                "\n".join(
                    self.tr("{0} was not written: {1}.").format(f.title, message_text(f.reason))
                    for f in failed.failures
                )
            )

    def offer_to_create(self, folder: Path) -> bool:
        """Ask whether to create a folder that does not exist; True when the person agrees."""
        answer = QMessageBox.question(
            self,
            self.tr("Create the folder?"),
            self.tr("The folder {0} does not exist. Create it and write the sheets there?").format(
                folder
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.show_error(self.tr("Choose a folder for the PDF files, or let the app create it."))
            return False
        return True

    def remember(self, folder: Path) -> None:
        if self.preferences is None:
            return
        self.preferences.export_folder = str(folder)
        self.preferences.paper = str(self.paper.currentData())
        self.preferences.sync()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()

    def show_written(self, written: list[Path], folder: Path | None) -> None:
        """List the files just written, each with Open and Print; nothing for an empty list."""
        self.written = written
        for row in self.results.findChildren(QWidget, "exportedFile"):
            self.results_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        for index, path in enumerate(written):
            self.results_layout.insertWidget(index, self._result_row(path))
        count = len(written)
        self.status.setText(
            self.tr("Wrote 1 file in {0}.").format(folder)
            if count == 1
            else self.tr("Wrote {0} files in {1}.").format(count, folder)
        )
        for widget in (self.status, self.results_area, self.open_folder_button):
            widget.setVisible(bool(written))
        self.print_note.setVisible(any(printable(path) for path in written))

    def _result_row(self, path: Path) -> QWidget:
        row = QWidget()
        row.setObjectName("exportedFile")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(path.name)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setToolTip(str(path))
        open_button = QPushButton(self.tr("Open"))
        open_button.setAccessibleName(self.tr("Open {0}").format(path.name))
        open_button.clicked.connect(lambda: self.open_file(path))
        layout.addWidget(name, 1)
        layout.addWidget(open_button)
        if printable(path):
            print_button = QPushButton(self.tr("Print…"))
            print_button.setAccessibleName(self.tr("Print {0}").format(path.name))
            print_button.setToolTip(translate("export_dialog", PRINT_NOTE))
            print_button.clicked.connect(lambda: self.print_file(path))
            layout.addWidget(print_button)
        return row

    # ------------------------------------------------------------ after

    def open_file(self, path: Path) -> bool:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self.show_error(
            self.tr("No program opened {0}. Open it from the folder {1}, or install {2}.").format(
                path.name,
                path.parent,
                VIEWERS.get(path.suffix.lower()) or self.tr("a program that opens it"),
            )
        )
        return False

    def print_file(self, path: Path) -> None:
        if self.open_file(path):
            viewer = self.tr("browser") if path.suffix.lower() == ".html" else self.tr("PDF viewer")
            self.status.setText(
                self.tr("Opened {0} in your {1}: print it from there (Ctrl+P, or ⌘P).").format(
                    path.name, viewer
                )
            )

    def open_folder(self) -> None:
        folder = self.written[0].parent if self.written else self.chosen_folder()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.show_error(self.tr("The folder {0} could not be shown.").format(folder))
