"""Light and dark themes: one stylesheet in ``resources/styles``, two palettes.

``workshop.qss`` names its colours as ``$text``, ``$panel``...; ``themes.json`` gives
each theme's value for every name. Widgets that change look with the timer carry a
dynamic property (``phase``, ``flash``) that the stylesheet selects on.
"""

from __future__ import annotations

import json
from functools import cache
from string import Template

from PySide6.QtWidgets import QApplication, QWidget

import resources

THEMES = ("light", "dark")
DEFAULT_THEME = "light"


@cache
def palettes() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(
        resources.path("styles", "themes.json").read_text(encoding="utf-8")
    )
    return data


def colours(theme: str) -> dict[str, str]:
    """The colour of every name for a theme; an unknown theme gets the default one."""
    return palettes().get(theme, palettes()[DEFAULT_THEME])


@cache
def stylesheet(theme: str) -> str:
    source = resources.path("styles", "workshop.qss").read_text(encoding="utf-8")
    return Template(source).substitute(colours(theme))


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyleSheet(stylesheet(theme if theme in THEMES else DEFAULT_THEME))


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
        target.update()
