"""The first look at a stored workshop, read without the database layer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.fresh_process import run_fresh
from workshop.glance import glance
from workshop.store import Store


def test_a_glance_reads_the_agenda_as_the_engine_does(store: Store, store_path: Path) -> None:
    workshop_id = new_workshop(store, "R&D <team> 研发", "executive", cycle_label="Q1 2027")
    engine = fake_engine(store, workshop_id)
    steps = engine.agenda.steps()
    engine.agenda.go_to(steps[2].id)

    seen = glance(str(store_path), workshop_id)

    assert seen is not None
    assert (seen.team, seen.cycle_label) == ("R&D <team> 研发", "Q1 2027")
    assert seen.steps == engine.agenda.steps()
    assert seen.current is not None and seen.current.title == steps[2].title


def test_what_a_glance_cannot_read_is_left_to_the_proper_opening(
    store: Store, store_path: Path, tmp_path: Path
) -> None:
    workshop_id = new_workshop(store, "Platform", "executive")
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("not a database", encoding="utf-8")

    assert glance(str(store_path), workshop_id + 1) is None
    assert glance(str(tmp_path / "missing.sqlite"), workshop_id) is None
    assert glance(str(not_sqlite), workshop_id) is None
    assert glance("postgresql://ana@db.example.com/okr", workshop_id) is None
    store.close()
    with sqlite3.connect(store_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    assert glance(str(store_path), workshop_id) is None, "an older file is upgraded first"


def test_a_glance_loads_no_database_layer() -> None:
    _, loaded = run_fresh("import workshop.glance")
    assert "sqlalchemy" not in loaded and "alembic" not in loaded
