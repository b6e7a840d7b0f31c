"""Right-to-left text (Arabic, Hebrew) printed in reading order, its letters joined.

ReportLab breaks lines left to right and has no bidirectional ordering of its own
without a library that is not on PyPI. So a paragraph holding right-to-left text
breaks its lines itself, in the order the text was typed, then puts each line's
words in the order they are seen (the Unicode bidirectional algorithm at the level
of words: a run of right-to-left words reads from the right, left-to-right words
and numbers inside it keep their own order). The letters of each word are shaped by
HarfBuzz through ReportLab (``shaping=1``), which joins Arabic letters and draws a
right-to-left word from the right; Hebrew, whose letters do not join, is simply
drawn from its last letter, which is much quicker. A paragraph whose first strong letter is
right-to-left is aligned right.

Laying out such a paragraph is slow (its lines are read and broken twice, every word
shaped), and a sheet prints the same short text (a name, an objective, a label) in many
cells of the same width: a short paragraph's layout at one width is kept for every
paragraph of the same text, style and fonts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from exports.paragraph import LONGEST_KEPT, SAME_WIDTH, SheetParagraph, word_width

RTL_CLASSES = frozenset({"R", "AL"})
LTR_CLASSES = frozenset({"L"})
# Shaped letters may be a little wider than the unshaped ones measured here.
WIDTH_SLACK = 0.94
# Layouts of short paragraphs kept for all: the hostile sheets lay out about 150.
SHARED_KEPT = 4096

# (text, font style) runs of a paragraph: "regular", "bold", "italic".
Runs = Sequence[tuple[str, str]]
# Marks up one word in one style, with fallback fonts: exports.text.markup.
Markup = Callable[[str, str], str]


def has_rtl(text: str) -> bool:
    if text.isascii():
        return False  # the usual case, checked in one pass
    return any(unicodedata.bidirectional(c) in RTL_CLASSES for c in text)


def needs_shaping(text: str) -> bool:
    """Arabic letters join: they need HarfBuzz. Hebrew letters stand alone."""
    return any(unicodedata.bidirectional(c) == "AL" for c in text)


def direction(word: str) -> str:
    """ "R", "L" or "N" (numbers, punctuation): the word's first strong letter."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in RTL_CLASSES:
            return "R"
        if kind in LTR_CLASSES:
            return "L"
    return "N"


def visual_order(words: list[Any], kinds: list[str], base: str) -> list[Any]:
    """``words`` of one line in the order they are seen, left to right."""
    if base == "R":
        words, kinds = words[::-1], kinds[::-1]
    inner = "L" if base == "R" else "R"
    result: list[Any] = []
    index = 0
    while index < len(words):
        if kinds[index] != inner:
            result.append(words[index])
            index += 1
            continue
        end = index
        for probe in range(index, len(words)):
            if kinds[probe] == inner:
                end = probe
            elif kinds[probe] != "N":
                break
        result.extend(reversed(words[index : end + 1]))
        index = end + 1
    return result


class BidiParagraph(SheetParagraph):
    """A paragraph with right-to-left text; made by ``bidi_paragraph``."""

    runs: Runs = ()
    mark: Markup | None = None
    fonts: Mapping[str, str] = MappingProxyType({})
    laid_out_width: float | None = None
    # Each width's shaped lines, as the paragraph stood once laid out at that width:
    # a sheet that tries several column widths shapes the text once for each. A short
    # paragraph shares them with every paragraph of its text (``_shared_layouts``).
    layouts: dict[Hashable, dict[str, Any]]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.runs and (
            self.laid_out_width is None or abs(self.laid_out_width - available_width) > SAME_WIDTH
        ):
            # Everything the lines depend on: the same key is the same layout.
            fonts = tuple(self.fonts.items())
            key = (self.runs, self.style, fonts, self.mark, round(available_width, 3))
            known = self.layouts.get(key)
            if known is not None:
                # ReportLab replaces a paragraph's lines and pieces when it lays it out or
                # splits it, and never changes them in place: they can be shared.
                self.__dict__.update(known)
            else:
                self.laid_out_width = available_width
                lines = self._lines(available_width * WIDTH_SLACK)
                SheetParagraph.__init__(self, "<br/>".join(lines), self.style)
                super().wrap(available_width, available_height)
                if self.layouts is not _shared_layouts or len(self.layouts) < SHARED_KEPT:
                    self.layouts[key] = {k: v for k, v in vars(self).items() if k != "layouts"}
        return super().wrap(available_width, available_height)

    def cut(self, width: float, height: float) -> list[Any] | None:
        """What ``split(width, height)`` gives, found by breaking only the lines that fit
        and one more; None when the paragraph may fit whole (then lay it out and split it).

        The lines are parted by hard breaks, so ReportLab breaks each line on its own:
        the first lines of the whole text are the lines of its first lines alone, and the
        rest starts, as a split's rest does, with the break that ends the last line kept.
        """
        style = self.style
        fit = int(height / style.leading)
        if not self.runs or not style.allowWidows or getattr(style, "autoLeading", None):
            return None
        lines = self._lines(width * WIDTH_SLACK)
        if len(lines) <= fit + 1:
            return None
        head = BidiParagraph("<br/>".join(lines[: fit + 1]), style)
        head.wrap(width, height)
        if len(head.blPara.lines) != fit + 1:
            return None  # a line too wide for ReportLab: the rest would start elsewhere
        parts: list[Any] = head.split(width, height)
        if len(parts) != 2:
            return parts  # too little room: all of it goes on
        rest = BidiParagraph("<br/>" + "<br/>".join(lines[fit:]), style)
        return [parts[0], BidiParagraph(None, style, frags=rest.frags)]

    def _lines(self, width: float) -> list[str]:
        assert self.mark is not None
        lines: list[list[tuple[str, str]]] = [[]]
        for text, style in self.runs:
            for number, line in enumerate(text.split("\n")):
                if number:
                    lines.append([])
                lines[-1].extend((word, style) for word in line.split())
        base = direction(" ".join(text for text, _ in self.runs))
        base = "R" if base == "R" else "L"
        size = self.style.fontSize
        space = word_width(" ", self.fonts["regular"], size)
        shown: list[str] = []
        for words in lines:
            current: list[tuple[str, str]] = []
            used = 0.0
            for word in words:
                length = word_width(word[0], self.fonts[word[1]], size)
                if current and used + space + length > width:
                    shown.append(self._line(current, base))
                    current, used = [], 0.0
                used += (space if current else 0.0) + length
                current.append(word)
            shown.append(self._line(current, base))
        return shown

    def _line(self, words: list[tuple[str, str]], base: str) -> str:
        assert self.mark is not None
        ordered = visual_order(words, [direction(w) for w, _ in words], base)
        marked = []
        for word, style in ordered:
            if not self.style.shaping and direction(word) == "R":
                # Unshaped, a right-to-left word is drawn from its last letter.
                word = word[::-1]
            text = self.mark(word, style)
            tag = {"bold": "b", "italic": "i"}.get(style)
            marked.append(f"<{tag}>{text}</{tag}>" if tag else text)
        return " ".join(marked)


def bidi_paragraph(
    runs: Runs, style: ParagraphStyle, mark: Markup, fonts: dict[str, str]
) -> BidiParagraph:
    """A paragraph of ``runs`` holding right-to-left text, shaped and in reading order."""
    text = " ".join(t for t, _ in runs)
    paragraph = BidiParagraph("", _rtl_style(style, needs_shaping(text), direction(text) == "R"))
    # Its text until it is laid out: what tells a long paragraph from a short one.
    paragraph.text = text
    paragraph.layouts = _shared_layouts if len(text) <= LONGEST_KEPT else {}
    paragraph.runs = tuple(runs)
    paragraph.mark = mark
    paragraph.fonts = fonts
    return paragraph


_shared_layouts: dict[Hashable, dict[str, Any]] = {}


@lru_cache(maxsize=256)
def _rtl_style(style: ParagraphStyle, shaped: bool, right: bool) -> ParagraphStyle:
    """``style`` shaped or not, aligned right or not: one style for all such paragraphs,
    so that their layouts can be shared."""
    rtl = ParagraphStyle(f"{style.name}-rtl", parent=style, shaping=1 if shaped else 0)
    if right:
        rtl.alignment = TA_RIGHT
    return rtl
