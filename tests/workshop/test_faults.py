"""The fault suite on the store: a second instance holding the file, the file removed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from workshop.store import Store, StoreUnavailable, open_store


def one_saved_card(store_path: Path, text: str) -> tuple[Store, WorkshopEngine]:
    """A team workshop in a new file at this path, with one post-it saved in it."""
    store = open_store(store_path)
    engine = fake_engine(store, new_workshop(store, "Platform team", "team"))
    engine.boards.add_card(text)
    return store, engine


def test_a_file_held_by_another_instance_gives_a_clear_message_and_loses_nothing(
    store_path: Path,
) -> None:
    store, engine = one_saved_card(store_path, "Saved before the other window")

    other = sqlite3.connect(store_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreUnavailable, match="in use by another OKR Workshop window"):
            engine.boards.add_card("Typed while the other window writes")
    finally:
        other.rollback()
        other.close()

    engine.boards.add_card("Typed once the other window let go")
    assert [c.text for c in engine.boards.cards()] == [
        "Saved before the other window",
        "Typed once the other window let go",
    ]
    store.close()


def test_a_file_removed_while_open_is_written_back_with_everything_saved(
    store_path: Path,
) -> None:
    store, engine = one_saved_card(store_path, "Saved before the file went")
    store_path.unlink()

    engine.boards.add_card("Typed after the file went")
    assert store.restored_after_removal
    store.close()

    reopened = open_store(store_path)
    texts = [c.text for c in fake_engine(reopened, engine.workshop_id).boards.cards()]
    assert texts == ["Saved before the file went", "Typed after the file went"]
    connection = sqlite3.connect(store_path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    reopened.close()


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_saved(store_path: Path) -> None:
    store, engine = one_saved_card(store_path, "Saved while there was room")
    store.close()

    full = open_store(store_path)
    pages = sqlite3.connect(store_path).execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(full.engine, "connect")
    def leave_no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    full.engine.dispose()
    engine = fake_engine(full, engine.workshop_id)
    with pytest.raises(StoreUnavailable, match=r"is full\. Free some space; nothing saved"):
        for _ in range(50):
            engine.boards.add_card("A long note " * 800)
    full.close()

    reopened = open_store(store_path)
    texts = [c.text for c in fake_engine(reopened, engine.workshop_id).boards.cards()]
    assert texts[0] == "Saved while there was room"
    assert all(text.startswith("A long note") for text in texts[1:])
    reopened.close()
