"""The order of a vote's options."""

from __future__ import annotations

UNSETTLED = 1_000_000


def tally_key(count: int, tie_break_rank: int | None, position: int) -> tuple[int, int, int]:
    """Sort key: most votes first; a tie by the facilitator's rank, then by ballot order."""
    settled = tie_break_rank if tie_break_rank is not None else UNSETTLED
    return (-count, settled, position)
