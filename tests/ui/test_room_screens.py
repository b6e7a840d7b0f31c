"""Every page of both agendas fits the screens rooms have, with the agenda shown and hidden.

The real main window at 1280x720, 1366x768, 1600x900 and 1920x1080 walks every step
of a full day (each tab of the team workshop's steps, each screen of the voting
booth, and the embedding worksheet's own window) and fails on a page that scrolls
sideways, a control whose right edge is hidden, a squeezed button or more than one
scroll bar that moves, and on words in type too small for the back of the room.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.clocks import FakeClock, FakeWall
from tests.ui.room_screens import (
    ROOM_SCREENS,
    a_days_work,
    booth_screens,
    every_page,
    settle,
    type_too_small,
    what_does_not_fit,
)
from ui.cockpit import Cockpit
from ui.commands import set_end_time
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.booth import BoothPage
from ui.pages.drafting import DraftingPage
from workshop.store import Store

SIZES = [pytest.param(size, id=f"{size[0]}x{size[1]}") for size in ROOM_SCREENS]
SMALLEST_AND_LARGEST = [SIZES[0], SIZES[-1]]
AGENDA = [pytest.param(True, id="agenda-shown"), pytest.param(False, id="agenda-hidden")]


def opened(
    make_window: Callable[[Store], MainWindow], store: Store, template: str, size: tuple[int, int]
) -> tuple[MainWindow, Cockpit]:
    """The main window at this size on a day's work; the caller keeps the window alive."""
    example = a_days_work(store, template)
    window = make_window(store)
    cockpit = window.open_workshop(example.workshop_id)
    assert cockpit is not None
    window.resize(*size)
    settle()
    assert (window.width(), window.height()) == size, "the window is wider than the screen"
    return window, cockpit


def page_at(cockpit: Cockpit, kind: str) -> QWidget:
    """Go to the first step of this kind and return its page, laid out."""
    step = next(s for s in cockpit.engine.agenda.steps() if s.kind == kind)
    cockpit.go_to(step.id)
    settle()
    page = cockpit.page_area.widget()
    assert page is not None
    return page


def show_agenda(cockpit: Cockpit, shown: bool) -> None:
    if cockpit.show_agenda_action.isChecked() != shown:
        cockpit.show_agenda_action.trigger()
    settle()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("template", ["executive", "team"])
def test_every_page_shows_whole_on_the_rooms_screens(
    make_window: Callable[[Store], MainWindow],
    store: Store,
    template: str,
    size: tuple[int, int],
) -> None:
    _window, cockpit = opened(make_window, store, template, size)
    problems = []
    for shown in (True, False):
        show_agenda(cockpit, shown)
        agenda = "with the agenda" if shown else "without the agenda"
        for page in every_page(cockpit, voting_booth=False):
            found = what_does_not_fit(cockpit.page_area) + type_too_small(cockpit.page_area)
            problems += [f"{page}, {agenda}: {p}" for p in found]
    assert problems == []


@pytest.mark.parametrize("size", SIZES)
def test_every_screen_of_the_voting_booth_shows_whole(
    make_window: Callable[[Store], MainWindow], store: Store, size: tuple[int, int]
) -> None:
    _window, cockpit = opened(make_window, store, "executive", size)
    page = page_at(cockpit, "objective_vote")
    assert isinstance(page, BoothPage)
    problems = []
    seen = []
    for screen in booth_screens(cockpit.engine, page):
        settle()
        seen.append(screen)
        problems += [f"{screen}: {p}" for p in what_does_not_fit(cockpit.page_area)]
    assert problems == []
    assert page.results.tie_boxes, "the last screen shows a tie at the cut line"
    runoff = page.results.tie_boxes[0].runoff
    assert runoff.isVisible() and runoff.text() == "Run-off among these"


def top_on_page(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


@pytest.fixture(params=SMALLEST_AND_LARGEST)
def edge_size(request: pytest.FixtureRequest) -> tuple[int, int]:
    size: tuple[int, int] = request.param
    return size


@pytest.fixture(params=AGENDA)
def agenda_shown(request: pytest.FixtureRequest) -> bool:
    return bool(request.param)


@pytest.fixture
def executive_day(
    make_window: Callable[[Store], MainWindow],
    store: Store,
    edge_size: tuple[int, int],
    agenda_shown: bool,
) -> Iterator[Cockpit]:
    """The executive day's cockpit on the smallest and the largest screen, with the
    agenda shown and hidden; the window lives as long as the test."""
    _window, cockpit = opened(make_window, store, "executive", edge_size)
    show_agenda(cockpit, agenda_shown)
    yield cockpit


def test_the_drafting_lists_title_stays_on_top_of_its_list_as_the_checks_grow(
    qtbot: QtBot, executive_day: Cockpit
) -> None:
    page = page_at(executive_day, "draft_objective")
    assert isinstance(page, DraftingPage)
    text = page.editor.text
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
    text.selectAll()
    qtbot.keyClicks(text, "Stop getting paged at night by moving to 3 new alert rules")
    settle()
    assert len(page.editor.findings.messages()) >= 3, "the checks beside the text grew"
    title = page.list_title
    gap = top_on_page(page.list, page) - (top_on_page(title, page) + title.height())
    assert 0 <= gap <= 16, f"{gap} px between the list's title and the list"


def test_the_voter_sees_the_first_row_of_cards_whole(qtbot: QtBot, executive_day: Cockpit) -> None:
    page = page_at(executive_day, "objective_vote")
    assert isinstance(page, BoothPage)
    screens = booth_screens(executive_day.engine, page)
    while next(screens) != "a voter's ballot":
        pass
    settle()
    screen = page.voter_screen
    assert screen.who.text() == "Ines is voting"
    assert screen.left.isVisible() and screen.keys.isVisible() and screen.rule.isVisible()
    view = screen.view
    first_row = [view.visualRect(view.model().index(n, 0)) for n in range(4)]
    assert len({card.top() for card in first_row}) == 1, "four cards stand in the first row"
    area = executive_day.page_area.viewport()
    for card in first_row:
        bottom = view.viewport().mapTo(area, card.bottomRight())
        assert 0 <= bottom.y() < area.height(), (
            f"a card ends {bottom.y()} px down, below the screen"
        )
    assert executive_day.page_area.verticalScrollBar().value() == 0


@pytest.mark.parametrize("size", SIZES)
def test_the_embedding_worksheet_window_shows_whole(
    qtbot: QtBot, make_window: Callable[[Store], MainWindow], store: Store, size: tuple[int, int]
) -> None:
    _window, cockpit = opened(make_window, store, "executive", size)
    cockpit.worksheet_action.trigger()
    window = cockpit.worksheet_window
    assert window is not None
    qtbot.waitExposed(window)
    window.resize(*size)
    settle()
    assert what_does_not_fit(window.area) == []


@pytest.mark.parametrize("size", SMALLEST_AND_LARGEST)
def test_the_timer_bar_keeps_its_height_through_the_day(
    make_window: Callable[[Store], MainWindow],
    store: Store,
    clock: FakeClock,
    wall: FakeWall,
    size: tuple[int, int],
) -> None:
    """Long step titles, time up, advice about the end of the day: the page never jumps."""
    _window, cockpit = opened(make_window, store, "executive", size)
    bar = cockpit.timer_bar
    cockpit.run(set_end_time(cockpit.engine.agenda, wall() + dt.timedelta(hours=1)))
    heights = set()
    seen_time_up = seen_advice = False
    cockpit.start_action.trigger()
    for _step in cockpit.engine.agenda.steps()[:-1]:
        for minutes in (1, 25):
            clock.advance(minutes * 60)
            cockpit.watch.refresh()
            settle()
            heights.add(bar.height())
            seen_time_up |= bar.time_up.isVisible()
            seen_advice |= bar.advice.isVisible()
        cockpit.next_action.trigger()
    assert seen_time_up and seen_advice
    assert len(heights) == 1, f"the timer bar changed height: {sorted(heights)}"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_start_screen_shows_whole_in_each_language(
    qapp: QApplication,
    make_window: Callable[[Store], MainWindow],
    store: Store,
    language: str,
    size: tuple[int, int],
) -> None:
    """German words are longer: the new-workshop form still never scrolls sideways."""
    install_language(qapp, language)
    try:
        window = make_window(store)
        window.resize(*size)
        window.show()
        settle()
        start = window.start_screen
        assert start is not None
        assert (window.width(), window.height()) == size, "the window is wider than the screen"
        assert what_does_not_fit(start.form_area) == []
        assert start.open_file.isVisible() and start.new_file.isVisible()
    finally:
        install_language(qapp, "en")
