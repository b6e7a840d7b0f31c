"""A sheet table measured once stays right in every room: taller, shorter, or split."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph, Table

from exports.paper import paper_named
from exports.renderer import Renderer
from exports.table import SheetTable

WIDTH = 300.0


def rows(count: int) -> list[list[Any]]:
    r = Renderer(paper_named("a4"))
    return [
        [r.para(f"Row {n}", "cell"), r.para("A key result that takes two lines " * 2, "cell")]
        for n in range(count)
    ]


def sheet_table(count: int) -> SheetTable:
    """A table whose second and third rows share their first cell: ReportLab measures
    such a table only as far as the room it is given (the others always whole)."""
    table = SheetTable(rows(count), colWidths=[60, WIDTH - 60], repeatRows=1)
    table.setStyle([("SPAN", (0, 1), (0, 2))])
    return table


def first_rows(part: Table) -> list[str]:
    """The text of each row's first cell (a cell measured once holds a list of paragraphs)."""
    cells = [row[0] if isinstance(row[0], Paragraph) else row[0][0] for row in part._cellvalues]
    return [cell.text for cell in cells]


@pytest.fixture
def measures(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The rooms' heights in which a table was measured row by row."""
    heights: list[float] = []
    measure = Table._calc_height

    def counting(table: Table, available_height: float, *args: Any, **kwargs: Any) -> None:
        heights.append(available_height)
        measure(table, available_height, *args, **kwargs)

    monkeypatch.setattr(Table, "_calc_height", counting)
    return heights


def test_a_table_measured_whole_is_not_measured_again_in_a_room_as_tall(
    measures: list[float],
) -> None:
    table = sheet_table(6)
    _, height = table.wrap(WIDTH, 10_000)
    assert table.wrap(WIDTH, height) == (WIDTH, height)
    assert table.wrap(WIDTH, 600) == (WIDTH, height)
    assert measures == [10_000]


def test_a_room_shorter_than_the_table_splits_it_as_a_fresh_table_would(
    measures: list[float],
) -> None:
    table = sheet_table(12)
    _, height = table.wrap(WIDTH, 10_000)
    room = height / 2
    assert table.wrap(WIDTH, room)[1] > room, "it does not fit"
    parts = table.split(WIDTH, room)
    fresh = sheet_table(12).split(WIDTH, room)
    assert [first_rows(p) for p in parts] == [first_rows(p) for p in fresh]
    assert len(parts) == 2 and first_rows(parts[1])[0] == "Row 0", "the heading repeats"
    assert 10_000 in measures and room in measures


def test_a_table_measured_in_part_is_measured_whole_in_a_taller_room() -> None:
    table = sheet_table(12)
    _, whole = sheet_table(12).wrap(WIDTH, 10_000)
    table.wrap(WIDTH, 40)
    assert table.wrap(WIDTH, 10_000) == (WIDTH, whole)
    assert table.wrap(WIDTH, whole) == (WIDTH, whole)
