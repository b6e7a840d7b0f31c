"""A sheet table measured once stays right in every room: taller, shorter, or split;
styled from the style kept for its shape, it is styled as ReportLab alone would."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.lib.colors import Color
from reportlab.platypus import Paragraph, Table

from exports.paper import paper_named
from exports.renderer import Renderer
from exports.table import COMMAND_LISTS, SheetTable

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


def styled_settings(table: Table) -> tuple[list[list[dict[str, Any]]], list[list[Any]]]:
    """Each cell's settings and the table's own commands, as a style left them."""
    cells = [
        [{k: v for k, v in cell.__dict__.items() if k != "name"} for cell in row]
        for row in table._cellStyles
    ]
    return cells, [list(getattr(table, name)) for name in COMMAND_LISTS]


def grid(count: int, style: list[tuple[Any, ...]]) -> tuple[Table, SheetTable]:
    """The same cells styled by ReportLab alone, and as a sheet table (after another)."""
    data = [[f"{row}.{column}" for column in range(3)] for row in range(count)]
    SheetTable(data).setStyle(style)
    alone = Table(data)
    alone.setStyle(style)
    sheet = SheetTable(data)
    sheet.setStyle(style)
    return alone, sheet


STYLE: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), "Helvetica-Bold"),
    ("GRID", (0, 0), (-1, -1), 0.6, Color(0.5, 0.5, 0.5)),
    ("BACKGROUND", (0, 0), (-1, 0), Color(0.9, 0.9, 1)),
    ("VALIGN", (0, -1), (-1, -1), "BOTTOM"),
    ("TEXTCOLOR", (1, 1), (1, -1), Color(0.2, 0, 0)),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("SPAN", (0, 0), (-1, 0)),
    ("NOSPLIT", (0, 0), (-1, 1)),
]


@pytest.mark.parametrize("count", [2, 3, 7])
def test_a_table_styled_like_another_of_its_shape_is_styled_as_reportlab_would(
    count: int,
) -> None:
    grid(count + 1, STYLE)
    alone, sheet = grid(count, STYLE)
    assert styled_settings(sheet) == styled_settings(alone)
    assert sheet._cellStyles[-1][0].valign == "BOTTOM", "the last row, whatever the count"


@pytest.mark.parametrize(
    "changed",
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 4.5),
        ("GRID", (0, 0), (-1, -1), 0.6, Color(0.5, 0.5, 0.5000001)),
        ("TEXTCOLOR", (1, 1), (1, -1), Color(0.2, 0, 0, alpha=0.5)),
        ("VALIGN", (0, -2), (-1, -1), "BOTTOM"),
    ],
)
def test_a_style_that_differs_in_one_value_is_worked_out_for_itself(
    changed: tuple[Any, ...],
) -> None:
    grid(4, STYLE)
    style = [changed if command[0] == changed[0] else command for command in STYLE]
    alone, sheet = grid(4, style)
    assert styled_settings(sheet) == styled_settings(alone)
    assert styled_settings(sheet) != styled_settings(grid(4, STYLE)[1])


def test_a_split_table_keeps_its_style_in_both_parts() -> None:
    style = [*STYLE[:2], ("BACKGROUND", (0, 1), (-1, 1), Color(1, 0.9, 0.9))]
    grid(12, style)
    alone, sheet = grid(12, style)
    for table in (alone, sheet):
        table.wrap(200, 10_000)
    parts = [styled_settings(p) for p in sheet.split(200, 80)]
    assert parts == [styled_settings(p) for p in alone.split(200, 80)]
    assert len(parts) == 2
