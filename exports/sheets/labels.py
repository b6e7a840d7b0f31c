"""Words for the stored choice keys (boards, columns, statuses) on the sheets."""

from __future__ import annotations

import resources

BOARDS: dict[str, str] = resources.vocabulary()["retro_moments"]
COLUMNS: dict[str, str] = resources.vocabulary()["retro_columns"]
ROLES: dict[str, str] = resources.vocabulary()["roles"]
STEP_STATUSES = {"pending": "not run", "done": "done", "skipped": "skipped"}


def words(key: str, known: dict[str, str]) -> str:
    """The label of a known key, or the key itself written as words."""
    return known.get(key, key.replace("_", " ").strip().capitalize())


def retro_place(board: str, column: str) -> str:
    """ "Retrospective, last cycle: didn't go well"."""
    return f"Retrospective, {words(board, BOARDS).lower()}: {words(column, COLUMNS).lower()}"
