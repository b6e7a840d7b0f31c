"""The engine: the rules of ``facilitation`` applied to one stored workshop.

``WorkshopEngine`` gathers the parts the screens use. Each part's changing methods
are single user actions, each one transaction, each with an inverse for undo.
"""

from __future__ import annotations

from facilitation.engine.agenda import AgendaEngine
from facilitation.engine.base import WallClock, local_now
from facilitation.engine.boards import BoardsEngine
from facilitation.engine.cycle import CycleEngine
from facilitation.engine.okrs import OkrEngine
from facilitation.engine.phones import PhoneEngine
from facilitation.engine.scoring import ScoringEngine
from facilitation.engine.voting import VotingEngine
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
        self.boards = BoardsEngine(store, workshop_id, clock, wall)
        self.voting = VotingEngine(store, workshop_id, clock, wall)
        self.okrs = OkrEngine(store, workshop_id, clock, wall)
        self.scoring = ScoringEngine(store, workshop_id, clock, wall)
        self.phones = PhoneEngine(store, workshop_id, clock, wall)
        self.cycle = CycleEngine(store, workshop_id, clock, wall)
