"""A stored workshop for the engine's tests, on each backend (the fake clocks are shared)."""

from __future__ import annotations

import pytest

from facilitation.workshops import new_workshop
from workshop.store import Store

PEOPLE = [
    ("Amara", "facilitator"),
    ("Bruno", "sponsor"),
    ("Chiara", "okr_lead"),
    ("Dmitri", "kr_lead"),
    ("Eun-ji", "contributor"),
]


@pytest.fixture
def workshop_id(store: Store) -> int:
    return new_workshop(store, "Platform team", "executive", participants=PEOPLE)


@pytest.fixture
def store(backend_store: Store) -> Store:
    """The engine's tests run on a SQLite file and on PostgreSQL."""
    return backend_store
