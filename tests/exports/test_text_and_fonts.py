"""Any text prints: real glyphs from a TTF font, user text never read as markup."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports import fonts
from exports.fonts import find_dejavu, register_family, sheet_font, vera_files
from exports.paper import default_paper, paper_for_region, region_of
from exports.registry import sheet_names
from exports.text import SUBSTITUTE, markup, printable
from exports.writer import export_sheets
from tests.exports.conftest import Pdf
from tests.exports.samples import LONG_TEXT, MARKUP_TEXT
from workshop.snapshot import WorkshopSnapshot

SCRIPTS = "Zoë naïve façade · Ωμέγα · Привет · → ≥ ≤ · “quoted” ‘single’ – —"


def test_the_sheet_font_is_a_true_type_font_with_the_common_scripts() -> None:
    font = sheet_font()
    assert font.files["regular"].suffix.lower() == ".ttf"
    if font.source == "DejaVu Sans":
        assert all(ord(c) in font.coverage["regular"] for c in SCRIPTS)


def test_without_dejavu_the_vera_fonts_inside_reportlab_are_used(tmp_path: Path) -> None:
    assert find_dejavu([tmp_path]) is None
    files = vera_files()
    assert all(path.is_file() for path in files.values())
    vera = register_family("TestVera", files, "Bitstream Vera")
    assert ord("é") in vera.coverage["regular"]
    assert vera.font_name("bold") == "TestVera-bold"


def test_dejavu_is_found_in_a_font_folder(tmp_path: Path) -> None:
    folder = tmp_path / "fonts" / "truetype" / "dejavu"
    folder.mkdir(parents=True)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        (folder / name).write_bytes(b"")
    assert find_dejavu([tmp_path / "fonts"]) is None, "a missing style is no family"
    (folder / "DejaVuSans-BoldOblique.ttf").write_bytes(b"")
    found = find_dejavu([tmp_path / "fonts"])
    assert found is not None and found["bold"] == folder / "DejaVuSans-Bold.ttf"


def test_user_text_is_escaped_and_keeps_its_line_breaks() -> None:
    assert markup("R&D <team>\nline two") == "R&amp;D &lt;team&gt;<br/>line two"


def test_a_character_the_font_lacks_becomes_a_visible_substitute() -> None:
    coverage = sheet_font().coverage["regular"]
    missing = next(chr(c) for c in range(0x1F680, 0x1F700) if c not in coverage)
    assert printable(f"go {missing} now") == f"go {SUBSTITUTE} now"
    assert printable("ｆｕｌｌ") == "full", "a compatible form is used when there is one"
    assert printable("a\x00b\tc") == "a b c", "control characters are spaces"


def test_accents_scripts_arrows_and_quotes_print_as_real_text(
    full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    import dataclasses

    snapshot = dataclasses.replace(full_snapshot, team=SCRIPTS)
    paths = export_sheets(snapshot, "all", "a4", out_dir)
    for path in paths:
        assert SCRIPTS in Pdf(path).text, path.name
        for page in PdfReader(path).pages:
            fonts = {str(f["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
            assert all("+" in name for name in fonts), f"only embedded TTF subsets: {fonts}"


def test_hostile_text_exports_every_sheet(
    hostile_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    paths = export_sheets(hostile_snapshot, "all", "a4", out_dir)
    per_objective = 2 * len(hostile_snapshot.objectives)
    assert len({p.name for p in paths}) == per_objective + len(sheet_names()) - 2
    text = " ".join(Pdf(p).text for p in paths)
    assert MARKUP_TEXT in text, "markup prints as typed"
    assert "R&D <team> “quoted” → ≥ 5 ✓" in text
    assert LONG_TEXT[-40:].strip() in text, "5,000 characters flow to the end"
    assert text.count("x" * 60) > 10, "an unbroken 5,000-character word wraps"
    assert "Ship it" in text and SUBSTITUTE in text
    summary = Pdf(next(p for p in paths if p.name.endswith("Workshop summary.pdf")))
    assert summary.page_count > 1
    assert f"Page {summary.page_count} of {summary.page_count}" in summary.pages[-1]


@pytest.mark.parametrize(
    ("name", "region"), [("en_US.UTF-8", "US"), ("fr-CA", "CA"), ("de_DE@euro", "DE"), ("C", "")]
)
def test_the_region_is_read_from_a_locale_name(name: str, region: str) -> None:
    assert region_of(name) == region


def test_letter_in_north_america_a4_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    assert paper_for_region("US").name == "letter"
    assert paper_for_region("ca").name == "letter"
    assert paper_for_region("GB").name == "a4"
    assert paper_for_region("").name == "a4"
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert default_paper().name == "letter", "LC_PAPER wins over LANG"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert default_paper().name == "a4"


@pytest.fixture
def without_dejavu(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The sheet font as on a machine without DejaVu; the real one comes back after."""
    monkeypatch.setattr(fonts, "find_dejavu", lambda folders=None: None)
    fonts.sheet_font.cache_clear()
    markup.cache_clear()
    yield
    monkeypatch.undo()
    fonts.sheet_font.cache_clear()
    markup.cache_clear()
    fonts.sheet_font()


def test_every_sheet_prints_with_the_fallback_font(
    without_dejavu: None, full_snapshot: WorkshopSnapshot, out_dir: Path
) -> None:
    assert sheet_font().source.startswith("Bitstream Vera")
    paths = export_sheets(full_snapshot, "all", "a4", out_dir)
    story = Pdf(next(p for p in paths if p.name.endswith("OKR story.pdf")))
    assert "The site manager" in story.text
    assert "Привет" not in story.text and SUBSTITUTE not in story.text
    assert "?" in story.text, "Vera has no □: a question mark stands in for what it lacks"
