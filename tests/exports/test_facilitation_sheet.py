"""The facilitation sheet, both variants: one page per objective, criteria ticked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from exports.writer import export_sheets
from tests.exports.conftest import Pdf
from tests.exports.samples import FULL_OBJECTIVE, full_objective
from workshop.snapshot import (
    KeyResultSnapshot,
    WorkshopSnapshot,
    blank_snapshot,
)

VARIANTS = ["facilitation-measures", "facilitation-initiatives"]


@pytest.mark.parametrize("sheet", VARIANTS)
def test_one_file_per_objective_with_its_key_results(
    five_by_five: WorkshopSnapshot, out_dir: Path, sheet: str
) -> None:
    paths = export_sheets(five_by_five, [sheet], "a4", out_dir)
    assert len(paths) == 5
    for number, path in enumerate(paths, 1):
        pdf = Pdf(path)
        assert pdf.page_count == 1, "five key results fit one page"
        assert f"Objective {number}" in path.name
        assert "OKR facilitation sheet" in pdf.pages[0]
        assert f"Reason {number}: it matters" in pdf.pages[0]
        for kr in range(1, 6):
            assert f"Measure {number}.{kr} rises from 40% to 75%" in pdf.pages[0]
            assert f"KR {kr}" in pdf.pages[0]


def test_measures_variant_shows_how_to_measure_and_ideas(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    first = export_sheets(full_snapshot, "facilitation-measures", "a4", out_dir)[0]
    page = Pdf(first).pages[0]
    assert "Customers never need a second visit" in page
    assert "Weekly job report" in page and "Source: Dispatch system" in page
    assert "How to achieve the objective" in page
    assert "KR 1: Van stock check" in page
    assert "champion: Bo" in page


def test_initiatives_variant_shows_initiatives_source_and_notes(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    first = export_sheets(full_snapshot, "facilitation-initiatives", "a4", out_dir)[0]
    page = Pdf(first).pages[0]
    assert "Key initiatives" in page and "data source" in page and "Notes" in page
    assert "• Van stock check (Bo, must have)" in page
    assert "source: Dispatch system" in page


@pytest.mark.parametrize("sheet", VARIANTS)
@pytest.mark.parametrize(("paper", "size"), [("a4", (210, 297)), ("letter", (216, 279))])
def test_more_than_five_key_results_continue_on_a_second_page(
    five_by_five: WorkshopSnapshot, out_dir: Path, sheet: str, paper: str, size: tuple[int, int]
) -> None:
    objective = five_by_five.objectives[0]
    extra = tuple(KeyResultSnapshot(text=f"Extra result {n}", selected=True) for n in range(6, 16))
    longer = dataclasses.replace(objective, key_results=objective.key_results + extra)
    snapshot = dataclasses.replace(five_by_five, objectives=(longer,))
    pdf = Pdf(export_sheets(snapshot, [sheet], paper, out_dir)[0])
    assert pdf.page_count == 2
    assert pdf.page_size_mm(1) == size
    assert "Measure 1.5 rises" in pdf.pages[0]
    assert "Extra result 15" in pdf.pages[1]
    assert "Key result" in pdf.pages[1], "the table heading repeats on the next page"
    assert pdf.pages[1].startswith("OKR facilitation sheet, Objective 1 ")
    assert "(continued)" in pdf.pages[1] and "(continued)" not in pdf.pages[0]
    assert "Page 2 of 2" in pdf.pages[1]


@pytest.mark.parametrize("sheet", VARIANTS)
def test_blank_sheet_is_one_page_with_five_empty_key_results(
    out_dir: Path, sheet: str, paper: str
) -> None:
    paths = export_sheets(blank_snapshot(), [sheet], paper, out_dir)
    assert len(paths) == 1 and "(blank)" in paths[0].name
    pdf = Pdf(paths[0])
    assert pdf.page_count == 1
    assert "KR 5" in pdf.pages[0] and "KR 6" not in pdf.pages[0]
    assert "Inspirational" in pdf.pages[0] and "Leading indicator" in pdf.pages[0]


def five_full_key_results_on_one_page(sheet: str, paper: str, out_dir: Path) -> str:
    """The sheet of an objective with five full key results and their initiatives: one page
    that names each key result's champion; its text."""
    snapshot = WorkshopSnapshot(team="Field Support", objectives=(full_objective(),))
    pdf = Pdf(export_sheets(snapshot, [sheet], paper, out_dir)[0])
    assert pdf.page_count == 1
    assert pdf.text.count("champion: Ana Lopes") == 5
    # Set tighter than the first layout tried, under the heading and objective made for it.
    assert pdf.text.count("OKR facilitation sheet") == 1
    assert pdf.text.count(FULL_OBJECTIVE) == 1
    assert pdf.text.count("Key-result checks:") == 1
    return pdf.text


def test_five_full_key_results_with_initiatives_print_on_one_page_of_measures(
    out_dir: Path, paper: str
) -> None:
    text = five_full_key_results_on_one_page("facilitation-measures", paper, out_dir)
    assert "Success: under 5%" in text, "the key result's thresholds are printed"
    assert "KR 5: Parts check 1 before each van leaves" in text


def test_five_full_key_results_with_initiatives_print_on_one_page_of_initiatives(
    out_dir: Path, paper: str
) -> None:
    text = five_full_key_results_on_one_page("facilitation-initiatives", paper, out_dir)
    assert text.count("Parts check 3 before each van leaves (Ana, must have)") == 5
    assert "Notes" in text, "the notes box stays on the page"


@pytest.mark.parametrize("sheet", VARIANTS)
def test_a_fuller_objective_continues_on_a_page_that_names_it(
    out_dir: Path, sheet: str, paper: str
) -> None:
    objective = full_objective()
    more = tuple(
        dataclasses.replace(kr, initiatives=kr.initiatives * 2) for kr in objective.key_results
    )
    snapshot = WorkshopSnapshot(
        team="Field Support",
        objectives=(dataclasses.replace(objective, key_results=more, notes="Ask finance"),),
    )
    pdf = Pdf(export_sheets(snapshot, [sheet], paper, out_dir)[0])
    assert pdf.page_count == 2
    assert pdf.pages[1].startswith(f"OKR facilitation sheet, Objective 1 {FULL_OBJECTIVE[:20]}")
    assert "(continued)" in pdf.pages[1]
    assert pdf.text.count("champion: Ana Lopes") == 5
