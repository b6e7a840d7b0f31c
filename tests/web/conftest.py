"""A round served to phones on loopback, and Debian's Chromium to open it as phones."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.facilitation.conftest import PEOPLE as ENGINE_PEOPLE
from ui.phones.server import PhoneServer, RateLimit
from workshop.store import Store

PEOPLE = [*ENGINE_PEOPLE, ("Farah", "contributor"), ("Gustavo", "contributor")]
"""Seven: six phones and one voter at the shared screen."""
CARDS = [
    "Customers trust our status page",
    "Releases are calm and boring",
    "New engineers deploy on their first day",
    "We know what every service costs",
]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 360, "height": 740}
"""A 5-inch phone in portrait, in CSS pixels."""


def chromium_path() -> str | None:
    found = os.environ.get("OKR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    return found if Path(found).exists() else None


@dataclass
class ServedRound:
    engine: WorkshopEngine
    round_id: int
    server: PhoneServer

    @property
    def address(self) -> str:
        return self.server.address

    def person(self, name: str) -> int:
        return next(p.id for p in self.engine.voting.participants() if p.name == name)


@pytest.fixture
def workshop_id(store: Store) -> int:
    return new_workshop(store, "Platform team", "executive", participants=PEOPLE)


def serve(store: Store, workshop_id: int, cards: list[str], **settings: object) -> ServedRound:
    engine = fake_engine(store, workshop_id)
    card_ids = [engine.boards.add_card(text) for text in cards]
    round_id = engine.voting.open_round("objectives", card_ids, **settings)  # type: ignore[arg-type]
    server = PhoneServer(
        store,
        workshop_id,
        round_id,
        rate_limit=RateLimit(burst=200),
        clock=engine.clock,
        wall=engine.wall,
    )
    server.start()
    return ServedRound(engine, round_id, server)


@pytest.fixture
def served(store: Store, workshop_id: int) -> Iterator[ServedRound]:
    """An open secret round of four cards, three dots each, at most two on one card."""
    running = serve(store, workshop_id, CARDS, votes_per_person=3, max_per_option=2)
    yield running
    running.server.stop()


@pytest.fixture(scope="session")
def chromium() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    pytest.importorskip("playwright.async_api", reason="the playwright package is missing")
    return path
