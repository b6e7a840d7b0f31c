"""What every step page is given to work with."""

from __future__ import annotations

from dataclasses import dataclass

from facilitation.engine import WorkshopEngine
from ui.commands import UndoStack
from workshop.store import Store


@dataclass(frozen=True)
class PageContext:
    """The open workshop, as a step page sees it.

    A page changes the workshop only by running commands (see ``ui.pages.base``);
    the undo stack tells it what each one changed.
    """

    store: Store
    workshop_id: int
    engine: WorkshopEngine
    undo_stack: UndoStack

    def participant_names(self) -> dict[int, str]:
        """Each participant's name by id, as the quality rules read a KR's champion."""
        return {p.id: p.name for p in self.engine.okrs.participants()}
