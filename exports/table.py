"""The sheets' table: measured once for the width it is given, styled once per shape.

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

A sheet gives many of its tables the same style (every box, every header), and
ReportLab works the style out cell by cell for each of them. What a style makes of a
new table depends only on the table's rows and columns and on the style's commands,
so it is worked out once for each shape and copied into the next table of that shape.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.colors import Color
from reportlab.platypus import Table, TableStyle

# Styled shapes kept: the sheets of a 5 x 5 workshop use about 30.
STYLES_KEPT = 256
# Where ReportLab keeps a table's commands that are not a cell's own settings.
COMMAND_LISTS = ("_bkgrndcmds", "_linecmds", "_spanCmds", "_nosplitCmds", "_srflcmds", "_sircmds")


@dataclass(frozen=True)
class Styled:
    """What a style made of a new table: each cell's settings, and the table's commands."""

    cells: tuple[tuple[dict[str, Any], ...], ...]
    commands: tuple[tuple[str, tuple[Any, ...]], ...]


# (rows, columns, the style's commands)
StyleKey: TypeAlias = tuple[int, int, Any]
_styled: OrderedDict[StyleKey, Styled] = OrderedDict()


class SheetTable(Table):  # type: ignore[misc]
    measured_for: tuple[float, float] | None = None

    def __init__(self, *args: Any, cellStyles: Any = None, **kwargs: Any) -> None:
        # Cells ReportLab makes itself start the same, so a kept style may be copied in.
        self.unstyled = cellStyles is None
        super().__init__(*args, cellStyles=cellStyles, **kwargs)

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

    def setStyle(self, style: TableStyle | list[tuple[Any, ...]]) -> None:
        self.changed()
        if not isinstance(style, TableStyle):
            style = TableStyle(style)
        unstyled, self.unstyled = self.unstyled, False
        key = _shape_and_commands(self, style) if unstyled else None
        if key is None:
            super().setStyle(style)
            return
        kept = _styled.get(key)
        if kept is None:
            super().setStyle(style)
            _keep(key, self)
            return
        _styled.move_to_end(key)
        for row, settings in zip(self._cellStyles, kept.cells, strict=True):
            for cell, values in zip(row, settings, strict=True):
                cell.__dict__.update(values)
        for name, commands in kept.commands:
            setattr(self, name, list(commands))

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        self.changed()
        return parts


def _shape_and_commands(table: Table, style: TableStyle) -> StyleKey | None:
    """The key a style is kept by; None for a style that only ReportLab itself applies
    (one that sets the table's own options, or holds values other than plain ones)."""
    commands = style.getCommands()
    if style._opts or hasattr(style, "spaceBefore") or hasattr(style, "spaceAfter"):
        return None
    if any(command[0] == "ROUNDEDCORNERS" for command in commands):
        return None
    try:
        return table._nrows, table._ncols, _frozen(commands)
    except TypeError:
        return None


def _frozen(value: object) -> Any:
    """``value`` as a key equal to another only for an equal value: numbers, texts, colours
    (by their exact components) and sequences of them; anything else is a TypeError."""
    if isinstance(value, tuple | list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, Color):
        return type(value).__qualname__, tuple(sorted(vars(value).items()))
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"{type(value).__name__} is not kept")


def _keep(key: StyleKey, table: Table) -> None:
    cells = tuple(
        tuple({k: v for k, v in cell.__dict__.items() if k != "name"} for cell in row)
        for row in table._cellStyles
    )
    commands = tuple((name, tuple(getattr(table, name))) for name in COMMAND_LISTS)
    _styled[key] = Styled(cells, commands)
    if len(_styled) > STYLES_KEPT:
        _styled.popitem(last=False)
