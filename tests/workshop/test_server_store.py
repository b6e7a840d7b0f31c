"""A PostgreSQL store: first openings at once, and what the store's tables hold after."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from workshop import commands, schema
from workshop.store import open_store, server_url

ROOT = Path(__file__).parents[2]
OPEN = "import sys; from workshop.store import open_store; open_store(sys.argv[1]).close()"


@pytest.mark.slow
def test_four_first_openings_of_an_empty_database_at_once_all_succeed(
    new_postgres_database: str,
) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN, new_postgres_database],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [child.communicate(timeout=120)[1] for child in children]
    assert [child.returncode for child in children] == [0] * 4, errors
    engine = create_engine(server_url(new_postgres_database))
    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    finally:
        engine.dispose()
    assert versions == [(schema.HEAD,)]
    store = open_store(new_postgres_database)
    try:
        assert commands.list_workshops(store) == []
    finally:
        store.close()
