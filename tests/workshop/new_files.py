"""What opening a path must do when there is no workshop file there yet."""

from __future__ import annotations

from pathlib import Path

from workshop import schema
from workshop.store import open_store, read_revision


def assert_created_at_head(path: Path) -> None:
    """Opening the path makes a new workshop file, at the newest revision."""
    store = open_store(path)
    try:
        assert store.report.created
        assert read_revision(path) == schema.HEAD
    finally:
        store.close()
