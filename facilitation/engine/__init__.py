"""The engine: the rules of ``facilitation`` applied to one stored workshop.

``WorkshopEngine`` gathers the parts the screens use. Each part's changing methods
are single user actions, each one transaction, each with an inverse for undo.
"""

from __future__ import annotations

from facilitation.engine.agenda import AgendaEngine
from facilitation.engine.base import EnginePart
from facilitation.engine.boards import BoardsEngine
from facilitation.engine.cycle import CycleEngine
from facilitation.engine.okrs import OkrEngine
from facilitation.engine.phones import PhoneEngine
from facilitation.engine.scoring import ScoringEngine
from facilitation.engine.voting import VotingEngine


class WorkshopEngine(EnginePart):
    """Everything the facilitator can do to one workshop."""

    def _opened(self) -> None:
        parts = (self.store, self.workshop_id, self.clock, self.wall)
        self.agenda = AgendaEngine(*parts)
        self.boards = BoardsEngine(*parts)
        self.voting = VotingEngine(*parts)
        self.okrs = OkrEngine(*parts)
        self.scoring = ScoringEngine(*parts)
        self.phones = PhoneEngine(*parts)
        self.cycle = CycleEngine(*parts)
