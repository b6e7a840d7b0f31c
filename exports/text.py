"""User text made safe to print: never markup, never a missing glyph.

ReportLab's ``Paragraph`` reads a small XML markup, so user text is escaped
first: ``R&D <team>`` prints exactly so. ReportLab has no glyph fallback either,
so a character the sheet font cannot draw is printed in a font of the system that
can (``exports.fallback``): the paragraph switches font for that run. A character
no font on the computer has is replaced by its compatibility form when the font
has that (a full-width letter by the letter) or else by a visible substitute, and
invisible marks no font draws (joiners, variation selectors) are dropped.

Right-to-left text (Arabic, Hebrew) is laid out by ``exports.bidi``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from xml.sax.saxutils import escape, quoteattr

from exports.fallback import fallbacks
from exports.fonts import sheet_font

SUBSTITUTE = "□"
FALLBACK_SUBSTITUTE = "?"
INVISIBLE_CATEGORIES = frozenset({"Mn", "Me", "Cf"})


def normalised(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def missing_characters(texts: Iterable[str], style: str = "regular") -> set[str]:
    """The characters of ``texts`` the sheet font's ``style`` cannot draw."""
    coverage = sheet_font().coverage[style]
    seen: set[str] = set()
    for text in texts:
        seen.update(normalised(text))
    return {c for c in seen if ord(c) not in coverage and c != "\n" and ord(c) >= 32}


def prepare_fallbacks(texts: Iterable[str]) -> None:
    """Find fonts for every character of ``texts`` at once: one font file per script
    and weight, since a font converted for a few characters is converted again for more."""
    texts = list(texts)
    fallbacks().add(missing_characters(texts))
    fallbacks(bold=True).add(missing_characters(texts, "bold"))


def _runs(text: str, style: str, fallback: bool) -> list[tuple[str, str | None]]:
    """``text`` as (characters, font) runs; ``None`` is the sheet font."""
    coverage = sheet_font().coverage[style]
    substitute = SUBSTITUTE if ord(SUBSTITUTE) in coverage else FALLBACK_SUBSTITUTE
    found = fallbacks(bold=style.startswith("bold"))
    if fallback:
        found.add(c for c in set(text) if ord(c) not in coverage and c != "\n" and ord(c) >= 32)
    runs: list[tuple[str, str | None]] = []
    for char in text:
        font: str | None = None
        if char == "\n" or ord(char) in coverage:
            shown = char
        elif unicodedata.category(char) == "Cc":
            shown = " "
        elif fallback and char in found.font_of:
            shown, font = char, found.font_of[char]
        elif unicodedata.category(char) in INVISIBLE_CATEGORIES:
            continue
        else:
            compatible = unicodedata.normalize("NFKC", char)
            covered = compatible != char and all(ord(c) in coverage for c in compatible)
            shown = compatible if covered else substitute
        if runs and runs[-1][1] == font:
            runs[-1] = (runs[-1][0] + shown, font)
        else:
            runs.append((shown, font))
    return runs


def printable(text: str, style: str = "regular") -> str:
    """``text`` in characters the sheet font's ``style`` can draw (newlines kept).

    For text drawn straight on the page in one font; paragraphs use ``markup``.
    """
    text = normalised(text)
    coverage = sheet_font().coverage[style]
    if coverage.issuperset(map(ord, text.replace("\n", ""))):
        return text  # the usual case, checked in one pass
    return "".join(shown for shown, _ in _runs(text, style, fallback=False))


@lru_cache(maxsize=4096)
def markup(text: str, style: str = "regular") -> str:
    """``text`` as Paragraph markup: escaped, line breaks kept, other fonts where needed."""
    text = normalised(text)
    coverage = sheet_font().coverage[style]
    if coverage.issuperset(map(ord, text.replace("\n", ""))):
        return _escaped(text)
    parts = []
    for shown, font in _runs(text, style, fallback=True):
        escaped = _escaped(shown)
        parts.append(escaped if font is None else f"<font name={quoteattr(font)}>{escaped}</font>")
    return "".join(parts)


def _escaped(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))
