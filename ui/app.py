"""Starting the windowed app.

The window is painted first; the workshop file is opened right after the first
paint. Nothing here imports the database layer before that.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui.i18n import choose_language, install_language
from ui.main_window import APP_TITLE, MainWindow
from ui.preferences import Preferences
from ui.theme import apply_theme


def run_app(db: str | None, language: str | None = None, workshop_id: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_TITLE)
    preferences = Preferences()
    install_language(app, choose_language(language, preferences.language))
    apply_theme(app, preferences.theme)
    window = MainWindow(location=db, preferences=preferences, workshop_id=workshop_id)
    if os.environ.get(FIRST_PAINT):
        app.installEventFilter(FirstPaintReport(app, window, cockpit=workshop_id is not None))
    # The day is run full-screen on the projector: the pages are sized for it.
    window.showMaximized()
    QTimer.singleShot(0, _report_unexpected_errors)
    grab = os.environ.get(SCREEN_GRAB)
    if grab:
        QTimer.singleShot(0, lambda: _grab_screen_and_quit(window, grab))
    return app.exec()


FIRST_PAINT = "OKR_WORKSHOP_FIRST_PAINT"
"""Set: print the clock (``time.perf_counter``) when the window, or the cockpit of the
workshop opened at start-up, first paints, then quit. The benchmarks time start-up
with it, from before the process starts; on Linux that clock is the system's.
"""


class FirstPaintReport(QObject):
    def __init__(self, app: QApplication, window: MainWindow, *, cockpit: bool) -> None:
        super().__init__(app)
        self.app = app
        self.window = window
        self.cockpit = cockpit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._awaited(watched):
            print(f"{time.perf_counter():.6f}", flush=True)
            self.app.removeEventFilter(self)
            self.app.exit(0)
        return False

    def _awaited(self, watched: QObject) -> bool:
        if self.cockpit:
            return watched.objectName() == "cockpit"
        return watched is self.window


SCREEN_GRAB = "OKR_WORKSHOP_SCREEN_GRAB"
"""A PNG path: once the window is up, save what the screen shows there and quit.

It proves on a machine without a person at it that the window really painted: the
picture is read back from the display server, not drawn by the app for itself.
"""


def _grab_screen_and_quit(window: MainWindow, path: str) -> None:
    if not window.ready:
        QTimer.singleShot(50, lambda: _grab_screen_and_quit(window, path))
        return
    QApplication.processEvents()
    saved = window.screen().grabWindow(0).save(path, "PNG")
    QApplication.exit(0 if saved else 1)


def _report_unexpected_errors() -> None:
    """Log unexpected exceptions to the user data folder and show each one once."""
    from ui.errors import CrashReporter, log_to_file
    from workshop import paths

    CrashReporter(log_to_file(paths.log_path())).install()
