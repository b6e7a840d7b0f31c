"""The workshop summary and the numbered paper ballots."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exports.writer import export_sheets
from okr_rules.scores import Thresholds, verdict
from tests.exports.conftest import Pdf
from workshop.snapshot import (
    PastKeyResultSnapshot,
    PastObjectiveSnapshot,
    VoteOptionSnapshot,
    WorkshopSnapshot,
    blank_snapshot,
)


def test_summary_has_every_section(full_snapshot: WorkshopSnapshot, out_dir: Path) -> None:
    pdf = Pdf(export_sheets(full_snapshot, ["summary"], "a4", out_dir)[0])
    text = pdf.text
    assert "Who took part: Ana (Facilitator), Bo (KR lead)" in text
    assert "Our OKRs, ranked 1. Customers never need a second visit" in text
    assert "Repeat visits fall from 12% to 5%" in text and "Van stock check (must have)" in text
    assert "Why it matters: Every repeat visit costs a day of someone's work" in text
    assert "Communications plan" in text and "Dispatch Our OKR Stand-up Week 1 Ana" in text
    assert "Step Planned Used" in text and "Score 10 min 0 min -10" in text
    assert "Retro 10 min not run" in text
    assert "Halve repeat visits · average 0.30" in text
    assert "Repeat visits from 12% to 6% 0.3 Fell short" in text
    assert "Retrospective" in text and "R&D <team>" in text
    assert "Vote results" in text and "cut line after 1" in text
    assert "1 Customers never wait twice 2" in text
    assert "Not now" in text and "Repeat visits fall from 12% to 5% (0 votes)" in text


def test_five_objectives_are_listed_in_rank_order(
    five_by_five: WorkshopSnapshot, out_dir: Path
) -> None:
    text = Pdf(export_sheets(five_by_five, ["summary"], "letter", out_dir)[0]).text
    positions = [text.index(f"{n}. {o.text}") for n, o in enumerate(five_by_five.objectives, 1)]
    assert positions == sorted(positions)
    assert "Measure 5.5 rises from 40% to 75%" in text


def test_blank_summary_is_a_form_with_the_planned_agenda(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(full_snapshot, ["summary"], "a4", out_dir, blank=True)[0])
    assert "(blank)" in pdf.path.name
    text = pdf.text
    assert "Field Support" in text, "the team's name stays on a blank for that team"
    assert "Score 10 min Retro 10 min Whole day 20 min Last cycle's scores" in text
    assert "Customers never need a second visit" not in text
    assert "Vote tally" in text and "Not now" in text


def test_ballots_are_numbered_one_per_participant_with_the_options(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    pdf = Pdf(export_sheets(full_snapshot, ["ballots"], "a4", out_dir)[0])
    assert "Ballot 1 of 2" in pdf.text and "Ballot 2 of 2" in pdf.text
    assert pdf.text.count("Customers never wait twice") == 2
    assert "You have 3 votes" in pdf.text
    assert "Do not write your name" in pdf.text, "the round is secret"


def test_blank_ballots_have_lines_for_option_and_votes(out_dir: Path) -> None:
    pdf = Pdf(export_sheets(blank_snapshot(voters=12), ["ballots"], "letter", out_dir)[0])
    assert "Ballot 12 of 12" in pdf.text
    assert "Ballot 13" not in pdf.text
    assert pdf.text.count("Option (its number or its words) My votes") == 12
    assert "cut here" in pdf.text


def test_ballots_are_printed_for_every_round_each_on_its_own_pages(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    first = full_snapshot.rounds[0]
    runoff = dataclasses.replace(
        first,
        title="Run-off for the last place",
        status="open",
        votes_per_person=1,
        max_per_option=1,
        options=(VoteOptionSnapshot("Vans leave with the right parts", 0),),
    )
    snapshot = dataclasses.replace(full_snapshot, rounds=(first, runoff))
    pdf = Pdf(export_sheets(snapshot, ["ballots"], "a4", out_dir)[0])
    with_runoff = [page for page in pdf.pages if "Run-off for the last place" in page]
    assert with_runoff and all("Customers never wait twice" not in p for p in with_runoff)
    assert pdf.text.count("Run-off for the last place") == 2, "one slip per participant"
    assert pdf.text.count("Customers never wait twice") == 2
    assert "You have 1 votes" not in pdf.text and "You have 1 vote" in pdf.text


def test_the_summary_prints_the_verdict_scale_beside_last_cycles_scores(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    past = PastObjectiveSnapshot("Ship on time", (PastKeyResultSnapshot("On-time releases", 0.6),))
    snapshot = dataclasses.replace(full_snapshot, past_objectives=(past,))
    text = Pdf(export_sheets(snapshot, ["summary"], "a4", out_dir)[0]).text
    thresholds = Thresholds.from_settings(full_snapshot.settings)
    assert f"On-time releases 0.6 {verdict(0.6, thresholds).label}" in text
    assert (
        f"Verdicts: Exceeded from {thresholds.exceeded:.1f} · "
        f"Delivered from {thresholds.delivered:.1f} · Fell short from {thresholds.fell_short:.1f}"
    ) in text


def test_the_drafting_card_checks_a_draft_filled_or_blank(
    full_snapshot: WorkshopSnapshot, out_dir: Path, paper: str
) -> None:
    filled = Pdf(export_sheets(full_snapshot, ["drafting-card"], paper, out_dir)[0])
    blank = Pdf(export_sheets(blank_snapshot(), ["drafting-card"], paper, out_dir)[0])
    assert blank.page_count == 1
    assert filled.page_count == len(full_snapshot.objectives)
    assert "Customers never need a second visit" in filled.pages[0]
    for page in (filled.pages[0], blank.pages[0]):
        assert "Holds no solution" in page and "Timeboxed" in page
        assert "Who (a customer, a colleague) does what (a behaviour) by how much" in page
        assert "Not a task, a to-do or business as usual" in page
