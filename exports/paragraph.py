"""The sheets' paragraph: read once per text and style, laid out once per width.

A sheet prints the same labels, headings and numbers many times ("KR 1", "Team",
an empty cell), and ReportLab reads a paragraph's markup afresh each time, so the
pieces read from one text in one style are kept and copied for the next paragraph.

A table measures each cell to size its rows, then again to split and to draw it;
a sheet that sizes its boxes to the page measures its content once more. ReportLab
breaks a paragraph's lines afresh each time, which is most of an export's time, so
the lines broken for one width are kept until the paragraph is asked for another.

Breaking lines measures every word, and the same words come back in paragraph after
paragraph and at every width tried, so a word's width is measured once for each font
and size (``measure_words_once``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as reportlab_paragraph
from reportlab.platypus.paragraph import textTransformFrags
from reportlab.platypus.paraparser import ParaParser

# Distinct (text, style) pairs kept: every sheet of a 50-objective workshop has 1,700.
PARSED_KEPT = 8192
# Longer texts are seldom printed twice: they are read each time, and not kept.
LONGEST_KEPT = 500
# Widths closer than this (in points) are the same width.
SAME_WIDTH = 1e-6
# Distinct (word, font, size) widths kept: the 5 x 5 and hostile exports need 1,444.
MEASURED_KEPT = 65536

_measure = pdfmetrics.stringWidth


class SheetParagraph(Paragraph):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.wrapped: tuple[float, tuple[float, float]] | None = None

    def _setup(
        self,
        text: str | None,
        style: ParagraphStyle,
        bullet_text: Any,
        frags: list[Any] | None,
        cleaner: Callable[[str], str],
    ) -> None:
        if (
            frags is None
            and text is not None
            and len(text) <= LONGEST_KEPT
            and not bullet_text
            and self.caseSensitive
        ):
            read = _parsed(text, style, cleaner)
            if read is not None:
                cleaned, style, parsed = read
                # ReportLab marks the pieces as it lays them out: each paragraph has its own.
                frags = [frag.clone() for frag in parsed]
                super()._setup(cleaned, style, None, frags, cleaner)
                return
        super()._setup(text, style, bullet_text, frags, cleaner)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # ReportLab drops the lines when a split leaves the paragraph whole for the next page.
        # A table's cell width and a sheet's measure of it may differ in the last bit.
        if (
            self.wrapped is None
            or abs(self.wrapped[0] - available_width) > SAME_WIDTH
            or not hasattr(self, "blPara")
        ):
            size: tuple[float, float] = super().wrap(available_width, available_height)
            self.wrapped = (available_width, size)
        return self.wrapped[1]


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(
    text: str, style: ParagraphStyle, cleaner: Callable[[str], str]
) -> tuple[str, ParagraphStyle, tuple[Any, ...]] | None:
    """The text as ReportLab keeps it, its style and its pieces, as ``Paragraph`` reads them;
    None for markup with a bullet of its own, which is read the usual way."""
    cleaned = cleaner(text)
    parser = ParaParser()
    parser.caseSensitive = 1
    read_style, frags, bullet_frags = parser.parse(cleaned, style)
    if frags is None:
        raise ValueError(
            f"xml parser error ({parser.errors[0]}) in paragraph beginning\n'{cleaned[:30]}'"
        )
    if bullet_frags:
        return None
    textTransformFrags(frags, read_style)
    return cleaned, read_style, tuple(frags)


@lru_cache(maxsize=MEASURED_KEPT)
def word_width(text: str, font_name: str, font_size: float, encoding: str = "utf8") -> float:
    """``pdfmetrics.stringWidth``, measured once for each text, font and size."""
    width: float = _measure(text, font_name, font_size, encoding)
    return width


def measure_words_once() -> None:
    """Have paragraphs measure their words through ``word_width`` (done with the sheet font).

    A registered font keeps its name and its glyphs for the whole process, so a width
    measured once stays right.
    """
    reportlab_paragraph.stringWidth = word_width
