"""Phones in a real browser: one Chromium, a private context (cookies, storage) per phone."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

from playwright.async_api import Page, async_playwright

from tests.web.conftest import CHROMIUM_FLAGS, PHONE

TIMEOUT_MS = 15_000


@contextlib.asynccontextmanager
async def phones(chromium: str, count: int) -> AsyncIterator[list[Page]]:
    """``count`` phones: small touch screens, each with cookies of its own.

    Playwright starts Chromium with a fresh, temporary user data folder.
    """
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=chromium, headless=True, args=CHROMIUM_FLAGS
        )
        try:
            pages = []
            for _ in range(count):
                context = await browser.new_context(
                    viewport=PHONE, has_touch=True, is_mobile=True, device_scale_factor=2
                )
                context.set_default_timeout(TIMEOUT_MS)
                page = await context.new_page()
                pages.append(page)
            yield pages
        finally:
            await browser.close()


async def claim(page: Page, address: str, name: str) -> None:
    """Open the vote and tap one's name, as a person in the room does."""
    await page.goto(address)
    await page.get_by_role("button", name=name, exact=True).tap()
    await page.locator("#ballot").wait_for()


def card(page: Page, text: str) -> Any:
    return page.locator(".card").filter(has=page.locator(".text", has_text=text))


async def place(page: Page, text: str) -> None:
    """Tap a card's + and wait for the dot to show."""
    target = card(page, text)
    before = await target.locator(".dots").text_content() or ""
    await target.get_by_role("button", name="Place a dot").tap()
    await target.locator(".dots", has_text="●" * (len(before) + 1)).wait_for()


async def send(page: Page, *, anyway: bool = False) -> None:
    await page.locator("#send").tap()
    if anyway:
        await page.get_by_role("button", name="Send anyway").tap()
    await page.locator("#done-title", has_text="Your votes are in").wait_for()


async def call(page: Page, path: str, body: object | None = None, **extra: Any) -> Any:
    """What a script on the phone's page gets from ``path`` (under the vote's address)."""
    script = """async ([path, body, extra]) => {
        const url = /^(https?:|\\/)/.test(path) ? path
            : location.pathname.replace(/\\/+$/, "") + "/" + path;
        const options = {method: body === null ? "GET" : "POST", credentials: "same-origin"};
        if (body !== null) {
            options.headers = {"Content-Type": extra.type || "application/json"};
            options.body = typeof body === "string" ? body : JSON.stringify(body);
        }
        const response = await fetch(url, options);
        return [response.status, await response.text()];
    }"""
    status, text = await page.evaluate(script, [path, body, extra])
    try:
        data = json.loads(text)
    except ValueError:
        data = text
    return status, data
