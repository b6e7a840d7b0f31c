"""The cycle from the command line: check-in, check-ins, next-cycle, without a display."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clocks import fake_engine
from tests.cycle_workshop import finished_workshop
from tests.fresh_process import run_fresh
from tests.ui.command_line import run
from workshop.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "cycle.sqlite"
    store = open_store(path)
    try:
        finished_workshop(store)
    finally:
        store.close()
    return str(path)


def test_a_check_in_is_recorded_by_its_printed_number(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys,
        *("check-in", "--db", db, "--workshop", "1", "--week", "3", "--kr", "2.1"),
        *("--confidence", "0.7", "--actual", "11 days", "--note", "R&D <team> 加油"),
    )
    assert (status, err) == (0, "")
    assert out == (
        "Week 3, KR 2.1 Days to first merged change from 15 to 3: confidence 0.7, actual 11 days\n"
    )
    status, out, _ = run(
        capsys,
        *("check-in", "--db", db, "--workshop", "1", "--week", "3", "--kr", "2.1"),
        "--confidence=0.4",
    )
    assert status == 0 and out.endswith("confidence 0.4 (was 0.7)\n")
    store = open_store(db)
    try:
        kr = fake_engine(store, 1).cycle.key_result("2.1")
    finally:
        store.close()
    assert (kr.checkins[3].confidence, kr.checkins[3].actual) == (0.4, "")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--week", "3", "--kr", "4.1", "--confidence", "1"), "no key result '4.1'"),
        (("--week", "13", "--kr", "1.1", "--confidence", "1"), "week 1 to 12"),
        (("--week", "3", "--kr", "1.1", "--confidence", "0.5"), "Confidence is 1, 0.7, 0.4 or 0"),
        (
            ("--week", "3", "--kr", "1.1", "--confidence", "1", "--actual", "9" * 300),
            "the actual takes at most 200",
        ),
    ],
)
def test_a_wrong_check_in_is_refused_in_one_line(
    db: str, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], message: str
) -> None:
    status, out, err = run(capsys, "check-in", "--db", db, "--workshop", "1", *arguments)
    assert status == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_an_unknown_workshop_is_named(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "check-ins", "--db", db, "--workshop", "9")
    assert status == 2 and "There is no workshop 9" in err and "okr-workshop list" in err


def test_the_table_of_weeks_shows_each_krs_confidence_and_warnings(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for week, confidence, actual in ((1, "1", "32%"), (2, "0.7", "33%"), (6, "0.4", "35%")):
        run(
            capsys,
            *("check-in", "--db", db, "--workshop", "1", "--week", str(week), "--kr", "1.1"),
            *("--confidence", confidence, "--actual", actual),
        )
    status, out, _ = run(capsys, "check-ins", "--db", db, "--workshop", "1")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["KR", "key", "result", *(f"W{w}" for w in range(1, 13)), "actual"]
    assert lines[1] == "Objective 1: R&D <platform> is the team others ask for"
    row = lines[2].split()
    assert row[:2] == ["1.1", "Internal"]
    assert row[-20:] == [
        *("1", "0.7", "·", "·", "·", "0.4", "·", "·", "·", "·", "·", "·", "35%"),
        *("!", "confidence", "0.4", "!", "behind", "the", "line"),
    ]
    assert len([line for line in lines if line.startswith("Objective")]) == 3


def test_the_next_cycle_prints_its_id_and_refuses_a_second_one(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "next-cycle", "--db", db, "--workshop", "1", "--cycle", "Q2 2027")
    assert (status, out) == (0, "2\n")
    status, out, _ = run(capsys, "list", "--db", db)
    assert "Platform team · Q2 2027" in out
    status, _, err = run(capsys, "next-cycle", "--db", db, "--workshop", "1")
    assert status == 2 and "already started: workshop 2 (Q2 2027)" in err


def test_a_whole_cycle_runs_from_the_command_line_without_qt(db: str, tmp_path: Path) -> None:
    printed, loaded = run_fresh(
        f"""
from tests.ui.command_line import run
from ui.cli import main
db = {db!r}
for week in range(1, 13):
    for kr in ("1.1", "1.2", "2.1", "3.4"):
        args = ["--week", str(week), "--kr", kr, "--confidence", "0.7", "--actual", str(week)]
        assert main(["check-in", "--db", db, "--workshop", "1", *args]) == 0
assert main(["check-ins", "--db", db, "--workshop", "1"]) == 0
assert main(["next-cycle", "--db", db, "--workshop", "1"]) == 0
"""
    )
    assert not loaded & {"PySide6", "shiboken6"}
    assert printed[-1] == "2"
    store = open_store(db)
    try:
        past = fake_engine(store, 2).scoring.past_objectives()
    finally:
        store.close()
    # KR 1.1 (30 to 70) ended at 12: none of the way. KR 1.2 (120 to 60) ended at 12:
    # past its target. KRs 1.3 and 1.4 had no check-ins, so no score is suggested.
    assert [kr.score for kr in past[0].key_results] == [0.0, 1.0, None, None]
