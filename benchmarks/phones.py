"""Simulated phones: HTTP clients that vote the way the phone page does.

Each phone has its own cookies and, on Linux, its own loopback address (127.0.0.N),
as each phone on the room's Wi-Fi has its own address; the server's rate limit is
per address, so the phones do not share one allowance.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiohttp


@dataclass
class PhoneRun:
    """What a crowd of simulated phones saw."""

    latencies_ms: list[float] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass(frozen=True)
class Voter:
    participant_id: int
    options: Sequence[int]
    """One option id per dot, in the order the person taps them."""


def three_dots_each(people: Sequence[int], options: Sequence[int]) -> list[Voter]:
    """Everyone places three dots on three neighbouring cards, each person starting further on."""
    return [
        Voter(person, [options[(n + dot) % len(options)] for dot in range(3)])
        for n, person in enumerate(people)
    ]


def _loopback(number: int) -> tuple[str, int] | None:
    return (f"127.0.{number // 250}.{number % 250 + 2}", 0) if sys.platform == "linux" else None


async def _phone(
    address: str, voter: Voter, number: int, run: PhoneRun, think_seconds: float
) -> None:
    connector = aiohttp.TCPConnector(local_addr=_loopback(number), force_close=False)
    jar = aiohttp.CookieJar(unsafe=True)  # the server is reached by an IP address
    async with aiohttp.ClientSession(connector=connector, cookie_jar=jar) as session:

        async def ask(path: str, body: object | None = None, *, tapped: bool = True) -> None:
            if tapped:
                await asyncio.sleep(think_seconds)
            started = time.perf_counter()
            if body is None:
                response = await session.get(address + path)
            else:
                response = await session.post(address + path, json=body)
            async with response:
                text = await response.text()
            run.latencies_ms.append((time.perf_counter() - started) * 1000)
            if response.status != 200:
                run.refusals.append(f"{path} {response.status} {text}")

        await ask("")
        await ask("/state", tapped=False)
        await ask("/claim", {"person": voter.participant_id})
        for option in voter.options:
            await ask("/dot", {"option": option})
        await ask("/send", {})


async def _crowd(address: str, voters: Sequence[Voter], think_seconds: float) -> PhoneRun:
    run = PhoneRun()
    started = time.perf_counter()
    await asyncio.gather(
        *(_phone(address, voter, n, run, think_seconds) for n, voter in enumerate(voters))
    )
    run.seconds = time.perf_counter() - started
    return run


def vote_from_phones(address: str, voters: Sequence[Voter], think_seconds: float = 0.0) -> PhoneRun:
    """Every voter's phone at once: open the page, pick the name, place the dots, send.

    ``think_seconds`` is how long a person takes before each of their six actions:
    scanning the code, picking the name, each dot, and sending.
    """
    return asyncio.run(_crowd(address, voters, think_seconds))
