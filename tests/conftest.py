"""Fixtures shared by every test folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.store import Store, open_store

# The stores on each backend: a SQLite file, and PostgreSQL where a server is given.
pytest_plugins = ("tests.backends",)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A new store in its own temporary SQLite file."""
    opened = open_store(store_path)
    yield opened
    opened.close()
