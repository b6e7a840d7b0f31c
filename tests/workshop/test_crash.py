"""Nothing that returned is lost when the app is killed part-way."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import commands
from workshop.store import open_store

CHILD = """
import datetime as dt
import sys
from workshop import commands
from workshop.store import open_store

store = open_store(sys.argv[1])
for number in range(10_000):
    workshop_id = commands.create_workshop(
        store,
        commands.NewWorkshop(
            team=f"Team {number}",
            template="team",
            steps=[commands.NewStep("refresher", "Refresher", 300)] * 5,
            participants=[commands.NewParticipant(f"Person {n}") for n in range(4)],
            created_at=dt.datetime(2026, 11, 23, 8, 0),
        ),
    )
    print(workshop_id, flush=True)
"""


@pytest.mark.slow
@pytest.mark.parametrize("acknowledged_before_kill", [1, 7, 23])
def test_every_returned_command_survives_a_kill(
    tmp_path: Path, acknowledged_before_kill: int
) -> None:
    path = tmp_path / "crash.sqlite"
    open_store(path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None
    returned = [int(child.stdout.readline()) for _ in range(acknowledged_before_kill)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    returned += [int(line) for line in child.stdout.read().split()]

    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    store = open_store(path)
    try:
        kept = {summary.id: summary for summary in commands.list_workshops(store)}
    finally:
        store.close()
    assert set(returned) <= set(kept)
    for workshop_id in returned:
        assert kept[workshop_id].steps_total == 5
