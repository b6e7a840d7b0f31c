"""The sheets' table: measured once for the width it is given.

ReportLab measures a table afresh each time it is asked its size: when a sheet sizes
its boxes to the page, when the page places or splits it, and once more for every
table inside one of its cells while that cell is drawn. What was measured for one
width is kept until the table is given another width, is split, or its cells or
style change (``changed``).

The room's height matters to ReportLab only to stop measuring rows once they fill
it (and only in a table with a cell across rows). A table measured whole measures
the same in any room at least as tall as the table (a fresh measure would not stop
early either), so it is measured again only for a shorter room: the page that will
split it. The room a cell's table is drawn in is such a room, as tall as its row.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class SheetTable(Table):  # type: ignore[misc]
    measured_for: tuple[float, float] | None = None

    def _calc(self, available_width: float, available_height: float) -> None:
        if not self._measured_for(available_width, available_height):
            super()._calc(available_width, available_height)
            self.measured_for = (available_width, available_height)

    def _measured_for(self, available_width: float, available_height: float) -> bool:
        if self.measured_for is None:
            return False
        width, height = self.measured_for
        if available_width != width:
            return False
        if available_height == height:
            return True
        return bool(self._hmax == self._nrows and available_height >= self._height)

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
