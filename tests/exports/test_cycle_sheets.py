"""The sheets of the cycle: filled confidence and check-in sheets with their trend charts,
and the cycle review sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.writer import export_sheets
from tests.clocks import fake_engine
from tests.cycle_workshop import finished_workshop
from tests.exports.conftest import Pdf
from workshop.snapshot import (
    KeyResultSnapshot,
    ObjectiveSnapshot,
    WorkshopSnapshot,
    blank_snapshot,
    load_snapshot,
)
from workshop.store import Store


@pytest.fixture
def reviewed(store: Store) -> WorkshopSnapshot:
    """Four weeks of check-ins (KR 1.1 falling behind), the week's answers, the review."""
    workshop_id, _ = finished_workshop(store)
    cycle = fake_engine(store, workshop_id).cycle
    for objective in cycle.objectives():
        for kr in objective.key_results:
            for week in range(1, 5):
                cycle.check_in(kr.id, week, 0.7, "")
    first = cycle.key_result("1.1")
    for week, actual, confidence in ((1, "31%", 1.0), (2, "33%", 0.7), (4, "34%", 0.4)):
        cycle.check_in(first.id, week, confidence, actual)
    cycle.set_weekly_answer(4, "slowing_us", "The test rig is down half the week")
    cycle.set_final_score(first.id, 0.3)
    cycle.set_review_note(first.id, "Adoption stalled after the reorg")
    cycle.set_review_answer("worked", "Pairing on the pipeline")
    cycle.add_review_item("stop", "Status decks on Fridays")
    settled = cycle.add_review_item("start", "Demo days")
    cycle.set_review_item_open(settled, False)
    return load_snapshot(store, workshop_id)


def test_the_confidence_sheet_prints_the_numbers_the_grid_is_typed_back_by(
    reviewed: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(reviewed, ["confidence-scoring"], "a4", out_dir)[0])
    first = pdf.pages[0]
    assert "Week 4 of 12" in first
    assert "1.1 Internal tool adoption from 30% to 70% Talk about it: confidence 0.4" in first
    assert "2.1 Days to first merged change from 15 to 3" in pdf.text
    assert "3.4 Rollbacks a month from 6 to 1" in pdf.text
    grid = next(page for page in pdf.pages if "The whole cycle" in page)
    assert "1.1 Internal tool adoption from 30% to 70% 1 0.7 0.7 0.4" in grid


def test_the_confidence_sheet_ends_with_a_chart_per_key_result(
    reviewed: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(reviewed, ["confidence-scoring"], "a4", out_dir)[0])
    start = next(index for index, page in enumerate(pdf.pages) if page.startswith("Trends"))
    trends = " ".join(pdf.pages[start:])
    assert "Each key result's actual against the dashed line" in trends
    assert "1.1 Internal tool adoption from 30% to 70% from 30% to 70% Talk about it:" in trends
    assert trends.count("1 2 3 4 5 6 7 8 9 10 11 12") == 12, "one confidence strip per KR"
    assert "0 4 8 12" in trends, "the weeks of the actual's axis"


def test_the_weekly_check_in_carries_the_weeks_answers_and_the_trends(
    reviewed: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(reviewed, ["weekly-check-in"], "a4", out_dir)[0])
    assert "Week 4 of 12" in pdf.pages[0]
    assert "1.1 Internal tool adoption from 30% to 70% Dmitri from 30% to 70% 34% 0.4" in pdf.text
    answers = next(page for page in pdf.pages if "slowing us down" in page)
    assert (
        "What is slowing us down or putting our progress at risk? How can we raise our "
        "confidence, or clear the way? The test rig is down half the week"
    ) in answers
    assert any("Trends" in page for page in pdf.pages)


def test_the_blank_sheets_are_unchanged_by_the_cycle(out_dir: Path) -> None:
    blank = blank_snapshot()
    confidence = Pdf(export_sheets(blank, ["confidence-scoring"], "a4", out_dir)[0])
    checkin = Pdf(export_sheets(blank, ["weekly-check-in"], "a4", out_dir)[0])
    # The blank check-in is two-sided: key results on the front, the talk on the back.
    assert (confidence.page_count, checkin.page_count) == (2, 2)
    assert "Trends" not in confidence.text + checkin.text
    assert "3.5" in confidence.text, "the numbers to type the sheet back by"


def test_the_cycle_review_sheet_has_scores_answers_and_the_board(
    reviewed: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(reviewed, ["cycle-review"], "a4", out_dir)[0])
    text = pdf.text
    assert "Cycle review" in pdf.pages[0] and "4 Jan 2027 – 28 Mar 2027" in pdf.pages[0]
    assert "Objective 1: R&D <platform> is the team others ask for · score 0.30, Fell short" in text
    assert (
        "1.1 Internal tool adoption from 30% to 70% Adoption stalled after the reorg "
        "Talk about it: confidence 0.4, behind the line from 30% to 70% 34% 0.1 0.3 Fell short"
    ) in text
    assert (
        "What worked, what did not, and why? What will we do differently in the next cycle? "
        "Pairing on the pipeline"
    ) in text
    assert "Status decks on Fridays (goes on to the next cycle)" in text
    assert "Demo days" in text and "Demo days (goes on" not in text


def test_a_blank_cycle_review_leaves_room_to_write(out_dir: Path, paper: str) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(), ["cycle-review"], paper, out_dir)[0])
    assert pdf.page_count <= 2
    assert "Objective 3:" in pdf.text and "3.5" in pdf.text
    assert "What will we do differently in the next cycle?" in pdf.text
    assert "Stop Start Continue" in pdf.text


def test_the_review_headings_go_to_the_next_page_with_their_boxes(
    out_dir: Path, paper: str
) -> None:
    """With more key results each time, the two headings reach the foot of page 1 in turn;
    each moves to page 2 with its boxes instead of ending the page alone."""
    stop_hint = "is carried into the next workshop's retrospective."
    moved = set()
    for count in (7, 8, 14, 15, 16):
        key_results = tuple(
            KeyResultSnapshot(text=f"Key result {n} of the cycle", selected=True)
            for n in range(1, count + 1)
        )
        snapshot = WorkshopSnapshot(
            team="Field Support",
            objectives=(ObjectiveSnapshot(text="Customers", rank=1, key_results=key_results),),
        )
        folder = out_dir / str(count)
        folder.mkdir()
        pdf = Pdf(export_sheets(snapshot, ["cycle-review"], paper, folder)[0])
        for number, page in enumerate(pdf.pages, 1):
            body = page.split("Field Support · Cycle review Page")[0].strip()
            assert not body.endswith("Review questions"), f"{count} KRs: page {number}"
            assert not body.endswith(stop_hint), f"{count} KRs: page {number}"
        for heading in ("Review questions", "Stop Start Continue"):
            if heading not in pdf.pages[0]:
                assert heading in pdf.pages[1]
                moved.add(heading)
    assert moved == {"Review questions", "Stop Start Continue"}, "both reached the foot"


def test_a_tenth_key_result_keeps_its_number_on_one_line(out_dir: Path) -> None:
    key_results = tuple(
        KeyResultSnapshot(text=f"Measure {n} moves", selected=True) for n in range(1, 11)
    )
    snapshot = WorkshopSnapshot(
        team="Ops",
        objectives=(ObjectiveSnapshot(text="Ten at once", rank=1, key_results=key_results),),
    )
    pdf = Pdf(export_sheets(snapshot, ["cycle-review"], "a4", out_dir)[0])
    assert "1.10 Measure 10 moves" in pdf.text
