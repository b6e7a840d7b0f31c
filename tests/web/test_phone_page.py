"""The phone page in Chromium: six phones at once, refusals, secrecy, hostile text."""

from __future__ import annotations

import asyncio
import re

import pytest
from playwright.async_api import Page
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from facilitation.voting import SecretUntilRevealed
from facilitation.workshops import new_workshop
from tests.hostile import HOSTILE_STRINGS, cleaned
from tests.ui.test_german import ENGLISH_WORDS
from tests.web.conftest import CARDS, PEOPLE, ServedRound, serve
from tests.web.phones import call, card, claim, phones, place, send
from ui.commands import UndoStack
from ui.pages import booth
from ui.pages.booth.models import COUNT_ROLE
from ui.pages.context import PageContext
from ui.phones.server import phone_words
from workshop.store import Store

pytestmark = pytest.mark.slow

PLANS = {
    "Bruno": [0, 0, 1],
    "Chiara": [0, 1, 2],
    "Dmitri": [1, 1, 3],
    "Eun-ji": [0, 2],
    "Farah": [3, 3, 0],
    "Gustavo": [0, 2, 3],
}


async def vote_on_phone(page: Page, address: str, name: str, plan: list[int]) -> None:
    await claim(page, address, name)
    for number in plan:
        await place(page, CARDS[number])
    await send(page, anyway=len(plan) < 3)


def test_six_phones_vote_at_once_and_the_booth_reveals_the_right_totals(
    qtbot: QtBot, chromium: str, served: ServedRound, store: Store
) -> None:
    async def room() -> list[tuple[int, object]]:
        async with phones(chromium, 7) as pages:
            onlooker = pages[6]
            await onlooker.goto(served.address)
            await onlooker.locator("#pick").wait_for()
            before = await call(onlooker, "state")
            await asyncio.gather(
                *(
                    vote_on_phone(page, served.address, name, plan)
                    for page, (name, plan) in zip(pages, PLANS.items(), strict=False)
                )
            )
            after = await call(onlooker, "state")
            done = [await page.locator("#done-title").text_content() for page in pages[:6]]
            assert all(
                text == "Thank you, " + name + ". Your votes are in."
                for text, name in zip(done, PLANS, strict=True)
            )
            return [before, after]

    before, after = asyncio.run(room())
    # A phone that has not voted learns who has taken a name, and nothing of the votes.
    assert before[0] == after[0] == 200
    assert {k: v for k, v in before[1].items() if k != "people"} == {
        k: v for k, v in after[1].items() if k != "people"
    }
    assert not re.search(r'"(count|total|tally|votes|result)s?"', str(after[1]))
    taken = {p["name"] for p in after[1]["people"] if p["taken"]}
    assert taken == set(PLANS)

    # The shared screen counts the phones' voters, and shows nothing of what they chose.
    context = PageContext(store, served.engine.workshop_id, served.engine, UndoStack())
    page = booth.make_page(context, "objective_vote")
    assert isinstance(page, booth.BoothPage)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    assert page.screens.currentWidget() is page.next_voter
    assert page.next_voter.progress.text() == "6 of 7 have voted"

    # Amara votes on the shared screen in the same round: a mixed room.
    qtbot.mouseClick(page.next_voter.buttons[served.person("Amara")], LEFT)
    for _ in range(2):
        _dot_in_booth(qtbot, page, CARDS[2])
    qtbot.mouseClick(page.voter_screen.done, LEFT)
    assert page.next_voter.progress.text() == "7 of 7 have voted"
    with pytest.raises(SecretUntilRevealed):
        served.engine.voting.result(served.round_id)

    _click_bar(qtbot, page, "Close the vote")
    assert page.screens.currentWidget() is page.sealed
    assert page.results.model.rowCount() == 0
    qtbot.waitUntil(lambda: not served.server.running, timeout=5000)
    qtbot.mouseClick(page.sealed.reveal, LEFT)
    assert page.screens.currentWidget() is page.results
    model = page.results.model
    shown = {
        model.index(r).data(): model.index(r).data(COUNT_ROLE) for r in range(model.rowCount())
    }
    assert shown == {CARDS[0]: 6, CARDS[1]: 4, CARDS[2]: 5, CARDS[3]: 4}


def test_a_taken_name_and_a_dot_past_the_limit_are_refused(
    chromium: str, served: ServedRound
) -> None:
    async def room() -> None:
        async with phones(chromium, 2) as (first, second):
            await claim(first, served.address, "Bruno")
            await second.goto(served.address)
            taken = second.get_by_role("button", name="Bruno, already voting on another phone")
            await taken.wait_for()
            assert await taken.is_disabled()
            status, answer = await call(second, "claim", {"person": served.person("Bruno")})
            assert status == 409
            assert answer["error"].startswith("Bruno is already voting on another phone")

            await place(first, CARDS[0])
            await place(first, CARDS[0])
            plus = card(first, CARDS[0]).get_by_role("button", name="Place a dot")
            assert await plus.is_disabled()
            await place(first, CARDS[1])
            assert await first.locator("#left").text_content() == "Votes left: 0 of 3"
            option = served.engine.voting.round(served.round_id).options[2].id
            status, answer = await call(first, "dot", {"option": option})
            assert (status, answer["error"]) == (409, "No votes left: you have placed all 3.")

            await card(first, CARDS[0]).get_by_role("button", name="Take a dot back").tap()
            await card(first, CARDS[0]).locator(".dots", has_text=re.compile("^●$")).wait_for()
            await send(first, anyway=True)
            status, answer = await call(first, "dot", {"option": option})
            assert status == 409 and "sent your votes" in answer["error"]

    asyncio.run(room())
    bruno = served.engine.voting.ballot(served.round_id, served.person("Bruno"))
    assert sorted(bruno.mine.values()) == [1, 1]


def test_forged_addresses_tokens_and_requests_are_refused(
    chromium: str, served: ServedRound
) -> None:
    async def room() -> None:
        async with phones(chromium, 1) as (phone,):
            await claim(phone, served.address, "Chiara")
            option = served.engine.voting.round(served.round_id).options[0].id
            forged = served.address.rsplit("/", 1)[0] + "/not-the-token"
            status, _ = await call(phone, forged + "/dot", {"option": option})
            assert status == 404
            response = await phone.goto(forged)
            assert response is not None and response.status == 404
            origin, vote = served.address.split("/v/")
            for path in ("/admin", "/v/", f"/v/{vote}/result", f"/v/{vote}/totals", "/v/x/state"):
                response = await phone.goto(origin + path)
                assert response is not None and response.status == 404, path
            await phone.goto(served.address)
            status, _ = await call(
                phone, "dot", "option=1", type="application/x-www-form-urlencoded"
            )
            assert status == 415
            status, _ = await call(phone, "dot", {"option": "1 OR 1=1"})
            assert status == 400
            status, _ = await call(phone, "dot", {"option": option, "pad": "x" * 10_000})
            assert status == 413
            other = await phone.context.request.post(
                served.address + "/dot",
                data={"option": option},
                headers={"Origin": "http://elsewhere.example"},
            )
            assert other.status == 403
            await phone.context.clear_cookies()
            status, answer = await call(phone, "dot", {"option": option})
            assert (status, answer["error"]) == (409, "Pick your name first.")

    asyncio.run(room())
    assert served.engine.voting.ballot(served.round_id, served.person("Chiara")).mine == {}


def test_the_hostile_corpus_shows_as_text_on_the_phone(
    chromium: str, store: Store, workshop_id: int
) -> None:
    texts = [cleaned(t) for t in HOSTILE_STRINGS.values() if cleaned(t)]
    running = serve(store, workshop_id, texts, votes_per_person=3, max_per_option=3)
    try:

        async def room() -> list[str]:
            async with phones(chromium, 1) as (phone,):
                await claim(phone, running.address, "Dmitri")
                await place(phone, texts[3])
                assert await phone.locator(".card b, .card script, .card para").count() == 0
                return [t for t in await phone.locator(".card .text").all_text_contents()]

        shown = asyncio.run(room())
    finally:
        running.server.stop()
    assert shown == [
        running.engine.voting.round(running.round_id).options[i].label for i in range(len(texts))
    ]
    assert "R&D <team> </para><b>bold</b> &amp; \"quotes\" 'single'" in shown


def test_a_printed_code_takes_the_place_of_picking_a_name(
    chromium: str, store: Store, workshop_id: int
) -> None:
    engine_round = serve(store, workshop_id, CARDS)
    engine_round.server.stop()
    server = engine_round.server
    server.start(codes_only=True)
    codes = {p.name: p.code for p in engine_round.engine.phones.room(engine_round.round_id)}
    try:

        async def room() -> str | None:
            async with phones(chromium, 1) as (phone,):
                await phone.goto(server.address)
                await phone.get_by_label("Your code").fill("nope")
                await phone.get_by_role("button", name="Start voting").tap()
                await phone.get_by_role("alert").filter(has_text="not one of this vote").wait_for()
                assert await phone.get_by_role("button", name="Farah").count() == 0
                typed = codes["Farah"][:3].lower() + "-" + codes["Farah"][3:]
                await phone.get_by_label("Your code").fill(typed)
                await phone.get_by_role("button", name="Start voting").tap()
                await phone.locator("#ballot").wait_for()
                return await phone.locator("#who").text_content()

        assert asyncio.run(room()) == "Voting as Farah"
    finally:
        server.stop()


LEFT = Qt.MouseButton.LeftButton


def _dot_in_booth(qtbot: QtBot, page: booth.BoothPage, label: str) -> None:
    view = page.voter_screen.view
    model = page.voter_screen.model
    row = next(r for r in range(model.rowCount()) if model.index(r).data() == label)
    rect = view.visualRect(model.index(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.topLeft() + QPoint(30, 30))


def _click_bar(qtbot: QtBot, page: booth.BoothPage, text: str) -> None:
    found = page.bar.control(text)
    assert found is not None, text
    qtbot.mouseClick(found, LEFT)


GERMAN_CARDS = ["Kundschaft vertraut der Statusseite", "Releases laufen ruhig"]

ALL_TEXTS = """() => {
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (parent && parent.closest("script, style")) { continue; }
        texts.push(walker.currentNode.textContent);
    }
    for (const node of document.querySelectorAll("[aria-label], [placeholder], [title]")) {
        for (const name of ["aria-label", "placeholder", "title"]) {
            if (node.hasAttribute(name)) { texts.push(node.getAttribute(name)); }
        }
    }
    return texts.map((text) => text.trim()).filter((text) => text);
}"""
"""Every word a person can see or hear on the page, shown or hidden for a later state."""


def english_on_phone(texts: list[str], typed: list[str]) -> list[str]:
    """The texts that read as English: the page's English words, or two English-only words."""
    english = [w for k, w in phone_words("en").items() if w != phone_words("de")[k]]
    patterns = [
        re.compile(".*".join(re.escape(p) for p in re.split(r"\{\w+\}", w))) for w in english
    ]
    return [
        text
        for text in texts
        if text not in typed
        and text != "OKR Workshop"
        and (
            any(p.fullmatch(text) for p in patterns)
            or len(set(re.findall(r"[a-z]+", text.lower())) & ENGLISH_WORDS) >= 2
        )
    ]


def test_a_german_workshop_votes_on_a_german_page(chromium: str, store: Store) -> None:
    workshop_id = new_workshop(store, "Plattform", "executive", participants=PEOPLE, language="de")
    running = serve(store, workshop_id, GERMAN_CARDS, votes_per_person=3, max_per_option=2)
    typed = [*GERMAN_CARDS, *(name for name, _role in PEOPLE)]
    seen: dict[str, list[str]] = {}
    try:

        async def room() -> None:
            async with phones(chromium, 2) as (phone, other):
                await phone.goto(running.address)
                await phone.get_by_role("heading", name="Wer bist du?").wait_for()
                assert await phone.locator("html").get_attribute("lang") == "de"
                seen["names"] = await phone.evaluate(ALL_TEXTS)
                await phone.get_by_role("button", name="Bruno", exact=True).tap()
                await phone.locator("#left", has_text="Übrige Stimmen: 3 von 3").wait_for()
                target = card(phone, GERMAN_CARDS[0])
                await target.get_by_role("button", name="Punkt setzen").tap()
                await target.locator(".dots", has_text="●").wait_for()
                seen["ballot"] = await phone.evaluate(ALL_TEXTS)
                assert await phone.locator("#who").text_content() == "Du stimmst ab als Bruno"
                assert "1 Punkt von dir" in seen["ballot"]
                await phone.locator("#send").tap()
                await phone.get_by_role("button", name="Trotzdem abgeben").wait_for()
                seen["unplaced"] = await phone.evaluate(ALL_TEXTS)
                await phone.get_by_role("button", name="Trotzdem abgeben").tap()
                await phone.locator("#done-title", has_text="Danke, Bruno.").wait_for()
                seen["thanks"] = await phone.evaluate(ALL_TEXTS)

                await other.goto(running.address)
                taken = other.get_by_role(
                    "button", name="Bruno, stimmt schon auf einem anderen Handy ab"
                )
                await taken.wait_for()
                seen["taken"] = await other.evaluate(ALL_TEXTS)
                refusals = [
                    await call(other, "claim", {"person": running.person("Bruno")}),
                    await call(other, "dot", {"option": 1}),
                    await call(other, "claim", "person=1", type="text/plain"),
                    await call(other, "claim", {"person": "Bruno"}),
                    await call(other, "claim", "[1, 2]"),
                    await call(other, running.address.rsplit("/", 1)[0] + "/falsch/state"),
                ]
                seen["refusals"] = [answer["error"] for _status, answer in refusals]
                assert [status for status, _answer in refusals] == [409, 409, 415, 400, 400, 404]

        asyncio.run(room())
    finally:
        running.server.stop()
    assert (
        "Du hast noch 2 Stimmen übrig. Tippe noch einmal, um ohne sie abzugeben."
        in (seen["unplaced"])
    )
    assert seen["refusals"][:3] == [
        "Bruno stimmt schon auf einem anderen Handy ab. Wenn du das bist, bitte die "
        "Moderation, deinen Namen freizugeben.",
        "Wähle zuerst deinen Namen.",
        "Stimmen werden als JSON gesendet.",
    ]
    problems = {state: english_on_phone(texts, typed) for state, texts in seen.items()}
    assert problems == {state: [] for state in seen}


def test_an_english_workshop_keeps_its_english_page(chromium: str, served: ServedRound) -> None:
    async def room() -> list[str]:
        async with phones(chromium, 1) as (phone,):
            await claim(phone, served.address, "Chiara")
            assert await phone.locator("html").get_attribute("lang") == "en"
            return list(await phone.evaluate(ALL_TEXTS))

    texts = asyncio.run(room())
    assert {"Vote · OKR Workshop", "Who are you?", "Votes left: 3 of 3", "Send my votes"} <= set(
        texts
    )
    assert "Tap + to place a dot, − to take one back. At most 2 dots on one card." in texts
