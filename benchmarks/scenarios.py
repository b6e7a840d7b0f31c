"""What the benchmarks run: the app's own code, set up as a user would meet it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from workshop.store import Store, open_store


def startup_cases(folder: Path) -> dict[str, tuple[list[str], float]]:
    """Name -> (the ``okr-workshop`` command's arguments, allowed ratio).

    The file is made here, before the clock of the start-up starts: the figure is
    what the facilitator waits for, from launching the app to seeing the window, or
    to seeing the cockpit of a stored 14-step workshop opened with ``--workshop``.
    """
    from facilitation.workshops import new_workshop

    path = folder / "startup.sqlite"
    store = open_store(path)
    workshop_id = new_workshop(
        store, "Bench", "executive", participants=[("Ana", "facilitator"), ("Bo", "sponsor")]
    )
    store.close()
    return {
        "start to first paint, main window": (["--db", str(path)], 1.5),
        "start to the cockpit of a 14-step workshop": (
            ["--db", str(path), "--workshop", str(workshop_id)],
            3.0,
        ),
    }


def committed_action(path: Path) -> Callable[[], object]:
    """A small user action that commits: rewording a post-it through the engine."""
    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop

    store = open_store(path)
    engine = WorkshopEngine(store, new_workshop(store, "Bench", "executive"))
    card = engine.boards.add_card("A card")
    counter = iter(range(10**9))

    def action() -> None:
        engine.boards.edit_card(card, f"A card, reworded {next(counter)}")

    return action


LONG_KEY_RESULT = (
    "Increase the share of customer incidents resolved within four hours from 62% to 85% "
    "across all regions, measured weekly from the support dashboard, while keeping the "
    "satisfaction score of resolved tickets at or above 4.5 out of 5 for the whole quarter"
)


def quality_check() -> Callable[[], object]:
    """Checking one 300-character KR, as on every keystroke."""
    from facilitation.quality import KeyResultDraft, check_key_result, load_rules

    rules = load_rules()
    draft = KeyResultDraft(LONG_KEY_RESULT[:300], unit="%", data_source="Support dashboard")
    return lambda: check_key_result(draft, rules)


def full_workshop(path: Path) -> None:
    """A whole executive workshop through the engine: 5 people, 8 cards, 6 KRs."""
    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop

    store = open_store(path)
    people = [("Ana", "facilitator"), ("Bo", "sponsor"), ("Cy", "okr_lead")]
    people += [("Di", "kr_lead"), ("Ed", "contributor")]
    engine = WorkshopEngine(store, new_workshop(store, "Bench", "executive", participants=people))
    voters = [p.id for p in engine.agenda.participants()]
    past = engine.scoring.add_past_objective("Last cycle's objective")
    for score in (0.2, 0.7, 1.0):
        engine.scoring.score(engine.scoring.add_past_key_result(past, f"KR {score}"), score)
    for column in ("went_well", "went_badly", "learned"):
        engine.boards.add_retro_item("opening", column, f"A note on what {column}")
    cards = [engine.boards.add_card(f"Objective candidate {n}") for n in range(8)]
    round_id = engine.voting.open_round("objectives", cards)
    options = [o.id for o in engine.voting.round(round_id).options]
    for index, voter in enumerate(voters):
        for dot in range(3):
            engine.voting.cast_vote(round_id, voter, options[(index + dot) % 8])
    engine.voting.close(round_id)
    engine.voting.reveal(round_id)
    engine.voting.set_cut_line(round_id, 1)
    winner = engine.voting.result(round_id).rows[0].option_id
    card = next(o.card_id for o in engine.voting.round(round_id).options if o.id == winner)
    (objective,) = engine.okrs.objectives_from_cards([card] if card else [])
    krs = [
        engine.okrs.add_key_result(objective, f"Metric {n} from {n} to {n * 3 + 1}")
        for n in range(6)
    ]
    for kr in krs:
        engine.okrs.findings_for_key_result(kr)
    engine.okrs.pick_key_results(objective, krs[:4])
    for kr, voter in zip(krs[:4], voters, strict=False):
        engine.okrs.set_champion(kr, voter)
        engine.okrs.add_initiative(kr, "An initiative", owner="Ana", priority="must")
    engine.okrs.add_comms_item(audience="Everyone", message="Our OKRs")
    for step in engine.agenda.steps():
        engine.agenda.go_to(step.id)
        engine.agenda.set_status(step.id, "done")
    store.close()


def workshop_with_okrs(path: Path, objectives: int, key_results: int = 5) -> tuple[object, int]:
    """A stored workshop with ``objectives`` ranked objectives of ``key_results`` KRs each."""
    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop

    store = open_store(path)
    people = [(f"Person {n}", "contributor") for n in range(8)]
    workshop_id = new_workshop(store, "Bench", "executive", participants=people)
    engine = WorkshopEngine(store, workshop_id)
    voters = [p.id for p in engine.agenda.participants()]
    for number in range(objectives):
        objective = engine.okrs.add_objective(
            f"Objective {number}: customers notice we got better", "Because it matters"
        )
        krs = [
            engine.okrs.add_key_result(
                objective,
                f"Measure {k} of objective {number} from {k} to {k * 4 + 2}",
                baseline=k,
                target=k * 4 + 2,
                unit="%",
                data_source="Dashboard",
            )
            for k in range(key_results)
        ]
        engine.okrs.pick_key_results(objective, krs)
        for k, kr in enumerate(krs):
            engine.okrs.set_champion(kr, voters[k % len(voters)])
            engine.okrs.add_initiative(kr, f"Initiative for measure {k}", owner="Person 1")
    return store, workshop_id


def export_all(path: Path, objectives: int) -> Callable[[], object]:
    """Exporting every sheet of a workshop with ``objectives`` x 5 KRs into a folder."""
    import tempfile

    from exports.writer import export_sheets
    from workshop.snapshot import load_snapshot

    store, workshop_id = workshop_with_okrs(path, objectives)
    folder = Path(tempfile.mkdtemp())

    def action() -> list[Path]:
        snapshot = load_snapshot(store, workshop_id)  # type: ignore[arg-type]
        return export_sheets(snapshot, "all", "a4", folder)

    return action


def export_long_text(length: int, folder: str) -> Callable[[], object]:
    """Every sheet with ``length`` characters in every field, as the sheet tests use."""
    from exports.writer import export_sheets
    from tests.exports.samples import long_text_snapshot

    snapshot = long_text_snapshot(length)
    target = Path(folder) / f"long-{length}"
    target.mkdir()
    return lambda: export_sheets(snapshot, "all", "a4", target)


def export_hostile(folder: str) -> Callable[[], object]:
    """Every sheet of the bad-input suite's workshop: markup, scripts, emoji, long text."""
    from exports.writer import export_sheets
    from tests.exports.samples import build_hostile_workshop
    from workshop.snapshot import load_snapshot
    from workshop.store import open_store

    store = open_store(Path(folder) / "hostile.sqlite")
    snapshot = load_snapshot(store, build_hostile_workshop(store))
    store.close()
    target = Path(folder) / "hostile"
    target.mkdir()
    return lambda: export_sheets(snapshot, "all", "a4", target)


def booth_click(path: Path) -> tuple[Callable[[], object], object]:
    """A dot placed or taken back in the booth: 40 participants, 100 cards.

    Returns the click and the page (keep it alive while measuring). Clicks alternate
    between placing a dot on a card and taking it back, so the voter never runs out.
    """
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop
    from ui.commands import UndoStack
    from ui.pages import page_for
    from ui.pages.booth.ballot import BallotDelegate
    from ui.pages.context import PageContext

    store = open_store(path)
    people = [(f"Person {n:02d}", "contributor") for n in range(40)]
    workshop_id = new_workshop(store, "Bench", "executive", participants=people)
    engine = WorkshopEngine(store, workshop_id)
    cards = [engine.boards.add_card(f"Candidate objective number {n}") for n in range(100)]
    engine.voting.open_round("objectives", cards)
    page = page_for("objective_vote", PageContext(store, workshop_id, engine, UndoStack()))
    page.resize(1920, 1080)
    page.show()
    QApplication.processEvents()
    voter = engine.agenda.participants()[17].id
    page.next_voter.buttons[voter].click()  # type: ignore[attr-defined]
    QApplication.processEvents()
    view = page.voter_screen.view  # type: ignore[attr-defined]
    delegate = view.itemDelegate()
    assert isinstance(delegate, BallotDelegate)
    rect = view.visualRect(page.voter_screen.model.index(10))  # type: ignore[attr-defined]
    plus = rect.topLeft() + QPoint(30, 30)
    minus = delegate.minus_rect(delegate.card_rect(rect.topLeft())).center()
    turn = iter(range(10**9))

    def click() -> None:
        where = plus if next(turn) % 2 == 0 else minus
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
        QApplication.processEvents()

    return click, page


def step_switch(path: Path) -> tuple[Callable[[], object], object]:
    """Going to another step of a 14-step workshop from the agenda, every page in turn."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    store, workshop_id = workshop_with_okrs(path, 2)
    window = MainWindow(store)  # type: ignore[arg-type]
    window.resize(1920, 1080)
    window.show()
    while not window.ready:
        QApplication.processEvents()
    cockpit = window.open_workshop(workshop_id)
    assert cockpit is not None
    steps = [s.id for s in cockpit.engine.agenda.steps()]
    turn = iter(range(10**9))

    def switch() -> None:
        cockpit.go_to(steps[next(turn) % len(steps)])
        QApplication.processEvents()
        # What the event loop does between two clicks: the page left behind is deleted.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    return switch, window


def postit_board(path: Path, count: int) -> Callable[[], object]:
    """Opening the post-it board of a workshop with ``count`` post-its, one in ten grouped.

    Each call builds the page, reads every card and paints the board once.
    """
    from PySide6.QtWidgets import QApplication

    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop
    from ui.commands import UndoStack
    from ui.pages import let_go, page_for
    from ui.pages.context import PageContext

    store = open_store(path)
    workshop_id = new_workshop(store, "Bench", "executive")
    engine = WorkshopEngine(store, workshop_id)
    cards = [engine.boards.add_card(f"Post-it number {n}: customers notice") for n in range(count)]
    for number in range(0, count - 1, 10):
        engine.boards.group_card(cards[number + 1], cards[number])

    def show() -> None:
        page = page_for("objective_postits", PageContext(store, workshop_id, engine, UndoStack()))
        page.resize(1920, 1080)
        page.show()
        page.repaint()
        QApplication.processEvents()
        let_go(page)
        page.close()
        page.deleteLater()

    return show


def phone_round(path: Path, people: int, cards: int = 8) -> tuple[Store, int, int, list[int]]:
    """An open secret round over ``cards`` cards for a room of ``people``.

    Returns the store, the workshop, the round and the people's ids.
    """
    from facilitation.engine import WorkshopEngine
    from facilitation.workshops import new_workshop

    store = open_store(path)
    room = [(f"Person {n:02d}", "contributor") for n in range(people)]
    workshop_id = new_workshop(store, "Bench", "executive", participants=room)
    engine = WorkshopEngine(store, workshop_id)
    card_ids = [engine.boards.add_card(f"Candidate objective number {n}") for n in range(cards)]
    round_id = engine.voting.open_round("objectives", card_ids)
    return store, workshop_id, round_id, [p.id for p in engine.voting.participants()]


def booth_voters(path: Path, voters: int, think_seconds: float) -> float:
    """Seconds for ``voters`` people to vote one after another at the shared screen.

    Each walks up (``think_seconds``), clicks their name, places three dots with
    the keyboard (Space on the current card) and hands over, taking
    ``think_seconds`` before each action, as the phones do.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from facilitation.engine import WorkshopEngine
    from ui.commands import UndoStack
    from ui.pages import page_for
    from ui.pages.context import PageContext

    store, workshop_id, _round_id, people = phone_round(path, voters)
    engine = WorkshopEngine(store, workshop_id)
    page = page_for("objective_vote", PageContext(store, workshop_id, engine, UndoStack()))
    page.resize(1920, 1080)
    page.show()
    QApplication.processEvents()
    started = time.perf_counter()
    for number, person in enumerate(people):
        time.sleep(think_seconds)
        time.sleep(think_seconds)
        page.next_voter.buttons[person].click()  # type: ignore[attr-defined]
        QApplication.processEvents()
        view = page.voter_screen.view  # type: ignore[attr-defined]
        for dot in range(3):
            time.sleep(think_seconds)
            card = page.voter_screen.model.index((number + dot) % 8)  # type: ignore[attr-defined]
            view.setCurrentIndex(card)
            QTest.keyClick(view, Qt.Key.Key_Space)
            QApplication.processEvents()
        time.sleep(think_seconds)
        page.voter_screen.done.click()  # type: ignore[attr-defined]
        QApplication.processEvents()
    seconds = time.perf_counter() - started
    placed = sum(t.dots for t in engine.voting.turns(_round_id).values())
    if placed != 3 * voters:
        raise RuntimeError(f"the booth stored {placed} of {3 * voters} dots")
    page.leave_history()  # type: ignore[attr-defined]
    page.close()
    store.close()
    return seconds
