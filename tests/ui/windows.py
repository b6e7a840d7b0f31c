"""The windows as the tests, the picture scripts and the crash scripts open them: the main
window on fake clocks, on the workshop day the fake wall clock starts on, and the
application the pictures are drawn in."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from tests.clocks import FakeClock, FakeWall
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.theme import apply_theme
from workshop.store import Store

WORKSHOP_DAY = dt.date(2026, 11, 23)


def window_on_fake_clocks(
    store: Store,
    preferences: Preferences,
    clock: FakeClock,
    wall: FakeWall | None = None,
    beep: Callable[[], None] = lambda: None,
) -> MainWindow:
    """The window on the store, not shown yet; silent unless given a beep."""
    return MainWindow(
        store,
        clock=clock,
        wall=wall or FakeWall(clock),
        today=lambda: WORKSHOP_DAY,
        preferences=preferences,
        beep=beep,
    )


def picture_app(theme: str = "light") -> QApplication:
    """The application of a picture script, in the theme the pictures are drawn in."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    return app
