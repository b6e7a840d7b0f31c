"""The team workshop's steps: the refresher, and the executive pages gathered as tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from facilitation.templates import load_template, template_names
from tests.ui.pages.workshop_room import fresh, room
from ui.pages import PAGE_MODULES, page_for
from ui.pages.team import PARTS, RefresherPage, StepTabs
from ui.theme import stylesheet
from workshop.store import Store


def test_the_refresher_shows_the_elements_of_a_good_okr(qtbot: QtBot, store: Store) -> None:
    page = page_for("refresher", room(store, template="team"))
    # The app's stylesheet, on the page only: changing the application's own while
    # other tests' windows wait to be deleted is what Qt does not survive.
    page.setStyleSheet(stylesheet("dark"))
    qtbot.addWidget(page)
    assert isinstance(page, RefresherPage)
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "A key result shows we are getting there" in texts
    page.resize(1920, 1080)
    page.show()
    qtbot.waitExposed(page)
    assert all(label.fontInfo().pixelSize() >= 24 for label in page.findChildren(QLabel))


@pytest.mark.parametrize("kind", sorted(PARTS))
def test_each_team_step_gathers_its_pages_as_tabs(qtbot: QtBot, store: Store, kind: str) -> None:
    page = page_for(kind, room(store, template="team"))
    qtbot.addWidget(page)
    assert isinstance(page, StepTabs)
    assert [page.tabText(i) for i in range(page.count())] == [label for label, _ in PARTS[kind]]


def test_post_its_typed_in_the_choose_objectives_step_are_stored(
    qtbot: QtBot, store: Store
) -> None:
    context = room(store, template="team")
    page = page_for("choose_objectives", context)
    qtbot.addWidget(page)
    assert isinstance(page, QTabWidget)
    page.resize(1600, 900)
    page.show()
    board = page.widget(0)
    entry = next(e for e in board.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(entry, "Every team ships on a Friday without fear")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [c.text for c in fresh(context).boards.cards()] == [
        "Every team ships on a Friday without fear"
    ]
    page.setCurrentIndex(1)
    page.setCurrentIndex(2)


def test_the_list_of_page_modules_agrees_with_what_each_module_serves() -> None:
    served = {kind: name for name, builder_kinds in _modules_and_kinds() for kind in builder_kinds}
    assert served == PAGE_MODULES


def test_every_kind_of_both_agendas_has_a_page_of_its_own() -> None:
    kinds = {step.kind for name in template_names() for step in load_template(name).steps}
    assert kinds <= set(PAGE_MODULES)


def _modules_and_kinds() -> list[tuple[str, tuple[str, ...]]]:
    import importlib

    found = []
    for name in sorted(set(PAGE_MODULES.values())):
        module = importlib.import_module(f"ui.pages.{name}")
        found.append((name, tuple(module.KINDS)))
    return found
