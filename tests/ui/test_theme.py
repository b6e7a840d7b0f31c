"""The themes: every colour read on another is legible (WCAG AA), and every colour of
the window comes from the theme file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.theme import THEMES, apply_theme, colour, colours, current_theme, stylesheet, theme_file

UI = Path(__file__).resolve().parents[2] / "ui"
NEEDED = {"text": 4.5, "large": 3.0, "part": 3.0}
"""WCAG 2.1 AA: 4.5:1 for text, 3:1 for large text and for the parts of a control."""


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == 1


@pytest.mark.parametrize("theme", THEMES)
def test_every_colour_read_on_another_meets_wcag_aa(theme: str) -> None:
    palette = colours(theme)
    too_faint = []
    for pair in theme_file()["pairs"]:
        for back in pair["on"]:
            ratio = contrast(palette[pair["colour"]], palette[back])
            if ratio < NEEDED[pair["kind"]]:
                too_faint.append(f"{pair['colour']} on {back}: {ratio:.2f}")
    assert too_faint == []


def test_every_colour_of_every_theme_is_checked_or_only_a_line() -> None:
    data = theme_file()
    names = [set(palette) for palette in data["themes"].values()]
    assert all(found == names[0] for found in names), "every theme names the same colours"
    checked = set(data["lines"])
    for pair in data["pairs"]:
        checked |= {pair["colour"], *pair["on"]}
    assert names[0] - checked == set()
    assert checked - names[0] == set()
    assert all(re.fullmatch(r"#[0-9A-F]{6}", value) for value in data["themes"]["dark"].values())


def test_the_three_themes_are_in_the_file() -> None:
    assert set(theme_file()["themes"]) == set(THEMES)
    assert len({stylesheet(theme) for theme in THEMES}) == 3


def test_no_colour_is_written_in_the_window_code() -> None:
    written = []
    for source in sorted(UI.rglob("*.py")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9A-Fa-f]{6}\b|rgba?\(|Qt\.GlobalColor\.", line):
                written.append(f"{source.relative_to(UI)}:{number}")
    assert written == []


def test_painted_colours_follow_the_theme_on_screen(qapp: QApplication) -> None:
    apply_theme(qapp, "dark")
    assert current_theme() == "dark"
    assert colour("kept").name().upper() == colours("dark")["kept"]
    apply_theme(qapp, "contrast")
    assert colour("kept").name().upper() == colours("contrast")["kept"]
    apply_theme(qapp, "no such theme")
    assert current_theme() == "light"
