"""The stores the store, engine and race suites run on.

Each test gets a SQLite file of its own and, where ``OKR_TEST_POSTGRES_URL`` names a
PostgreSQL server on which the role may create databases, an empty store there: one
database per run, built at the current revision, emptied before each test (making a
database per test would cost seconds each). Without the URL the PostgreSQL cases
skip, saying why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from workshop.models import Base
from workshop.store import Store, open_store, server_url

POSTGRES_URL = os.environ.get("OKR_TEST_POSTGRES_URL", "")
BACKENDS = ("sqlite", "postgresql")
_shared: list[str] = []


def _admin(command: str) -> None:
    engine = create_engine(server_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(command))
    finally:
        engine.dispose()


def _database_url(name: str) -> str:
    return (
        make_url(server_url(POSTGRES_URL)).set(database=name).render_as_string(hide_password=False)
    )


def _shared_database() -> str:
    """The run's test database, at the current revision: made once, emptied before each test."""
    if not _shared:
        name = f"okr_test_{uuid.uuid4().hex[:12]}"
        _admin(f'CREATE DATABASE "{name}"')
        _shared.append(_database_url(name))
        open_store(_shared[0]).close()
    return _shared[0]


def _empty(url: str) -> None:
    tables = ", ".join(f'"{table}"' for table in Base.metadata.tables)
    engine = create_engine(server_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        engine.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _shared:
        name = make_url(_shared.pop()).database
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def new_postgres_database() -> Iterator[str]:
    """The URL of an empty PostgreSQL database, dropped after the test."""
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL cases need OKR_TEST_POSTGRES_URL (see .ci/setup/10-postgres.sh)")
    name = f"okr_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    yield _database_url(name)
    _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new, empty store at the current revision lives: a file or a URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "workshops.sqlite")
        return
    if not POSTGRES_URL:
        pytest.skip("PostgreSQL cases need OKR_TEST_POSTGRES_URL (see .ci/setup/10-postgres.sh)")
    url = _shared_database()
    _empty(url)
    yield url


@pytest.fixture
def backend_store(store_location: str) -> Iterator[Store]:
    """A new store of its own, on each backend."""
    opened = open_store(store_location)
    yield opened
    opened.close()
