"""The engine: the rules of ``facilitation`` applied to one stored workshop.

``WorkshopEngine`` gathers the parts the screens use. Each part's changing methods
are single user actions, each one transaction, each with an inverse for undo.
"""

from __future__ import annotations

from facilitation.engine.agenda import AgendaEngine
from facilitation.engine.base import WallClock, local_now
from facilitation.timer import Clock, monotonic
from workshop.store import Store


class WorkshopEngine:
    """Everything the facilitator can do to one workshop."""

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        clock: Clock = monotonic,
        wall: WallClock = local_now,
    ) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.agenda = AgendaEngine(store, workshop_id, clock, wall)
