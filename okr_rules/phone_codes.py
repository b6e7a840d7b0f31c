"""How a phone vote's per-person codes and address are written, on screen and on paper."""

from __future__ import annotations

CODE_LENGTH = 6


def shown_code(code: str) -> str:
    """A code as printed: two groups of three, easy to read aloud and to type."""
    return f"{code[:3]}-{code[3:]}" if len(code) == CODE_LENGTH else code


def phone_path(token: str) -> str:
    """The part of a round's phone address after the laptop's host and port."""
    return f"/v/{token}"
