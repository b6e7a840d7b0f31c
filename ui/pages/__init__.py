"""The page shown for the current step, chosen by the step's kind.

Every kind has a placeholder page for now; a kind gets its own page by adding
its builder to ``PAGE_BUILDERS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.pages.context import PageContext
from ui.pages.placeholder import PlaceholderPage

PageBuilder = Callable[[PageContext], QWidget]

PAGE_BUILDERS: dict[str, PageBuilder] = {}


def page_for(kind: str, context: PageContext) -> QWidget:
    """The page for a step of this kind."""
    builder = PAGE_BUILDERS.get(kind, PlaceholderPage)
    return builder(context)


__all__ = ["PAGE_BUILDERS", "PageContext", "page_for"]
