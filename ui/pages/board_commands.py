"""Commands of the retrospective boards and the post-it board."""

from __future__ import annotations

from functools import partial

from facilitation.engine.boards import BoardsEngine
from ui.commands import Changes, EngineCommand, adding
from ui.i18n import translate
from ui.vocabulary import COLUMNS
from ui.widgets.parts import COLOUR_NAMES, elided

BOARD = Changes(board=True)


def _quoted(text: str) -> str:
    return f"“{elided(text, 40)}”"


# Retrospective notes


def add_retro_item(boards: BoardsEngine, moment: str, column: str, text: str) -> EngineCommand:
    return adding(
        translate("board_commands", "Add {0} to {1}").format(_quoted(text), COLUMNS[column]),
        BOARD,
        partial(boards.add_retro_item, moment, column, text),
        boards.delete_retro_item,
    )


def edit_retro_item(boards: BoardsEngine, item_id: int, text: str, old: str) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Reword {0}").format(_quoted(old)),
        BOARD,
        partial(boards.edit_retro_item, item_id, text),
    )


def move_retro_item(
    boards: BoardsEngine, item_id: int, text: str, to: tuple[str, int], old: tuple[str, int]
) -> EngineCommand:
    where = (
        translate("board_commands", "Move")
        if to[0] == old[0]
        else translate("board_commands", "Move to {0}:").format(COLUMNS[to[0]])
    )
    return EngineCommand(
        f"{where} {_quoted(text)}", BOARD, partial(boards.move_retro_item, item_id, *to)
    )


def delete_retro_item(boards: BoardsEngine, item_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Delete {0}").format(_quoted(text)),
        BOARD,
        partial(boards.delete_retro_item, item_id),
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
    return adding(
        translate("board_commands", "Add the post-it {0}").format(_quoted(text)),
        BOARD,
        add,
        boards.delete_card,
    )


def edit_card(boards: BoardsEngine, card_id: int, text: str, old: str) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Reword the post-it {0}").format(_quoted(old)),
        BOARD,
        partial(boards.edit_card, card_id, text),
    )


def set_card_colour(boards: BoardsEngine, card_id: int, text: str, colour: str) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Make {0} {1}").format(
            _quoted(text), COLOUR_NAMES.get(colour, colour).lower()
        ),
        BOARD,
        partial(boards.set_colour, card_id, colour),
    )


def move_card(boards: BoardsEngine, card_id: int, text: str, index: int) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Move the post-it {0}").format(_quoted(text)),
        BOARD,
        partial(boards.move_card, card_id, index),
    )


def group_card(
    boards: BoardsEngine, card_id: int, text: str, into_id: int | None, into_text: str = ""
) -> EngineCommand:
    """Group a duplicate into another card, or (``into_id`` None) take it out again."""
    words = (
        translate("board_commands", "Take {0} out of its group").format(_quoted(text))
        if into_id is None
        else translate("board_commands", "Group {0} into {1}").format(
            _quoted(text), _quoted(into_text)
        )
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
        translate("board_commands", "Unlink {0} from what prompted it").format(_quoted(text))
        if retro_item_id is None and past_key_result_id is None
        else translate("board_commands", "Link {0} to what prompted it").format(_quoted(text))
    )
    return EngineCommand(
        words, BOARD, partial(boards.link_origin, card_id, retro_item_id, past_key_result_id)
    )


def delete_card(boards: BoardsEngine, card_id: int, text: str) -> EngineCommand:
    return EngineCommand(
        translate("board_commands", "Delete the post-it {0}").format(_quoted(text)),
        BOARD,
        partial(boards.delete_card, card_id),
    )
