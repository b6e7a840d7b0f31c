"""The embedding worksheet and the OKR story, filled and blank."""

from __future__ import annotations

from pathlib import Path

from exports.writer import export_sheets
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.exports.conftest import Pdf
from workshop.snapshot import WorkshopSnapshot, blank_snapshot, load_snapshot
from workshop.store import Store

NUMBERED_FIELDS = [
    "1. Team and mission",
    "2. People and teams on our OKRs",
    "3. How will OKRs benefit us?",
    "4. Check-ins: cadence, day, time",
    "5. When is the update due?",
    "6. Dependency mapping",
    "7. How much of our time will we spend on OKRs",
    "8. OKR champion",
    "9. OKR hopes",
    "10. OKR fears",
    "11. Metrics mapping",
    "12. Upcoming OKR themes",
]


def test_worksheet_has_all_twelve_fields_filled_on_one_page_blank_on_two(
    full_snapshot: WorkshopSnapshot, out_dir: Path, paper: str
) -> None:
    for snapshot, pages in ((full_snapshot, 1), (blank_snapshot(), 2)):
        pdf = Pdf(export_sheets(snapshot, ["embedding-worksheet"], paper, out_dir)[0])
        assert pdf.page_count == pages
        for field in NUMBERED_FIELDS:
            assert field in pdf.text
        if pages == 2:
            assert "6. Dependency mapping" in pdf.pages[0] and "7. How much" in pdf.pages[1]
        for part in ("We depend on others", "Others depend on us", "Feedback only"):
            assert part in pdf.text
        assert "Hard dependency" in pdf.text
        assert "0% 10% 20%" in pdf.text and "100%" in pdf.text
        for column in ("Outputs", "Leading indicators", "Lagging indicators", "OKR sweet spot"):
            assert column in pdf.text


def test_worksheet_prints_the_stored_answers(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    page = Pdf(export_sheets(full_snapshot, ["embedding-worksheet"], "a4", out_dir)[0]).pages[0]
    assert "Field Support Keep every customer's kit running" in page
    assert "Ana, Bo" in page
    assert "Warehouse" in page
    assert "★ Parts in van" in page
    assert "R&D <team> “quoted” → ≥ 5 ✓" in page, "hopes print as typed"


def test_story_prints_the_parts_and_the_thread_it_came_from(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(full_snapshot, ["okr-story"], "a4", out_dir)[0])
    assert pdf.page_count == 1
    page = pdf.pages[0]
    for label, answer in [
        ("Character", "The site manager"),
        ("Goal", "Kit that works"),
        ("Obstacle", "Waiting for parts"),
        ("Resolution", "One visit"),
        ("Metric ideas", "Repeat visit rate"),
    ]:
        assert label in page and answer in page
    assert "Customers never need a second visit" in page
    assert "Where this story comes from" in page
    assert "Last cycle's key result: Repeat visits from 12% to 6% (scored 0.3)" in page
    assert "Post-it: Customers never wait twice" in page


def test_blank_story_is_one_page_without_a_thread(out_dir: Path, paper: str) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(), ["okr-story"], paper, out_dir)[0])
    assert pdf.page_count == 1
    assert "Character" in pdf.pages[0] and "Metric ideas" in pdf.pages[0]
    assert "Where this story comes from" not in pdf.pages[0]


def test_field_two_starts_from_the_participants_until_the_room_writes_its_own(
    store: Store, out_dir: Path
) -> None:
    people = [("Ana", "facilitator"), ("Bo", "kr_lead")]
    workshop_id = new_workshop(store, "Field Support", "executive", participants=people)
    first = Pdf(
        export_sheets(load_snapshot(store, workshop_id), ["embedding-worksheet"], "a4", out_dir)[0]
    ).pages[0]
    assert "Ana (Facilitator), Bo (KR lead)" in first
    fake_engine(store, workshop_id).okrs.edit_worksheet(people="The whole support floor")
    (out_dir / "again").mkdir()
    (again,) = export_sheets(
        load_snapshot(store, workshop_id), ["embedding-worksheet"], "a4", out_dir / "again"
    )
    page = Pdf(again).pages[0]
    assert "The whole support floor" in page and "Ana (Facilitator)" not in page
