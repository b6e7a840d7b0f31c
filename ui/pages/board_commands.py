"""Commands of the retrospective boards and the post-it board."""

from __future__ import annotations

from functools import partial

from facilitation.engine.boards import COLUMNS, BoardsEngine
from ui.commands import Changes, EngineCommand, adding
from ui.pages.page_parts import COLOUR_NAMES, elided

BOARD = Changes(board=True)


def _quoted(text: str) -> str:
    return f"“{elided(text, 40)}”"


# Retrospective notes


def add_retro_item(boards: BoardsEngine, moment: str, column: str, text: str) -> EngineCommand:
    return adding(
        f"Add {_quoted(text)} to {COLUMNS[column]}",
        BOARD,
        partial(boards.add_retro_item, moment, column, text),
        boards.delete_retro_item,
    )


def edit_retro_item(boards: BoardsEngine, item_id: int, text: str, old: str) -> EngineCommand:
    return EngineCommand(
        f"Reword {_quoted(old)}", BOARD, partial(boards.edit_retro_item, item_id, text)
    )


def move_retro_item(
    boards: BoardsEngine, item_id: int, text: str, to: tuple[str, int], old: tuple[str, int]
) -> EngineCommand:
    where = "Move" if to[0] == old[0] else f"Move to {COLUMNS[to[0]]}:"
    return EngineCommand(
        f"{where} {_quoted(text)}", BOARD, partial(boards.move_retro_item, item_id, *to)
    )


def delete_retro_item(boards: BoardsEngine, item_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        f"Delete {_quoted(text)}", BOARD, partial(boards.delete_retro_item, item_id)
    )


# Post-its


def add_card(
    boards: BoardsEngine,
    text: str,
    colour: str,
    *,
    origin_retro_item_id: int | None = None,
    origin_past_key_result_id: int | None = None,
) -> EngineCommand:
    add = partial(
        boards.add_card,
        text,
        colour=colour,
        origin_retro_item_id=origin_retro_item_id,
        origin_past_key_result_id=origin_past_key_result_id,
    )
    return adding(f"Add the post-it {_quoted(text)}", BOARD, add, boards.delete_card)


def edit_card(boards: BoardsEngine, card_id: int, text: str, old: str) -> EngineCommand:
    return EngineCommand(
        f"Reword the post-it {_quoted(old)}", BOARD, partial(boards.edit_card, card_id, text)
    )


def set_card_colour(boards: BoardsEngine, card_id: int, text: str, colour: str) -> EngineCommand:
    return EngineCommand(
        f"Make {_quoted(text)} {COLOUR_NAMES.get(colour, colour).lower()}",
        BOARD,
        partial(boards.set_colour, card_id, colour),
    )


def move_card(boards: BoardsEngine, card_id: int, text: str, index: int) -> EngineCommand:
    return EngineCommand(
        f"Move the post-it {_quoted(text)}", BOARD, partial(boards.move_card, card_id, index)
    )


def group_card(
    boards: BoardsEngine, card_id: int, text: str, into_id: int | None, into_text: str = ""
) -> EngineCommand:
    """Group a duplicate into another card, or (``into_id`` None) take it out again."""
    words = (
        f"Take {_quoted(text)} out of its group"
        if into_id is None
        else f"Group {_quoted(text)} into {_quoted(into_text)}"
    )
    return EngineCommand(words, BOARD, partial(boards.group_card, card_id, into_id))


def link_origin(
    boards: BoardsEngine,
    card_id: int,
    text: str,
    retro_item_id: int | None,
    past_key_result_id: int | None,
) -> EngineCommand:
    words = (
        f"Unlink {_quoted(text)} from what prompted it"
        if retro_item_id is None and past_key_result_id is None
        else f"Link {_quoted(text)} to what prompted it"
    )
    return EngineCommand(
        words, BOARD, partial(boards.link_origin, card_id, retro_item_id, past_key_result_id)
    )


def delete_card(boards: BoardsEngine, card_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        f"Delete the post-it {_quoted(text)}", BOARD, partial(boards.delete_card, card_id)
    )
