"""The cockpit: one open workshop, run from one window (see ``window``)."""

from ui.cockpit.window import Cockpit

__all__ = ["Cockpit"]
