"""User text made safe to print: never markup, never a missing glyph.

ReportLab's ``Paragraph`` reads a small XML markup, so user text is escaped
first: ``R&D <team>`` prints exactly so. ReportLab has no glyph fallback either:
a character the font cannot draw would print as an empty space or a black box
depending on the viewer. Such a character is replaced by its compatibility form
when the font has that (a full-width letter by the letter) or else by a visible
substitute, and invisible marks the font lacks (joiners, variation selectors,
direction marks) are dropped.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from exports.fonts import sheet_font

SUBSTITUTE = "□"
FALLBACK_SUBSTITUTE = "?"
INVISIBLE_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def printable(text: str, style: str = "regular") -> str:
    """``text`` with every character the font's ``style`` can draw (newlines kept)."""
    coverage = sheet_font().coverage[style]
    substitute = SUBSTITUTE if ord(SUBSTITUTE) in coverage else FALLBACK_SUBSTITUTE
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if coverage.issuperset(map(ord, text.replace("\n", ""))):
        return text  # the usual case, checked in one pass
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char == "\n" or code in coverage:
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category == "Cc":
            out.append(" ")
        elif category in INVISIBLE_CATEGORIES:
            continue
        else:
            compatible = unicodedata.normalize("NFKC", char)
            if compatible != char and all(ord(c) in coverage for c in compatible):
                out.append(compatible)
            else:
                out.append(substitute)
    return "".join(out)


@lru_cache(maxsize=4096)
def markup(text: str, style: str = "regular") -> str:
    """``text`` as Paragraph markup: escaped, with its line breaks kept."""
    lines = printable(text, style).split("\n")
    return "<br/>".join(escape(line) for line in lines)
