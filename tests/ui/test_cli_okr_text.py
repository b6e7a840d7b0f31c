"""``okr-workshop export-okrs`` and ``export --language``: files for a wiki, tracker, printer."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.ui.command_line import run
from tests.workshop.samples import build_full_workshop
from ui.cli import main
from workshop.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "team.sqlite"
    store = open_store(path)
    build_full_workshop(store)
    store.close()
    return str(path)


def export_okrs(
    capsys: pytest.CaptureFixture[str],
    db: str,
    workshop: int,
    format_name: str,
    out: Path,
    *more: str,
) -> tuple[int, str, str]:
    return run(
        capsys,
        "export-okrs",
        "--db",
        db,
        "--workshop",
        str(workshop),
        "--format",
        format_name,
        "--out",
        str(out),
        *more,
    )


def test_export_okrs_writes_each_format(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "okrs.md"
    status, out, err = export_okrs(capsys, db, 1, "markdown", target)
    assert (status, err) == (0, "")
    assert out.strip() == str(target)
    assert "## Objective 1: Customers never need a second visit" in target.read_text("utf-8")

    status, out, _ = export_okrs(capsys, db, 1, "csv", tmp_path, "--language", "de")
    written = Path(out.strip())
    assert status == 0 and written.parent == tmp_path and written.suffix == ".csv"
    rows = list(csv.DictReader(written.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0]["key_result"] == "Repeat visits fall from 12% to 5%"

    status, out, _ = export_okrs(capsys, db, 1, "html", tmp_path / "okrs.html")
    assert status == 0
    assert "<!DOCTYPE html>" in (tmp_path / "okrs.html").read_text("utf-8")


def test_export_okrs_problems_are_one_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = export_okrs(capsys, db, 7, "csv", tmp_path / "x.csv")
    assert status == 2 and "no workshop 7" in err and len(err.strip().splitlines()) == 1
    status, _, err = export_okrs(capsys, db, 1, "csv", tmp_path / "missing" / "x.csv")
    assert status == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "missing").exists()


def test_export_in_german_prints_german_sheets(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(
        capsys,
        "export",
        "--db",
        db,
        "--workshop",
        "1",
        "--sheets",
        "summary",
        "--out",
        str(tmp_path),
        "--language",
        "de",
    )
    assert status == 0
    text = " ".join(page.extract_text() for page in PdfReader(out.strip().splitlines()[0]).pages)
    assert "Seite 1 von" in text
    assert "Page 1 of" not in text


def test_an_unknown_language_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        main(["export", "--blank", "--out", str(tmp_path), "--language", "xx"])
    assert finished.value.code == 2
    assert "invalid choice: 'xx'" in capsys.readouterr().err
