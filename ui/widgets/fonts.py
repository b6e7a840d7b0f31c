"""Type that reads from the back of a room."""

from __future__ import annotations

from PySide6.QtGui import QFont

BODY_PX = 26
LARGE_PX = 32


def body_font(pixels: int = BODY_PX, *, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPixelSize(pixels)
    chosen.setBold(bold)
    return chosen
