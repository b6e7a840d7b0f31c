"""The retrospective boards and the post-it board of objective candidates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace

import resources
from facilitation.engine.base import EnginePart, Gone
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word, clean_text
from workshop.models import Card, Participant, PastKeyResult, RetroItem
from workshop.queries import next_card_position
from workshop.rows import RowCopy, copy_row, restore_rows, view_of
from workshop.store import Session

MOMENTS = ("opening", "closing")
"""The retrospective on last cycle at the start of the day, and on the day at its close."""

COLUMNS: dict[str, str] = resources.vocabulary()["retro_columns"]
BOARDS = {
    "look_back": ("went_well", "went_badly", "learned"),
    "start_stop_continue": ("start", "stop", "continue"),
}
COLOURS = ("yellow", "pink", "blue", "green", "orange", "purple")
CARD_KINDS = ("objective", "key_result")


@dataclass(frozen=True)
class RetroItemView:
    id: int
    moment: str
    column: str
    text: str
    position: int
    author_id: int | None


@dataclass(frozen=True)
class Removed:
    """A removed note or card, with the cards that pointed at it: when it comes back,
    they point at it again."""

    row: RowCopy
    cards: tuple[int, ...]
    link: str
    """The cards' field that pointed at it: ``origin_retro_item_id`` for the note a card
    came from, ``cluster_id`` for the card it was grouped into."""

    @classmethod
    def taken(cls, row: RetroItem | Card, cards: Iterable[Card], link: str) -> Removed:
        """``row`` as it is before it goes, with those of ``cards`` that point at it."""
        return cls(copy_row(row), tuple(c.id for c in cards if getattr(c, link) == row.id), link)


@dataclass(frozen=True)
class CardView:
    id: int
    kind: str
    text: str
    colour: str
    position: int
    author_id: int | None
    cluster_id: int | None
    """The card this one was grouped into, as a duplicate."""
    origin_retro_item_id: int | None
    origin_past_key_result_id: int | None
    grouped: tuple[int, ...]
    """Cards grouped into this one."""


@dataclass(frozen=True)
class NewCard:
    """One post-it of several added as one action (a table brought in)."""

    text: str
    kind: str = "objective"
    colour: str = "yellow"
    author_id: int | None = None


class BoardsEngine(EnginePart):
    # Retrospective

    def retro_items(self, moment: str) -> list[RetroItemView]:
        self._check_moment(moment)
        with self.store.reading() as session:
            return [
                self._retro_view(item)
                for item in self._workshop(session).retro_items
                if item.board == moment
            ]

    def add_retro_item(
        self, moment: str, column: str, text: str, author_id: int | None = None
    ) -> int:
        self._check_moment(moment)
        self._check_column(column)
        text = clean_text(text, Word("the note"))
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            if author_id is not None:
                self._get(session, Participant, author_id, Word("participant"))
            item = RetroItem(
                board=moment,
                column=column,
                text=text,
                author_id=author_id,
                position=self._next_position(workshop.retro_items, moment, column),
            )
            workshop.retro_items.append(item)
            session.flush()
            return item.id

    def edit_retro_item(self, item_id: int, text: str) -> Undo:
        text = clean_text(text, Word("the note"))
        return self._edit_row(
            RetroItem, item_id, Word("note"), {"text": text}, self.edit_retro_item
        )

    def move_retro_item(self, item_id: int, column: str, position: int) -> Undo:
        """Move a note to a column and place."""
        self._check_column(column)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            item = self._get(session, RetroItem, item_id, Word("note"))
            old = (item.column, self._place_in_column(workshop.retro_items, item))
            siblings = [
                i
                for i in workshop.retro_items
                if i.board == item.board and i.column == column and i.id != item.id
            ]
            siblings.insert(max(0, min(position, len(siblings))), item)
            item.column = column
            for index, sibling in enumerate(siblings):
                sibling.position = index
        return Undo(self.move_retro_item, (item_id, *old))

    def delete_retro_item(self, item_id: int) -> Undo:
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            item = self._get(session, RetroItem, item_id, Word("note"))
            removed = Removed.taken(item, workshop.cards, "origin_retro_item_id")
            workshop.retro_items.remove(item)
        return Undo(self.restore_retro_item, (removed,))

    def restore_retro_item(self, removed: Removed) -> Undo:
        self._put_back((removed,))
        return Undo(self.delete_retro_item, (removed.row.id,))

    # Post-its

    def cards(self, kind: str = "objective") -> list[CardView]:
        with self.store.reading() as session:
            cards = [c for c in self._workshop(session).cards if c.kind == kind]
            grouped = _grouped_into(cards)
            return [self._card_view(card, grouped.get(card.id, ())) for card in cards]

    def card(self, card_id: int) -> CardView:
        with self.store.reading() as session:
            card = self._get(session, Card, card_id, Word("card"))
            grouped = tuple(c.id for c in self._workshop(session).cards if c.cluster_id == card.id)
            return self._card_view(card, grouped)

    def add_card(
        self,
        text: str,
        *,
        kind: str = "objective",
        colour: str = "yellow",
        author_id: int | None = None,
        origin_retro_item_id: int | None = None,
        origin_past_key_result_id: int | None = None,
    ) -> int:
        card = self._checked(NewCard(text, kind, colour, author_id))
        with self.store.transaction() as session:
            self._workshop(session)
            if author_id is not None:
                self._get(session, Participant, author_id, Word("participant"))
            self._check_origins(session, origin_retro_item_id, origin_past_key_result_id)
            row = self._card_row(
                card,
                next_card_position(session, self.workshop_id),
                origin_retro_item_id=origin_retro_item_id,
                origin_past_key_result_id=origin_past_key_result_id,
            )
            session.add(row)
            session.flush()
            return row.id

    def add_cards(self, cards: Sequence[NewCard]) -> Undo:
        """Add many post-its as one action, after the board's last; the undo removes them all."""
        checked = [self._checked(card) for card in cards]
        with self.store.transaction() as session:
            self._workshop(session)
            for author_id in {c.author_id for c in cards if c.author_id is not None}:
                self._get(session, Participant, author_id, Word("participant"))
            first = next_card_position(session, self.workshop_id)
            made = [self._card_row(card, first + index) for index, card in enumerate(checked)]
            session.add_all(made)
            session.flush()
            ids = tuple(card.id for card in made)
        return Undo(self.remove_cards, (ids,))

    def remove_cards(self, card_ids: Sequence[int]) -> Undo:
        """Remove many post-its as one action; the undo puts them back, grouped as they were."""
        removing = set(card_ids)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            board = {card.id: card for card in workshop.cards}
            if not removing <= set(board):
                raise Gone("Some of these post-its are no longer in this workshop.")
            cards = [board[card_id] for card_id in card_ids]
            if any(o.card_id in removing for r in workshop.rounds for o in r.options):
                raise RuleError(
                    "Some of these post-its are on a ballot: their votes would be lost. "
                    "Group them into other cards instead."
                )
            # Grouping points at the group's first card, so parents come back first.
            cards.sort(key=lambda card: card.cluster_id in removing)
            grouped = _grouped_into(list(workshop.cards))
            removed = tuple(
                Removed(copy_row(card), grouped.get(card.id, ()), "cluster_id") for card in cards
            )
            for child in workshop.cards:
                if child.cluster_id in removing:
                    child.cluster_id = None
            for card in cards:
                session.delete(card)
        return Undo(self._put_cards_back, (removed,))

    def _put_cards_back(self, removed: tuple[Removed, ...]) -> Undo:
        self._put_back(removed)
        return Undo(self.remove_cards, (tuple(r.row.id for r in removed),))

    def edit_card(self, card_id: int, text: str) -> Undo:
        text = clean_text(text, Word("the card"))
        return self._edit_row(Card, card_id, Word("card"), {"text": text}, self.edit_card)

    def set_colour(self, card_id: int, colour: str) -> Undo:
        self._check_colour(colour)
        return self._edit_row(Card, card_id, Word("card"), {"colour": colour}, self.set_colour)

    def move_card(self, card_id: int, index: int) -> Undo:
        """Put a card at another place on the board."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            card = self._get(session, Card, card_id, Word("card"))
            same_kind = [c for c in workshop.cards if c.kind == card.kind]
            old = same_kind.index(card)
            same_kind.remove(card)
            same_kind.insert(max(0, min(index, len(same_kind))), card)
            for position, each in enumerate(same_kind):
                each.position = position
        return Undo(self.move_card, (card_id, old))

    def group_card(self, card_id: int, into_id: int | None) -> Undo:
        """Group a duplicate into another card (``None`` takes it out).

        Grouping a card that has duplicates of its own moves them along; the undo
        puts each of them back where it was.
        """
        with self.store.transaction() as session:
            card = self._get(session, Card, card_id, Word("card"))
            old = {card.id: card.cluster_id}
            if into_id is not None:
                target = self._get(session, Card, into_id, Word("card"))
                if target.id == card.id:
                    raise RuleError("A card cannot be grouped into itself.")
                while target.cluster_id is not None:
                    target = self._get(session, Card, target.cluster_id, Word("card"))
                if target.id == card.id:
                    raise RuleError("That card is already grouped into this one.")
                into_id = target.id
                for child in self._workshop(session).cards:
                    if child.cluster_id == card.id:
                        old[child.id] = child.cluster_id
                        child.cluster_id = into_id
            card.cluster_id = into_id
        return Undo(self._put_in_groups, (old,))

    def _put_in_groups(self, groups: dict[int, int | None]) -> Undo:
        """Put cards back in the groups they were in (the undo of grouping)."""
        with self.store.transaction() as session:
            old = {}
            for card_id, cluster_id in groups.items():
                card = self._get(session, Card, card_id, Word("card"))
                old[card_id] = card.cluster_id
                card.cluster_id = cluster_id
        return Undo(self._put_in_groups, (old,))

    def link_origin(
        self, card_id: int, retro_item_id: int | None, past_key_result_id: int | None
    ) -> Undo:
        """Record what prompted a card: a retro note, a low-scoring KR of last cycle."""
        with self.store.transaction() as session:
            card = self._get(session, Card, card_id, Word("card"))
            self._check_origins(session, retro_item_id, past_key_result_id)
            old = (card.origin_retro_item_id, card.origin_past_key_result_id)
            card.origin_retro_item_id = retro_item_id
            card.origin_past_key_result_id = past_key_result_id
        return Undo(self.link_origin, (card_id, *old))

    def delete_card(self, card_id: int) -> Undo:
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            card = self._get(session, Card, card_id, Word("card"))
            if any(o.card_id == card.id for r in workshop.rounds for o in r.options):
                raise RuleError(
                    "This card is on a ballot: its votes would be lost. "
                    "Group it into another card instead."
                )
            removed = Removed.taken(card, workshop.cards, "cluster_id")
            for child in workshop.cards:
                if child.cluster_id == card.id:
                    child.cluster_id = None
            workshop.cards.remove(card)
        return Undo(self.restore_card, (removed,))

    def restore_card(self, removed: Removed) -> Undo:
        self._put_back((removed,))
        return Undo(self.delete_card, (removed.row.id,))

    # Inside

    def _checked(self, card: NewCard) -> NewCard:
        """A new post-it as it is stored, or a refusal of its kind, colour or text."""
        if card.kind not in CARD_KINDS:
            raise RuleError("A card is an objective or a key-result candidate.")
        self._check_colour(card.colour)
        return replace(card, text=clean_text(card.text, Word("the card")))

    def _card_row(self, card: NewCard, position: int, **origins: int | None) -> Card:
        """The stored row of a checked new post-it (its fields are the row's), at
        ``position`` on the board."""
        return Card(workshop_id=self.workshop_id, position=position, **asdict(card), **origins)

    def _put_back(self, removed: Sequence[Removed]) -> None:
        """Put removed notes or cards back with their ids (parents first), and the cards
        that pointed at them point at them again."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            restore_rows(session, tuple(r.row for r in removed))
            pointing = {card: r for r in removed for card in r.cards}
            for card in workshop.cards:
                if card.id in pointing:
                    setattr(card, pointing[card.id].link, pointing[card.id].row.id)

    @staticmethod
    def _check_moment(moment: str) -> None:
        if moment not in MOMENTS:
            raise RuleError("A retrospective is at the opening or at the close of the day.")

    @staticmethod
    def _check_column(column: str) -> None:
        if column not in COLUMNS:
            raise RuleError("The columns are: {columns}.", columns=", ".join(COLUMNS.values()))

    @staticmethod
    def _check_colour(colour: str) -> None:
        if colour not in COLOURS:
            raise RuleError("Post-its come in {colours}.", colours=", ".join(COLOURS))

    def _check_origins(
        self, session: Session, retro_item_id: int | None, past_key_result_id: int | None
    ) -> None:
        if retro_item_id is not None:
            self._get(session, RetroItem, retro_item_id, Word("retrospective note"))
        if past_key_result_id is not None:
            past = session.get(PastKeyResult, past_key_result_id)
            if past is None:
                raise Gone("That key result of last cycle is no longer in this workshop.")

    @staticmethod
    def _next_position(items: list[RetroItem], moment: str, column: str) -> int:
        same = [i.position for i in items if i.board == moment and i.column == column]
        return max(same, default=-1) + 1

    @staticmethod
    def _place_in_column(items: list[RetroItem], item: RetroItem) -> int:
        same = [i for i in items if i.board == item.board and i.column == item.column]
        return same.index(item)

    @staticmethod
    def _retro_view(item: RetroItem) -> RetroItemView:
        return RetroItemView(
            item.id, item.board, item.column, item.text, item.position, item.author_id
        )

    @staticmethod
    def _card_view(card: Card, grouped: tuple[int, ...]) -> CardView:
        return view_of(CardView, card, grouped=grouped)


def _grouped_into(cards: list[Card]) -> dict[int, tuple[int, ...]]:
    """The cards grouped into each card, in board order: one pass, however big the board."""
    children: dict[int, list[int]] = {}
    for card in cards:
        if card.cluster_id is not None:
            children.setdefault(card.cluster_id, []).append(card.id)
    return {parent: tuple(ids) for parent, ids in children.items()}
