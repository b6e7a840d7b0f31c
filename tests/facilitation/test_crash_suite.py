"""The crash suite: a scripted workshop killed with SIGKILL at 50 points, restarted each time.

After every kill the file passes SQLite's integrity check, holds every action that
returned before the kill, and the timer comes back running, with at least the time
used it had written.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clocks import fake_engine
from workshop import commands
from workshop.store import open_store

KILLS = 50
ROOT = Path(__file__).parents[2]


def run_and_kill(path: Path, acknowledgements: int) -> list[str]:
    """Start the script, let it report some actions, kill it; every line it printed."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.facilitation.crash_script", str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    lines = [child.stdout.readline().strip() for _ in range(acknowledgements)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    lines += child.stdout.read().split("\n")
    return [line for line in lines if line]


@pytest.mark.slow
def test_fifty_kills_lose_nothing_that_returned(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    rng = random.Random(20261123)
    added: set[int] = set()
    reworded: set[int] = set()
    used_written = 0.0
    for _ in range(KILLS):
        for line in run_and_kill(path, rng.randint(1, 9)):
            word, value = line.split()
            if word == "card":
                added.add(int(value))
            elif word == "edit":
                reworded.add(int(value))
            else:
                used_written = max(used_written, float(value))

        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            connection.close()
        store = open_store(path)
        try:
            (summary,) = commands.list_workshops(store)
            engine = fake_engine(store, summary.id)
            texts = {card.text for card in engine.boards.cards()}
            for number in added:
                assert f"Card {number}" in texts or f"Card {number} reworded" in texts
            for number in reworded:
                assert f"Card {number} reworded" in texts
            assert engine.agenda.running, "the timer was running when the app was killed"
            assert engine.agenda.used() >= used_written
        finally:
            store.close()
    assert len(added) >= KILLS
