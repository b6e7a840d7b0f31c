"""Starting the windowed app."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.main_window import MainWindow
from workshop import paths
from workshop.store import StoreError, open_store


def run_app(db: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OKR Workshop")
    location: str | Path = db or paths.default_store_path()
    try:
        store = open_store(location)
    except StoreError as error:
        logging.getLogger(__name__).warning("Could not open %s: %s", location, error)
        QMessageBox.critical(None, "OKR Workshop", str(error))
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
