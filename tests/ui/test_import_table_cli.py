"""``okr-workshop import-table``: a spreadsheet into a workshop from the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitation.engine import WorkshopEngine
from tests.clocks import fake_engine
from tests.tables import workbook
from tests.ui.command_line import run
from workshop.store import open_store


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "team.sqlite")
    status, _, _ = run(
        capsys, "create", "--db", path, "--team", "R&D <team>", "--participant", "Amara:facilitator"
    )
    assert status == 0
    return path


@pytest.fixture
def engine(db: str) -> Iterator[WorkshopEngine]:
    store = open_store(db)
    yield fake_engine(store, 1)
    store.close()


def test_bad_rows_are_named_and_nothing_is_added_until_the_good_ones_are_asked_for(
    db: str, engine: WorkshopEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ideas = tmp_path / "ideen.csv"
    ideas.write_text(
        "Idee;Farbe;Autor;Stimmen\nSchneller liefern 🚀;blau;amara;3\nRuhige Nächte;mauve;;\n"
        "客户满意;grün;Zoe;\n",
        encoding="utf-8-sig",
    )
    status, out, err = run(
        capsys, "import-table", "--db", db, "--workshop", "1", "--as", "postits", str(ideas)
    )
    assert status == 2
    assert out == ""
    assert err.splitlines() == [
        "okr-workshop: ideen.csv: not imported, the columns “Stimmen”",
        "okr-workshop: ideen.csv, row 3: “mauve” in “Farbe” is not one of: yellow/gelb, "
        "pink/rosa, blue/blau, green/grün, orange, purple/lila.",
        "okr-workshop: ideen.csv, row 4: “Zoe” is not a participant of this workshop: add them "
        "to the team first, or clear the cell.",
        "okr-workshop: Nothing was added: correct these rows, or add the others with "
        "--add-good-rows.",
    ]
    assert engine.boards.cards() == []
    status, out, err = run(
        capsys,
        "import-table",
        "--db",
        db,
        "--workshop",
        "1",
        "--as",
        "postits",
        "--add-good-rows",
        str(ideas),
    )
    assert status == 0
    assert out == "Added 1 post-it from ideen.csv to workshop 1.\n"
    assert "row 3 left out: “mauve”" in err
    assert [(c.text, c.colour) for c in engine.boards.cards()] == [("Schneller liefern 🚀", "blue")]


def test_last_cycle_scores_from_a_workbook(
    db: str, engine: WorkshopEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[object]] = [
        ["Ziel", "Schlüsselergebnis", "Bewertung"],
        ["Kunden begeistern", "NPS über 40", "0,7"],
        [None, "Antwort in 2 h", 0.4],
    ]
    path = workbook(tmp_path, rows, "Q1.xlsx")
    status, out, err = run(
        capsys, "import-table", "--db", db, "--workshop", "1", "--as", "last-cycle", str(path)
    )
    assert (status, err) == (0, "")
    assert out == "Added 1 objective, 2 key results from Q1.xlsx to workshop 1.\n"
    [objective] = engine.scoring.past_objectives()
    assert [(k.text, k.score) for k in objective.key_results] == [
        ("NPS über 40", 0.7),
        ("Antwort in 2 h", 0.4),
    ]


def test_key_results_bring_their_champions_from_a_workbook(
    db: str, engine: WorkshopEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[object]] = [
        ["Ziel", "Schlüsselergebnis", "Zielwert", "Verantwortlich"],
        ["Schneller liefern", "Deploys pro Tag", 5, "AMARA"],
        [None, "Durchlaufzeit in Tagen", "2", "Zoe"],
    ]
    path = workbook(tmp_path, rows, "KRs.xlsx")
    status, out, err = run(
        capsys,
        *("import-table", "--db", db, "--workshop", "1", "--as", "key-results"),
        *("--add-good-rows", str(path)),
    )
    assert status == 0
    assert out == "Added 1 objective, 1 key result from KRs.xlsx to workshop 1.\n"
    assert err == (
        "okr-workshop: KRs.xlsx, row 3 left out: “Zoe” is not a participant of this "
        "workshop: add them to the team first, or clear the cell.\n"
    )
    [objective] = engine.okrs.objectives()
    amara = next(p.id for p in engine.okrs.participants() if p.name == "Amara")
    assert [(k.text, k.champion_id) for k in objective.key_results] == [("Deploys pro Tag", amara)]


def test_an_unreadable_file_and_a_missing_workshop_are_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    status, _, err = run(
        capsys, "import-table", "--db", db, "--workshop", "1", "--as", "key-results", str(broken)
    )
    assert status == 2
    assert err.startswith("okr-workshop: broken.xlsx is not a readable XLSX workbook")
    assert len(err.splitlines()) == 1
    status, _, err = run(
        capsys, "import-table", "--db", db, "--workshop", "4", "--as", "postits", str(broken)
    )
    assert status == 2
    assert "There is no workshop 4" in err
