"""The projector's phone-vote window, opened from the booth: code, address, who has voted."""

from __future__ import annotations

import http.cookiejar
import json
import urllib.error
import urllib.request
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.pages.workshop_room import room
from ui import phone_panel
from ui.i18n import translate
from ui.pages import booth
from ui.pages.booth import BoothPage
from ui.phone_panel import PhoneVoteWindow
from workshop.store import Store

CARDS = ["Releases are calm and boring", "We know what every service costs", "On-call is fine"]


class Phone:
    """A phone in the room: its own cookies, talking to the vote's address."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def post(self, path: str, body: dict[str, Any]) -> Any:
        request = urllib.request.Request(
            self.address + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
        )
        with self.opener.open(request, timeout=10) as answer:
            return json.load(answer)


@pytest.fixture(autouse=True)
def loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_panel, "lan_addresses", lambda: ["127.0.0.1"])


def click(qtbot: QtBot, widget: QPushButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def booth_with_phones(qtbot: QtBot, store: Store) -> tuple[BoothPage, PhoneVoteWindow]:
    context = room(store)
    for text in CARDS:
        context.engine.boards.add_card(text)
    page = booth.make_page(context, "objective_vote")
    assert isinstance(page, BoothPage)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    click(qtbot, page.setup.open_button)
    phones = page.bar.control(translate("BoothPage", "Vote on your phones"))
    assert phones is not None
    click(qtbot, phones)
    window = page.phone_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    return page, window


def row_text(window: PhoneVoteWindow, name: str) -> str:
    texts = [window.list.item(r).text() for r in range(window.list.count())]
    return next(t for t in texts if name in t)


def test_the_window_shows_the_code_address_and_who_has_voted(qtbot: QtBot, store: Store) -> None:
    page, window = booth_with_phones(qtbot, store)
    assert window.server is not None
    address = window.server.address
    assert window.address.text() == address.removeprefix("http://")
    assert address.startswith("http://127.0.0.1:")
    assert window.qr.pixmap().width() >= 240
    assert window.question.text() == "Which objectives should we take on?"
    assert window.progress.text() == "0 of 5 have voted"

    phone = Phone(address)
    kwame = next(p.id for p in page.people if p.name == "Kwame")
    state = phone.post("/claim", {"person": kwame})
    assert state["me"]["name"] == "Kwame"
    qtbot.waitUntil(lambda: "voting on a phone" in row_text(window, "Kwame"))
    assert window.progress.text() == "0 of 5 have voted"
    option = state["options"][0]["id"]
    phone.post("/dot", {"option": option})
    phone.post("/send", {})
    qtbot.waitUntil(lambda: window.progress.text() == "1 of 5 have voted")
    assert row_text(window, "Kwame") == "✓  Kwame · on a phone"
    assert page.next_voter.progress.text() == "1 of 5 have voted"


def test_a_name_can_be_freed_and_a_paper_ballot_counted(qtbot: QtBot, store: Store) -> None:
    page, window = booth_with_phones(qtbot, store)
    assert window.server is not None
    ines = next(p.id for p in page.people if p.name == "Ines")
    Phone(window.server.address).post("/claim", {"person": ines})
    qtbot.waitUntil(lambda: "voting on a phone" in row_text(window, "Ines"))

    window.list.setCurrentRow(next(i for i, p in enumerate(window.people) if p.name == "Ines"))
    assert not window.paper.isEnabled()
    click(qtbot, window.free)
    assert row_text(window, "Ines") == "…  Ines · not finished"
    history = page.context.undo_stack
    assert history.undoText() == "Free Ines's name for another phone"
    history.undo()
    assert row_text(window, "Ines") == "…  Ines · voting on a phone"
    history.redo()
    assert row_text(window, "Ines") == "…  Ines · not finished"
    second = Phone(window.server.address).post("/claim", {"person": ines})
    assert second["me"]["name"] == "Ines"
    qtbot.waitUntil(lambda: "voting on a phone" in row_text(window, "Ines"))
    with qtbot.waitSignal(history.failed) as refusal:
        history.undo()
    assert refusal.args == ["Ines has voted another way since."]
    assert row_text(window, "Ines") == "…  Ines · voting on a phone"

    window.list.setCurrentRow(next(i for i, p in enumerate(window.people) if p.name == "Noor"))
    click(qtbot, window.paper)
    assert row_text(window, "Noor") == "✓  Noor · on paper"
    assert window.progress.text() == "1 of 5 have voted"
    assert window.paper.text() == "Not on paper after all"
    assert history.undoText() == "Noor handed in a paper ballot"
    history.undo()
    assert row_text(window, "Noor") == "     Noor"
    assert window.progress.text() == "0 of 5 have voted"


def test_stop_ends_phone_voting_and_closing_the_round_stops_it_too(
    qtbot: QtBot, store: Store
) -> None:
    page, window = booth_with_phones(qtbot, store)
    assert window.server is not None
    address = window.server.address
    click(qtbot, window.stop_button)
    assert window.server is None and not window.isVisible()
    with pytest.raises(urllib.error.URLError):
        Phone(address).post("/claim", {"person": page.people[0].id})
    assert page.round is not None and page.round.is_open

    phones = page.bar.control(translate("BoothPage", "Vote on your phones"))
    assert phones is not None
    click(qtbot, phones)
    assert window.server is not None and window.server.address == address
    close = page.bar.control("Close the vote")
    assert close is not None
    click(qtbot, close)
    qtbot.waitUntil(lambda: window.stop_button.text() == "Close", timeout=5000)
    assert window.how.text() == "The round is closed: phone voting has stopped."
    assert window.qr.isHidden()


def test_copying_codes_switches_phones_to_codes(qtbot: QtBot, store: Store) -> None:
    page, window = booth_with_phones(qtbot, store)
    click(qtbot, window.copy_codes)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert [line.split("  ")[1] for line in lines] == [p.name for p in page.people]
    assert all(len(line.split("  ")[0]) == 7 for line in lines)
    assert window.server is not None
    state = json.load(urllib.request.urlopen(window.server.address + "/state", timeout=10))
    assert state["codes_only"] and state["people"] == []


def test_paper_ballots_dots_are_added_to_the_round(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, window = booth_with_phones(qtbot, store)
    assert page.round is not None
    first = page.round.options[0].id

    def typed(dialog: phone_panel.PaperCountsDialog) -> int:
        dialog.spins[first].setValue(4)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(phone_panel.PaperCountsDialog, "exec", typed)
    click(qtbot, window.paper_counts)
    engine = page.context.engine
    engine.voting.cast_vote(page.round.id, page.people[0].id, first)
    rows = engine.voting.result(page.round.id, facilitator=True).rows
    assert {r.option_id: r.count for r in rows}[first] == 5
    assert page.context.undo_stack.undoText() == "Add the paper ballots' dots"
    page.context.undo_stack.undo()
    rows = engine.voting.result(page.round.id, facilitator=True).rows
    assert {r.option_id: r.count for r in rows}[first] == 1
    assert page.bar.control("Vote on your phones") is not None
