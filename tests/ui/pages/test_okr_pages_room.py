"""Every OKR page, as the cockpit finds it: large type, a name on every control, keyboard first."""

from __future__ import annotations

import importlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.clocks import fake_engine
from tests.ui.pages import okr_example
from tests.ui.pages.okr_pages import show_page
from tests.ui.pages.render_okr_pictures import PAGES
from ui.commands import UndoStack
from ui.pages import PAGE_MODULES, page_for
from ui.pages.context import PageContext
from ui.pages.measures import MeasuresPage
from ui.pages.quality import QualityPage
from workshop.store import Store

READ_BY_THE_ROOM = (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
    QAbstractButton,
    QComboBox,
)


def shown_page(qtbot: QtBot, store: Store, kind: str) -> QWidget:
    module_name, stage = PAGES[kind]
    example = getattr(okr_example, stage)(okr_example.platform_workshop(store))
    context = PageContext(store, example.workshop_id, example.engine, UndoStack())
    page = page_for(kind, context)
    module = importlib.import_module(f"ui.pages.{module_name}")
    assert type(page).__module__ == module.__name__, "the cockpit finds the page by its kind"
    show_page(qtbot, page, 1920, 1080)
    return page


def visible(page: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in page.findChildren(kind) if w.isVisibleTo(page)]


@pytest.mark.parametrize("kind", list(PAGES))
def test_the_page_reads_from_the_back_of_the_room(qtbot: QtBot, store: Store, kind: str) -> None:
    page = shown_page(qtbot, store, kind)
    small = []
    for widget in visible(page, QWidget):
        if not isinstance(widget, READ_BY_THE_ROOM):
            continue
        widget.ensurePolished()
        size = widget.font().pixelSize()
        if size < 24:
            small.append(f"{type(widget).__name__} {widget.objectName()!r}: {size}px")
    assert small == []


@pytest.mark.parametrize("kind", list(PAGES))
def test_every_control_has_a_name_and_takes_the_keyboard(
    qtbot: QtBot, store: Store, kind: str
) -> None:
    page = shown_page(qtbot, store, kind)
    controls = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QAbstractItemView)
    unnamed = []
    for widget in visible(page, QWidget):
        if not isinstance(widget, controls) or isinstance(widget, QScrollArea | QHeaderView):
            continue
        if isinstance(widget.parent(), QComboBox | QSpinBox):
            continue  # the line inside a drop-down or a number box; the box has the name
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()
        if not name:
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, type(widget).__name__
    assert unnamed == []


def test_the_cockpit_knows_every_kind_of_this_set() -> None:
    builders = PAGE_MODULES
    kinds = (
        "draft_objective",
        "okr_story",
        "write_measures",
        "quality_check",
        "refine",
        "champions",
        "initiatives",
        "comms_plan",
        "worksheet",
    )
    assert all(kind in builders for kind in kinds)


def test_typing_is_kept_when_the_facilitator_moves_to_the_next_step(
    qtbot: QtBot, store: Store, make_window
) -> None:  # type: ignore[no-untyped-def]
    example = okr_example.with_key_results(okr_example.platform_workshop(store))
    window = make_window(store)
    cockpit = window.open_workshop(example.workshop_id)
    step = next(s for s in cockpit.engine.agenda.steps() if s.kind == "write_measures")
    cockpit.go_to(step.id)
    page = cockpit.page_area.widget()
    assert isinstance(page, MeasuresPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field = page.editor.data_source
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Pipeline events: ")
    cockpit.next_step()  # as the timer does at zero when the step is set to move on
    assert cockpit.current().kind == "quality_check"
    assert isinstance(cockpit.page_area.widget(), QualityPage)
    first = fake_engine(store, example.workshop_id).okrs.objectives()[0].key_results[0]
    assert first.data_source == "Pipeline events: Deploy pipeline events"
