"""Tables saved as a facilitator saves them, for the tests that read and import them."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "table.xlsx") -> Path:
    """An XLSX workbook whose first sheet holds these rows, saved in this folder."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path
