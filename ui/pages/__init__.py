"""The page shown for the current step, chosen by the step's kind.

A module in this package that defines ``KINDS`` (the step kinds it serves) and
``make_page(context, kind)`` is the page for those kinds. ``PAGE_MODULES`` says which
module serves which kind, so that showing a step imports only its own page: the
cockpit of a stored workshop opens without loading every page first. A test checks
that the list and the modules' ``KINDS`` agree. Every other kind is a step the
facilitator added themselves, and gets the custom step page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ui.pages.base import Leaving
from ui.pages.context import PageContext
from ui.pages.custom_step import CustomStepPage

PageBuilder = Callable[[PageContext, str], QWidget]


PAGE_MODULES = {
    "score_last_cycle": "scoring",
    "retrospective": "retro",
    "close_retro": "retro",
    "objective_postits": "postits",
    "objective_vote": "booth",
    "kr_vote": "booth",
    "draft_objective": "drafting",
    "okr_story": "story",
    "write_measures": "measures",
    "quality_check": "quality",
    "refine": "quality",
    "champions": "champions",
    "initiatives": "plans",
    "comms_plan": "plans",
    "worksheet": "worksheet",
    "refresher": "team",
    "choose_objectives": "team",
    "choose_key_results": "team",
    "ambition_check": "team",
    "next_steps": "team",
}


def custom_step_page(context: PageContext, kind: str) -> QWidget:
    """The page of a step the facilitator added themselves, which no module serves."""
    return CustomStepPage(context)


def let_go(page: QWidget | None) -> None:
    """A page leaves for good: it saves what is typed and stops following the history."""
    if isinstance(page, Leaving):
        page.let_go()


def page_for(kind: str, context: PageContext) -> QWidget:
    """The page for a step of this kind, importing only the module that serves it."""
    name = PAGE_MODULES.get(kind)
    if name is None:
        return custom_step_page(context, kind)
    module = importlib.import_module(f"{__name__}.{name}")
    builder: PageBuilder = module.make_page
    return builder(context, kind)


__all__ = ["PAGE_MODULES", "PageContext", "custom_step_page", "let_go", "page_for"]
