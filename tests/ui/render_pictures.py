"""Render the pictures of the start screen, the cockpit and the presenter view.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.render_pictures``;
the PNGs land in ``docs/pictures`` at 1920x1080, as a projector shows them.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from facilitation.workshops import new_workshop
from tests.ui.conftest import FakeClock, FakeWall
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.theme import apply_theme, colours
from workshop import commands
from workshop.store import Store, open_store

OUT = Path(__file__).resolve().parents[2] / "docs" / "pictures"
SIZE = (1920, 1080)
TEAM = [
    ("Amara Okafor", "facilitator"),
    ("Bruno Lima", "sponsor"),
    ("Chiara Rossi", "okr_lead"),
    ("Dmitri Ivanov", "kr_lead"),
    ("Eun-ji Park", "contributor"),
]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    return path


def fill_file(store: Store) -> int:
    """A file with three workshops, one of them under way."""
    support = new_workshop(store, "Customer support", "team", cycle_label="Q4 2026")
    commands.mark_opened(store, support)
    new_workshop(store, "Data platform", "team", cycle_label="Q1 2027")
    return new_workshop(
        store,
        "Platform team",
        "executive",
        mission="Make shipping a change safe, quick and dull",
        cycle_label="Q1 2027",
        participants=TEAM,
    )


def walk_to_the_third_step(cockpit: Cockpit, clock: FakeClock) -> None:
    cockpit.toggle_timer()
    clock.advance(22 * 60)
    cockpit.next_step()
    clock.advance(18 * 60 + 30)
    cockpit.next_step()
    clock.advance(18 * 60 + 15)
    cockpit.watch.refresh()


def render(theme: str, store_path: Path, folder: Path) -> list[Path]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    clock = FakeClock()
    wall = FakeWall(clock)
    store = open_store(store_path)
    preferences = Preferences(folder / f"{theme}.ini")
    preferences.theme = theme
    window = MainWindow(
        store,
        clock=clock,
        wall=wall,
        today=lambda: dt.date(2026, 11, 23),
        preferences=preferences,
        beep=lambda: None,
    )
    window.resize(*SIZE)
    window.show()
    window.start()
    paths = []
    if theme == "light":
        paths.append(save(window, "start-screen"))
    workshop_id = next(s.id for s in commands.list_workshops(store) if s.team == "Platform team")
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    cockpit.model.set_colours(colours(theme))
    walk_to_the_third_step(cockpit, clock)
    paths.append(save(window, f"cockpit-{theme}"))
    cockpit.show_presenter()
    presenter = cockpit.presenter
    assert presenter is not None
    presenter.showNormal()
    presenter.resize(*SIZE)
    cockpit.watch.refresh()
    paths.append(save(presenter, f"presenter-{theme}"))
    clock.advance(2 * 60 + 14)
    cockpit.watch.refresh()
    paths.append(save(presenter, f"presenter-time-up-{theme}"))
    if theme == "dark":
        paths.append(save(window, "cockpit-time-up-dark"))
    cockpit.engine.agenda.pause()
    window.close()
    store.close()
    return paths


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        # The pictures show the file where a facilitator would keep it, under their home.
        os.environ["HOME"] = name
        folder = Path(name) / "Documents" / "OKR workshops"
        folder.mkdir(parents=True)
        for theme in ("light", "dark"):
            store_path = folder / f"platform-team-{theme}.sqlite"
            store = open_store(store_path)
            fill_file(store)
            store.close()
            for path in render(theme, store_path, folder):
                print(path)
    del app


if __name__ == "__main__":
    main()
