"""Writing sheets into a folder: whole files, safe names, clear messages."""

from __future__ import annotations

import dataclasses
import errno
import gc
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PageObject, PdfReader
from reportlab.platypus.doctemplate import LayoutError

from exports import writer
from exports.errors import ExportError
from exports.filenames import MAX_BYTES, safe_file_name
from exports.names import SHEET_NAMES
from exports.registry import SHEETS, sheet_names
from exports.writer import SheetsFailed, export_sheets, unique_name, write_atomically
from tests.exports.conftest import Pdf
from workshop.snapshot import WorkshopSnapshot, blank_snapshot


def test_all_writes_every_sheet_and_returns_the_paths(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    paths = export_sheets(full_snapshot, "all", "a4", out_dir)
    names = [p.name for p in paths]
    assert sorted(names) == sorted(p.name for p in out_dir.iterdir())
    assert "Field Support - OKR story.pdf" in names
    assert "Field Support - Workshop summary.pdf" in names
    assert any(
        n.startswith("Field Support - Facilitation sheet (measures) - Objective 1 ") for n in names
    )
    for path in paths:
        assert path.read_bytes().startswith(b"%PDF-")
        assert Pdf(path).page_size_mm() == (210, 297)


def test_the_command_line_lists_the_registered_sheets() -> None:
    assert tuple(SHEETS) == SHEET_NAMES


def test_every_sheet_exists_blank(out_dir: Path) -> None:
    paths = export_sheets(blank_snapshot(), "all", "letter", out_dir)
    assert len(paths) == len(sheet_names())
    for path in paths:
        assert path.name.endswith("(blank).pdf")
        assert Pdf(path).page_size_mm() == (216, 279)


def test_a_list_of_sheets_is_written_in_the_registry_order(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    paths = export_sheets(full_snapshot, "summary, okr-story", "a4", out_dir)
    assert [p.name for p in paths] == [
        "Field Support - OKR story.pdf",
        "Field Support - Workshop summary.pdf",
    ]


def test_an_unknown_sheet_is_named_in_the_message(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    with pytest.raises(ExportError, match=r"no sheet called 'posters'.*okr-story"):
        export_sheets(full_snapshot, ["okr-story", "posters"], "a4", out_dir)
    assert list(out_dir.iterdir()) == []


def test_an_unknown_paper_is_refused(full_snapshot: WorkshopSnapshot, out_dir: Path) -> None:
    with pytest.raises(ValueError, match="a4 or letter"):
        export_sheets(full_snapshot, "all", "a3", out_dir)


def test_a_missing_folder_says_so_and_writes_nothing(
    full_snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ExportError, match="does not exist"):
        export_sheets(full_snapshot, "all", "a4", missing)
    assert not missing.exists()


def test_a_file_in_place_of_the_folder_says_so(
    full_snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    a_file = tmp_path / "sheets.pdf"
    a_file.write_text("mine")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export_sheets(full_snapshot, "all", "a4", a_file)
    assert a_file.read_text() == "mine"


def test_a_read_only_folder_says_so_and_leaves_nothing(
    full_snapshot: WorkshopSnapshot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The permission check is made as the system would; tests may run as root.
    monkeypatch.setattr(os, "access", lambda *_args, **_kwargs: False)
    with pytest.raises(ExportError, match="cannot be written to"):
        export_sheets(full_snapshot, "all", "a4", out_dir)
    assert list(out_dir.iterdir()) == []


def test_a_failed_write_leaves_no_partial_file_and_keeps_the_old_one(
    out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "sheet.pdf"
    target.write_bytes(b"%PDF- the old sheet")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ExportError, match="is full"):
        write_atomically(target, b"%PDF- the new sheet")
    assert [p.name for p in out_dir.iterdir()] == ["sheet.pdf"]
    assert target.read_bytes() == b"%PDF- the old sheet"


def test_written_files_are_readable_by_others_like_any_new_file(out_dir: Path) -> None:
    target = out_dir / "sheet.pdf"
    write_atomically(target, b"%PDF-")
    old_umask = os.umask(0o022)
    os.umask(old_umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~old_umask


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Field Support - OKR story", "Field Support - OKR story.pdf"),
        ('R&D <team>/ops\\x: *?|"', "R&D team ops x.pdf"),
        ("../../etc/passwd", "etc passwd.pdf"),
        ("CON", "CON sheet.pdf"),
        ("lpt1.txt", "lpt1.txt sheet.pdf"),
        ("Ωμέγα Привет", "Ωμέγα Привет.pdf"),
        ("Ship it 🚀", "Ship it.pdf"),
        ("   ...   ", "sheet.pdf"),
        ("tab\tnew\nline\x00end", "tab new line end.pdf"),
    ],
)
def test_file_names_are_safe_on_every_platform(text: str, expected: str) -> None:
    assert safe_file_name(text) == expected


def test_file_names_are_bounded_in_characters_and_bytes() -> None:
    assert len(safe_file_name("a" * 1000)) <= 130
    assert len(safe_file_name("Привет" * 200).encode("utf-8")) <= MAX_BYTES + len(".pdf")


def test_two_documents_with_the_same_name_get_two_files() -> None:
    used: set[str] = set()
    assert unique_name("Team - Story.pdf", used) == "Team - Story.pdf"
    assert unique_name("team - story.pdf", used) == "team - story 2.pdf"
    assert unique_name("Team - Story.pdf", used) == "Team - Story 3.pdf"


PRINTER_MARGIN = 10 / 25.4 * 72  # 10 mm: what an office printer reaches, with room


def text_origins(page: PageObject) -> list[tuple[float, float]]:
    """Where every piece of text on the page starts, in points from the bottom left."""
    origins: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            x, y = tm[4], tm[5]
            origins.append((x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return origins


def test_all_type_is_9_pt_or_more_and_inside_the_printable_area(
    five_by_five: WorkshopSnapshot, out_dir: Path, paper: str
) -> None:
    paths = export_sheets(five_by_five, "all", paper, out_dir)
    paths += export_sheets(blank_snapshot(), "all", paper, out_dir)
    for path in paths:
        for page in PdfReader(path).pages:
            content = page.get_contents()
            assert content is not None
            sizes = {float(s) for s in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", content.get_data())}
            assert sizes and min(sizes) >= 9, f"{path.name}: type of {min(sizes)} pt"
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            origins = text_origins(page)
            assert origins
            for x, y in origins:
                assert PRINTER_MARGIN <= x <= width - PRINTER_MARGIN, path.name
                assert PRINTER_MARGIN <= y <= height - PRINTER_MARGIN, path.name


def _broken(*_args: object) -> list[object]:
    raise LayoutError("Flowable <Table@0x7f> too large on page 2")


def test_a_sheet_that_cannot_be_laid_out_is_named_and_the_others_are_written(
    full_snapshot: WorkshopSnapshot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        SHEETS, "okr-story", dataclasses.replace(SHEETS["okr-story"], documents=_broken)
    )
    with pytest.raises(SheetsFailed) as failed:
        export_sheets(full_snapshot, "okr-story,summary,ballots", "a4", out_dir)
    assert [f.title for f in failed.value.failures] == ["OKR story"]
    assert "could not be laid out" in str(failed.value.failures[0].reason)
    assert "OKR story" in str(failed.value)
    assert sorted(p.name for p in failed.value.written) == [
        "Field Support - Paper ballots.pdf",
        "Field Support - Workshop summary.pdf",
    ]
    assert sorted(out_dir.iterdir()) == sorted(failed.value.written)


def test_temporary_files_an_interrupted_export_left_are_removed(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    stale = out_dir / ".Field Support - OKR story.0badc0de.partial"
    stale.write_bytes(b"%PDF- half")
    os.utime(stale, (0, 0))
    mine = out_dir / "notes.partial"
    mine.write_text("the user's own file")
    export_sheets(full_snapshot, "okr-story", "a4", out_dir)
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "Field Support - OKR story.pdf",
        "notes.partial",
    ]


def _disk_full_for(part_of_name: str) -> Callable[[Path, bytes], None]:
    """``write_atomically``, but the disk is full for files whose name holds ``part_of_name``."""

    def writing(target: Path, data: bytes) -> None:
        if part_of_name in target.name:
            raise ExportError.saying(writer._explain(target, OSError(errno.ENOSPC, "full")))
        write_atomically(target, data)

    return writing


def test_a_sheet_the_disk_has_no_room_for_is_named_and_the_sheets_after_it_are_written(
    full_snapshot: WorkshopSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "roomy").mkdir()
    everything = [p.name for p in export_sheets(full_snapshot, "all", "a4", tmp_path / "roomy")]
    full = tmp_path / "full"
    full.mkdir()
    monkeypatch.setattr(writer, "write_atomically", _disk_full_for("OKR story"))
    with pytest.raises(SheetsFailed) as failed:
        export_sheets(full_snapshot, "all", "a4", full)
    assert [f.title for f in failed.value.failures] == ["OKR story"]
    assert "is full" in str(failed.value.failures[0].reason)
    written = [p.name for p in failed.value.written]
    assert written == [name for name in everything if "OKR story" not in name], (
        "every other sheet is written, in the registry's order"
    )
    assert sorted(p.name for p in full.iterdir()) == sorted(written)


def test_a_disk_with_no_room_for_the_first_file_says_so_and_writes_nothing(
    full_snapshot: WorkshopSnapshot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "write_atomically", _disk_full_for(".pdf"))
    with pytest.raises(ExportError, match="is full") as failed:
        export_sheets(full_snapshot, "all", "a4", out_dir)
    assert not isinstance(failed.value, SheetsFailed)
    assert list(out_dir.iterdir()) == []


def test_the_cycle_collector_is_paused_only_while_a_sheet_is_laid_out(
    full_snapshot: WorkshopSnapshot, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    story = SHEETS["okr-story"]

    def watched(*args: Any) -> Any:
        seen.append(gc.isenabled())
        return story.documents(*args)

    monkeypatch.setitem(SHEETS, "okr-story", dataclasses.replace(story, documents=watched))
    monkeypatch.setitem(
        SHEETS, "summary", dataclasses.replace(SHEETS["summary"], documents=_broken)
    )
    with pytest.raises(SheetsFailed):
        export_sheets(full_snapshot, "okr-story,summary", "a4", out_dir)
    assert seen == [False]
    assert gc.isenabled(), "the collector runs again, after a sheet that failed too"
    gc.disable()
    try:
        export_sheets(full_snapshot, "okr-story", "a4", out_dir)
        assert not gc.isenabled(), "a collector paused by the program stays paused"
    finally:
        gc.enable()
