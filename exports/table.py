"""The sheets' table: measured once for the room it is given.

ReportLab measures a table afresh each time it is asked its size: when a sheet sizes
its boxes to the page, when the page places or splits it, and once more for every
table inside one of its cells while that cell is drawn. What was measured for one
room is kept until the table is given another room, is split, or its cells or style
change (``changed``).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class SheetTable(Table):  # type: ignore[misc]
    measured_for: tuple[float, float] | None = None

    def _calc(self, available_width: float, available_height: float) -> None:
        room = (available_width, available_height)
        if room != self.measured_for:
            super()._calc(available_width, available_height)
            self.measured_for = room

    def changed(self) -> None:
        """Measure again next time: a cell's content was replaced."""
        self.measured_for = None

    def setStyle(self, *args: Any, **kwargs: Any) -> None:
        self.changed()
        super().setStyle(*args, **kwargs)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        self.changed()
        return parts
