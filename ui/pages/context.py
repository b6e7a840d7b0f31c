"""What every step page is given to work with."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from facilitation.engine import WorkshopEngine
from workshop.store import Store


@dataclass(frozen=True)
class PageContext:
    """The open workshop, as a step page sees it.

    A page changes the workshop only through undo commands pushed on
    ``undo_stack`` (see ``ui.commands``), and listens to the stack's
    ``indexChanged`` to show what changed.
    """

    store: Store
    workshop_id: int
    engine: WorkshopEngine
    undo_stack: QUndoStack
