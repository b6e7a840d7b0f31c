"""The themes: one stylesheet in ``resources/styles``, one palette per theme.

``themes.json`` gives each theme's value for every colour name; ``workshop.qss``
names its colours as ``$text``, ``$panel``..., and painted parts (cards, dots, charts,
models' brushes) ask ``colour(name)`` for the theme on screen. The file also lists
which colour is read on which (``pairs``, checked for WCAG AA contrast by a test) and
which colours are lines that carry no meaning of their own (``lines``).

Widgets that change look with their state carry a dynamic property (``phase``,
``flash``, ``band``) that the stylesheet selects on.
"""

from __future__ import annotations

import json
from functools import cache
from string import Template
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

import resources

THEMES = ("light", "dark", "contrast")
DEFAULT_THEME = "light"
THEME_PROPERTY = "okrTheme"
"""The application's property that says which theme is on screen."""


@cache
def theme_file() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.path("styles", "themes.json").read_text(encoding="utf-8")
    )
    return data


def palettes() -> dict[str, dict[str, str]]:
    themes: dict[str, dict[str, str]] = theme_file()["themes"]
    return themes


def colours(theme: str) -> dict[str, str]:
    """The colour of every name for a theme; an unknown theme gets the default one."""
    return palettes().get(theme, palettes()[DEFAULT_THEME])


@cache
def stylesheet(theme: str) -> str:
    source = resources.path("styles", "workshop.qss").read_text(encoding="utf-8")
    return Template(source).substitute(colours(theme))


def apply_theme(app: QApplication, theme: str) -> None:
    chosen = theme if theme in THEMES else DEFAULT_THEME
    app.setProperty(THEME_PROPERTY, chosen)
    app.setStyleSheet(stylesheet(chosen))


def current_theme() -> str:
    app = QApplication.instance()
    chosen = app.property(THEME_PROPERTY) if app is not None else None
    return chosen if isinstance(chosen, str) and chosen in THEMES else DEFAULT_THEME


def colour(name: str) -> QColor:
    """A colour of the theme on screen, for what is painted rather than styled."""
    return QColor(colours(current_theme())[name])


def set_state(widget: QWidget, name: str, value: str, *, descendants: bool = False) -> None:
    """Set a property the stylesheet selects on, repolishing only on a real change.

    ``descendants`` repolishes the children too, for rules such as
    ``#timerBar[flash="on"] QLabel`` that select on a parent's property.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    targets = [widget, *widget.findChildren(QWidget)] if descendants else [widget]
    for target in targets:
        style = target.style()
        style.unpolish(target)
        style.polish(target)
        target.updateGeometry()
        target.update()
