"""Words for the stored choice keys (boards, columns, statuses) on the sheets.

The words are the shared vocabulary's English ones; ``words`` gives them in the
language of the sheets (``exports.language``).
"""

from __future__ import annotations

import resources
from exports.language import current_language, t

BOARDS: dict[str, str] = resources.vocabulary()["retro_moments"]
COLUMNS: dict[str, str] = resources.vocabulary()["retro_columns"]
ROLES: dict[str, str] = resources.vocabulary()["roles"]
STEP_STATUSES = {"pending": "not run", "done": "done", "skipped": "skipped"}


def words(key: str, known: dict[str, str]) -> str:
    """The label of a known key, or the key itself written as words."""
    if key in known:
        return t(known[key])
    return key.replace("_", " ").strip().capitalize()


def retro_place(board: str, column: str) -> str:
    """ "Retrospective, last cycle: didn't go well"."""
    return t(
        "Retrospective, {board}: {column}",
        board=lowered(words(board, BOARDS)),
        column=lowered(words(column, COLUMNS)),
    )


def lowered(label: str) -> str:
    """A label inside a sentence: lower case in English; German keeps its capitals."""
    return label if current_language() == "de" else label.lower()
