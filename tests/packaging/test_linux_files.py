"""The Linux tarball's launcher, desktop entry and add-to-menu script, run for real
in a temporary folder with a stand-in for the built program."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING

LINUX = PACKAGING / "linux"

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or shutil.which("sh") is None, reason="Linux shell scripts"
)

# A folder name that needs every kind of quoting a desktop entry has.
HOSTILE_FOLDER = 'R&D <team> "Q1" $HOME 100% a\\b ü'


def unpacked(tmp_path: Path) -> Path:
    """The tarball's files in a folder, with a program that prints its arguments."""
    folder = tmp_path / HOSTILE_FOLDER
    (folder / "app").mkdir(parents=True)
    for name in ("okr-workshop", "add-to-menu", "okr-workshop.desktop", "README.txt"):
        shutil.copy2(LINUX / name, folder / name)
    shutil.copy2(PACKAGING / "okr-workshop.svg", folder / "okr-workshop.svg")
    program = folder / "app" / "okr-workshop"
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$@"\n')
    program.chmod(0o755)
    return folder


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def exec_words(value: str) -> list[str]:
    """The Exec line's arguments as the desktop entry specification reads them."""
    value = value.replace("\\\\", "\\")  # the string escape comes first
    words, word, quoted, chars = [], "", False, iter(value)
    for char in chars:
        if quoted and char == "\\":
            word += next(chars)
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += char
    words.append(word)
    return [w.replace("%%", "%") for w in words if w]


def test_the_launcher_runs_the_app_with_its_arguments_through_a_link(tmp_path: Path) -> None:
    folder = unpacked(tmp_path)
    link = tmp_path / "bin" / "okr-workshop"
    link.parent.mkdir()
    link.symlink_to(folder / "okr-workshop")

    result = subprocess.run(
        [str(link), "export", "--out", "my sheets"], capture_output=True, text=True, check=True
    )

    assert result.stdout.splitlines() == ["export", "--out", "my sheets"]


def test_the_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = desktop_entry(LINUX / "okr-workshop.desktop")

    assert entry["Type"] == "Application"
    assert entry["Name"] == "OKR Workshop"
    assert entry["Exec"] == "okr-workshop"
    assert entry["Icon"] == "okr-workshop"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_add_to_menu_points_the_menu_at_the_folder_it_is_in(tmp_path: Path) -> None:
    folder = unpacked(tmp_path)
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}

    subprocess.run([str(folder / "add-to-menu")], env=env, check=True, capture_output=True)

    entry = desktop_entry(home / "data" / "applications" / "okr-workshop.desktop")
    assert exec_words(entry["Exec"]) == [str(folder / "okr-workshop")]
    assert entry["Name"] == "OKR Workshop"
    icon = home / "data" / "icons" / "hicolor" / "scalable" / "apps" / "okr-workshop.svg"
    assert icon.read_bytes() == (PACKAGING / "okr-workshop.svg").read_bytes()
    command = home / ".local" / "bin" / "okr-workshop"
    result = subprocess.run([str(command), "list"], capture_output=True, text=True, check=True)
    assert result.stdout == "list\n"

    subprocess.run([str(folder / "add-to-menu"), "--remove"], env=env, check=True)

    assert not (home / "data" / "applications" / "okr-workshop.desktop").exists()
    assert not icon.exists()
    assert not command.exists()
