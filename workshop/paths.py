"""Where the app keeps its files by default: the platform's user data folder."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "okr-workshop"
DEFAULT_FILE_NAME = "workshops.sqlite"


def data_folder() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_store_path() -> Path:
    return data_folder() / DEFAULT_FILE_NAME


def log_path() -> Path:
    return data_folder() / "okr-workshop.log"
