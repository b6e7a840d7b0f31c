"""Creating a file is atomic: whatever stops it part-way, the next start opens the file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.workshop.new_files import assert_created_at_head
from workshop import models, schema
from workshop.store import STALE_BUILD_SECONDS, StoreUnavailable, open_store, read_revision

ROOT = Path(__file__).parents[2]
KILLS = 50


def create_and_kill(path: Path, kill_at: int) -> str:
    """Create ``path`` in a child killed at its ``kill_at``-th step; what it printed."""
    child = subprocess.run(
        [sys.executable, "-m", "tests.workshop.create_script", str(path), str(kill_at)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    return child.stdout.strip()


def assert_opens_and_works(path: Path) -> None:
    store = open_store(path)
    try:
        workshop_id = new_workshop(store, "After the kill", "team")
        fake_engine(store, workshop_id).boards.add_card("Still works")
        assert read_revision(path) == schema.HEAD
    finally:
        store.close()


@pytest.mark.slow
def test_fifty_kills_during_creation_leave_no_unusable_file(tmp_path: Path) -> None:
    steps = int(create_and_kill(tmp_path / "count.sqlite", 0))
    kill_points = sorted({1 + (steps + 1) * n // KILLS for n in range(KILLS)})
    assert len(kill_points) >= min(KILLS, steps)
    for kill_at in kill_points:
        path = tmp_path / f"kill-{kill_at}" / "workshops.sqlite"
        assert create_and_kill(path, kill_at) == "", f"the child was not killed at {kill_at}"
        if path.exists():
            assert read_revision(path) == schema.HEAD, f"killed at step {kill_at}"
        assert_opens_and_works(path)


def half_made(path: Path, tables: list[str]) -> None:
    """What an older version left when it was killed while creating the file."""
    engine = create_engine(f"sqlite:///{path}")
    models.Base.metadata.create_all(engine, tables=[models.Base.metadata.tables[t] for t in tables])
    engine.dispose()


def test_a_half_made_file_from_an_older_version_is_rebuilt(store_path: Path) -> None:
    half_made(store_path, ["workshop", "participant", "agenda_step"])
    assert_created_at_head(store_path)
    assert_opens_and_works(store_path)


def test_a_half_made_file_with_something_in_it_is_left_alone(store_path: Path) -> None:
    half_made(store_path, ["workshop"])
    with sqlite3.connect(store_path) as connection:
        connection.execute(
            "INSERT INTO workshop (team, mission, cycle_label, template, settings, created_at, "
            "updated_at) VALUES ('Kept', '', '', 'team', '{}', '2026-01-01', '2026-01-01')"
        )
    connection.close()
    before = store_path.read_bytes()
    with pytest.raises(Exception, match="not an OKR Workshop file"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_full_disk_while_creating_leaves_no_file(tmp_path: Path) -> None:
    def no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 3")

    event.listen(Engine, "connect", no_room)
    try:
        path = tmp_path / "workshops.sqlite"
        with pytest.raises(StoreUnavailable, match="could not be created: the disk is full"):
            open_store(path)
    finally:
        event.remove(Engine, "connect", no_room)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    assert_opens_and_works(path)


def test_a_build_left_by_an_interrupted_start_is_cleared_later(tmp_path: Path) -> None:
    path = tmp_path / "workshops.sqlite"
    old = tmp_path / ".workshops.sqlite.4242-deadbeef.building"
    recent = tmp_path / ".workshops.sqlite.4343-cafecafe.building"
    old.write_bytes(b"half")
    recent.write_bytes(b"half")
    long_ago = time.time() - STALE_BUILD_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    open_store(path).close()
    assert not old.exists()
    assert recent.exists(), "a build that may still be running is left to its window"


@pytest.mark.slow
def test_two_first_starts_at_once_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "workshops.sqlite"
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.workshop.create_script", str(path), "0"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(4)
    ]
    for child in children:
        child.wait(60)
    assert [child.returncode for child in children] == [0] * 4
    assert_opens_and_works(path)
