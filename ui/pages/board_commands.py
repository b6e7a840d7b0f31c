"""Undo commands for the retrospective boards and the post-it board."""

from __future__ import annotations

from facilitation.engine.boards import (
    COLUMNS,
    BoardsEngine,
    RemovedCard,
    RemovedRetroItem,
)
from ui.commands import EngineCommand
from ui.pages.page_parts import COLOUR_NAMES, elided


def _quoted(text: str) -> str:
    return f"“{elided(text, 40)}”"


# Retrospective notes


class AddRetroItem(EngineCommand):
    def __init__(self, boards: BoardsEngine, moment: str, column: str, text: str) -> None:
        super().__init__(f"Add {_quoted(text)} to {COLUMNS[column]}")
        self.boards = boards
        self.moment = moment
        self.column = column
        self.wording = text
        self.made: int | None = None
        self.removed: RemovedRetroItem | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.boards.add_retro_item(self.moment, self.column, self.wording)
        else:
            self.boards.restore_retro_item(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.boards.delete_retro_item(self.made)


class EditRetroItem(EngineCommand):
    def __init__(self, boards: BoardsEngine, item_id: int, text: str, old: str) -> None:
        super().__init__(f"Reword {_quoted(old)}")
        self.boards = boards
        self.item_id = item_id
        self.wording = text
        self.old = old

    def apply(self) -> None:
        self.boards.edit_retro_item(self.item_id, self.wording)

    def revert(self) -> None:
        self.boards.edit_retro_item(self.item_id, self.old)


class MoveRetroItem(EngineCommand):
    def __init__(
        self,
        boards: BoardsEngine,
        item_id: int,
        text: str,
        to: tuple[str, int],
        old: tuple[str, int],
    ) -> None:
        where = "Move" if to[0] == old[0] else f"Move to {COLUMNS[to[0]]}:"
        super().__init__(f"{where} {_quoted(text)}")
        self.boards = boards
        self.item_id = item_id
        self.to = to
        self.old = old

    def apply(self) -> None:
        self.boards.move_retro_item(self.item_id, *self.to)

    def revert(self) -> None:
        self.boards.move_retro_item(self.item_id, *self.old)


class DeleteRetroItem(EngineCommand):
    def __init__(self, boards: BoardsEngine, item_id: int, text: str) -> None:
        super().__init__(f"Delete {_quoted(text)}")
        self.boards = boards
        self.item_id = item_id
        self.removed: RemovedRetroItem | None = None

    def apply(self) -> None:
        self.removed = self.boards.delete_retro_item(self.item_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.boards.restore_retro_item(self.removed)


# Post-its


class AddCard(EngineCommand):
    def __init__(
        self,
        boards: BoardsEngine,
        text: str,
        colour: str,
        *,
        origin_retro_item_id: int | None = None,
        origin_past_key_result_id: int | None = None,
    ) -> None:
        super().__init__(f"Add the post-it {_quoted(text)}")
        self.boards = boards
        self.wording = text
        self.colour = colour
        self.origins = (origin_retro_item_id, origin_past_key_result_id)
        self.made: int | None = None
        self.removed: RemovedCard | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.made = self.boards.add_card(
                self.wording,
                colour=self.colour,
                origin_retro_item_id=self.origins[0],
                origin_past_key_result_id=self.origins[1],
            )
        else:
            self.boards.restore_card(self.removed)

    def revert(self) -> None:
        if self.made is not None:
            self.removed = self.boards.delete_card(self.made)


class EditCard(EngineCommand):
    def __init__(self, boards: BoardsEngine, card_id: int, text: str, old: str) -> None:
        super().__init__(f"Reword the post-it {_quoted(old)}")
        self.boards = boards
        self.card_id = card_id
        self.wording = text
        self.old = old

    def apply(self) -> None:
        self.boards.edit_card(self.card_id, self.wording)

    def revert(self) -> None:
        self.boards.edit_card(self.card_id, self.old)


class SetCardColour(EngineCommand):
    def __init__(
        self, boards: BoardsEngine, card_id: int, text: str, colour: str, old: str
    ) -> None:
        super().__init__(f"Make {_quoted(text)} {COLOUR_NAMES.get(colour, colour).lower()}")
        self.boards = boards
        self.card_id = card_id
        self.colour = colour
        self.old = old

    def apply(self) -> None:
        self.boards.set_colour(self.card_id, self.colour)

    def revert(self) -> None:
        self.boards.set_colour(self.card_id, self.old)


class MoveCard(EngineCommand):
    def __init__(self, boards: BoardsEngine, card_id: int, text: str, index: int, old: int) -> None:
        super().__init__(f"Move the post-it {_quoted(text)}")
        self.boards = boards
        self.card_id = card_id
        self.index = index
        self.old = old

    def apply(self) -> None:
        self.boards.move_card(self.card_id, self.index)

    def revert(self) -> None:
        self.boards.move_card(self.card_id, self.old)


class GroupCard(EngineCommand):
    """Group a duplicate into another card, or (``into_id`` None) take it out again.

    Grouping a card that has duplicates of its own moves them along, so the undo
    puts each of them back where it was.
    """

    def __init__(
        self,
        boards: BoardsEngine,
        card_id: int,
        text: str,
        into_id: int | None,
        into_text: str = "",
    ) -> None:
        if into_id is None:
            super().__init__(f"Take {_quoted(text)} out of its group")
        else:
            super().__init__(f"Group {_quoted(text)} into {_quoted(into_text)}")
        self.boards = boards
        self.card_id = card_id
        self.into_id = into_id
        card = boards.card(card_id)
        self.old = card.cluster_id
        self.children = card.grouped

    def apply(self) -> None:
        self.boards.group_card(self.card_id, self.into_id)

    def revert(self) -> None:
        self.boards.group_card(self.card_id, self.old)
        for child in self.children:
            self.boards.group_card(child, self.card_id)


class LinkOrigin(EngineCommand):
    def __init__(
        self,
        boards: BoardsEngine,
        card_id: int,
        text: str,
        retro_item_id: int | None,
        past_key_result_id: int | None,
    ) -> None:
        if retro_item_id is None and past_key_result_id is None:
            super().__init__(f"Unlink {_quoted(text)} from what prompted it")
        else:
            super().__init__(f"Link {_quoted(text)} to what prompted it")
        self.boards = boards
        self.card_id = card_id
        self.to = (retro_item_id, past_key_result_id)
        card = boards.card(card_id)
        self.old = (card.origin_retro_item_id, card.origin_past_key_result_id)

    def apply(self) -> None:
        self.boards.link_origin(self.card_id, *self.to)

    def revert(self) -> None:
        self.boards.link_origin(self.card_id, *self.old)


class DeleteCard(EngineCommand):
    def __init__(self, boards: BoardsEngine, card_id: int, text: str) -> None:
        super().__init__(f"Delete the post-it {_quoted(text)}")
        self.boards = boards
        self.card_id = card_id
        self.removed: RemovedCard | None = None

    def apply(self) -> None:
        self.removed = self.boards.delete_card(self.card_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.boards.restore_card(self.removed)
