"""Data that is not code: agenda templates, stylesheets, icons."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parent


def path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``path("agendas", "team.json")``."""
    return ROOT.joinpath(*parts)
