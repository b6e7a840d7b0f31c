"""Fonts for the characters DejaVu Sans lacks: Chinese, Japanese, Korean, emoji, symbols.

ReportLab has no glyph fallback, so the sheets find one themselves, from the fonts
already on the computer: fontconfig's ``fc-match`` where it is installed (Linux, and
macOS with Homebrew), else a list of the fonts Windows and macOS ship. A TrueType
font is used as it is. A font with PostScript outlines (Noto Sans CJK on Linux,
several macOS fonts), which ReportLab cannot embed, is cut down to the characters
the sheets need and its outlines are converted to TrueType with fontTools. Either
way only the glyphs used are embedded in the PDF. Colour emoji fonts are bitmaps
that a PDF font cannot carry; a monochrome one (Symbola, Segoe UI Symbol) is used.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont as ToolsFont
from fontTools.ttLib import TTLibError, newTable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from exports.fonts import font_folders

# How many of fontconfig's best matches are tried for one character.
CANDIDATES_PER_CHARACTER = 6
FC_TIMEOUT_SECONDS = 10
# Fonts Windows and macOS ship that cover what DejaVu lacks, best first, each with
# its bold face where the system has one: (regular file, bold file).
KNOWN_FILES: tuple[tuple[str, str], ...] = (
    ("NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"),  # Noto, wherever installed
    ("msyh.ttc", "msyhbd.ttc"),  # Microsoft YaHei: Chinese (Windows)
    ("YuGothR.ttc", "YuGothB.ttc"),  # Yu Gothic: Japanese (Windows)
    ("malgun.ttf", "malgunbd.ttf"),  # Malgun Gothic: Korean (Windows)
    ("simsun.ttc", ""),  # SimSun: Chinese (older Windows)
    ("PingFang.ttc", ""),  # Chinese (macOS)
    ("Hiragino Sans GB.ttc", ""),  # Chinese and Japanese (macOS)
    ("ヒラギノ角ゴシック W3.ttc", "ヒラギノ角ゴシック W6.ttc"),  # Japanese (macOS)
    ("AppleSDGothicNeo.ttc", ""),  # Korean (macOS)
    ("segoeui.ttf", "segoeuib.ttf"),  # Arabic, Hebrew and more (Windows)
    ("GeezaPro.ttc", ""),  # Arabic (macOS)
    ("ArialHB.ttc", ""),  # Hebrew (macOS)
    ("Arial Unicode.ttf", ""),  # most scripts (macOS)
    ("seguisym.ttf", ""),  # Segoe UI Symbol: symbols and emoji outlines (Windows)
    ("seguiemj.ttf", ""),  # Segoe UI Emoji: its outlines, drawn in one colour (Windows)
    ("Symbola.ttf", ""),
    ("Symbola_hint.ttf", ""),
    ("Apple Symbols.ttf", ""),  # symbols (macOS)
)
FONT_SUFFIXES = frozenset({".ttf", ".ttc", ".otf", ".otc"})


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0


class Fallbacks:
    """Which registered font draws each character the sheet font lacks."""

    def __init__(self, bold: bool = False) -> None:
        self.bold = bold
        self.font_of: dict[str, str] = {}
        self.unavailable: set[str] = set()
        # Fonts converted from PostScript outlines hold only the characters asked for
        # so far; a later character makes a new, larger copy.
        self._converted: dict[FontFile, set[str]] = {}
        self._covers: dict[FontFile, frozenset[int]] = {}

    def add(self, characters: Iterable[str]) -> bool:
        """Find fonts for ``characters``; True when the mapping changed."""
        wanted = {c for c in characters if c not in self.font_of and c not in self.unavailable}
        changed = False
        while wanted:
            char = min(wanted)
            found = next(
                (f for f in candidates(char, self.bold) if ord(char) in self._cover(f)), None
            )
            if found is None:
                self.unavailable.add(char)
                wanted.discard(char)
                continue
            covered = {c for c in wanted if ord(c) in self._cover(found)}
            wanted -= covered
            changed |= self._register(found, covered)
        return changed

    def _cover(self, font: FontFile) -> frozenset[int]:
        if font not in self._covers:
            self._covers[font] = cmap_of(font)
        return self._covers[font]

    def _register(self, font: FontFile, characters: set[str]) -> bool:
        try:
            if is_postscript(font):
                characters |= self._converted.get(font, set())
                digest = _digest(characters)
                name = f"Fallback-{font.path.stem}-{font.index}-{digest}"
                data = truetype_subset(font, characters, digest)
                pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
                self._converted[font] = characters
            else:
                name = f"Fallback-{font.path.stem}-{font.index}"
                if name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(name, str(font.path), subfontIndex=font.index))
        except (TTFError, TTLibError, OSError, ValueError, KeyError, AssertionError):
            self.unavailable |= characters
            return False
        for char in characters:
            self.font_of[char] = name
        return True


def _digest(characters: set[str]) -> str:
    return hashlib.sha1("".join(sorted(characters)).encode()).hexdigest()[:10]


def candidates(char: str, bold: bool = False) -> list[FontFile]:
    """Fonts that may draw ``char``, best first (colour bitmap fonts left out)."""
    if shutil.which("fc-match"):
        return _fontconfig_matches(char, bold)
    return [FontFile(path) for path in known_files(bold=bold)]


def _fontconfig_matches(char: str, bold: bool) -> list[FontFile]:
    weight = ":weight=bold" if bold else ""
    try:
        result = subprocess.run(
            [
                "fc-match",
                "-s",
                "-f",
                "%{file}|%{index}|%{color}|%{fontformat}\n",
                f"sans-serif{weight}:charset={ord(char):x}",
            ],
            capture_output=True,
            text=True,
            timeout=FC_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return [FontFile(path) for path in known_files(bold=bold)]
    fonts = []
    for line in result.stdout.splitlines():
        path, _, rest = line.partition("|")
        index, _, rest = rest.partition("|")
        colour, _, kind = rest.partition("|")
        if colour == "True" or kind not in ("TrueType", "CFF"):
            continue
        if not index.isdigit() or "DejaVu" in path:
            continue
        fonts.append(FontFile(Path(path), int(index)))
        if len(fonts) >= CANDIDATES_PER_CHARACTER:
            break
    return fonts


def known_files(folders: Sequence[Path] | None = None, bold: bool = False) -> tuple[Path, ...]:
    """The known fallback fonts found in ``folders`` (the platform's own by default).

    A bold face is listed before its regular one, which stands in where there is no bold.
    Names are matched without regard to case, as Windows does.
    """
    found = _font_files(tuple(folders) if folders is not None else tuple(font_folders()))
    names = [
        n for regular, bolder in KNOWN_FILES for n in ((bolder, regular) if bold else (regular,))
    ]
    return tuple(found[name.lower()] for name in names if name and name.lower() in found)


@cache
def _font_files(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Every font file under ``folders`` by its lower-case name; the first folder wins."""
    found: dict[str, Path] = {}
    for folder in folders:
        try:
            paths = sorted(folder.rglob("*")) if folder.is_dir() else []
        except OSError:
            continue
        for path in paths:
            if path.suffix.lower() in FONT_SUFFIXES:
                found.setdefault(path.name.lower(), path)
    return found


def cmap_of(font: FontFile) -> frozenset[int]:
    """The code points a font maps; nothing when it cannot be read."""
    try:
        tools = ToolsFont(str(font.path), fontNumber=font.index, lazy=True)
        try:
            if "glyf" not in tools and "CFF " not in tools:
                return frozenset()  # a bitmap font
            return frozenset(tools.getBestCmap() or {})
        finally:
            tools.close()
    except (TTLibError, OSError, AssertionError, KeyError):
        return frozenset()


def is_postscript(font: FontFile) -> bool:
    tools = ToolsFont(str(font.path), fontNumber=font.index, lazy=True)
    try:
        return "CFF " in tools
    finally:
        tools.close()


def truetype_subset(font: FontFile, characters: set[str], tag: str) -> bytes:
    """A TrueType font holding ``characters`` of a PostScript-outline font.

    Its PostScript name ends in ``tag``: ReportLab keeps one font per name, so each
    larger copy needs a name of its own.
    """
    tools = ToolsFont(str(font.path), fontNumber=font.index, lazy=True)
    for table in ("GSUB", "GPOS", "VORG", "BASE", "JSTF"):
        if table in tools:
            del tools[table]
    options = subset.Options()
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(tools)
    order = tools.getGlyphOrder()
    glyph_set = tools.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    tools["loca"] = newTable("loca")
    tools["glyf"] = glyf
    del tools["CFF "]
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attribute in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attribute, 0)
    maxp.maxZones = 1
    tools["maxp"] = maxp
    post = tools["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    tools["head"].glyphDataFormat = 0
    for record in tools["name"].names:
        if record.nameID == 6:
            record.string = f"{record.toUnicode()}-{tag}"
    tools.sfntVersion = "\x00\x01\x00\x00"
    buffer = io.BytesIO()
    tools.save(buffer)
    tools.close()
    return buffer.getvalue()


@cache
def fallbacks(bold: bool = False) -> Fallbacks:
    """The process's fallback fonts for regular or bold text (ReportLab's registry is global)."""
    return Fallbacks(bold)
