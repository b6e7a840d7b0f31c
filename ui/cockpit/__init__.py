"""The cockpit: one open workshop, run from one window (see ``window``).

``Cockpit`` is imported on first use, so that the frame painted while a workshop
opens (``opening``) does not wait for the engine and the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.cockpit.window import Cockpit

__all__ = ["Cockpit"]


def __getattr__(name: str) -> object:
    if name == "Cockpit":
        from ui.cockpit.window import Cockpit

        return Cockpit
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
