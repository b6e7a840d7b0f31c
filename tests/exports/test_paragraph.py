"""A word's width is measured once for each font and size, lines break as before, and a
plain line is laid out and drawn exactly as ReportLab's own paragraph would."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as reportlab_paragraph

from exports import paragraph
from exports.renderer import sheet_styles
from exports.writer import export_sheets
from tests.exports.test_text_and_fonts import needs_fonts
from workshop.snapshot import StorySnapshot, WorkshopSnapshot, blank_snapshot

# Words no other test prints, so none of them is measured yet.
WORDS = "Quixotic zephyrs vex bold jugglers at Kraków 🚲 東京"
LONG = " ".join([WORDS] * 40)


def story(character: str) -> WorkshopSnapshot:
    snapshot = dataclasses.replace(blank_snapshot(), blank=False, team="R&D <team>")
    return dataclasses.replace(snapshot, stories=(StorySnapshot(character=character),))


def printed(snapshot: WorkshopSnapshot, folder: Path) -> str:
    folder.mkdir()
    path = export_sheets(snapshot, "okr-story", "a4", folder)[0]
    layout = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return layout.stdout


@needs_fonts
def test_a_word_measured_once_is_not_measured_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[str] = []

    def counting(text: str, *args: Any) -> float:
        measured.append(text)
        return pdfmetrics.stringWidth(text, *args)

    monkeypatch.setattr(paragraph, "_measure", counting)
    first = printed(story(WORDS), tmp_path / "first")
    assert "Quixotic" in measured, "the first time, the word is measured"
    measured.clear()
    second = printed(story(WORDS), tmp_path / "second")
    assert "Quixotic" not in measured, "the second time, its width is known"
    assert first == second
    assert "Quixotic zephyrs vex bold jugglers" in second


@needs_fonts
def test_lines_break_where_reportlab_alone_breaks_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = printed(story(LONG), tmp_path / "kept")
    monkeypatch.setattr(reportlab_paragraph, "stringWidth", pdfmetrics.stringWidth)
    measured_each_time = printed(story(LONG), tmp_path / "each-time")
    assert kept == measured_each_time
    assert kept.count("Quixotic") >= 10, "the long text is printed, on several lines"


# Plain texts a sheet prints on one line or several, and texts ReportLab lays out itself.
PLAIN = [
    "KR 1",
    "Team",
    "0.7",
    "R&amp;D &lt;team&gt;",
    "  Kraków,   twice spaced  ",
    "no\xa0break here",
    "",
    "   ",
    "Measure 3 of objective 2 from 3% to 14%, weekly, across all regions",
    " ".join(["Customers notice we answer within four hours"] * 15),
]
NOT_PLAIN = [
    "<b>KR 1</b> of objective 2",
    "soft\xadhyphen",
    "a Supercalifragilisticexpialidociously-unbreakable word",
]


def plain_styles() -> list[ParagraphStyle]:
    """The sheets' own styles and some that move the line: indents, alignment, colour."""
    styles = list(sheet_styles().values())
    body = sheet_styles()["body"]
    styles += [
        ParagraphStyle("indented", parent=body, leftIndent=7, firstLineIndent=5, rightIndent=3),
        ParagraphStyle("centred-small", parent=body, alignment=TA_CENTER, fontSize=7),
        ParagraphStyle("right-red", parent=body, alignment=TA_RIGHT, textColor=colors.red),
    ]
    return styles


def draw_page(path: Path, make: Any, texts: list[str], width: float) -> list[Any]:
    """Every text in every style on one page, one under another; the paragraphs drawn."""
    canvas = Canvas(str(path), pagesize=(600, 2000), invariant=True)
    drawn = []
    y = 1980.0
    for style in plain_styles():
        for text in texts:
            made = make(text, style)
            _, height = made.wrap(width, 100)
            y -= height + 2
            if y < 20:
                canvas.showPage()
                y = 1980.0 - height
            made.drawOn(canvas, 20, y)
            drawn.append(made)
    canvas.save()
    return drawn


def seen(path: Path, folder: Path) -> tuple[str, list[bytes]]:
    """The page's words with their boxes, and its pictures, as a reader sees them."""
    words = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    prefix = folder / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "100", str(path), str(prefix)], check=True)
    pictures = [page.read_bytes() for page in sorted(folder.glob(f"{path.stem}*.png"))]
    return words, pictures


@needs_fonts
@pytest.mark.parametrize("width", [300.0, 120.0, 31.5])
def test_plain_lines_are_drawn_where_reportlab_draws_them(tmp_path: Path, width: float) -> None:
    # Printed twice: the second time, each line's text operation is the one already made.
    texts = PLAIN + NOT_PLAIN + PLAIN
    shortcut = draw_page(tmp_path / "shortcut.pdf", paragraph.SheetParagraph, texts, width)
    full = draw_page(tmp_path / "full.pdf", Paragraph, texts, width)
    assert [p.height for p in shortcut] == [p.height for p in full]
    assert any(p.plain is not None and p.plain.lines for p in shortcut)
    words, pictures = seen(tmp_path / "shortcut.pdf", tmp_path)
    assert "Kraków," in words and "R&amp;D" in words
    assert (words, pictures) == seen(tmp_path / "full.pdf", tmp_path)


@needs_fonts
def test_only_a_plain_paragraph_takes_the_shortcut() -> None:
    style = sheet_styles()["label"]
    (_, _), (kr, one), space = paragraph.measured_words("KR 1", style.fontName, style.fontSize)
    needed = kr + space + one
    assert needed == pytest.approx(pdfmetrics.stringWidth("KR 1", style.fontName, style.fontSize))
    label = paragraph.SheetParagraph("KR 1", style)
    label.wrap(200, 100)
    assert label.plain is not None
    assert label.plain.lines == [(200 - needed, ["KR", "1"])]
    for text in NOT_PLAIN:
        other = paragraph.SheetParagraph(text, style)
        other.wrap(120, 100)
        assert other.plain is None, text
    # The width a line needs is exactly enough; a hair less and ReportLab squeezes its spaces.
    exact = paragraph.SheetParagraph("KR 1", style)
    assert exact.wrap(needed, 100)[1] == style.leading
    assert exact.plain is not None
    squeezed = paragraph.SheetParagraph("KR 1", style)
    assert squeezed.wrap(needed - 0.01, 100)[1] == style.leading
    assert squeezed.plain is not None and squeezed.plain.lines[0][0] < 0


@needs_fonts
def test_a_line_with_squeezed_spaces_is_drawn_as_reportlab_draws_it(tmp_path: Path) -> None:
    style = sheet_styles()["label"]
    width = pdfmetrics.stringWidth("KR 1 of 5", style.fontName, style.fontSize) - 0.2
    shortcut = draw_page(tmp_path / "shortcut.pdf", paragraph.SheetParagraph, ["KR 1 of 5"], width)
    draw_page(tmp_path / "full.pdf", Paragraph, ["KR 1 of 5"], width)
    assert shortcut[plain_styles().index(style)].plain.lines[0][0] < 0
    assert seen(tmp_path / "shortcut.pdf", tmp_path) == seen(tmp_path / "full.pdf", tmp_path)


@needs_fonts
def test_a_plain_line_still_splits_and_reads_as_a_paragraph() -> None:
    style = sheet_styles()["body"]
    shortcut = paragraph.SheetParagraph("Team  Kraków", style)
    full = Paragraph("Team  Kraków", style)
    assert shortcut.wrap(200, 100) == full.wrap(200, 100)
    assert shortcut.getPlainText() == full.getPlainText() == "Team Kraków"
    assert shortcut.minWidth() == full.minWidth()
    assert shortcut.split(200, 5) == full.split(200, 5) == []
    assert shortcut.split(200, 100) == [shortcut]
    long = PLAIN[-1]
    shortcut, full = paragraph.SheetParagraph(long, style), Paragraph(long, style)
    assert shortcut.wrap(120, 1000) == full.wrap(120, 1000)
    assert shortcut.plain is not None
    parts = shortcut.split(120, 3 * style.leading)
    assert [p.getPlainText() for p in parts] == [
        p.getPlainText() for p in full.split(120, 3 * style.leading)
    ]
    assert len(parts) == 2 and parts[1].wrap(120, 1000)[1] > 0
