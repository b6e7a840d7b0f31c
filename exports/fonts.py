"""The sheets' font: DejaVu Sans from the system, or Bitstream Vera from ReportLab.

No font file is kept in the repository. DejaVu Sans covers Latin, Greek, Cyrillic,
arrows, maths signs and typographic quotes; it is found in the built app's own fonts
folder (``make app`` copies it there from the machine that builds it, so the app
prints the same sheets on Windows and macOS, which do not ship it), then in the usual
font folders of Linux, macOS and Windows. When it is missing, the Vera fonts that
ship inside ReportLab are used, so an export never fails for want of a font (Vera
covers Western European text only; other characters print as a visible substitute).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

import resources
from exports.embedding import keep_font_subsets
from exports.paragraph import measure_words_once
from exports.shaping import keep_shaped_words

FAMILY = "SheetSans"
# Subsets whose map back to text is kept: as many as the subsets kept (exports.embedding).
CMAPS_KEPT = 64
STYLES = ("regular", "bold", "italic", "bold_italic")

DEJAVU_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
VERA_FILES = {
    "regular": "Vera.ttf",
    "bold": "VeraBd.ttf",
    "italic": "VeraIt.ttf",
    "bold_italic": "VeraBI.ttf",
}
# Sub-folders where packagers put DejaVu, checked before a full search of a folder.
DEJAVU_SUBFOLDERS = ("truetype/dejavu", "dejavu", "TTF", "truetype", "dejavu-sans-fonts", "")
APP_FONTS = resources.path("fonts")
"""The built app's own fonts; absent from the source tree."""


@dataclass(frozen=True)
class SheetFont:
    family: str
    source: str
    files: dict[str, Path]
    # The code points each style can draw (DejaVu's bold and oblique cover less).
    coverage: dict[str, frozenset[int]]

    def font_name(self, style: str = "regular") -> str:
        return self.family if style == "regular" else f"{self.family}-{style}"

    def style_of(self, font_name: str) -> str:
        """The style ("bold"...) of one of this family's registered font names."""
        prefix = f"{self.family}-"
        return font_name[len(prefix) :] if font_name.startswith(prefix) else "regular"


def font_folders(
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
    home: Path | None = None,
) -> list[Path]:
    """The usual places for fonts on ``platform``, most likely first."""
    home = home if home is not None else Path.home()
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/System/Library/Fonts"),
        Path("/Library/Fonts"),
        home / "Library/Fonts",
        Path("/opt/homebrew/share/fonts"),
    ]
    if platform == "darwin":
        # The system's own fonts first, then what the user or Homebrew added.
        folders = folders[4:] + folders[:4]
    if platform == "win32":
        windows = Path(environ.get("WINDIR", r"C:\Windows"))
        user = environ.get("LOCALAPPDATA")
        own = [Path(user) / "Microsoft" / "Windows" / "Fonts"] if user else []
        folders = [windows / "Fonts", *own]
    return folders


def find_dejavu(folders: list[Path] | None = None) -> dict[str, Path] | None:
    """The four DejaVu Sans files from one folder, or None when a style is missing.

    Without folders, the app's own fonts are looked in first, then the system's.
    """
    for folder in folders if folders is not None else [APP_FONTS, *font_folders()]:
        if not folder.is_dir():
            continue
        candidates = [folder / sub for sub in DEJAVU_SUBFOLDERS if (folder / sub).is_dir()]
        for candidate in candidates:
            files = {style: candidate / name for style, name in DEJAVU_FILES.items()}
            if all(path.is_file() for path in files.values()):
                return files
        found = next(folder.rglob(DEJAVU_FILES["regular"]), None)
        if found is not None:
            files = {style: found.parent / name for style, name in DEJAVU_FILES.items()}
            if all(path.is_file() for path in files.values()):
                return files
    return None


def vera_files() -> dict[str, Path]:
    folder = Path(reportlab.__file__).parent / "fonts"
    return {style: folder / name for style, name in VERA_FILES.items()}


def to_unicode_cmap(font_name: str, subset: list[int]) -> str:
    """A font subset's map back to text, with characters beyond U+FFFF (emoji) in UTF-16.

    ReportLab writes such a character as five hex digits, which PDF readers cannot
    read back, so copying or searching an emoji from a sheet would fail.
    """
    return _unicode_cmap(font_name, tuple(subset))


@lru_cache(maxsize=CMAPS_KEPT)
def _unicode_cmap(font_name: str, subset: tuple[int, ...]) -> str:
    """The map written once for each subset: most files of a workshop embed the same."""
    codes = [
        f"<{index:02X}> <{chr(value).encode('utf-16-be').hex().upper()}>"
        for index, value in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({font_name})",
            f"/Ordering ({font_name})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *codes,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def sheet_font() -> SheetFont:
    """Register the family once per process and return it."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    keep_shaped_words()
    keep_font_subsets()
    measure_words_once()
    files = find_dejavu()
    source = "DejaVu Sans"
    if files is None:
        files, source = vera_files(), "Bitstream Vera (from ReportLab)"
    return register_family(FAMILY, files, source)


def register_family(family: str, files: dict[str, Path], source: str) -> SheetFont:
    coverage: dict[str, frozenset[int]] = {}
    names = {}
    for style in STYLES:
        name = family if style == "regular" else f"{family}-{style}"
        font = TTFont(name, str(files[style]))
        pdfmetrics.registerFont(font)
        names[style] = name
        coverage[style] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(
        family,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    return SheetFont(family=family, source=source, files=files, coverage=coverage)
