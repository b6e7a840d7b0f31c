"""What takes one engine action back.

Every engine method that changes the workshop returns an ``Undo``: the engine method
that takes the change back, with what it needs. Calling it takes the change back and
returns the ``Undo`` that does it again, so an action can go back and forth any number
of times. A removal's undo restores the very rows it removed, with their ids, so
everything that points at them (a vote, a link, an undo further down the history)
still finds them.

A method that adds something returns the id it made instead; removing that id is its
undo (see ``Undo.of_added``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Undo:
    """An engine method and its arguments that take one change back."""

    method: Callable[..., Undo]
    args: tuple[Any, ...] = ()
    fields: Mapping[str, Any] = field(default_factory=dict)
    """Keyword arguments: the old values of the fields an edit changed."""
    made: int | None = None
    """The id an add made, when this is the undo of an add."""

    def __call__(self) -> Undo:
        return self.method(*self.args, **self.fields)

    @classmethod
    def of_added(cls, remove: Callable[[int], Undo], made_id: int) -> Undo:
        """The undo of adding ``made_id``: removing it."""
        return cls(remove, (made_id,), made=made_id)

    @classmethod
    def together(cls, undos: Sequence[Undo]) -> Undo:
        """Several changes made as one action, taken back last first."""
        return cls(_all, (tuple(undos),))


def _all(undos: tuple[Undo, ...]) -> Undo:
    return Undo.together([undo() for undo in reversed(undos)])
