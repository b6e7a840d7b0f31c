"""Pictures of the objective and key-result pages at 1920x1080, with the example workshop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.pages.render_okr_pictures [kind ...]

writes docs/pictures/pages/<kind>.png for each page (all of them when no kind is given).
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import save_picture
from tests.ui.windows import picture_app
from ui.commands import UndoStack
from ui.pages.context import PageContext
from workshop.store import open_store

PICTURES = Path(__file__).resolve().parents[3] / "docs" / "pictures" / "pages"
SIZE = (1920, 1080)

Stage = Callable[[okr_example.Example], okr_example.Example]
PAGES: dict[str, tuple[str, str]] = {
    "draft_objective": ("drafting", "with_objectives"),
    "okr_story": ("story", "with_story"),
    "write_measures": ("measures", "with_key_results"),
    "quality_check": ("quality", "with_answers"),
    "refine": ("quality", "with_thresholds"),
    "champions": ("champions", "with_picks"),
    "initiatives": ("plans", "with_plans"),
    "comms_plan": ("plans", "with_plans"),
    "worksheet": ("worksheet", "with_worksheet"),
    "refresher": ("team", "with_objectives"),
    "choose_key_results": ("team", "with_key_results"),
    "next_steps": ("team", "with_plans"),
}
"""Each kind: its page module in ui.pages, and how far the example workshop has got."""


def typing_a_draft(page: Any) -> None:
    """The room half way through rewording the third objective, before the edit is saved."""
    page.choose(page.model.rows[2].id)
    page.editor.text.setPlainText("Stop getting paged at night by moving to 3 new alert rules")


def item(row: int) -> Callable[[Any], None]:
    """The row of the page's list that the room is looking at."""
    return lambda page: page.list.setCurrentIndex(page.model.index(row, 0))


POSES: dict[str, Callable[[Any], None]] = {
    "draft_objective": typing_a_draft,
    "write_measures": item(3),
    "quality_check": item(1),
    "refine": item(1),
}
"""What a person has done on the page when it is pictured."""


def render(kind: str, folder: Path, app: QApplication) -> Path:
    module_name, stage_name = PAGES[kind]
    module = importlib.import_module(f"ui.pages.{module_name}")
    make_page: Callable[[PageContext, str], QWidget] = module.make_page
    stage: Stage = getattr(okr_example, stage_name)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch) / "example.sqlite")
        try:
            example = stage(okr_example.platform_workshop(store))
            context = PageContext(store, example.workshop_id, example.engine, UndoStack())
            page = make_page(context, kind)
            target = save_picture(page, folder / f"{kind}.png", *SIZE, POSES.get(kind))
        finally:
            store.close()
    return target


def main(kinds: list[str]) -> None:
    app = picture_app()
    PICTURES.mkdir(parents=True, exist_ok=True)
    for kind in kinds or list(PAGES):
        print(render(kind, PICTURES, app))


if __name__ == "__main__":
    main(sys.argv[1:])
