"""A stored workshop with its people, as a step page is given it."""

from __future__ import annotations

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from ui.commands import UndoStack
from ui.pages.context import PageContext
from workshop.store import Store

PEOPLE = [
    ("Ines", "facilitator"),
    ("Kwame", "sponsor"),
    ("Lotte", "okr_lead"),
    ("Mateo", "kr_lead"),
    ("Noor", "contributor"),
]

OBJECTIVE_IDEAS = [
    "Product teams ship without waiting for us",
    "Releases are calm and boring",
    "We know what every service costs",
    "On-call is something people volunteer for",
    "New engineers deploy on their first day",
]
"""Post-its the platform team might write as ideas for an objective."""


def room(
    store: Store,
    team: str = "Platform team",
    template: str = "executive",
    people: list[tuple[str, str]] | None = None,
) -> PageContext:
    workshop_id = new_workshop(store, team, template, participants=people or PEOPLE)
    return PageContext(store, workshop_id, fake_engine(store, workshop_id), UndoStack())


def fresh(context: PageContext) -> WorkshopEngine:
    """The workshop as read back from the file by a new engine."""
    return fake_engine(context.store, context.workshop_id)
