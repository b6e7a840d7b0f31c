"""The screens a workshop is run on, a day's work to fill every page, and what "fits" means.

A page fits when nothing on it can scroll sideways, no control's right edge is
hidden, no button or one-line label is squeezed narrower than its words, and at most
one vertical scroll bar can move.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from facilitation.engine import WorkshopEngine
from tests.ui.pages import okr_example, pictures
from tests.ui.pages.pictures import add_post_its
from ui.cockpit import Cockpit
from ui.pages.booth import BoothPage
from workshop.store import Store

ROOM_SCREENS = [(1280, 720), (1366, 768), (1600, 900), (1920, 1080)]
"""A common projector, a common laptop, a larger laptop and a full-HD projector or TV."""

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractScrollArea, QLabel)


def a_days_work(store: Store, template: str) -> okr_example.Example:
    """A workshop of this template with something on every page, as after a long day."""
    example = okr_example.platform_workshop(store, template=template)
    for stage in (
        okr_example.with_worksheet,
        okr_example.with_plans,
        okr_example.with_story,
        okr_example.with_answers,
        okr_example.with_thresholds,
    ):
        stage(example)
    engine = example.engine
    pictures.fill_scoring(engine)
    for moment, notes in (
        ("opening", pictures.OPENING_NOTES),
        ("closing", pictures.CLOSING_NOTES),
    ):
        for column, texts in notes.items():
            for text in texts:
                engine.boards.add_retro_item(moment, column, text)
    return example


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f" “{shown[:40]}”" if isinstance(shown, str) and shown else ""


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"


def _right(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(widget.width(), 0)).x()


def _hidden_right(widget: QWidget, page: QWidget, edge: int) -> int:
    """How many pixels of the widget's right side its parents or the screen cut off."""
    cut = _right(widget) - edge
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        cut = max(cut, _right(widget) - _right(parent))
        parent = parent.parentWidget()
    return cut


def _squeezed(widget: QWidget) -> bool:
    """A button or a one-line label narrower than its words, so the end is cut off."""
    if isinstance(widget, QLabel):
        if widget.wordWrap() or not widget.text() or widget.textFormat() == Qt.TextFormat.RichText:
            return False
        return widget.width() + 1 < widget.minimumSizeHint().width()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.width() + 1 < widget.minimumSizeHint().width()
    return False


def what_does_not_fit(area: QAbstractScrollArea) -> list[str]:
    """Everything in a page's scrolling area that the room would not see whole."""
    found = []
    scrolling = [area, *area.findChildren(QAbstractScrollArea)]
    for scroller in scrolling:
        bar = scroller.horizontalScrollBar()
        if scroller.isVisible() and bar.maximum() > 0:
            found.append(f"{_name(scroller)} scrolls sideways by {bar.maximum()} px")
    moving = [
        s
        for s in scrolling
        if s.isVisible()
        and not isinstance(s, (QPlainTextEdit, QTextEdit))
        and s.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        and s.verticalScrollBar().maximum() > 0
    ]
    if len(moving) > 1:
        found.append(f"{len(moving)} scroll bars move: " + ", ".join(_name(s) for s in moving))
    edge = _right(area.viewport())
    page = area.widget()
    for widget in page.findChildren(QWidget) if page is not None else []:
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        cut = _hidden_right(widget, page, edge)
        if cut > 1:
            found.append(f"{_name(widget)}{_text(widget)} is cut {cut} px short")
        elif _squeezed(widget):
            found.append(f"{_name(widget)}{_text(widget)} is squeezed")
    return found


def booth_screens(engine: WorkshopEngine, page: BoothPage) -> Iterator[str]:
    """Take the objective vote's booth through its screens, naming each one shown.

    The round is set up through the engine (the booth's own tests click through it);
    each screen is then what the booth shows for that state, and the last one has a
    tie at the cut line, so the tie box with its run-off button is on screen.
    """
    voting = engine.voting
    yield "settings"
    cards = add_post_its(engine)
    page.refresh()
    yield "settings with every post-it"
    round_id = voting.open_round(
        "objectives", list(cards.values()), votes_per_person=2, max_per_option=2
    )
    options = [o.id for o in voting.round(round_id).options]
    people = [p.id for p in voting.participants()]
    page.refresh()
    yield "who votes next"
    page.choose_voter(people[0])
    page.cast(options[0])
    yield "a voter's ballot"
    page.hand_over()
    # Three cards with two votes each, tied at a cut line kept at two.
    picks = [(0, 0), (1, 1), (2, 2)]
    for person, (first, second) in zip(people[1:], picks, strict=False):
        voting.cast_vote(round_id, person, options[first])
        voting.cast_vote(round_id, person, options[second])
    voting.close(round_id)
    page.refresh()
    yield "sealed"
    voting.reveal(round_id)
    voting.set_cut_line(round_id, 2)
    page.refresh()
    yield "results with a tie at the cut"


def settle() -> None:
    """Let the layouts that a shown page asks for run to the end."""
    for _ in range(8):
        QApplication.processEvents()


def every_page(cockpit: Cockpit, *, voting_booth: bool = True) -> Iterator[str]:
    """Show every page of the cockpit's agenda and each tab, naming it.

    With `voting_booth`, each screen of the objective vote's booth is shown too.
    """
    for step in cockpit.engine.agenda.steps():
        cockpit.go_to(step.id)
        settle()
        page = cockpit.page_area.widget()
        if isinstance(page, QTabWidget):
            for tab in range(page.count()):
                page.setCurrentIndex(tab)
                settle()
                yield f"{step.title} › {page.tabText(tab)}"
        else:
            yield step.title
        if voting_booth and isinstance(page, BoothPage) and step.kind == "objective_vote":
            for screen in booth_screens(cockpit.engine, page):
                settle()
                yield f"{step.title} › {screen}"


READ_FROM_THE_BACK_PX = 24
"""The smallest type on a page; the agenda and the timer bar are the facilitator's."""


def type_too_small(area: QAbstractScrollArea) -> list[str]:
    """Words on the page in type smaller than the back of the room can read."""
    page = area.widget()
    found = []
    for widget in page.findChildren(QWidget) if page is not None else []:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            continue
        if not _text(widget):
            continue
        widget.ensurePolished()
        size = widget.font().pixelSize()
        if 0 < size < READ_FROM_THE_BACK_PX:
            found.append(f"{_name(widget)}{_text(widget)} is in {size} px type")
    return found
