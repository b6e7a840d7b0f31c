"""Render the pictures of a phone vote: the projector's window and the phone page.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.web.render_pictures``;
the PNGs land in ``docs/pictures``: the projector at 1920x1080 and 1280x720, the
phone at 360x740 CSS pixels (a 5-inch phone) at twice the density.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.ui.render_pictures import TEAM as UI_TEAM
from tests.web.conftest import chromium_path
from tests.web.phones import claim, phones, place
from ui.commands import UndoStack
from ui.phone_panel import PhoneVoteWindow, qr_pixmap
from ui.theme import apply_theme
from workshop.store import open_store

WIFI = "192.168.1.23"
OUT = Path(__file__).resolve().parents[2] / "docs" / "pictures"
TEAM = [
    *UI_TEAM,
    ("Farah Haddad", "contributor"),
    ("Gustavo Reyes", "contributor"),
    ("Hana Sato", "contributor"),
]
CARDS = [
    "Customers can see the state of every order without calling us",
    "Releases are calm and boring",
    "New engineers ship to production in their first week",
    "We know what each service costs to run",
    "Support answers within an hour, in the customer's language",
]


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


async def phone_pictures(chromium: str, address: str) -> None:
    async with phones(chromium, 3) as (names, ballot, done):
        await claim(done, address, "Farah Haddad")
        await place(done, CARDS[1])
        await done.locator("#send").tap()
        await done.get_by_role("button", name="Send anyway").tap()
        await done.locator("#done-title", has_text="Your votes are in").wait_for()
        await claim(ballot, address, "Chiara Rossi")
        await place(ballot, CARDS[0])
        await place(ballot, CARDS[2])
        await names.goto(address)
        await names.locator("#names button").first.wait_for()
        await names.screenshot(path=str(OUT / "phone-vote-names.png"))
        await ballot.evaluate("window.scrollTo(0, 0)")
        await ballot.screenshot(path=str(OUT / "phone-vote-ballot.png"))
        await done.screenshot(path=str(OUT / "phone-vote-done.png"))


def main() -> int:
    chromium = chromium_path()
    if chromium is None:
        print("Chromium is needed for the phone pictures.", file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, "light")  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "pictures.sqlite")
        workshop_id = new_workshop(store, "Platform team", "executive", participants=TEAM)
        engine = fake_engine(store, workshop_id)
        cards = [engine.boards.add_card(text) for text in CARDS]
        round_id = engine.voting.open_round(
            "objectives", cards, title="Which objectives should we take on next quarter?"
        )
        window = PhoneVoteWindow(engine, round_id, UndoStack(), addresses=["127.0.0.1"])
        window.start()
        assert window.server is not None
        # The pictures show a laptop's Wi-Fi address; the server runs on loopback here.
        address = window.server.address.replace("127.0.0.1", WIFI)
        asyncio.run(phone_pictures(chromium, window.server.address))
        people = {p.name: p.id for p in engine.voting.participants()}
        options = [o.id for o in engine.voting.round(round_id).options]
        engine.voting.cast_vote(round_id, people["Bruno Lima"], options[3])
        engine.phones.mark_paper(round_id, people["Hana Sato"], True)
        window.poll()
        window.hosts.clear()
        window.hosts.addItems([WIFI, "127.0.0.1"])
        window.address.setText(address.removeprefix("http://"))
        for size in ((1920, 1080), (1280, 720)):
            window.resize(*size)
            window.show()
            window.qr.setPixmap(qr_pixmap(address, window.qr_size()))
            settle()
            name = "phone-vote-projector" + ("" if size[0] == 1920 else "-1280")
            window.grab().save(str(OUT / f"{name}.png"))
        window.stop()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
