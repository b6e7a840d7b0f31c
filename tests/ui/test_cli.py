"""The okr-workshop command line: headless subcommands and their messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.names import SHEET_NAMES
from tests.fresh_process import run_fresh
from tests.ui.command_line import run
from tests.workshop.samples import build_full_workshop
from ui.cli import main
from workshop import commands, interchange
from workshop.store import open_store


def test_create_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "team.sqlite")
    status, out, _ = run(
        capsys,
        "create",
        "--db",
        db,
        "--team",
        "R&D <team> 🚀",
        "--template",
        "team",
        "--cycle",
        "Q2 2027",
        "--participant",
        "Ana:facilitator",
        "--participant",
        "Bo:kr-lead",
    )
    assert status == 0
    assert "Created workshop 1 for R&D <team> 🚀" in out
    status, out, _ = run(capsys, "list", "--db", db)
    assert status == 0
    assert "R&D <team> 🚀 · Q2 2027 · team · 0/5 steps · OKR refresher" in out
    store = open_store(db)
    try:
        document = interchange.export_workshop(store, 1)
    finally:
        store.close()
    assert [(p["name"], p["role"]) for p in document["participants"]] == [
        ("Ana", "facilitator"),
        ("Bo", "kr_lead"),
    ]


def test_db_before_the_subcommand_is_honoured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "first.sqlite")
    assert run(capsys, "--db", db, "create", "--team", "Ops")[0] == 0
    assert "Ops" in run(capsys, "--db", db, "list")[1]


def test_an_unknown_template_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "create", "--db", str(tmp_path / "x.sqlite"), "--team", "Ops", "--template", "nap"
    )
    assert status == 2
    assert err.count("\n") == 1
    assert 'no agenda template "nap"' in err


def test_export_and_import_json_through_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source.sqlite"
    store = open_store(source)
    build_full_workshop(store)
    store.close()
    out_file = tmp_path / "field-support.json"
    status, out, _ = run(
        capsys, "export-json", "--db", str(source), "--workshop", "1", "--out", str(out_file)
    )
    assert status == 0 and out.strip() == str(out_file)
    target = tmp_path / "target.sqlite"
    status, out, _ = run(capsys, "import-json", "--db", str(target), str(out_file))
    assert status == 0 and "Imported workshop 1" in out
    status, again, _ = run(capsys, "export-json", "--db", str(target), "--workshop", "1")
    assert json.loads(again) == json.loads(out_file.read_text("utf-8"))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "Not valid JSON"),
        ('{"format": "something-else/3"}', "format:"),
        ('{"format": "okr-workshop/1", "workshop": []}', "workshop: expected an object"),
    ],
)
def test_a_bad_json_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    db = tmp_path / "target.sqlite"
    status, out, err = run(capsys, "import-json", "--db", str(db), str(bad))
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and expected in err
    store = open_store(db)
    try:
        assert commands.list_workshops(store) == []
    finally:
        store.close()


def test_a_damaged_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\x00garbage" * 100)
    status, _, err = run(capsys, "list", "--db", str(junk))
    assert status == 2
    assert str(junk) in err and err.count("\n") == 1


def test_export_json_of_a_missing_workshop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "export-json", "--db", str(tmp_path / "e.sqlite"), "--workshop", "9"
    )
    assert status == 2
    assert "no workshop 9" in err


@pytest.mark.parametrize("command", ["list", "create", "export-json", "import-json", "export"])
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as finished:
        main([command, "--help"])
    assert finished.value.code == 0
    assert "usage: okr-workshop" in capsys.readouterr().out


def test_export_help_names_every_sheet(capsys: pytest.CaptureFixture[str]) -> None:
    from exports.names import SHEET_NAMES

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = capsys.readouterr().out
    unwrapped = "".join(help_text.split())  # argparse may wrap a name at its hyphen
    for name in SHEET_NAMES:
        assert name in unwrapped
    assert "--paper {a4,letter}" in help_text and "--blank" in help_text


def _workshop_file(tmp_path: Path) -> Path:
    db = tmp_path / "sheets.sqlite"
    store = open_store(db)
    build_full_workshop(store)
    store.close()
    return db


def export_story_and_summary(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, *options: str
) -> tuple[int, str, str, Path]:
    """``export`` of a full workshop's OKR story and summary into a new folder, also returned."""
    db, out = _workshop_file(tmp_path), tmp_path / "print"
    out.mkdir()
    status, printed, err = run(
        capsys,
        *("export", "--db", str(db), "--workshop", "1", "--sheets", "okr-story,summary"),
        *(*options, "--out", str(out)),
    )
    return status, printed, err, out


def test_export_writes_the_sheets_and_prints_their_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    status, printed, err, out = export_story_and_summary(capsys, tmp_path, "--paper", "letter")
    assert status == 0, err
    paths = [Path(line) for line in printed.splitlines()]
    assert [p.name for p in paths] == [
        "Field Support - OKR story.pdf",
        "Field Support - Workshop summary.pdf",
    ]
    assert sorted(out.iterdir()) == sorted(paths)
    story = PdfReader(paths[0])
    assert "The site manager" in story.pages[0].extract_text()
    assert round(float(story.pages[0].mediabox.height)) == 792, "US Letter"


def test_export_blank_needs_no_workshop_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    db = tmp_path / "never-made.sqlite"
    out = tmp_path / "paper"
    out.mkdir()
    status, printed, _ = run(capsys, "export", "--db", str(db), "--blank", "--out", str(out))
    assert status == 0
    names = [Path(line).name for line in printed.splitlines()]
    assert len(names) == len(SHEET_NAMES) and all(name.endswith("(blank).pdf") for name in names)
    assert not db.exists(), "blank templates need no workshop file"
    from pypdf import PdfReader

    first = PdfReader(Path(printed.splitlines()[0]))
    assert round(float(first.pages[0].mediabox.height)) == 842, "A4 from the locale"


def test_export_names_a_sheet_that_failed_and_lists_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from reportlab.platypus.doctemplate import LayoutError

    from exports.registry import SHEETS

    def broken(*_args: object) -> list[object]:
        raise LayoutError("Flowable <Table> too large on page 2")

    monkeypatch.setitem(SHEETS, "summary", dataclasses.replace(SHEETS["summary"], documents=broken))
    status, printed, err, out = export_story_and_summary(capsys, tmp_path)
    assert status == 1
    assert [Path(line).name for line in printed.splitlines()] == ["Field Support - OKR story.pdf"]
    assert err.count("\n") == 1
    assert err.startswith("okr-workshop: Workshop summary was not written: it could not be laid")
    assert "Traceback" not in err
    assert [p.name for p in out.iterdir()] == ["Field Support - OKR story.pdf"]


def test_export_without_a_workshop_or_blank_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "export", "--out", str(tmp_path))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "--workshop ID" in err and "--blank" in err


@pytest.mark.parametrize(
    ("folder", "expected"),
    [("missing", "does not exist"), ("a-file", "is a file, not a folder")],
)
def test_export_to_a_bad_folder_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str, expected: str
) -> None:
    db = _workshop_file(tmp_path)
    (tmp_path / "a-file").write_text("keep me")
    target = tmp_path / folder
    status, out, err = run(
        capsys, "export", "--db", str(db), "--workshop", "1", "--out", str(target)
    )
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and expected in err
    assert not (tmp_path / "missing").exists()
    assert (tmp_path / "a-file").read_text() == "keep me"


def test_export_to_a_read_only_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    db = _workshop_file(tmp_path)
    out = tmp_path / "locked"
    out.mkdir()
    real_access = os.access

    def access(path: str | Path, mode: int, **kwargs: object) -> bool:
        """The export folder refuses writing; the workshop file opens as usual."""
        return Path(path) != out and real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    status, _, err = run(capsys, "export", "--db", str(db), "--workshop", "1", "--out", str(out))
    assert status == 2
    assert "cannot be written to" in err and err.count("\n") == 1
    assert list(out.iterdir()) == []


def test_export_of_a_missing_workshop_or_sheet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _workshop_file(tmp_path)
    status, _, err = run(
        capsys, "export", "--db", str(db), "--workshop", "7", "--out", str(tmp_path)
    )
    assert status == 2 and "There is no workshop 7" in err and "okr-workshop list" in err
    status, _, err = run(
        capsys, "export", "--db", str(db), "--workshop", "1", "--sheets", "poster", "--out", "."
    )
    assert status == 2 and "no sheet called 'poster'" in err


def test_headless_subcommands_never_import_qt(tmp_path: Path) -> None:
    db = tmp_path / "headless.sqlite"
    json_file = tmp_path / "w.json"
    _, loaded = run_fresh(
        f"""
from tests.ui.command_line import run
from ui.cli import main
db = {str(db)!r}
assert main(["create", "--db", db, "--team", "Ops", "--participant", "Ana"]) == 0
assert main(["list", "--db", db]) == 0
assert main(["export-json", "--db", db, "--workshop", "1", "--out", {str(json_file)!r}]) == 0
assert main(["import-json", "--db", db, {str(json_file)!r}]) == 0
assert main(["export", "--db", db, "--workshop", "1", "--out", {str(tmp_path)!r}]) == 0
assert main(["export", "--blank", "--out", {str(tmp_path)!r}]) == 0
"""
    )
    assert not loaded & {"PySide6", "shiboken6"}


def test_opening_the_window_waits_for_neither_the_database_nor_the_pdf_library() -> None:
    _, loaded = run_fresh("import ui.cli\nui.cli.build_parser().parse_args([])")
    assert not loaded & {"sqlalchemy", "alembic", "reportlab"}


def test_without_a_screen_the_window_says_so_in_one_line() -> None:
    from ui.cli import missing_display

    message = missing_display({}, "linux")
    assert "no screen" in message and "\n" not in message
    assert missing_display({"DISPLAY": ":0"}, "linux") == ""
    assert missing_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert missing_display({"QT_QPA_PLATFORM": "offscreen"}, "linux") == ""
    assert missing_display({}, "win32") == ""
