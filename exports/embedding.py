"""Font subsets cut and compressed once, then embedded in every file that uses them.

Each PDF embeds the glyphs it prints as subsets of at most 256 characters. ReportLab
cuts each subset out of the font file and compresses it anew for every file, and
that is a tenth of an export's time, although the sheets of one workshop print much
the same characters: the first subset of the sheet font (ASCII and the first other
characters printed) is mostly the same from one file to the next. So each cut subset
is kept with its font, and each compressed font file by its bytes. Each subset's
list of glyph widths, 256 numbers that ReportLab writes out one by one, is likewise
written once for each list.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, ttfonts

# Subsets kept for each font, and compressed font files kept in all: an export of
# every sheet for a workshop in five scripts uses about 30.
SUBSETS_KEPT = 64
COMPRESSED_KEPT = 64
# How a TrueType font file starts; other streams (pages) are compressed each time.
TRUETYPE_TAGS = (b"\x00\x01\x00\x00", b"true")
# Shorter arrays (a page's box, a colour) are written each time.
LONGEST_UNKEPT = 64

_make_subset = ttfonts.TTFontFile.makeSubset
_subsets: WeakKeyDictionary[Any, OrderedDict[tuple[int, ...], bytes]] = WeakKeyDictionary()


def _kept_subset(face: Any, subset: list[int]) -> bytes:
    kept = _subsets.setdefault(face, OrderedDict())
    key = tuple(subset)
    if key not in kept:
        kept[key] = _make_subset(face, subset)
        if len(kept) > SUBSETS_KEPT:
            kept.popitem(last=False)
    return kept[key]


class KeptFlate(pdfdoc.PDFStreamFilterZCompress):  # type: ignore[misc]
    """ReportLab's Flate compression, keeping what it made of each font file."""

    def __init__(self) -> None:
        self.compressed: OrderedDict[bytes, bytes] = OrderedDict()

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        if data[:4] not in TRUETYPE_TAGS:
            return zlib.compress(data)
        if data not in self.compressed:
            self.compressed[data] = zlib.compress(data)
            if len(self.compressed) > COMPRESSED_KEPT:
                self.compressed.popitem(last=False)
        return self.compressed[data]


class KeptNumbers(pdfdoc.PDFArray):  # type: ignore[misc]
    """ReportLab's PDF array, writing a long list of plain numbers (a subset's glyph
    widths) once: a number is written the same in every file."""

    def format(self, document: Any, IND: bytes = b"\n ") -> bytes:
        numbers = self.sequence
        if len(numbers) < LONGEST_UNKEPT or any(type(n) not in (int, float) for n in numbers):
            written: bytes = super().format(document, IND)
            return written
        key = (tuple(numbers), IND, self.multiline, rl_config.pdfMultiLine)
        kept = _written_numbers.get(key)
        if kept is None:
            kept = _written_numbers[key] = super().format(document, IND)
            if len(_written_numbers) > SUBSETS_KEPT:
                _written_numbers.popitem(last=False)
        return kept


_written_numbers: OrderedDict[tuple[Any, ...], bytes] = OrderedDict()


def keep_font_subsets() -> None:
    """Have every PDF embed its fonts through the kept subsets (done once, with the font)."""
    ttfonts.TTFontFile.makeSubset = _kept_subset
    pdfdoc.PDFZCompress = KeptFlate()
    pdfdoc.PDFArray = KeptNumbers
