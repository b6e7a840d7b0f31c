"""The confidence-scoring sheet and the weekly check-in sheet."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

from exports.writer import export_sheets
from tests.exports.conftest import Pdf
from workshop.snapshot import WorkshopSnapshot, blank_snapshot


def test_confidence_sheet_has_the_week_the_scale_and_every_objective(
    five_by_five: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(five_by_five, ["confidence-scoring"], "a4", out_dir)[0])
    first = pdf.pages[0]
    assert "Cycle Q3 2027" in first and "Team Field Support" in first
    assert "Week 3 of 12" in first, "the latest week with scores"
    for value in ("1 High confidence", "0.7 Likely", "0.4 A challenge", "0 Unlikely"):
        assert value in first
    assert "Objective 1: Customers get their kit fixed on the first visit" in first
    for number, objective in enumerate(five_by_five.objectives, 1):
        assert f"Objective {number}: {objective.text}" in pdf.text
        assert f"Measure {number}.5 rises from 40% to 75%" in pdf.text


def test_confidence_grid_has_a_column_per_week_with_the_recorded_scores(
    five_by_five: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(five_by_five, ["confidence-scoring"], "a4", out_dir)[0])
    grid = [page for page in pdf.pages if "The whole cycle" in page]
    assert grid, "the whole-cycle grid has its own page"
    grid_text = " ".join(pdf.pages[pdf.pages.index(grid[0]) :])
    assert "Key result 1 2 3 4 5 6 7 8 9 10 11 12" in grid_text
    assert "1.1 Measure 1.1 rises from 40% to 75% 1 0.7 0.4" in grid_text


def test_blank_confidence_sheet_leaves_the_week_to_write_in(out_dir: Path, paper: str) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(), ["confidence-scoring"], paper, out_dir)[0])
    assert pdf.page_count == 2
    assert "of 12" in pdf.pages[0] and "Week 3" not in pdf.pages[0]
    assert "Objective 3:" in pdf.pages[0]
    assert "12" in pdf.pages[1] and "The whole cycle" in pdf.pages[1]


def test_checkin_sheet_shows_lead_metric_actual_and_confidence(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(full_snapshot, ["weekly-check-in"], "a4", out_dir)[0])
    page = pdf.pages[0]
    assert "Week 1 of 12" in page
    assert "Key result Lead Metric Actual Confidence" in page
    assert "1.1 Repeat visits fall from 12% to 5% Bo from 12% to 5% 11% 0.7" in page
    assert "Operational health" in page and "Call backlog" in page
    assert "Priority pipeline" in page
    assert "Weekly focus" in page and "Parts audit" in page


def test_blank_checkin_sheet_is_the_key_results_then_the_talk(out_dir: Path, paper: str) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(), ["weekly-check-in"], paper, out_dir)[0])
    assert pdf.page_count == 2
    front, back = pdf.pages
    assert "Objective 2:" in front and "2.3" in front
    assert back.startswith("Weekly check-in (continued) Objective 3:")
    assert "1 High confidence" in front, "the confidence scale beside the rows"
    assert "What is slowing us down or putting our progress at risk?" in back
    assert "What did we achieve this week, and what did we learn?" in back
    assert "G A R" in back, "traffic lights to circle"
    assert "1. 2. 3." in back


def test_each_blank_key_result_has_three_lines_of_8_mm_to_write_on(
    out_dir: Path, paper: str
) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(), ["weekly-check-in"], paper, out_dir)[0])
    rows = [block for block in pdf.writing_rules(0) if len(block) == 3]
    assert len(rows) == 6, "objectives 1 and 2, three key results each, on the front"
    for heights in rows:
        gaps = [upper - lower for upper, lower in itertools.pairwise(heights)]
        assert all(abs(gap - 8 * 72 / 25.4) < 0.01 for gap in gaps)
    assert len([block for block in pdf.writing_rules(1) if len(block) == 3]) >= 3


def test_twelve_key_results_fill_the_front_and_the_talk_starts_a_clean_page(
    full_snapshot: WorkshopSnapshot, out_dir: Path, paper: str
) -> None:
    objective = full_snapshot.ranked_objectives[0]
    kr = objective.final_key_results[0]
    objectives = tuple(
        dataclasses.replace(
            objective,
            rank=number,
            text=f"Objective {number} of the quarter",
            key_results=tuple(
                dataclasses.replace(kr, text=f"Result {number}.{n}: {kr.text}")
                for n in (1, 2, 3, 4)
            ),
        )
        for number in (1, 2, 3)
    )
    snapshot = dataclasses.replace(full_snapshot, objectives=objectives)
    pdf = Pdf(export_sheets(snapshot, ["weekly-check-in"], paper, out_dir)[0])
    front, talk = pdf.pages[0], pdf.pages[1]
    assert all(f"Result {o}.{n}:" in front for o in (1, 2, 3) for n in (1, 2, 3, 4))
    assert "Operational health" not in front
    assert talk.startswith("Weekly check-in, week 1 (continued)")
    for box in ("Operational health", "Priority pipeline", "Weekly focus", "Parts audit"):
        assert box in talk, "the boxes stay whole on one page"
