"""The window's language: English, the language the code is written in, or German.

Every string a person sees goes through Qt's translation system: ``self.tr()`` in
QObject classes, ``translate(context, text)`` elsewhere. The German texts live in
``resources/translations/okr_workshop_de.ts`` and are compiled to the ``.qm`` beside
it (``make translations``). Qt's own German (the Yes and Cancel of its dialogs) comes
with PySide6.

The language is chosen once, at start: ``--language`` on the command line, else the
one picked in the View menu, else the system's. Changing it also sets Qt's default
locale, which the export dialog reads for the language of the sheets.

The rules' refusals and notes, the store's faults and the import's and the export's
errors (``okr_rules.messages``) are written in English as templates with values;
``message_text`` and ``refusal_text`` say them in the window's language. lupdate
files their templates under the unnamed context.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import TypeVar, cast, overload

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from exports.language import DEFAULT_LANGUAGE as SOURCE_LANGUAGE
from exports.language import LANGUAGES as LANGUAGES
from okr_rules.messages import Message, SayingError, said

CATALOGUE = "okr_workshop"

translate = QCoreApplication.translate
"""``translate(context, text)``: the text in the window's language (lupdate reads these calls)."""

_installed: list[QTranslator] = []


def translations_folder() -> str:
    return str(resources.path("translations"))


def system_language() -> str:
    """The system's language if the window speaks it, else English."""
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def choose_language(asked: str | None, remembered: str) -> str:
    """The command line's choice, else the remembered one, else the system's."""
    for language in (asked, remembered):
        if language in LANGUAGES:
            return str(language)
    return system_language()


def current_language() -> str:
    """The language the window speaks now."""
    language = QLocale().name().split("_")[0]
    return language if language in LANGUAGES else SOURCE_LANGUAGE


def install_language(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` from now on: load its translations and make it the default locale.

    Widgets made afterwards read the new language; widgets already on screen keep
    their words until they are made again.
    """
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, translations_folder()), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed.append(translator)


K = TypeVar("K")
V = TypeVar("V")


def _translated(context: str, value: V) -> V:
    if isinstance(value, str):
        return cast(V, translate(context, value))
    if isinstance(value, tuple):
        return cast(V, tuple(_translated(context, item) for item in value))
    return value


class Words(Mapping[K, V]):
    """A table of words written in English, read in the window's language.

    Its texts are marked with ``QT_TRANSLATE_NOOP(context, ...)`` where it is
    written, at import, and translated each time one is read, so a table made before
    the language was chosen still reads in it. Tuples are translated item by item.
    """

    def __init__(self, context: str, words: Mapping[K, V]) -> None:
        self._context = context
        self._words = dict(words)

    def __getitem__(self, key: K) -> V:
        return _translated(self._context, self._words[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


class Rows(Sequence[V]):
    """A list of rows written in English, read in the window's language (see ``Words``)."""

    def __init__(self, context: str, rows: Sequence[V]) -> None:
        self._context = context
        self._rows = tuple(rows)

    @overload
    def __getitem__(self, index: int) -> V: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[V]: ...

    def __getitem__(self, index: int | slice) -> V | Sequence[V]:
        if isinstance(index, slice):
            return [_translated(self._context, row) for row in self._rows[index]]
        return _translated(self._context, self._rows[index])

    def __len__(self) -> int:
        return len(self._rows)


RULES_CONTEXT = ""
"""The context of the messages' templates and words: lupdate reads them as ``QT_TR_NOOP``."""


def message_text(message: Message) -> str:
    """A message of the rules in the window's language, its words and numbers too."""
    locale = QLocale()
    return said(
        message,
        lambda text: translate(RULES_CONTEXT, text),
        (locale.groupSeparator(), locale.decimalPoint()),
    )


def refusal_text(error: BaseException) -> str:
    """What the window says for a refusal or a fault: in the window's language when it
    carries a message (a rule's, the store's, an import's, an export's), else as it is."""
    if isinstance(error, SayingError):
        return message_text(error.message)
    return str(error)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is written; ``translate`` reads it later."""
    return text
