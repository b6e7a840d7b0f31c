"""The main window: the start screen, then the cockpit of the open workshop.

The window paints first and opens the workshop file right after, so the app is
on screen as fast as a bare window: this module imports nothing that pulls in
the database layer until ``start`` runs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from ui.i18n import QT_TRANSLATE_NOOP, refusal_text, translate
from ui.places import shown_location
from ui.preferences import Preferences

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QMenu, QWidget

    from facilitation.engine.base import WallClock
    from facilitation.timer import Clock
    from ui.cockpit import Cockpit
    from ui.cockpit.opening import OpeningCockpit
    from ui.cycle.window import CycleWindow
    from ui.start_screen import StartScreen
    from workshop.store import Store

APP_TITLE = "OKR Workshop"
FILE_FILTER = QT_TRANSLATE_NOOP("main_window", "OKR Workshop files (*.sqlite *.db);;All files (*)")
JSON_FILTER = QT_TRANSLATE_NOOP("main_window", "OKR Workshop documents (*.json);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: Store | None = None,
        *,
        location: str | Path | None = None,
        clock: Clock | None = None,
        wall: WallClock | None = None,
        today: Callable[[], dt.date] | None = None,
        preferences: Preferences | None = None,
        beep: Callable[[], None] | None = None,
        workshop_id: int | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self._owns_store = False
        self.location = str(location) if location is not None else None
        self.clock = clock
        self.wall = wall
        self.today = today
        self.beep = beep
        self.preferences = preferences or Preferences()
        self.cockpit: Cockpit | None = None
        self.cycle_windows: dict[int, CycleWindow] = {}
        self.start_screen: StartScreen | None = None
        self.open_at_start = workshop_id
        self.opening_frame: OpeningCockpit | None = None
        self._started = False
        self._cockpit_menus: list[QAction] = []
        self.setWindowTitle(APP_TITLE)
        self.setObjectName("mainWindow")
        self.pages = QStackedWidget()
        self.opening = QLabel(self.tr("Opening the workshop file…"))
        self.opening.setObjectName("opening")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.opening)
        self.setCentralWidget(self.pages)
        self.saved = QLabel()
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setObjectName("savedStatus")
        self.saved.setAccessibleName(self.tr("Save status"))
        self.file_label = QLabel()
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setObjectName("hint")
        self.resize(1440, 900)

    # Start-up: paint first, then open the file

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self.start)

    def start(self) -> None:
        """Open the workshop file and show the start screen (once).

        A workshop to open at start-up shows its frame first, from a glance at the
        file, and the rest follows once that frame is on screen.
        """
        if self._started:
            return
        self._started = True
        self.statusBar().addWidget(self.saved, 1)
        self.statusBar().addPermanentWidget(self.file_label)
        self._make_menus()
        frame = self._opening_frame()
        if frame is None:
            self._open_everything()
            return
        self.opening_frame = frame
        # Made after the window was shown, the bars would show only with the cockpit.
        self.menuBar().show()
        self.statusBar().show()
        frame.painted.connect(lambda: QTimer.singleShot(0, self._open_everything))
        self.pages.addWidget(frame)
        self.pages.setCurrentWidget(frame)

    def _opening_frame(self) -> OpeningCockpit | None:
        """The frame of the workshop to open at start-up, when a glance can read it."""
        if self.open_at_start is None or self.store is not None:
            return None
        from ui.cockpit.opening import OpeningCockpit
        from ui.theme import colours
        from workshop import paths
        from workshop.glance import glance

        location = self.location or str(paths.default_store_path())
        seen = glance(location, self.open_at_start)
        if seen is None:
            return None
        self._show_title(seen.team, seen.cycle_label)
        return OpeningCockpit(
            seen,
            muted=self.preferences.muted,
            colours=colours(self.preferences.theme),
            width=self.width(),
        )

    def _open_everything(self) -> None:
        self._make_start_screen()
        if self.store is None:
            from workshop import paths

            self._open_location(self.location or str(paths.default_store_path()))
        else:
            self._use_store(self.store, owned=False)
        self.show_start()
        if self.open_at_start is not None:
            self.open_workshop(self.open_at_start)
        if self.opening_frame is not None:
            # Handed to Python, the frame goes with its last reference: a deleteLater
            # here has crashed the process once other windows had come and gone.
            self.pages.removeWidget(self.opening_frame)
            self.opening_frame.setParent(None)
            self.opening_frame = None

    def _make_start_screen(self) -> None:
        from ui.start_screen import StartScreen

        kwargs = {} if self.today is None else {"today": self.today}
        self.start_screen = StartScreen(**kwargs, wall=self.wall)
        self.start_screen.openRequested.connect(self.open_workshop)
        self.start_screen.cycleRequested.connect(self.open_cycle)
        self.start_screen.openFileRequested.connect(self.choose_file_to_open)
        self.start_screen.newFileRequested.connect(self.choose_new_file)
        self.pages.addWidget(self.start_screen)

    @property
    def ready(self) -> bool:
        return self.start_screen is not None

    # Menus

    def _make_menus(self) -> None:
        """The menus, made once the window is on screen."""
        bar = self.menuBar()
        self.workshop_menu = bar.addMenu(self.tr("&Workshop"))
        self.start_action = self._action(
            self.workshop_menu, self.tr("Workshops in this file"), self.show_start, "Ctrl+Shift+H"
        )
        self.new_workshop_action = self._action(
            self.workshop_menu, self.tr("New workshop…"), self.new_workshop, "Ctrl+N"
        )
        self.cycle_action = self._action(
            self.workshop_menu,
            self.tr("Check-ins and review…"),
            self._open_cycle_here,
            "Ctrl+Shift+K",
        )
        self.workshop_menu.addSeparator()
        self.open_file_action = self._action(
            self.workshop_menu, self.tr("Open another file…"), self.choose_file_to_open, "Ctrl+O"
        )
        self._action(self.workshop_menu, self.tr("New file…"), self.choose_new_file)
        self.import_json_action = self._action(
            self.workshop_menu,
            self.tr("Import a workshop from a JSON document…"),
            self.choose_document_to_import,
        )
        self.recent_menu = self.workshop_menu.addMenu(self.tr("Recent files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_files)
        self.export_separator = self.workshop_menu.addSeparator()
        self.quit_action = self._action(self.workshop_menu, self.tr("Quit"), self.close, "Ctrl+Q")
        self.view_menu = bar.addMenu(self.tr("&View"))
        from PySide6.QtGui import QActionGroup

        self.theme_group = QActionGroup(self)
        self.light_action = self._theme_action(self.tr("Light theme"), "light")
        self.dark_action = self._theme_action(self.tr("Dark theme"), "dark")
        self.contrast_action = self._theme_action(self.tr("High contrast theme"), "contrast")
        self._make_language_menu()
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.help_menu, self.tr("Keyboard shortcuts"), self.show_shortcuts, "F1"
        )

    def _make_language_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from ui.i18n import LANGUAGES, current_language

        self.language_menu = self.view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self.language_menu)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(language == current_language())
            action.triggered.connect(lambda _=False, chosen=language: self.change_language(chosen))
            group.addAction(action)
            self.language_actions[language] = action

    def change_language(self, language: str) -> None:
        """Speak ``language`` from now on, and remember it for the next start.

        The window is made again in the new language: its menus, the start screen and
        the open workshop, at the step it was on. The workshop itself is unchanged: its
        agenda keeps the titles it was created with.
        """
        from PySide6.QtWidgets import QApplication

        from ui.i18n import current_language, install_language

        if language == current_language():
            return
        self.preferences.language = language
        app = QApplication.instance()
        if app is not None:
            install_language(app, language)
        workshop_id = self.cockpit.workshop_id if self.cockpit is not None else None
        running = self.cockpit is not None and self.cockpit.engine.agenda.running
        self.close_workshop()
        self.close_cycle_windows()
        self.menuBar().clear()
        self._make_menus()
        if self.start_screen is not None:
            self.pages.removeWidget(self.start_screen)
            self.start_screen.deleteLater()
        self._make_start_screen()
        if self.start_screen is not None and self.store is not None:
            self.start_screen.set_store(self.store)
        self.opening.setText(self.tr("Opening the workshop file…"))
        self.saved.setAccessibleName(self.tr("Save status"))
        self.show_start()
        if workshop_id is not None:
            cockpit = self.open_workshop(workshop_id)
            if cockpit is not None and running:
                cockpit.toggle_timer()

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        keys: str | None = None,
    ) -> QAction:
        from PySide6.QtGui import QKeySequence

        action = menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _fill_recent_files(self) -> None:
        self.recent_menu.clear()
        files = self.preferences.recent_files
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        for location in files:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(lambda _=False, path=location: self.open_file(path))

    def _add_cockpit_menus(self, cockpit: Cockpit) -> None:
        from PySide6.QtWidgets import QMenu

        bar = self.menuBar()
        for title, actions in cockpit.menus():
            menu = QMenu(title, self)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
            self._cockpit_menus.append(bar.insertMenu(self.view_menu.menuAction(), menu))
        existing = self.view_menu.actions()
        for action in (cockpit.presenter_action, cockpit.show_agenda_action):
            if existing:
                self.view_menu.insertAction(existing[0], action)
            else:
                self.view_menu.addAction(action)
        self.workshop_menu.insertAction(self.export_separator, cockpit.worksheet_action)
        self.workshop_menu.insertAction(self.export_separator, cockpit.export_action)
        self.workshop_menu.insertAction(self.export_separator, cockpit.import_table_action)

    def _remove_cockpit_menus(self, cockpit: Cockpit) -> None:
        from PySide6.QtWidgets import QMenu

        bar = self.menuBar()
        for action in self._cockpit_menus:
            bar.removeAction(action)
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.deleteLater()
        self._cockpit_menus = []
        self.view_menu.removeAction(cockpit.presenter_action)
        self.view_menu.removeAction(cockpit.show_agenda_action)
        self.workshop_menu.removeAction(cockpit.worksheet_action)
        self.workshop_menu.removeAction(cockpit.export_action)
        self.workshop_menu.removeAction(cockpit.import_table_action)

    def menu_groups(self) -> list[tuple[str, list[QAction]]]:
        """Every menu's actions, for the shortcuts sheet."""
        from PySide6.QtWidgets import QMenu

        groups = []
        for action in self.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
                groups.append((menu.title().replace("&", ""), entries))
        if self.cockpit is not None:
            groups.append((self.tr("Presenter view"), [self.cockpit.leave_presenter_action]))
        return groups

    def show_shortcuts(self) -> None:
        from ui.dialogs import ShortcutsSheet

        ShortcutsSheet(self.menu_groups(), self).exec()

    def _theme_action(self, text: str, theme: str) -> QAction:
        """One of the View menu's themes; one is checked, and the choice is remembered."""
        action = self._action(self.view_menu, text, lambda: self.choose_theme(theme))
        action.setCheckable(True)
        action.setChecked(self.preferences.theme == theme)
        self.theme_group.addAction(action)
        return action

    def choose_theme(self, theme: str) -> None:
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme, colours

        self.preferences.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)
        if self.cockpit is not None:
            self.cockpit.model.set_colours(colours(theme))

    # Files

    def _open_location(self, location: str) -> bool:
        from workshop.store import StoreError, open_store

        try:
            store = open_store(location)
        except StoreError as error:
            if self.start_screen is not None:
                if self.store is None:
                    self.start_screen.set_store(None, refusal_text(error))
                else:
                    self.start_screen.show_problem(refusal_text(error))
            return False
        self._use_store(store, owned=True)
        report = store.report
        if report.upgraded_from is not None and report.backup is not None:
            self.saved.setText(
                self.tr(
                    "This file came from an older version and was upgraded; the old copy is {0}."
                ).format(report.backup.name)
            )
        return True

    def _use_store(self, store: Store, owned: bool) -> None:
        self.close_workshop()
        self.close_cycle_windows()
        if self.store is not None and self.store is not store and self._owns_store:
            self.store.close()
        self.store = store
        self._owns_store = owned
        self.location = store.location
        self.file_label.setText(shown_location(store.location))
        self.preferences.remember_file(store.location)
        if self.start_screen is not None:
            self.start_screen.set_store(store)

    def open_file(self, location: str) -> bool:
        opened = self._open_location(location)
        self.show_start()
        return opened

    def choose_file_to_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        self._open_chosen(QFileDialog.getOpenFileName, self.tr("Open a workshop file"))

    def choose_new_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        self._open_chosen(QFileDialog.getSaveFileName, self.tr("New workshop file"))

    def _open_chosen(
        self, ask: Callable[[QWidget, str, str, str], tuple[str, str]], title: str
    ) -> None:
        """Open the workshop file the person picks in Qt's file dialog, if they pick one."""
        path, _ = ask(self, title, self._folder(), translate("main_window", FILE_FILTER))
        if path:
            self.open_file(path)

    def choose_document_to_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a workshop from a JSON document"),
            self._folder(),
            translate("main_window", JSON_FILTER),
        )
        if path:
            self.import_document(Path(path))

    def import_document(self, path: Path) -> int | None:
        """Add the workshop a JSON document holds to this file and open it.

        A document with any problem adds nothing; the start screen names the field.
        """
        from facilitation.imports import import_text
        from workshop.interchange import InterchangeError
        from workshop.store import StoreError

        if self.store is None:
            return None
        self.show_start()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            if isinstance(error, OSError):
                reason = error.strerror or str(error)
            else:
                reason = self.tr("it is not UTF-8 text")
            self._show_start_problem(self.tr("{0} cannot be read: {1}.").format(path.name, reason))
            return None
        try:
            workshop_id = import_text(self.store, text)
        except (InterchangeError, StoreError) as error:
            self._show_start_problem(
                self.tr("{0} was not imported: {1}").format(path.name, refusal_text(error))
            )
            return None
        self.open_workshop(workshop_id)
        return workshop_id

    def _show_start_problem(self, message: str) -> None:
        if self.start_screen is not None:
            self.start_screen.show_problem(message)

    def _folder(self) -> str:
        if self.location and "://" not in self.location:
            return str(Path(self.location).parent)
        return str(Path.home())

    # Workshops

    def show_start(self) -> None:
        self.close_workshop()
        if self.start_screen is None:
            return
        self.start_screen.refresh()
        self.pages.setCurrentWidget(self.start_screen)
        self.setWindowTitle(APP_TITLE)
        self.start_screen.focus_first()

    def new_workshop(self) -> None:
        self.show_start()
        if self.start_screen is not None:
            self.start_screen.form.reset()
            self.start_screen.form.team.setFocus()

    def open_workshop(self, workshop_id: int) -> Cockpit | None:
        from facilitation.rules import RuleError
        from facilitation.timer import local_now, utc_moment
        from ui.cockpit import Cockpit
        from ui.theme import colours
        from workshop import commands
        from workshop.store import StoreError

        if self.store is None:
            return None
        self.close_workshop()
        try:
            opened_at = utc_moment(self.wall or local_now)
            commands.mark_opened(self.store, workshop_id, at=opened_at)
            summary = next(s for s in commands.list_workshops(self.store) if s.id == workshop_id)
            extra = {} if self.beep is None else {"beep": self.beep}
            cockpit = Cockpit(
                self.store,
                workshop_id,
                clock=self.clock,
                wall=self.wall,
                muted=self.preferences.muted,
                colours=colours(self.preferences.theme),
                preferences=self.preferences,
                **extra,
            )
        except (RuleError, StoreError, commands.NotFound, StopIteration) as error:
            message = refusal_text(error) or self.tr("That workshop is no longer in this file.")
            if self.start_screen is not None:
                self.start_screen.show_problem(message)
            return None
        self.cockpit = cockpit
        cockpit.statusChanged.connect(self.saved.setText)
        cockpit.mute_action.toggled.connect(self._remember_mute)
        self.pages.addWidget(cockpit)
        self.pages.setCurrentWidget(cockpit)
        self._add_cockpit_menus(cockpit)
        self._show_title(summary.team, summary.cycle_label)
        self.saved.setText(self.tr("All changes are saved as you make them"))
        cockpit.rail.setFocus()
        return cockpit

    def _show_title(self, team: str, cycle_label: str) -> None:
        cycle = f" · {cycle_label}" if cycle_label else ""
        self.setWindowTitle(f"{team}{cycle} — {APP_TITLE}")

    def _open_cycle_here(self) -> None:
        """The check-ins of the open workshop, or of the one selected on the start screen."""
        workshop_id = None
        if self.cockpit is not None:
            workshop_id = self.cockpit.workshop_id
        elif self.start_screen is not None:
            workshop_id = self.start_screen.selected_id()
        if workshop_id is not None:
            self.open_cycle(workshop_id)
        elif self.start_screen is not None:
            self.start_screen.show_problem(self.tr("Choose a workshop first, then its check-ins."))

    def open_cycle(self, workshop_id: int) -> CycleWindow | None:
        """The check-ins and review of a workshop, in a window of their own."""
        from ui.cycle.window import CycleWindow

        if self.store is None:
            return None
        from facilitation.rules import RuleError
        from workshop.store import StoreError

        window = self.cycle_windows.get(workshop_id)
        if window is None:
            try:
                window = CycleWindow(self.store, workshop_id, clock=self.clock, wall=self.wall)
            except (RuleError, StoreError) as error:
                if self.start_screen is not None:
                    self.start_screen.show_problem(refusal_text(error))
                return None
            window.openWorkshopRequested.connect(self._open_from_cycle)
            self.cycle_windows[workshop_id] = window
        window.show()
        window.activateWindow()
        return window

    def _open_from_cycle(self, workshop_id: int) -> None:
        """The next cycle was started: open it here, at its first step."""
        self.show_start()
        self.open_workshop(workshop_id)
        self.activateWindow()

    def close_cycle_windows(self) -> None:
        for window in self.cycle_windows.values():
            window.close()
            window.deleteLater()
        self.cycle_windows = {}

    def _remember_mute(self, muted: bool) -> None:
        self.preferences.muted = muted

    def close_workshop(self) -> None:
        cockpit = self.cockpit
        if cockpit is None:
            return
        cockpit.close_workshop()
        self._remove_cockpit_menus(cockpit)
        self.pages.removeWidget(cockpit)
        cockpit.deleteLater()
        self.cockpit = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_workshop()
        self.close_cycle_windows()
        self.preferences.sync()
        if self.store is not None and self._owns_store:
            self.store.close()
            self.store = None
        super().closeEvent(event)
