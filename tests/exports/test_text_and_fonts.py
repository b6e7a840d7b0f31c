"""Any text prints: real glyphs from a TTF font, user text never read as markup."""

from __future__ import annotations

import dataclasses
import html
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from exports import fallback, fonts
from exports.fonts import find_dejavu, register_family, sheet_font, vera_files
from exports.paper import default_paper, paper_for_region, region_of
from exports.registry import sheet_names
from exports.text import SUBSTITUTE, markup, prepare_fallbacks, printable
from exports.writer import export_sheets
from tests.exports.conftest import Pdf
from tests.exports.samples import LONG_TEXT, MARKUP_TEXT
from workshop.snapshot import ObjectiveSnapshot, StorySnapshot, WorkshopSnapshot, blank_snapshot

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


def test_a_character_no_font_has_becomes_a_visible_substitute() -> None:
    unassigned = "\U000e0fff"  # a code point no font draws
    assert printable(f"go {unassigned} now") == f"go {SUBSTITUTE} now"
    assert markup(f"go {unassigned} now") == f"go {SUBSTITUTE} now"
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
    assert "Ship it 🚀🎉" in text and SUBSTITUTE not in text
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
    assert SUBSTITUTE not in story.text, "Vera has no □"
    if shutil.which("fc-match"):
        assert "Привет" in story.text, "what Vera lacks comes from the system's fonts"
    else:
        assert "?" in story.text, "a question mark stands in for what no font has"


CJK = "顧客満足度を高める 提高客户满意度 고객 만족"
EMOJI = "Ship it 🚀🔥 ✅"
ARABIC = "هدف عملاء سعداء"
HEBREW = "לקוחות מרוצים מאוד"
needs_fonts = pytest.mark.skipif(
    not shutil.which("fc-match") or not shutil.which("pdftotext"),
    reason="needs fontconfig and poppler-utils (the CI installs Debian's Noto fonts)",
)


def _runs_of(text: str) -> list[tuple[str, str]]:
    """(characters, font name) runs of a marked-up text, the sheet font outside any tag."""
    runs = []
    for font, inner, plain in re.findall(r'<font name="([^"]+)">(.*?)</font>|([^<]+)', text):
        runs.append((html.unescape(inner or plain), font or sheet_font().font_name()))
    return runs


@needs_fonts
def test_every_character_is_printed_in_a_font_that_has_its_glyph() -> None:
    prepare_fallbacks([CJK, EMOJI, ARABIC])
    for text in (CJK, EMOJI, ARABIC, HEBREW):
        runs = _runs_of(markup(text))
        assert "".join(chars for chars, _ in runs) == text
        for chars, font in runs:
            glyphs = pdfmetrics.getFont(font).face.charToGlyph
            assert all(ord(c) in glyphs for c in chars if c != " "), (chars, font)


@needs_fonts
def test_chinese_japanese_korean_and_emoji_print_in_embedded_system_fonts(
    out_dir: Path,
) -> None:
    snapshot = blank_snapshot(team=f"{CJK} {EMOJI}")
    path = export_sheets(dataclasses.replace(snapshot, blank=False), "okr-story", "a4", out_dir)[0]
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert CJK in text and EMOJI in text
    assert SUBSTITUTE not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    embedded = [line for line in fonts.splitlines()[2:] if line.split()[-5:-3] == ["yes", "yes"]]
    assert len(embedded) == len(fonts.splitlines()[2:]), "every font is an embedded subset"
    assert len(embedded) >= 3, "the sheet font and at least two fonts of the system"


@needs_fonts
def test_arabic_and_hebrew_are_joined_and_read_from_the_right(out_dir: Path) -> None:
    snapshot = dataclasses.replace(blank_snapshot(), blank=False, team="Ops")
    snapshot = dataclasses.replace(
        snapshot, stories=(StorySnapshot(character=ARABIC, goal=HEBREW),)
    )
    path = export_sheets(snapshot, "okr-story", "a4", out_dir)[0]
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
    lines = [
        unicodedata.normalize("NFKC", line).replace("\u202b", "").replace("\u202c", "")
        for line in raw.stdout.splitlines()
    ]
    # Seen left to right, the last word typed comes first.
    assert " ".join(reversed(ARABIC.split())) in lines
    assert " ".join(reversed(HEBREW.split())) in lines
    shaped = raw.stdout
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in shaped), "Arabic letters in joined forms"


NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
needs_noto_cjk = pytest.mark.skipif(
    not (NOTO_CJK / "NotoSansCJK-Bold.ttc").is_file(),
    reason="needs Debian's fonts-noto-cjk (the CI installs it)",
)


@needs_fonts
def test_bold_chinese_prints_in_the_bold_face_of_the_system_font(out_dir: Path) -> None:
    objective = ObjectiveSnapshot(text="提高客户满意度", rank=1)
    snapshot = WorkshopSnapshot(team="客户团队", objectives=(objective,))
    path = export_sheets(snapshot, "facilitation-measures", "a4", out_dir)[0]
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    cjk = [line.split()[0] for line in fonts.splitlines()[2:] if "CJK" in line]
    assert any("Bold" in name for name in cjk), "the objective is set in bold"
    assert any("Bold" not in name for name in cjk), "the team field stays regular"
    assert "提高客户满意度" in Pdf(path).text


def test_font_folders_of_windows_and_macos(tmp_path: Path) -> None:
    windows = fonts.font_folders(
        "win32", {"WINDIR": str(tmp_path / "Windows"), "LOCALAPPDATA": str(tmp_path / "Local")}
    )
    assert windows == [
        tmp_path / "Windows" / "Fonts",
        tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts",
    ]
    mac = fonts.font_folders("darwin", {}, home=tmp_path)
    assert mac[:3] == [
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        tmp_path / "Library/Fonts",
    ]


def _fake_windows_fonts(tmp_path: Path) -> Path:
    """A Windows font folder whose Chinese fonts are Noto's, under Windows' own names."""
    folder = tmp_path / "Windows" / "Fonts"
    folder.mkdir(parents=True)
    (folder / "MSYH.TTC").symlink_to(NOTO_CJK / "NotoSansCJK-Regular.ttc")
    (folder / "msyhbd.ttc").symlink_to(NOTO_CJK / "NotoSansCJK-Bold.ttc")
    (folder / "arial.ttf").write_bytes(b"")  # not a fallback: left out
    (folder / "notes.txt").write_bytes(b"")
    return folder


@needs_noto_cjk
def test_without_fontconfig_the_known_fonts_of_the_system_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _fake_windows_fonts(tmp_path)
    mac = tmp_path / "System" / "Library" / "Fonts" / "Supplemental"
    mac.mkdir(parents=True)
    (mac / "Apple Symbols.ttf").write_bytes(b"")
    folders = [folder, tmp_path / "System"]
    assert fallback.known_files(folders) == (folder / "MSYH.TTC", mac / "Apple Symbols.ttf")
    assert fallback.known_files(folders, bold=True)[:2] == (
        folder / "msyhbd.ttc",
        folder / "MSYH.TTC",
    )

    monkeypatch.setattr("exports.fallback.shutil.which", lambda _name: None)
    monkeypatch.setattr(fallback, "font_folders", lambda: folders)
    regular, bold = fallback.Fallbacks(), fallback.Fallbacks(bold=True)
    assert regular.add("客户") and bold.add("客户")
    assert regular.font_of["客"].startswith("Fallback-MSYH-0-")
    assert bold.font_of["客"].startswith("Fallback-msyhbd-0-")
    glyphs = pdfmetrics.getFont(bold.font_of["户"]).face.charToGlyph
    assert ord("户") in glyphs
