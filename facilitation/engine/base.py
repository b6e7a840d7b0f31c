"""What every part of the engine shares: the store, the workshop, the clocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word
from facilitation.timer import Clock, monotonic, utc_moment
from facilitation.timer import WallClock as WallClock
from facilitation.timer import local_now as local_now
from workshop.models import Base, KeyResult, Workshop
from workshop.rows import RowCopy, copy_row, restore_rows
from workshop.store import Session, Store

ModelT = TypeVar("ModelT", bound=Base)


@dataclass(frozen=True)
class ParticipantView:
    id: int
    name: str
    role: str
    is_okr_champion: bool


class Listed(Protocol):
    """A row kept in order in one of the workshop's lists."""

    id: int
    position: int


class Gone(RuleError):
    """Something the screen showed has been removed meanwhile."""


class EnginePart:
    """One part of the engine, bound to one workshop in one store.

    Every public method that changes something is one user action: one
    transaction, committed before the method returns.
    """

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        clock: Clock = monotonic,
        wall: WallClock = local_now,
    ) -> None:
        self.store = store
        self.workshop_id = workshop_id
        self.clock = clock
        self.wall = wall
        self._opened()

    def utc_now(self) -> dt.datetime:
        """The wall clock's moment in UTC, as the store keeps moments (naive UTC)."""
        return utc_moment(self.wall)

    def _opened(self) -> None:
        """What a part sets up once it is bound to its workshop (nothing, by default)."""

    def participants(self) -> list[ParticipantView]:
        with self.store.reading() as session:
            return [
                ParticipantView(p.id, p.name, p.role, p.is_okr_champion)
                for p in self._workshop(session).participants
            ]

    def _workshop(self, session: Session) -> Workshop:
        workshop = session.get(Workshop, self.workshop_id)
        if workshop is None:
            raise Gone("This workshop is no longer in the file.")
        return workshop

    def _add_to_workshop(self, collection: str, row: Listed) -> int:
        """Put a new row at the end of one of the workshop's lists; returns its id.

        After the last position, not at the count of rows: a removal leaves a gap,
        and a row put back by undo takes its old position again.
        """
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            rows = getattr(workshop, collection)
            row.position = max((kept.position for kept in rows), default=-1) + 1
            rows.append(row)
            session.flush()
            return row.id

    def _edit_row(
        self,
        model: type[Base],
        item_id: int,
        what: Word,
        changes: Mapping[str, Any],
        edit: Callable[..., Undo],
    ) -> Undo:
        """Set checked fields of one row of this workshop; ``edit`` sets the old ones back."""
        return self._edit_found(self._finder(model, what), item_id, changes, edit)

    def _edit_found(
        self,
        find: Callable[[Session, int], object],
        row_id: int,
        changes: Mapping[str, Any],
        edit: Callable[..., Undo],
    ) -> Undo:
        """``_edit_row`` for the row that ``find`` reads; ``edit`` takes the old values
        as keyword arguments."""
        with self.store.transaction() as session:
            old = apply_fields(find(session, row_id), changes)
        return Undo(edit, (row_id,), old)

    def _set_field(
        self,
        find: Callable[[Session, int], object],
        row_id: int,
        field: str,
        value: object,
        setter: Callable[[int, Any], Undo],
    ) -> Undo:
        """Set one field of the row ``find`` reads; ``setter`` (the public method) sets the
        old value back."""
        with self.store.transaction() as session:
            row = find(session, row_id)
            old = getattr(row, field)
            setattr(row, field, value)
        return Undo(setter, (row_id, old))

    def _remove_row(
        self, model: type[Base], item_id: int, what: Word, remove: Callable[[int], Undo]
    ) -> Undo:
        """Delete one row of this workshop; its undo puts it back with its id.

        ``remove`` is the public method that removes it, to take it again after undo.
        """
        return self._remove_found(self._finder(model, what), item_id, remove)

    def _remove_found(
        self, find: Callable[[Session, int], Base], item_id: int, remove: Callable[[int], Undo]
    ) -> Undo:
        """``_remove_row`` for the row that ``find`` reads (with its own refusal when gone)."""
        with self.store.transaction() as session:
            item = find(session, item_id)
            rows = (copy_row(item),)
            session.delete(item)
        return self._undo_removal(rows, remove)

    def _undo_removal(self, rows: tuple[RowCopy, ...], remove: Callable[[int], Undo]) -> Undo:
        """What undoes removing ``rows`` (the first is the one removed, the rest hung on it):
        they come back with their ids, and ``remove`` takes them again."""
        return Undo(self._put_rows_back, (rows, Undo(remove, (rows[0].id,))))

    def _put_rows_back(self, rows: tuple[RowCopy, ...], again: Undo) -> Undo:
        """Put removed rows back with their ids (parents first); ``again`` removes them again."""
        with self.store.transaction() as session:
            restore_rows(session, rows)
        return again

    def _key_result(self, session: Session, key_result_id: int) -> KeyResult:
        """A key result of this workshop (it belongs to it through its objective)."""
        key_result = session.get(KeyResult, key_result_id)
        if key_result is None or key_result.objective.workshop_id != self.workshop_id:
            raise Gone("That key result is no longer in this workshop.")
        return key_result

    def _finder(self, model: type[ModelT], what: Word) -> Callable[[Session, int], ModelT]:
        """``_get`` for one kind of row, as the helpers that take a ``find`` call it."""
        return lambda session, item_id: self._get(session, model, item_id, what)

    def _get(self, session: Session, model: type[ModelT], item_id: int, what: Word) -> ModelT:
        """A row of this workshop, or a readable refusal when it has gone."""
        item = session.get(model, item_id)
        if item is None or _workshop_of(item) not in (None, self.workshop_id):
            raise Gone("That {what} is no longer in this workshop.", what=what)
        return item


def apply_fields(row: object, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Set these fields of a row; returns their old values, for undo."""
    old = {name: getattr(row, name) for name in changes}
    for name, value in changes.items():
        setattr(row, name, value)
    return old


def _workshop_of(item: Base) -> int | None:
    value = getattr(item, "workshop_id", None)
    return value if isinstance(value, int) else None
