"""The window's language: English, the language the code is written in, or German.

Every string a person sees goes through Qt's translation system: ``self.tr()`` in
QObject classes, ``translate(context, text)`` elsewhere. The German texts live in
``resources/translations/okr_workshop_de.ts`` and are compiled to the ``.qm`` beside
it (``make translations``). Qt's own German (the Yes and Cancel of its dialogs) comes
with PySide6.

The language is chosen once, at start: ``--language`` on the command line, else the
one picked in the View menu, else the system's. Changing it also sets Qt's default
locale, which the export dialog reads for the language of the sheets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

LANGUAGES = {"en": "English", "de": "Deutsch"}
"""The window's languages, each named in itself, as a menu lists them."""
SOURCE_LANGUAGE = "en"
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
