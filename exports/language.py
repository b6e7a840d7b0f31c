"""The language the sheets and the OKR files are written in.

Every label of a sheet is written in English in the code and looked up in the
table of the language being written (``resources/sheets/<language>.json``, English
text to its translation). ``speaking("de")`` sets the language for one export;
``t("Page {number} of {total}", number=1, total=2)`` gives the label in it. A label
a table lacks is printed in English, and ``missing_labels`` names it, so a test can
show that no English is left.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

import resources
from okr_rules.messages import SayingError

LANGUAGES = {"en": "English", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"

_language: ContextVar[str] = ContextVar("sheet_language", default=DEFAULT_LANGUAGE)
_missing: ContextVar[set[str] | None] = ContextVar("missing_labels", default=None)


class UnknownLanguage(SayingError, ValueError):
    """A language the sheets are not written in."""


def language_named(name: str) -> str:
    """``"de"`` from "de", "DE", "de_DE" or "de-AT"; an error names the languages there are."""
    code = name.strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        known = ", ".join(f"{key} ({label})" for key, label in LANGUAGES.items())
        raise UnknownLanguage(
            "The sheets are not written in {name}. Languages: {known}.",
            name=repr(name),
            known=known,
        )
    return code


def current_language() -> str:
    return _language.get()


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Write every label inside the block in ``language``."""
    token = _language.set(language_named(language))
    try:
        yield
    finally:
        _language.reset(token)


@contextmanager
def missing_labels() -> Iterator[set[str]]:
    """The labels looked up inside the block that the language's table lacks."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


@cache
def table(language: str) -> dict[str, str]:
    """English label -> its translation; empty for English."""
    if language == DEFAULT_LANGUAGE:
        return {}
    source = resources.path("sheets", f"{language}.json")
    data: dict[str, str] = json.loads(source.read_text(encoding="utf-8"))
    return data


def decimal(text: str) -> str:
    """A number written with a decimal point, with a decimal comma in German."""
    return text.replace(".", ",") if _language.get() == "de" else text


def t(label: str, **values: object) -> str:
    """``label`` in the current language, with ``values`` put in its {placeholders}."""
    language = _language.get()
    translated = label
    if language != DEFAULT_LANGUAGE:
        known = table(language)
        if label in known:
            translated = known[label]
        else:
            missing = _missing.get()
            if missing is not None:
                missing.add(label)
    return translated.format(**values) if values else translated
