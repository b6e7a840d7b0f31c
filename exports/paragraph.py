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

Most of a sheet's paragraphs are one font in one style: a label, a heading, a
number, a cell of a line or two. ReportLab's line breaking and drawing spend most of
their time on what such a paragraph does not have (markup runs, hyphenation, links,
bullets, saved states), so a plain paragraph (``plain_fragment``) has its words
measured once for their font and size, its lines broken by ReportLab's own rule
(``plain_lines``) and drawn with one text operation, where and as ReportLab would
draw them. Anything else goes through ReportLab's paragraph as before.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as reportlab_paragraph
from reportlab.platypus.paragraph import ParaLines, textTransformFrags
from reportlab.platypus.paragraph import split as split_words
from reportlab.platypus.paragraph import strip as strip_spaces
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
        # The lines ReportLab would have broken, when they are one plain line (or none).
        self.plain: Any = None

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
            size = self._wrap_plain(available_width)
            if size is None:
                size = super().wrap(available_width, available_height)
            self.wrapped = (available_width, size)
        return self.wrapped[1]

    def _wrap_plain(self, available_width: float) -> tuple[float, float] | None:
        """The paragraph laid out as ``Paragraph.wrap`` lays it out, when it is plain;
        None when ReportLab has to lay it out (or cut a word too long for a line)."""
        self.plain = None
        style = self.style
        frag = plain_fragment(self)
        if frag is None or available_width < rl_config._FUZZ:
            return None
        first = available_width - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        later = available_width - style.leftIndent - style.rightIndent
        if frag is NO_TEXT:
            laid_out = ParaLines(
                kind=0,
                fontSize=style.fontSize,
                fontName=style.fontName,
                textColor=style.textColor,
                ascent=style.fontSize,
                descent=-0.2 * style.fontSize,
                lines=[],
            )
            widest = 0.0
        else:
            words = measured_words(frag.text, frag.fontName, frag.fontSize)
            broken = plain_lines(words, first, later, style)
            if broken is None:
                return None
            lines, widest = broken
            ascent, descent = pdfmetrics.getAscentDescent(frag.fontName, frag.fontSize)
            laid_out = frag.clone(
                kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=frag.fontSize
            )
        self.width = available_width
        self._wrapWidths = [first, later]
        self._width_max = widest
        self._splitLongWordCount = self._hyphenations = 0
        self.blPara = self.plain = laid_out
        self.height = len(laid_out.lines) * style.leading
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        plain = self.plain
        if (
            getattr(self, "blPara", None) is plain
            and plain is not None
            and not getattr(self, "_showBoundary", False)
            and draws_alike(canvas, plain.textColor)
        ):
            if plain.lines:
                self._draw_plain(canvas, self._hAlignAdjust(x, _sW), y)
            return
        super().drawOn(canvas, x, y, _sW)

    def _draw_plain(self, canvas: Canvas, x: float, y: float) -> None:
        """The lines drawn where ``Paragraph.drawOn`` draws them, in one text operation.

        ReportLab moves the origin to the paragraph (``drawOn``), sets the colour and
        the font, starts the first line at the left indent, ``fontSize`` below the
        top, and has its own line functions place each line (first-line indent,
        alignment, spaces squeezed on a line a little too long). The same operators,
        saved and restored around the text, leave the canvas as it was.

        A file gives each character its code in the font for good once it is first
        drawn, so the same lines in the same place of a paragraph are the same text
        operation every time the file prints them: it is made once per file.
        """
        plain = self.plain
        style = self.style
        below_top = plain.fontSize if paragraph_font_size_offset() else plain.ascent
        top = self.height - below_top
        key = (
            plain.fontName,
            plain.fontSize,
            plain.textColor,
            style.leading,
            style.leftIndent,
            style.firstLineIndent,
            style.alignment,
            top,
            tuple((room, tuple(words)) for room, words in plain.lines),
        )
        made: dict[tuple[Any, ...], str] = canvas.__dict__.setdefault("sheet_text_operations", {})
        operation = made.get(key)
        if operation is None:
            text = canvas.beginText(style.leftIndent, top)
            text.setFillColor(plain.textColor)
            text.setFont(plain.fontName, plain.fontSize, style.leading)
            draw_line = LINE_DRAWERS[style.alignment]
            last = len(plain.lines) - 1
            for number, (room, words) in enumerate(plain.lines):
                indent = style.firstLineIndent if number == 0 else 0
                draw_line(text, indent, room, words, number == last)
            operation = made[key] = text.getCode()
        canvas.addLiteral(f"q {fp_str(1, 0, 0, 1, x, y)} cm {operation} Q")


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


# ReportLab's own functions placing one line of one font, for each alignment drawn so.
LINE_DRAWERS = {
    TA_LEFT: reportlab_paragraph._leftDrawParaLine,
    TA_CENTER: reportlab_paragraph._centerDrawParaLine,
    TA_RIGHT: reportlab_paragraph._rightDrawParaLine,
}
# Longer texts are seldom printed twice: their words are measured each time, not kept.
LONGEST_MEASURE_KEPT = 500
# A paragraph with no text at all: nothing to measure or draw.
NO_TEXT = object()

# A text's words, the width of each and of a space, in one font and size.
Measured = tuple[tuple[str, ...], tuple[float, ...], float]
# The lines as ReportLab keeps them, (room left, words) each, and the widest line's width.
Lines = tuple[list[tuple[float, list[str]]], float]


def plain_fragment(paragraph: Paragraph) -> Any:
    """The paragraph's one fragment when ReportLab would lay it out as plain lines:
    one font, size and colour; no markup runs, links, underlines, soft hyphens,
    hyphenation, bullets, borders, shaping or right-to-left ordering; aligned left,
    centre or right with a fixed leading. ``NO_TEXT`` for a paragraph with no text;
    None for any other paragraph, which ReportLab lays out itself.
    """
    style = paragraph.style
    auto_leading = getattr(paragraph, "autoLeading", getattr(style, "autoLeading", ""))
    if (
        paragraph.bulletText
        or paragraph.debug
        or hasattr(paragraph, "_offsets")
        or style.alignment not in LINE_DRAWERS
        or style.wordWrap
        or style.shaping
        or style.endDots
        or style.backColor
        or (style.borderColor and style.borderWidth)
        or getattr(style, "hyphenationLang", "")
        or style.uriWasteReduce
        or style.embeddedHyphenation
        or style.spaceShrinkage < 0
        or auto_leading not in ("", "off", None)
        or "preformatted" in type(paragraph).__name__.lower()
    ):
        return None
    frags = paragraph.frags
    if not frags:
        return NO_TEXT
    if len(frags) != 1:
        return None
    frag = frags[0]
    text = getattr(frag, "text", None)
    if (
        not isinstance(text, str)
        or reportlab_paragraph._shy in text
        or hasattr(frag, "cbDefn")
        or hasattr(frag, "backColor")
        or getattr(frag, "us_lines", None)
        or getattr(frag, "link", None)
    ):
        return None
    return frag


def measured_words(text: str, font_name: str, font_size: float) -> Measured:
    """``text``'s words as ReportLab splits them, each one's width and a space's."""
    if len(text) <= LONGEST_MEASURE_KEPT:
        return _kept_measure(text, font_name, font_size)
    return _measure_words(text, font_name, font_size)


def _measure_words(text: str, font_name: str, font_size: float) -> Measured:
    words = tuple(split_words(strip_spaces(text)))
    widths = tuple(word_width(word, font_name, font_size) for word in words)
    return words, widths, word_width(" ", font_name, font_size)


_kept_measure = lru_cache(maxsize=PARSED_KEPT)(_measure_words)


def plain_lines(measured: Measured, first: float, later: float, style: Any) -> Lines | None:
    """The words broken into lines as ``Paragraph.breakLines`` breaks one fragment
    without hyphenation, summing widths in its order so the same lines come out:
    a word joins the line while the line, a space before each word, stays within
    the width (plus the spaces' allowed squeeze); else it starts the next line.
    None where ReportLab would cut a word wider than its line.
    """
    words, widths, space = measured
    squeeze = style.spaceShrinkage * space
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    used = -space
    widest = 0.0
    width = first
    for word, word_width in zip(words, widths, strict=True):
        wider = used + space + word_width
        limit = width + squeeze * len(line)
        if wider > limit and style.splitLongWords and word_width > width:
            return None
        if wider <= limit or not line:
            line.append(word)
            used = wider
        else:
            widest = max(widest, used)
            lines.append((width - used, line))
            line, used, width = [word], word_width, later
    if line:
        widest = max(widest, used)
        lines.append((width - used, line))
    return lines, widest


def draws_alike(canvas: Canvas, colour: Any) -> bool:
    """Whether a text operation draws ``colour`` as ReportLab's paragraph would: it also
    sets the canvas's opacity to the colour's, which a text operation cannot."""
    alpha = getattr(colour, "alpha", None)
    return alpha is None or canvas._extgstate.getValue("ca") == alpha


def paragraph_font_size_offset() -> bool:
    """ReportLab's setting: a paragraph's first line sits its font size below its top."""
    return bool(reportlab_paragraph.paraFontSizeHeightOffset)
