"""The facilitator's own settings on this computer: theme, sound, language, recent
files, where sheets were last exported and on which paper.

They are not part of any workshop, so they live in Qt's settings, not in the
workshop file. Tests pass a file of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui.theme import DEFAULT_THEME, THEMES

MAX_RECENT_FILES = 8


class Preferences:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._settings = QSettings("okr-workshop", "okr-workshop")
        else:
            self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def theme(self) -> str:
        value = str(self._settings.value("theme", DEFAULT_THEME))
        return value if value in THEMES else DEFAULT_THEME

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("theme", value)

    @property
    def muted(self) -> bool:
        return bool(self._settings.value("muted", False, type=bool))

    @muted.setter
    def muted(self, value: bool) -> None:
        self._settings.setValue("muted", value)

    @property
    def language(self) -> str:
        """The window's language picked in the View menu, or "" to follow the system."""
        return str(self._settings.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [], type=list)
        return [str(item) for item in value] if isinstance(value, list) else []

    def remember_file(self, location: str) -> None:
        files = [location] + [f for f in self.recent_files if f != location]
        self._settings.setValue("recent_files", files[:MAX_RECENT_FILES])

    @property
    def export_folder(self) -> str:
        """The folder the last sheets went to, or "" before the first export."""
        return str(self._settings.value("export/folder", "") or "")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("export/folder", value)

    @property
    def paper(self) -> str:
        """The paper ("a4", "letter") of the last export, or "" before the first one."""
        return str(self._settings.value("export/paper", "") or "")

    @paper.setter
    def paper(self, value: str) -> None:
        self._settings.setValue("export/paper", value)

    def sync(self) -> None:
        self._settings.sync()
