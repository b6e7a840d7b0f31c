"""What the benchmarks run: the app's own code, set up as a user would meet it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workshop import commands
from workshop.store import open_store


def startup_cases() -> dict[str, tuple[str, str, float]]:
    """Name -> (set-up code, window expression, allowed ratio to a bare window)."""
    empty = (
        "from workshop.store import open_store\n"
        "from ui.main_window import MainWindow\n"
        "import tempfile, pathlib\n"
        "store = open_store(pathlib.Path(tempfile.mkdtemp()) / 'w.sqlite')\n"
    )
    return {
        "start to first paint, main window": (empty, "MainWindow(store)", 1.5),
    }


def committed_action(path: Path) -> Callable[[], object]:
    """A small user action that commits: renaming the workshop's mission."""
    store = open_store(path)
    workshop_id = commands.create_workshop(
        store, commands.NewWorkshop(team="Bench", template="executive", steps=[])
    )
    counter = iter(range(10**9))

    def action() -> None:
        from workshop.models import Workshop

        with store.transaction() as session:
            workshop = session.get(Workshop, workshop_id)
            assert workshop is not None
            workshop.mission = f"Mission {next(counter)}"

    return action
