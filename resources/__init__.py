"""Data that is not code: agenda templates, words, stylesheets, icons."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent


def path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``path("agendas", "team.json")``."""
    return ROOT.joinpath(*parts)


@cache
def vocabulary() -> dict[str, Any]:
    """The product's words for stored choices and scales, shared by screens and sheets.

    Verdicts with their usual lowest scores, the confidence scale, retrospective
    moments and columns, roles and priorities: one place, read by the rules in
    ``facilitation`` and by the sheets in ``exports``.
    """
    data: dict[str, Any] = json.loads(path("vocabulary.json").read_text(encoding="utf-8"))
    return data
