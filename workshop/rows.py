"""Copies of stored rows, so that a removal can be undone with nothing lost, and the
frozen views read from them.

A removed row is kept as its column values; putting it back inserts the same values
with the same id, so everything that pointed at it points at it again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from workshop.models import Base
from workshop.store import StoreError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

ViewT = TypeVar("ViewT", bound="DataclassInstance")


def view_of(view: type[ViewT], row: object, **given: Any) -> ViewT:
    """The frozen ``view`` of a stored row: each field the row's attribute of the same
    name, but for the ones ``given`` (worked out, or read elsewhere)."""
    read = {f.name: getattr(row, f.name) for f in fields(view) if f.name not in given}
    return view(**read, **given)


@dataclass(frozen=True)
class RowCopy:
    model: type[Base]
    values: tuple[tuple[str, Any], ...]

    @property
    def id(self) -> int:
        return int(dict(self.values)["id"])


def copy_row(row: Base) -> RowCopy:
    mapper = inspect(type(row))
    return RowCopy(
        type(row), tuple((attr.key, getattr(row, attr.key)) for attr in mapper.column_attrs)
    )


class NotRestorable(StoreError):
    """What was removed cannot come back: something new has taken its place."""


def restore_rows(session: Session, copies: tuple[RowCopy, ...]) -> None:
    """Insert the copies again, parents first (the order they were copied in).

    Within one undo history nothing newer can hold a removed row's id. Another window
    on the same file can: then the removal stays, with a message instead of a failure.
    """
    try:
        for copy in copies:
            session.add(copy.model(**dict(copy.values)))
            session.flush()
    except IntegrityError as error:
        raise NotRestorable(
            "This cannot be put back: something added since, perhaps in another window, "
            "has taken its place."
        ) from error
