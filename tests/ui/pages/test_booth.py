"""The voting booth: private dots on one screen, the reveal, ties, the cut line, the outcome."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.clocks import fake_engine
from tests.ui.pages.okr_pages import show_made
from tests.ui.pages.workshop_room import OBJECTIVE_IDEAS, PEOPLE, fresh, room
from tests.ui.walkthrough import my_dots
from ui.pages import booth
from ui.pages.booth import BoothPage
from ui.pages.booth.ballot import BallotDelegate
from ui.pages.booth.models import (
    COUNT_ROLE,
    KEPT_ROLE,
    TIED_ROLE,
    BallotModel,
    TallyModel,
)
from ui.pages.context import PageContext
from workshop.store import Store

CANDIDATES = [
    *OBJECTIVE_IDEAS,
    "Incidents are rare and short",
    "Help requests are the exception",
    "Security checks run before anyone asks",
]


def open_page(qtbot: QtBot, context: PageContext, kind: str = "objective_vote") -> BoothPage:
    return show_made(qtbot, booth.make_page(context, kind), BoothPage, 1920, 1080)


def with_cards(store: Store, people: list[tuple[str, str]] | None = None) -> PageContext:
    context = room(store, people=people)
    for text in CANDIDATES:
        context.engine.boards.add_card(text)
    return context


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def bar_button(page: BoothPage, text: str) -> QPushButton:
    found = page.bar.control(text)
    assert found is not None, f"no {text!r} in {[b.text() for b in page.bar.buttons]}"
    return found


def name_button(page: BoothPage, name: str) -> QPushButton:
    person = next(p for p in page.people if p.name == name)
    return page.next_voter.buttons[person.id]


def row_of(page: BoothPage, label: str) -> int:
    model = page.voter_screen.model
    return next(r for r in range(model.rowCount()) if model.index(r).data() == label)


def dot(qtbot: QtBot, page: BoothPage, label: str) -> None:
    view = page.voter_screen.view
    rect = view.visualRect(page.voter_screen.model.index(row_of(page, label)))
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=rect.topLeft() + QPoint(30, 30)
    )


def take_back(qtbot: QtBot, page: BoothPage, label: str) -> None:
    view = page.voter_screen.view
    delegate = view.itemDelegate()
    assert isinstance(delegate, BallotDelegate)
    rect = view.visualRect(page.voter_screen.model.index(row_of(page, label)))
    minus = delegate.minus_rect(delegate.card_rect(rect.topLeft()))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=minus.center())


def vote(qtbot: QtBot, page: BoothPage, name: str, labels: list[str]) -> None:
    click(qtbot, name_button(page, name))
    for label in labels:
        dot(qtbot, page, label)
    click(qtbot, page.voter_screen.done)


def open_vote(qtbot: QtBot, page: BoothPage, votes: int = 3, most: int = 3) -> None:
    page.setup.votes.setValue(votes)
    page.setup.most.setValue(most)
    click(qtbot, page.setup.open_button)


def vote_open_on_the_cards(qtbot: QtBot, store: Store, votes: int = 3, most: int = 3) -> BoothPage:
    """The booth on a workshop with the candidate post-its, a vote on them opened."""
    page = open_page(qtbot, with_cards(store))
    open_vote(qtbot, page, votes, most)
    return page


def tally(page: BoothPage) -> list[tuple[str, int, bool]]:
    model: TallyModel = page.results.model
    return [
        (
            model.index(r).data(),
            model.index(r).data(COUNT_ROLE),
            model.index(r).data(TIED_ROLE),
        )
        for r in range(model.rowCount())
    ]


def test_a_secret_vote_from_settings_to_objectives(qtbot: QtBot, store: Store) -> None:
    context = with_cards(store)
    page = open_page(qtbot, context)
    assert page.screens.currentWidget() is page.setup
    assert "8 of 8 cards" in page.setup.ballot_title.text()
    open_vote(qtbot, page, votes=2, most=1)
    assert page.screens.currentWidget() is page.next_voter
    assert page.next_voter.progress.text() == "0 of 5 have voted"

    click(qtbot, name_button(page, "Ines"))
    assert page.screens.currentWidget() is page.voter_screen
    assert not page.bar.isVisible()
    assert page.voter_screen.who.text() == "Ines is voting"
    dot(qtbot, page, CANDIDATES[1])
    assert page.voter_screen.left.text() == "Votes left: 1 of 2"
    dot(qtbot, page, CANDIDATES[1])
    assert "at most 1 vote from one person" in page.banner.text()
    dot(qtbot, page, CANDIDATES[4])
    assert my_dots(page) == {CANDIDATES[1]: 1, CANDIDATES[4]: 1}
    assert page.voter_screen.left.text() == "Votes left: 0 of 2"
    click(qtbot, page.voter_screen.done)

    assert page.screens.currentWidget() is page.next_voter
    assert page.voter_screen.model.rowCount() == 0
    assert name_button(page, "Ines").text() == "✓ Ines"
    assert page.next_voter.progress.text() == "1 of 5 have voted"

    vote(qtbot, page, "Kwame", [CANDIDATES[1], CANDIDATES[2]])
    vote(qtbot, page, "Lotte", [CANDIDATES[4], CANDIDATES[2]])
    vote(qtbot, page, "Mateo", [CANDIDATES[0], CANDIDATES[6]])
    assert page.results.model.rowCount() == 0

    click(qtbot, bar_button(page, "Close the vote"))
    assert page.screens.currentWidget() is page.sealed
    assert "4 of 5 people voted" in page.sealed.message.text()
    assert page.results.model.rowCount() == 0
    click(qtbot, page.sealed.reveal)

    assert page.screens.currentWidget() is page.results
    top = tally(page)[:3]
    assert {label for label, _, _ in top} == {CANDIDATES[1], CANDIDATES[2], CANDIDATES[4]}
    assert all(count == 2 and tied for _, count, tied in top)
    assert not page.results.final.isEnabled()
    assert "cut line" in page.results.final_reason.text()

    chart = page.results.chart
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(200, chart.line_y(0)))
    qtbot.mouseMove(chart, QPoint(200, chart.line_y(2)))
    qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(200, chart.line_y(2)))
    assert page.results.model.keep == 2
    assert page.results.keep.value() == 2
    assert not page.results.final.isEnabled()
    assert "tied across the cut line" in page.results.final_reason.text()

    (box,) = page.results.tie_boxes
    order = box.ordered()
    click(qtbot, box.settle)
    assert not any(tied for _, _, tied in tally(page)[:3])
    assert [row.option_id for row in page.results.model.rows[:3]] == order
    assert page.results.final.isEnabled()
    assert page.results.final_reason.text() == "2 objectives above the line, ranked in this order."
    assert page.results.not_now.isVisible()

    kept = [page.results.model.rows[i].label for i in range(2)]
    click(qtbot, page.results.final)
    objectives = fresh(context).okrs.objectives()
    assert [(o.text, o.rank) for o in objectives] == [(kept[0], 1), (kept[1], 2)]
    assert not page.results.final.isEnabled()
    assert "already our objectives" in page.results.final_reason.text()

    context.undo_stack.undo()
    assert fresh(context).okrs.objectives() == []
    context.undo_stack.redo()
    assert [o.text for o in fresh(context).okrs.objectives()] == kept


def test_the_ballot_is_private_and_undo_at_the_booth_is_the_voters_own(
    qtbot: QtBot, store: Store
) -> None:
    page = vote_open_on_the_cards(qtbot, store)
    context = page.context
    vote(qtbot, page, "Ines", [CANDIDATES[3], CANDIDATES[3]])

    click(qtbot, name_button(page, "Noor"))
    assert my_dots(page) == {}
    dot(qtbot, page, CANDIDATES[5])
    dot(qtbot, page, CANDIDATES[6])
    qtbot.keyClick(page.voter_screen.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert my_dots(page) == {CANDIDATES[5]: 1}
    take_back(qtbot, page, CANDIDATES[5])
    assert my_dots(page) == {}
    assert page.voter_screen.left.text() == "Votes left: 3 of 3"
    click(qtbot, page.voter_screen.done)

    engine = fresh(context)
    (voting_round,) = engine.voting.rounds()
    ines, noor = (p.id for p in engine.voting.participants() if p.name in ("Ines", "Noor"))
    assert sum(engine.voting.ballot(voting_round.id, ines).mine.values()) == 2
    assert engine.voting.ballot(voting_round.id, noor).mine == {}
    history = [context.undo_stack.text(i) for i in range(context.undo_stack.count())]
    for text in history:
        assert "Ines" not in text and "Noor" not in text
        assert not any(card in text for card in CANDIDATES)


def test_the_keyboard_places_and_takes_back_dots(qtbot: QtBot, store: Store) -> None:
    page = vote_open_on_the_cards(qtbot, store)
    click(qtbot, name_button(page, "Lotte"))
    keys = "By keyboard: the arrows pick a card, Space places a dot, Backspace takes one back."
    assert page.voter_screen.keys.isVisible() and page.voter_screen.keys.text() == keys
    assert page.voter_screen.view.accessibleDescription() == keys
    assert page.voter_screen.rule.text() == (
        "Click or tap a card to put a dot on it; click its − to take one back. "
        "At most 3 on one card."
    )
    assert not page.hint_label.isVisible(), "the voter's own lines stand in for the page's hint"
    view = page.voter_screen.view
    view.setCurrentIndex(page.voter_screen.model.index(2))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert my_dots(page) == {CANDIDATES[2]: 1, CANDIDATES[3]: 1}
    click(qtbot, page.voter_screen.done)
    assert page.hint_label.isVisible(), "the page's hint is back for the next voter"


def test_a_click_repaints_one_card_with_forty_voters_and_a_hundred_cards(
    qtbot: QtBot, store: Store
) -> None:
    people = [(f"Person {n:02d}", "contributor") for n in range(40)]
    context = room(store, people=people)
    cards = [context.engine.boards.add_card(f"Candidate objective number {n}") for n in range(100)]
    context.engine.voting.open_round("objectives", cards)
    page = open_page(qtbot, context)
    click(qtbot, name_button(page, "Person 17"))
    model = page.voter_screen.model
    assert model.rowCount() == 100

    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    model.modelReset.connect(lambda: resets.append(True))
    reads: list[bool] = []
    original = page.refresh
    page.refresh = lambda: (reads.append(True), original())[1]  # type: ignore[method-assign]

    dot(qtbot, page, "Candidate objective number 42")
    assert changed == [(42, 42)]
    assert resets == [] and reads == []
    assert page.voter_screen.left.text() == "Votes left: 2 of 3"


def test_counts_from_paper_give_the_result(qtbot: QtBot, store: Store) -> None:
    context = with_cards(store)
    page = open_page(qtbot, context)
    page.setup.paper.setChecked(True)
    click(qtbot, page.setup.open_button)
    assert page.screens.currentWidget() is page.paper
    options = list(page.paper.counts)
    for option_id, count in zip(options[:3], (4, 9, 1), strict=True):
        spin = page.paper.counts[option_id]
        spin.selectAll()
        qtbot.keyClicks(spin.lineEdit(), str(count))
        qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    click(qtbot, bar_button(page, "Show the results"))
    assert page.screens.currentWidget() is page.results
    assert tally(page)[:3] == [
        (CANDIDATES[1], 9, False),
        (CANDIDATES[0], 4, False),
        (CANDIDATES[2], 1, False),
    ]
    (voting_round,) = fresh(context).voting.rounds()
    assert voting_round.counting == "manual" and voting_round.status == "revealed"


def test_a_key_result_vote_picks_and_ranks_the_kept_ones(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    okrs = context.engine.okrs
    first = okrs.add_objective("Releases are calm and boring")
    second = okrs.add_objective("We know what every service costs")
    okrs.add_key_result(first, "Rollbacks from 12 to 3 a quarter")
    krs = [
        okrs.add_key_result(second, text)
        for text in (
            "Cost per tenant known for 10 of 10 services",
            "Idle compute from 35% to 15% of spend",
            "Monthly cost review attended by every team lead",
            "Budget alerts on every account",
        )
    ]
    page = open_page(qtbot, context, "kr_vote")
    assert page.objective_choice.isVisible()
    page.objective_choice.setCurrentIndex(1)
    page.objective_choice.activated.emit(1)
    assert "4 of 4 key results" in page.setup.ballot_title.text()
    page.setup.secret.setChecked(False)
    open_vote(qtbot, page, votes=2, most=1)
    vote(
        qtbot,
        page,
        "Ines",
        ["Idle compute from 35% to 15% of spend", "Budget alerts on every account"],
    )
    vote(
        qtbot,
        page,
        "Kwame",
        ["Idle compute from 35% to 15% of spend", "Cost per tenant known for 10 of 10 services"],
    )
    vote(
        qtbot,
        page,
        "Lotte",
        ["Budget alerts on every account", "Idle compute from 35% to 15% of spend"],
    )
    click(qtbot, bar_button(page, "Close the vote"))
    assert page.screens.currentWidget() is page.results
    page.results.keep.setValue(3)
    page.results.keep.editingFinished.emit()
    assert page.results.final.text() == "Pick these key results"
    click(qtbot, page.results.final)
    picked = fresh(context).okrs.objective(second).selected_key_results
    assert [kr.id for kr in picked] == [krs[1], krs[3], krs[0]]
    assert [kr.rank for kr in picked] == [1, 2, 3]
    assert fresh(context).okrs.objective(first).selected_key_results == ()


def test_a_runoff_settles_a_tie_at_the_cut(qtbot: QtBot, store: Store) -> None:
    page = vote_open_on_the_cards(qtbot, store, votes=1, most=1)
    vote(qtbot, page, "Ines", [CANDIDATES[0]])
    vote(qtbot, page, "Kwame", [CANDIDATES[1]])
    click(qtbot, bar_button(page, "Close the vote"))
    click(qtbot, page.sealed.reveal)
    page.results.keep.setValue(1)
    page.results.keep.editingFinished.emit()
    (box,) = page.results.tie_boxes
    click(qtbot, box.runoff)

    assert page.screens.currentWidget() is page.next_voter
    assert bar_button(page, "Close the vote")
    assert page.bar.status.text().startswith("Run-off")
    for name in ("Lotte", "Mateo", "Noor"):
        click(qtbot, name_button(page, name))
        assert page.voter_screen.model.rowCount() == 2
        dot(qtbot, page, CANDIDATES[1])
        click(qtbot, page.voter_screen.done)
    click(qtbot, bar_button(page, "Close the vote"))

    assert page.screens.currentWidget() is page.results
    click(qtbot, page.results.use_runoff)
    rows = page.results.model.rows
    assert rows[0].label == CANDIDATES[1] and rows[0].tie_break_by == "runoff"
    assert not rows[0].tied
    assert page.results.final.isEnabled()
    assert not page.results.use_runoff.isVisible()


def test_undo_and_redo_of_opening_keep_later_votes_working(qtbot: QtBot, store: Store) -> None:
    context = with_cards(store)
    page = open_page(qtbot, context)
    context.engine.boards.add_card("A card added after the first round was planned")
    open_vote(qtbot, page)
    context.undo_stack.undo()
    assert page.screens.currentWidget() is page.setup
    assert fresh(context).voting.rounds() == []
    context.undo_stack.redo()
    vote(qtbot, page, "Ines", [CANDIDATES[0]])
    context.undo_stack.undo()
    context.undo_stack.redo()
    rounds = fresh(context).voting.rounds()
    ines = next(p.id for p in fresh(context).voting.participants() if p.name == "Ines")
    assert sum(fresh(context).voting.ballot(rounds[-1].id, ines).mine.values()) == 1


def test_redoing_an_opening_whose_place_another_window_took_says_so(
    qtbot: QtBot, store: Store
) -> None:
    page = vote_open_on_the_cards(qtbot, store)
    context = page.context
    context.undo_stack.undo()
    other = fake_engine(context.store, context.workshop_id)
    other.voting.open_round("objectives", [c.id for c in other.boards.cards()][:2])
    messages: list[str] = []
    context.undo_stack.failed.connect(messages.append)
    context.undo_stack.redo()
    assert messages == [
        "This cannot be put back: something added since, perhaps in another window, "
        "has taken its place."
    ]
    assert len(fresh(context).voting.rounds()) == 1


def test_the_booth_models_are_sound_qt_models(qtmodeltester: object, store: Store) -> None:
    context = with_cards(store, PEOPLE)
    round_id = context.engine.voting.open_round(
        "objectives", [c.id for c in context.engine.boards.cards()]
    )
    view = context.engine.voting.round(round_id)
    ballot = BallotModel()
    ballot.set_options(view.options)
    ballot.set_mine({view.options[0].id: 2})
    qtmodeltester.check(ballot)  # type: ignore[attr-defined]
    context.engine.voting.close(round_id)
    context.engine.voting.reveal(round_id)
    results = TallyModel()
    results.set_result(context.engine.voting.result(round_id).rows, 3)
    qtmodeltester.check(results)  # type: ignore[attr-defined]
    assert results.index(2).data(KEPT_ROLE) and not results.index(3).data(KEPT_ROLE)


def test_a_vote_needs_two_cards_and_says_so(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    context.engine.boards.add_card("The only card")
    page = open_page(qtbot, context)
    click(qtbot, page.setup.open_button)
    assert page.screens.currentWidget() is page.setup
    assert "at least two cards" in page.banner.text()
    assert fresh(context).voting.rounds() == []


def test_one_objective_above_the_line_reads_in_the_singular(qtbot: QtBot, store: Store) -> None:
    page = open_page(qtbot, with_cards(store))
    open_vote(qtbot, page)
    vote(qtbot, page, "Ines", [CANDIDATES[0], CANDIDATES[0], CANDIDATES[0]])
    click(qtbot, bar_button(page, "Close the vote"))
    click(qtbot, page.sealed.reveal)
    page.results.keep.setFocus()
    page.results.keep.selectAll()
    qtbot.keyClicks(page.results.keep, "1")
    qtbot.keyClick(page.results.keep, Qt.Key.Key_Return)
    assert page.results.final_reason.text() == "1 objective above the line, ranked in this order."
