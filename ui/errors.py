"""Unexpected exceptions: written to the log file, shown once, and the app keeps running.

Errors from the rules (``RuleError``) and from the file (``StoreError``) never get
here: the screens catch them and show them in place. What does get here is a bug,
so the facilitator sees what happened once, with the details to pass on, and the
workshop goes on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from ui.i18n import translate

log = logging.getLogger("okr_workshop")

Shower = Callable[[str, str], None]
"""Shows a summary and its details to the person at the computer."""


def log_to_file(path: Path) -> Path | None:
    """Send the app's log to a file in the user data folder; None if it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


class CrashReporter:
    """The ``sys.excepthook`` of the window app."""

    def __init__(self, log_file: Path | None, show: Shower | None = None) -> None:
        self.log_file = log_file
        self._show = show or show_message_box
        self._seen: set[tuple[str, str]] = set()
        self._previous: Callable[..., object] | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("Unexpected error\n%s", details)
        key = (kind.__name__, _where(trace))
        if key in self._seen:
            return
        self._seen.add(key)
        where = (
            translate("CrashReporter", " The details are also in {0}.").format(self.log_file)
            if self.log_file
            else ""
        )
        summary = translate(
            "CrashReporter",
            "Something unexpected went wrong ({0}: {1}). Everything up to your "
            "last action is saved, and you can carry on. If it happens again, send "
            "the details below to whoever looks after the app.{2}",
        ).format(kind.__name__, error, where)
        self._show(summary, details)


def _where(trace: TracebackType | None) -> str:
    frames = traceback.extract_tb(trace)
    if not frames:
        return ""
    last = frames[-1]
    return f"{last.filename}:{last.lineno}"


def show_message_box(summary: str, details: str) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    parent = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("errors", "OKR Workshop: unexpected problem"))
    box.setText(summary)
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
