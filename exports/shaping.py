"""Words of joined script (Arabic) shaped once for each font, size and spelling.

ReportLab shapes every word of a paragraph whose style asks for shaping with
HarfBuzz each time the paragraph is laid out, and a sheet lays a paragraph out at
several widths, then again for each piece it is split into across cells and pages.
A word in one font at one size always shapes the same, so the shaped letters of a
word set in a single font are kept, and the next paragraph with that word gets them.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

# Distinct words kept: a sheet of 5,000-character fields in Arabic has about 3,000.
SHAPED_KEPT = 20000

_shape = ttfonts.shapeFragWord
# (font, size, word) -> (width, shaped pieces), or None when shaping changes nothing.
_shaped: dict[tuple[str, float, str], tuple[float, tuple[str, ...]] | None] = {}


def shape_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """``ttfonts.shapeFragWord``, from what was kept for a word in one font."""
    if args or kwargs or isinstance(word, ttfonts.ShapedFragWord) or len(word) != 2:
        return _shape(word, *args, **kwargs)
    frag, text = word[1]
    if hasattr(frag, "cbDefn"):
        return _shape(word)
    key = (frag.fontName, frag.fontSize, text)
    if key not in _shaped:
        shaped = _shape(word)
        if len(_shaped) < SHAPED_KEPT:
            # Every piece of a word set in one font is in that font.
            _shaped[key] = None if shaped is word else (shaped[0], tuple(s for _, s in shaped[1:]))
        return shaped
    known = _shaped[key]
    if known is None:
        return word
    width, pieces = known
    return ttfonts.makeShapedFragWord(word)([width, *((frag, piece) for piece in pieces)])


def keep_shaped_words() -> None:
    """Have paragraphs shape through ``shape_word`` (done once, with the sheet font)."""
    paragraph.shapeFragWord = shape_word
