"""The main window as the tests, the pictures and the crash scripts open it: on fake clocks,
on the workshop day the fake wall clock starts on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tests.clocks import FakeClock, FakeWall
from ui.main_window import MainWindow
from ui.preferences import Preferences
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
