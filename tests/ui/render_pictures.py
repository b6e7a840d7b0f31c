"""Render the pictures of the start screen, the cockpit and the presenter view.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.render_pictures``;
the PNGs land in ``docs/pictures`` at 1920x1080, as a projector shows them, and every
step of both agendas in the cockpit at 1280x720, the smallest room screen, lands in
``docs/pictures/1280x720``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from facilitation.workshops import new_workshop
from tests.clocks import STAMPED, FakeClock, FakeWall
from tests.ui.room_screens import a_days_work, booth_screens
from tests.ui.windows import window_on_fake_clocks
from ui.cockpit import Cockpit
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.preferences import Preferences
from ui.theme import apply_theme, colours
from workshop import commands
from workshop.store import Store, open_store

OUT = Path(__file__).resolve().parents[2] / "docs" / "pictures"
SIZE = (1920, 1080)
SMALL = (1280, 720)
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
    commands.mark_opened(store, support, at=STAMPED)
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
    window = window_on_fake_clocks(store, preferences, clock, wall)
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


def render_small_screen(store_path: Path, folder: Path) -> list[Path]:
    """Every step of both agendas, and the voting booth's ballot and results, at 1280x720."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    out = OUT / f"{SMALL[0]}x{SMALL[1]}"
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for template in ("executive", "team"):
        store = open_store(store_path.with_name(f"{template}-day.sqlite"))
        example = a_days_work(store, template)
        clock = FakeClock()
        window = window_on_fake_clocks(store, Preferences(folder / f"{template}-small.ini"), clock)
        window.resize(*SMALL)
        window.show()
        window.start()
        cockpit = window.open_workshop(example.workshop_id)
        assert cockpit is not None
        for number, step in enumerate(cockpit.engine.agenda.steps(), start=1):
            cockpit.go_to(step.id)
            name = f"{template}-{number:02d}-{step.kind}"
            paths.append(save_small(window, out / f"{name}.png"))
            page = cockpit.page_area.widget()
            if isinstance(page, BoothPage) and step.kind == "objective_vote":
                for screen in booth_screens(cockpit.engine, page):
                    if screen == "a voter's ballot":
                        paths.append(save_small(window, out / f"{name}-ballot.png"))
                settle()
                cockpit.page_area.ensureWidgetVisible(page.results.tie_boxes[0])
                paths.append(save_small(window, out / f"{name}-results-with-a-tie.png"))
        cockpit.engine.agenda.pause()
        window.close()
        store.close()
    return paths


def save_small(window: MainWindow, path: Path) -> Path:
    settle()
    window.grab().save(str(path))
    return path


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        # The pictures show the file where a facilitator would keep it, under their home.
        os.environ["HOME"] = name
        folder = Path(name) / "Documents" / "OKR workshops"
        folder.mkdir(parents=True)
        for theme in ("light", "dark", "contrast"):
            store_path = folder / f"platform-team-{theme}.sqlite"
            store = open_store(store_path)
            fill_file(store)
            store.close()
            for path in render(theme, store_path, folder):
                print(path)
        for path in render_small_screen(folder / "day.sqlite", folder):
            print(path)
    del app


if __name__ == "__main__":
    main()
