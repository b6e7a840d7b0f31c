"""Sentences for the room, written once in English and said in the window's language.

A message is an English template with named values:
``Message("No votes left: you have placed all {count}.", count=3)``. ``str()`` of it
is the English sentence (the command line and the logs show that); the window
translates the template and formats it with the same values. A value that is itself
one of the product's words (a field's name, a kind of thing) is a ``Word``, so the
window says it in its language too; a value that is a message or an error that says
one is said in the window's language as a whole.

The rules' refusals, the store's faults, the import's and the export's errors all
carry one (``SayingError``); this module imports nothing, so every layer may.
``make translations`` finds the templates where they are written: it reads the calls
of ``Message``, ``Word`` and each error that says one as Qt's ``QT_TR_NOOP``, so a
template must be a string literal written in that call.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Self


class Word(str):
    """One of the product's words used as a value of a message ("the card").

    It reads as English text; the window shows it in its own language. Its German
    is written in the nominative, so each German template places it where the
    nominative reads right.
    """


class Message:
    """A sentence for the room: an English template and the values it names."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values: Mapping[str, object] = values

    def __str__(self) -> str:
        return self.template.format(**self.values)

    def __repr__(self) -> str:
        return f"Message({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, dict(self.values)) == (other.template, dict(other.values))

    def __hash__(self) -> int:
        return hash(self.template)


class SayingError(Exception):
    """An error whose message is written for the person in the room.

    ``str(error)`` is the English sentence; ``error.message`` keeps its template and
    values for the window to say it in its language.
    """

    def __init__(self, template: str, /, **values: object) -> None:
        self.message = Message(template, **values)
        super().__init__(str(self.message))

    @classmethod
    def saying(cls, message: Message) -> Self:
        """The error that says an already composed message."""
        return cls(message.template, **message.values)


def said(
    message: Message, translated: Callable[[str], str], marks: tuple[str, str] = (",", ".")
) -> str:
    """``message`` in another language: ``translated`` gives a template's or a word's text
    there, and ``marks`` are its digit grouping and decimal mark.

    Its words are translated too, a nested message or error is said whole, and
    numbers take the language's marks. A translation that does not fit its values (a
    placeholder mistyped) gives the English sentence rather than losing the message.
    """

    def value(given: object) -> object:
        if isinstance(given, Word):
            return translated(given)
        if isinstance(given, Message):
            return said(given, translated, marks)
        if isinstance(given, SayingError):
            return said(given.message, translated, marks)
        if isinstance(given, int | float) and not isinstance(given, bool):
            return _Marked(given, marks)
        return given

    values = {name: value(given) for name, given in message.values.items()}
    try:
        return translated(message.template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(message)


class _Marked:
    """A number of a message, written with a language's digit grouping and decimal mark."""

    def __init__(self, value: float, marks: tuple[str, str]) -> None:
        self.value = value
        self.marks = {",": marks[0], ".": marks[1]}

    def __format__(self, spec: str) -> str:
        return "".join(self.marks.get(ch, ch) for ch in format(self.value, spec))
