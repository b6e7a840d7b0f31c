"""The OKRs' HTML page, opened in the real Chromium: what a reader sees, and nothing more."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.okr_text import export_okrs
from exports.okr_text.content import one_line
from tests.exports.okr_text_samples import HOSTILE, HOSTILE_NAMES, PLAIN
from tests.hostile import HOSTILE_STRINGS
from tests.web.conftest import CHROMIUM_FLAGS, chromium_path
from workshop.snapshot import WorkshopSnapshot

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")
Browser = sync_api.Browser
Page = sync_api.Page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_FLAGS
        )
        yield launched
        launched.close()


def open_page(
    browser: Browser, snapshot: WorkshopSnapshot, folder: Path, language: str = "en"
) -> tuple[Page, list[str]]:
    """The exported page in a browser tab, and every address the tab asked for."""
    file = export_okrs(snapshot, "html", folder / "okrs.html", language)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(file.as_uri())
    return page, requests


def cells(page: Page, selector: str) -> list[list[str]]:
    rows: list[list[str]] = page.eval_on_selector_all(
        selector, "rows => rows.map(r => [...r.cells].map(c => c.innerText))"
    )
    return rows


def test_the_page_shows_the_okrs_and_loads_nothing_else(browser: Browser, tmp_path: Path) -> None:
    page, requests = open_page(browser, PLAIN, tmp_path)
    assert page.title() == "OKRs: Field Support, Q1 2027"
    assert page.locator("h2").all_inner_texts() == [
        "Objective 1: Customers never need a second visit",
        "Objective 2: Engineers carry the right parts",
        "Objective 3: Nobody wrote this one down",
        "Communications plan",
    ]
    rows = cells(page, "table tr")
    assert rows[:3] == [
        ["No.", "Key result", "From", "To", "Unit", "Champion"],
        ["1.1", "Repeat visits fall", "12.5", "5", "%", "Bo"],
        ["1.2", "First-visit fixes rise", "1200", "1500", "fixes", ""],
    ]
    assert page.locator("li").all_inner_texts() == [
        "1.1 Van stock check (Must have, owner: Bo)",
        "1.1 Photo of the fault (Could have)",
    ]
    body = page.inner_text("body")
    assert "Why it matters: Every repeat visit costs a day of someone's work" in body
    assert "Supports: Customers never need a second visit" in body
    # Standalone: the one request is the file itself, no script runs, no link leads away.
    assert requests == [page.url]
    assert page.locator("script, link, a, img, iframe").count() == 0
    # Readable: the body type is at least 16 px, and the page is as wide as the window.
    size = page.eval_on_selector("body", "b => parseFloat(getComputedStyle(b).fontSize)")
    assert size >= 16
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_hostile_text_shows_as_text(browser: Browser, tmp_path: Path) -> None:
    page, requests = open_page(browser, HOSTILE, tmp_path)
    assert requests == [page.url]
    assert page.locator("script, link, a, img, iframe, b, font, para").count() == 0
    headings = page.locator("h2").all_inner_texts()
    for number, name in enumerate(HOSTILE_NAMES, 1):
        typed = " ".join(f"{name}: {HOSTILE_STRINGS[name]}".replace("\x00", "").split())
        assert " ".join(headings[number - 1].split()) == " ".join(
            f"Objective {number}: {one_line(typed)}".split()
        )
    key_results = [row[1] for row in cells(page, "table tr") if row and row[0][:1].isdigit()]
    assert len(key_results) == len(HOSTILE_NAMES)
    assert "R&D <team> </para><b>bold</b> &amp; \"quotes\" 'single'" in key_results
    assert page.title() == one_line(f"OKRs: {HOSTILE_STRINGS['markup']}, Q1 2027")


def test_the_page_prints_on_a4(browser: Browser, tmp_path: Path) -> None:
    page, _ = open_page(browser, PLAIN, tmp_path)
    printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = " ".join(" ".join(p.extract_text().split()) for p in printed.pages)
    assert len(printed.pages) == 1
    assert "Objective 1: Customers never need a second visit" in text
    assert "1.1 Repeat visits fall 12.5 5 % Bo" in text


def test_the_page_in_german(browser: Browser, tmp_path: Path) -> None:
    page, _ = open_page(browser, PLAIN, tmp_path, "de")
    assert page.get_attribute("html", "lang") == "de"
    assert cells(page, "table tr")[0] == ["Nr.", "Key Result", "Von", "Auf", "Einheit", "Champion"]
    assert page.locator("h2").all_inner_texts()[-1] == "Kommunikationsplan"
    assert "Zahlt ein auf: Customers never need a second visit" in page.inner_text("body")
