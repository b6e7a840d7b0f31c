"""Starting the windowed app.

The window is painted first; the workshop file is opened right after the first
paint. Nothing here imports the database layer before that.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import APP_TITLE, MainWindow
from ui.preferences import Preferences
from ui.theme import apply_theme


def run_app(db: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_TITLE)
    preferences = Preferences()
    apply_theme(app, preferences.theme)
    window = MainWindow(location=db, preferences=preferences)
    # The day is run full-screen on the projector: the pages are sized for it.
    window.showMaximized()
    QTimer.singleShot(0, _report_unexpected_errors)
    return app.exec()


def _report_unexpected_errors() -> None:
    """Log unexpected exceptions to the user data folder and show each one once."""
    from ui.errors import CrashReporter, log_to_file
    from workshop import paths

    CrashReporter(log_to_file(paths.log_path())).install()
