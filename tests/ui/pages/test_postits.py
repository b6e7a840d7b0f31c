"""The post-it board: add, open, edit, colour, group duplicates, link origins, sixty on a screen."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.pages.okr_pages import show_made
from tests.ui.pages.workshop_room import OBJECTIVE_IDEAS, fresh, room
from ui.pages import postits
from ui.pages.context import PageContext
from ui.pages.postits import CardsModel, PostItPage
from ui.widgets.cards import CARD_ID_ROLE, COLOUR_ROLE, GROUPED_ROLE, MIN_CARD, ORIGIN_ROLE
from workshop.store import Store


def open_page(qtbot: QtBot, context: PageContext) -> PostItPage:
    return show_made(qtbot, postits.make_page(context, "objective_postits"), PostItPage, 1920, 1080)


def shown(page: PostItPage) -> list[str]:
    model = page.model
    return [
        model.data(model.index(r), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())
    ]


def click_card(qtbot: QtBot, page: PostItPage, row: int, double: bool = False) -> None:
    centre = page.view.visualRect(page.model.index(row)).center()
    if double:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    else:
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def trigger(menu: QMenu, *path: str) -> None:
    for name in path[:-1]:
        submenu = next(a.menu() for a in menu.actions() if a.text() == name)
        assert isinstance(submenu, QMenu)
        menu = submenu
    action = next(a for a in menu.actions() if a.text().startswith(path[-1]))
    action.trigger()


def test_post_its_are_added_with_their_colour_and_origin(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    note = context.engine.boards.add_retro_item(
        "opening", "went_badly", "Urgent requests ate our time"
    )
    page = open_page(qtbot, context)
    qtbot.keyClicks(page.new_card, OBJECTIVE_IDEAS[0])
    qtbot.keyClick(page.new_card, Qt.Key.Key_Return)

    qtbot.mouseClick(page.swatches["pink"], Qt.MouseButton.LeftButton)
    page.new_origin.setCurrentIndex(1)
    assert page.new_origin.currentText().startswith("Retro, Didn't go well: Urgent")
    qtbot.keyClicks(page.new_card, OBJECTIVE_IDEAS[1])
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)

    assert shown(page) == OBJECTIVE_IDEAS[:2]
    assert page.count_label.text() == "2 post-its"
    second = page.model.index(1)
    assert second.data(COLOUR_ROLE) == "pink"
    assert second.data(ORIGIN_ROLE).startswith("Retro, Didn't go well")
    cards = fresh(context).boards.cards()
    assert [(c.text, c.colour) for c in cards] == [
        (OBJECTIVE_IDEAS[0], "yellow"),
        (OBJECTIVE_IDEAS[1], "pink"),
    ]
    assert cards[1].origin_retro_item_id == note and cards[0].origin_retro_item_id is None


def test_sixty_post_its_fit_on_one_projector_screen(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    long_text = (
        "Every product team can create, test and release a new service on its own, "
        "without a ticket to the platform team, in less than a day"
    )
    for number in range(59):
        context.engine.boards.add_card(f"Objective candidate number {number + 1}")
    context.engine.boards.add_card(long_text)
    page = open_page(qtbot, context)
    viewport = page.view.viewport().rect()
    assert page.model.rowCount() == 60
    for row in range(60):
        assert viewport.contains(page.view.visualRect(page.model.index(row)))
    assert page.view.card_size.width() >= MIN_CARD.width()
    last = page.model.index(59)
    assert last.data(Qt.ItemDataRole.ToolTipRole).startswith(long_text)


def test_a_card_dropped_on_another_is_grouped_and_can_come_out(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    ids = [context.engine.boards.add_card(text) for text in OBJECTIVE_IDEAS[:3]]
    page = open_page(qtbot, context)
    data = page.model.mimeData([page.model.index(2)])
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, page.model.index(0))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert shown(page) == OBJECTIVE_IDEAS[:2]
    assert page.model.index(0).data(GROUPED_ROLE) == 1
    assert page.count_label.text() == "2 post-its · 1 grouped as duplicates"
    assert fresh(context).boards.card(ids[2]).cluster_id == ids[0]

    dialog = page.open_card(ids[0])
    take_out = next(b for b in dialog.findChildren(postits.QPushButton) if b.text() == "Take out")
    qtbot.mouseClick(take_out, Qt.MouseButton.LeftButton)
    assert fresh(context).boards.card(ids[2]).cluster_id is None
    assert shown(page) == OBJECTIVE_IDEAS[:3]
    context.undo_stack.undo()
    assert shown(page) == OBJECTIVE_IDEAS[:2]


def test_grouping_from_the_menu_and_undo(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    ids = [context.engine.boards.add_card(text) for text in OBJECTIVE_IDEAS[:3]]
    page = open_page(qtbot, context)
    trigger(page.card_menu(ids[1]), "Group into", "We know what every service")
    assert shown(page) == [OBJECTIVE_IDEAS[0], OBJECTIVE_IDEAS[2]]
    assert fresh(context).boards.card(ids[1]).cluster_id == ids[2]
    context.undo_stack.undo()
    assert shown(page) == OBJECTIVE_IDEAS[:3]
    assert fresh(context).boards.card(ids[1]).cluster_id is None


def test_an_opened_card_is_edited_recoloured_and_linked(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    past = context.engine.scoring.add_past_objective("Teams build on the platform")
    low = context.engine.scoring.add_past_key_result(past, "Help tickets from 60 to 20 a month")
    context.engine.scoring.score(low, 0.1)
    card = context.engine.boards.add_card("Teams self-serve")
    page = open_page(qtbot, context)
    click_card(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText() == "Teams self-serve"

    dialog.text.selectAll()
    qtbot.keyClicks(dialog.text, "Product teams self-serve everything they need to ship")
    qtbot.mouseClick(dialog.swatches["green"], Qt.MouseButton.LeftButton)
    labels = [dialog.origin.itemText(i) for i in range(dialog.origin.count())]
    chosen = next(
        i for i, label in enumerate(labels) if label.startswith("Last cycle's key result (0.1)")
    )
    dialog.origin.setCurrentIndex(chosen)
    dialog.origin.activated.emit(chosen)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = fresh(context).boards.card(card)
    assert stored.text == "Product teams self-serve everything they need to ship"
    assert stored.colour == "green"
    assert stored.origin_past_key_result_id == low
    assert shown(page) == ["Product teams self-serve everything they need to ship"]
    assert page.model.index(0).data(ORIGIN_ROLE).startswith("Last cycle's key result")


def test_cards_move_with_the_keyboard_and_by_drop(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    for text in OBJECTIVE_IDEAS[:4]:
        context.engine.boards.add_card(text)
    page = open_page(qtbot, context)
    click_card(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    expected = [OBJECTIVE_IDEAS[1], OBJECTIVE_IDEAS[0], OBJECTIVE_IDEAS[2], OBJECTIVE_IDEAS[3]]
    assert shown(page) == expected
    assert [c.text for c in fresh(context).boards.cards()] == expected

    data = page.model.mimeData([page.model.index(3)])
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: shown(page)[0] == OBJECTIVE_IDEAS[3])
    assert [c.text for c in fresh(context).boards.cards()] == [OBJECTIVE_IDEAS[3], *expected[:3]]


def test_delete_and_undo_and_a_card_on_a_ballot_is_kept(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    ids = [context.engine.boards.add_card(text) for text in OBJECTIVE_IDEAS[:3]]
    page = open_page(qtbot, context)
    click_card(qtbot, page, 2)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert shown(page) == OBJECTIVE_IDEAS[:2]
    context.undo_stack.undo()
    assert shown(page) == OBJECTIVE_IDEAS[:3]

    context.engine.voting.open_round("objectives", ids[:2])
    page.refresh()
    click_card(qtbot, page, 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.banner.isVisible() and "on a ballot" in page.banner.text()
    assert shown(page) == OBJECTIVE_IDEAS[:3]
    assert len(fresh(context).boards.cards()) == 3


def test_the_cards_model_is_a_sound_qt_model(qtmodeltester: object, store: Store) -> None:
    context = room(store)
    for text in OBJECTIVE_IDEAS:
        context.engine.boards.add_card(text)
    model = CardsModel()
    model.set_cards(context.engine.boards.cards(), {})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert [model.index(r).data(CARD_ID_ROLE) for r in range(5)] == [
        c.id for c in context.engine.boards.cards()
    ]


def test_an_emptied_card_is_refused_and_the_card_stays_open(qtbot: QtBot, store: Store) -> None:
    context = room(store)
    card = context.engine.boards.add_card(OBJECTIVE_IDEAS[0])
    page = open_page(qtbot, context)
    dialog = page.open_card(card)
    dialog.text.selectAll()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Delete)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Write something on the card" in page.banner.text()
    assert fresh(context).boards.card(card).text == OBJECTIVE_IDEAS[0]
