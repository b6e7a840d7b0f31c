"""The phone vote's web server: one page and four JSON routes over one open round.

It runs an aiohttp server on an asyncio loop in a thread of its own, so the window's
Qt loop never waits for a phone, and the headless ``vote-room`` command uses the same
class. Every dot goes through ``PhoneEngine``, which places it with the booth's own
``VotingEngine.cast_vote``; the engine calls run one at a time on a single worker
thread, in the order the phones sent them.

Private and safe by design:

- the address carries the round's random token; anything else is "not found";
- a phone proves who it is with an HttpOnly cookie set when it claims a name;
- phones are never sent a total, whatever the round's state;
- requests are small (a few kilobytes at most), JSON only, from the page's own
  origin, and each address may make only so many per second;
- the page builds every text with ``textContent``, and its content security policy
  allows no script but its own.
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import hashlib
import html
import json
import logging
import re
import secrets
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from aiohttp import web

import resources
from facilitation.engine.base import Gone, WallClock, local_now
from facilitation.engine.phones import PhoneEngine
from facilitation.engine.voting import Ballot, RoundView
from facilitation.phones import new_device_secret
from facilitation.rules import RuleError, said
from facilitation.templates import SOURCE_LANGUAGE
from facilitation.timer import Clock, monotonic
from okr_rules.messages import SayingError
from okr_rules.phone_codes import phone_path
from workshop.store import Store, StoreError

log = logging.getLogger(__name__)

COOKIE = "okr_phone"
PREFERRED_PORT = 8765
"""Tried first, so the address on the projector reads the same from one round to the next."""
MAX_REQUEST_BYTES = 4096
RUNOFF_TITLE = "Run-off"
"""The title the engine stores for a run-off of an untitled round."""
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class PhoneServerError(SayingError):
    """The server could not start, worded for the facilitator in the panel's language."""


@dataclass
class RateLimit:
    """A token bucket per address: ``burst`` requests at once, ``per_second`` after that."""

    burst: float = 40.0
    per_second: float = 10.0
    clock: Callable[[], float] = time.monotonic
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, client: str) -> bool:
        now = self.clock()
        tokens, last = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.per_second)
        if tokens < 1:
            self._buckets[client] = (tokens, now)
            return False
        self._buckets[client] = (tokens - 1, now)
        if len(self._buckets) > 10_000:
            self._buckets.clear()
        return True


@cache
def _word_tables() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = json.loads(
        resources.path("phone_page.json").read_text(encoding="utf-8")
    )
    return tables


def page_language(language: str) -> str:
    """``language`` if the page speaks it, else English."""
    return language if language in _word_tables() else SOURCE_LANGUAGE


def phone_words(language: str) -> dict[str, str]:
    """Every word of the phone page and of the server's refusals, in ``language``.

    ``resources/phone_page.json`` holds one table per language.
    """
    return _word_tables()[page_language(language)]


NUMBER_MARKS = {"en": (",", "."), "de": (".", ",")}
"""Each page language's digit grouping and decimal mark."""


@cache
def _rule_catalogue(language: str) -> dict[str, str]:
    """The rules' templates and words in ``language``, as the window's catalogue holds them.

    The window reads the compiled catalogue through Qt; the phone server has no Qt, so
    it reads the same German from the catalogue's source file.
    """
    source = resources.path("translations", f"okr_workshop_{language}.ts")
    if language == SOURCE_LANGUAGE or not source.is_file():
        return {}
    found: dict[str, str] = {}
    for context in ElementTree.parse(source).getroot().iter("context"):
        if context.findtext("name"):
            continue  # the rules' context is the unnamed one
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                found[message.findtext("source") or ""] = translation.text
    return found


def refusal_on_phone(error: SayingError, language: str) -> str:
    """A rule's refusal or the store's fault in the page's language."""
    catalogue = _rule_catalogue(page_language(language))
    marks = NUMBER_MARKS.get(language, NUMBER_MARKS[SOURCE_LANGUAGE])
    return said(error.message, lambda text: catalogue.get(text, text), marks)


@cache
def page_template() -> str:
    """The page as written, with a ``{{word}}`` wherever a word of the page goes."""
    return files("ui.phones").joinpath("page.html").read_text(encoding="utf-8")


@cache
def page_html(language: str = SOURCE_LANGUAGE) -> str:
    """The page in ``language``: its ``{{word}}`` places filled, the script's words beside it.

    The script reads its own words (votes left, thanks, its errors) from the JSON in
    the ``words`` block, so neither the script nor the style changes with the language
    and the content security policy's digests hold for every language.
    """
    words = phone_words(language)

    def fill(found: re.Match[str]) -> str:
        key = found.group(1)
        if key == "language":
            return page_language(language)
        if key == "words":
            return json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")
        return html.escape(words[key])

    return re.sub(r"\{\{(\w+)\}\}", fill, page_template())


@cache
def content_policy() -> str:
    """Only the page's own inline script and style run; nothing is loaded from anywhere."""
    page = page_template()

    def digest(tag: str) -> str:
        found = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        body = found.group(1) if found else ""
        return base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()

    return (
        "default-src 'none'; "
        f"script-src 'sha256-{digest('script')}'; "
        f"style-src 'sha256-{digest('style')}'; "
        "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


def question(voting_round: RoundView, language: str = SOURCE_LANGUAGE) -> str:
    """What the phones ask: the round's own title, else the question of what it votes on."""
    words = phone_words(language)
    if voting_round.title == RUNOFF_TITLE:
        return words["question_runoff"]
    return voting_round.title or words.get(
        f"question_{voting_round.subject}", words["question_any"]
    )


class PhoneServer:
    """Serves one open round to the phones in the room until it is stopped or the round closes."""

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        round_id: int,
        *,
        host: str = "127.0.0.1",
        port: int | None = None,
        rate_limit: RateLimit | None = None,
        watch_seconds: float = 1.0,
        clock: Clock = monotonic,
        wall: WallClock = local_now,
    ) -> None:
        self.engine = PhoneEngine(store, workshop_id, clock, wall)
        self.round_id = round_id
        self.host = host
        self.port = port
        self.rate_limit = rate_limit or RateLimit()
        self.watch_seconds = watch_seconds
        self.token = ""
        self.language = SOURCE_LANGUAGE
        """The workshop's language, read at start: the page and its refusals speak it."""
        self._round: RoundView | None = None
        """The round as last read: the ballot changes only when it closes."""
        self.stopped = threading.Event()
        """Set once the server has stopped, by ``stop()`` or because the round closed."""
        self._writer, self._readers = _workers()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._quit: asyncio.Event | None = None

    # Running

    @property
    def address(self) -> str:
        """What the phones open: the page of this round, with its token."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{phone_path(self.token)}"

    @property
    def running(self) -> bool:
        return self._thread is not None and not self.stopped.is_set()

    def start(self, *, codes_only: bool = False) -> str:
        """Open the round for phones and start serving it; returns the address.

        Raises ``PhoneServerError`` when the round is not open or the address is taken.
        """
        try:
            self.token = self.engine.open_for_phones(self.round_id, codes_only=codes_only).token
            self.language = page_language(self.engine.language())
            self._round = self.engine.voting.round(self.round_id)
        except (RuleError, StoreError) as error:
            raise PhoneServerError.saying(error.message) from error
        started = threading.Event()
        failure: list[BaseException] = []
        self.stopped.clear()
        self._thread = threading.Thread(
            target=self._run, args=(started, failure), name="phone-server", daemon=True
        )
        self._thread.start()
        started.wait()
        if failure:
            self._thread.join()
            self._thread = None
            if self.port:
                raise PhoneServerError(
                    "Phones cannot reach {host}:{port}: {reason}",
                    host=self.host,
                    port=str(self.port),
                    reason=str(failure[0]),
                )
            raise PhoneServerError(
                "Phones cannot reach {host} on any free port: {reason}",
                host=self.host,
                reason=str(failure[0]),
            )
        return self.address

    def stop(self) -> None:
        """Stop serving; phones then see that the vote is no longer open here."""
        loop, quit_event = self._loop, self._quit
        if loop is not None and quit_event is not None and not self.stopped.is_set():
            loop.call_soon_threadsafe(quit_event.set)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._thread = None

    def _run(self, started: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve(started, failure))
        finally:
            loop.close()
            for worker in (self._writer, self._readers):
                worker.shutdown(wait=True)
            self._writer, self._readers = _workers()
            self._loop = None
            self.stopped.set()
            started.set()

    async def _serve(self, started: threading.Event, failure: list[BaseException]) -> None:
        self._quit = asyncio.Event()
        runner = web.AppRunner(self.app(), access_log=None, handle_signals=False)
        await runner.setup()
        try:
            try:
                await self._bind(runner)
            except OSError as error:
                failure.append(error)
                return
            self.port = int(runner.addresses[0][1])
            started.set()
            watch = asyncio.create_task(self._watch_round())
            await self._quit.wait()
            watch.cancel()
        finally:
            await runner.cleanup()

    async def _bind(self, runner: web.AppRunner) -> None:
        """Listen on the chosen port, or on the preferred one if free, else on any free one."""
        ports = [self.port] if self.port is not None else [PREFERRED_PORT, 0]
        for number, port in enumerate(ports):
            try:
                await web.TCPSite(runner, self.host, port, reuse_address=True).start()
                return
            except OSError:
                if number == len(ports) - 1:
                    raise

    async def _watch_round(self) -> None:
        """Stop when the round is no longer open, whoever closed it."""
        while True:
            await asyncio.sleep(self.watch_seconds)
            try:
                voting_round = await self._read(self.engine.voting.round, self.round_id)
            except (RuleError, StoreError):
                voting_round = None
            self._round = voting_round
            if voting_round is None or not voting_round.is_open:
                assert self._quit is not None
                self._quit.set()
                return

    # The application

    def app(self) -> web.Application:
        app = web.Application(
            client_max_size=MAX_REQUEST_BYTES, middlewares=[self._guard], handler_args=None
        )
        app.router.add_get("/v/{token}", self._page)
        app.router.add_get("/v/{token}/state", self._state)
        app.router.add_post("/v/{token}/claim", self._claim)
        app.router.add_post("/v/{token}/dot", self._dot)
        app.router.add_post("/v/{token}/send", self._send)
        return app

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        client = request.remote or "?"
        if not self.rate_limit.allow(client):
            return self._refusal(429, "too_many_taps")
        token = request.match_info.get("token", "")
        if not token or not secrets.compare_digest(token.encode(), self.token.encode()):
            return self._refusal(404, "wrong_address")
        if request.method == "POST":
            origin = request.headers.get("Origin")
            if origin is not None and origin != f"{request.scheme}://{request.host}":
                return self._refusal(403, "other_origin")
            if request.content_type != "application/json":
                return self._refusal(415, "not_json")
        try:
            response = await handler(request)
        except RequestRefused as error:
            return self._refusal(400, error.word)
        except web.HTTPException as error:
            if error.status == 413:
                return self._refusal(413, "too_large")
            return _error_response(error.status, error.reason)
        except Gone as error:
            return _error_response(410, refusal_on_phone(error, self.language))
        except RuleError as error:
            return _error_response(409, refusal_on_phone(error, self.language))
        except StoreError as error:
            log.warning("A phone's request could not be saved: %s", error)
            return _error_response(503, refusal_on_phone(error, self.language))
        response.headers.update(_SECURITY_HEADERS)
        return response

    def _refusal(self, status: int, word: str) -> web.Response:
        """A refusal the phone shows, in the page's language."""
        return _error_response(status, phone_words(self.language)[word])

    async def _page(self, request: web.Request) -> web.StreamResponse:
        response = web.Response(
            text=page_html(self.language), content_type="text/html", charset="utf-8"
        )
        response.headers["Content-Security-Policy"] = content_policy()
        return response

    async def _state(self, request: web.Request) -> web.StreamResponse:
        device = request.cookies.get(COOKIE, "")
        return web.json_response(await self._read(self._state_of, device))

    async def _claim(self, request: web.Request) -> web.StreamResponse:
        body = await _body(request)
        device = request.cookies.get(COOKIE) or new_device_secret()
        if "code" in body:
            code = body["code"]
            if not isinstance(code, str):
                raise RequestRefused("code_not_text")
            await self._call(self.engine.claim_code, self.round_id, code, device)
        else:
            person = _whole(body.get("person"), "not_a_person")
            await self._call(self.engine.claim_name, self.round_id, person, device)
        response = web.json_response(await self._read(self._state_of, device))
        response.set_cookie(
            COOKIE,
            device,
            path=f"/v/{self.token}",
            httponly=True,
            samesite="Strict",
            max_age=12 * 3600,
        )
        return response

    async def _dot(self, request: web.Request) -> web.StreamResponse:
        body = await _body(request)
        device = request.cookies.get(COOKIE, "")
        option = _whole(body.get("option"), "not_an_option")
        act = self.engine.retract if body.get("take_back") is True else self.engine.cast
        ballot = await self._call(act, self.round_id, device, option)
        return web.json_response({"me": _mine(ballot)})

    async def _send(self, request: web.Request) -> web.StreamResponse:
        await _body(request)
        device = request.cookies.get(COOKIE, "")
        await self._call(self.engine.send, self.round_id, device)
        return web.json_response(await self._read(self._state_of, device))

    # Working on the store, off the server's loop

    async def _call(self, function: Callable[..., Any], *args: Any) -> Any:
        """An engine action, one at a time, in the order the phones asked."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, function, *args)

    async def _read(self, function: Callable[..., Any], *args: Any) -> Any:
        """A read, beside the actions: the store's readers never wait for its writer."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._readers, function, *args)

    def _state_of(self, device: str) -> dict[str, Any]:
        """What a phone may know, as ``PhoneView`` gives it: never a total."""
        view = self.engine.phone_view(self.round_id, device, self._round)
        voting_round = view.voting_round
        me = None
        if view.voter is not None and view.ballot is not None:
            me = {"name": view.voter.name, "sent": view.voter.sent, **_mine(view.ballot)}
        return {
            "status": voting_round.status if voting_round.counting != "manual" else "closed",
            "question": question(voting_round, self.language),
            "votes_per_person": voting_round.votes_per_person,
            "max_per_option": voting_round.max_per_option,
            "options": [{"id": o.id, "text": o.label} for o in voting_round.options],
            "codes_only": view.codes_only,
            "people": [{"id": i, "name": name, "taken": taken} for i, name, taken in view.people],
            "me": me,
        }


_SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def _workers() -> tuple[concurrent.futures.Executor, concurrent.futures.Executor]:
    return (
        concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="phone-votes"),
        concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="phone-reads"),
    )


def _mine(ballot: Ballot) -> dict[str, Any]:
    return {"left": ballot.votes_left, "mine": {str(k): v for k, v in ballot.mine.items()}}


class RequestRefused(Exception):
    """A request the page would never send; ``word`` names its refusal in the word tables."""

    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def _error_response(status: int, message: str) -> web.Response:
    response = web.json_response({"error": message}, status=status)
    response.headers.update(_SECURITY_HEADERS)
    return response


async def _body(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json(loads=json.loads)
    except ValueError as error:
        raise RequestRefused("not_understood") from error
    if not isinstance(body, dict):
        raise RequestRefused("not_understood")
    return body


def _whole(value: Any, refusal: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestRefused(refusal)
    return value
