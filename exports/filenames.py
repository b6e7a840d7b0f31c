"""File names made from team and objective names, safe on every platform."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 120
# Most file systems allow 255 bytes; leave room for a counter and the extension.
MAX_BYTES = 200
WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{n}" for n in range(10)} | {f"LPT{n}" for n in range(10)}
)
KEPT_PUNCTUATION = frozenset(" -_.,()'&+!#=@")


def safe_file_name(text: str, extension: str = ".pdf", fallback: str = "sheet") -> str:
    """``text`` as a file name: no separators, no reserved names, bounded length.

    Letters and digits of any script are kept, so a Greek or Cyrillic team name
    stays readable; other characters become spaces.
    """
    text = unicodedata.normalize("NFC", text)
    kept = "".join(c if c.isalnum() or c in KEPT_PUNCTUATION else " " for c in text)
    name = re.sub(r"\s+", " ", kept).strip(" .")
    name = _bounded(name).rstrip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].strip().upper() in WINDOWS_RESERVED:
        name = f"{name} sheet"
    return name + extension


def _bounded(name: str) -> str:
    if len(name) > MAX_CHARS:
        name = name[:MAX_CHARS]
    while len(name.encode("utf-8")) > MAX_BYTES:
        name = name[:-1]
    return name
