"""The sheets' paragraph: laid out once per width.

A table measures each cell to size its rows, then again to split and to draw it;
a sheet that sizes its boxes to the page measures its content once more. ReportLab
breaks a paragraph's lines afresh each time, which is most of an export's time, so
the lines broken for one width are kept until the paragraph is asked for another.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph


class SheetParagraph(Paragraph):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # ReportLab drops the lines when a split leaves the paragraph whole for the next page.
        if (
            self.wrapped is None
            or self.wrapped[0] != available_width
            or not hasattr(self, "blPara")
        ):
            size: tuple[float, float] = super().wrap(available_width, available_height)
            self.wrapped = (available_width, size)
        return self.wrapped[1]
