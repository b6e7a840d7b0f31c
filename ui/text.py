"""Text shortened for a line, shared by the screens and the command line (no Qt here)."""

from __future__ import annotations


def elided(text: str, length: int) -> str:
    """The text on one line, cut to ``length`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def quoted(text: str) -> str:
    """The text in quotation marks, short enough to name it in a menu or an undo step."""
    return f"“{elided(text, 40)}”"
