"""The phone server without a browser: its rate limit, its address and its refusals to start."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from tests.clocks import FakeClock
from tests.web.conftest import CARDS, ServedRound
from ui.phones.server import PhoneServer, PhoneServerError, RateLimit
from workshop.store import Store


def test_the_rate_limit_allows_a_burst_then_a_steady_pace() -> None:
    clock = FakeClock()
    limit = RateLimit(burst=3, per_second=2, clock=clock)
    assert [limit.allow("10.0.0.7") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("10.0.0.8")
    clock.advance(0.5)
    assert limit.allow("10.0.0.7")
    assert not limit.allow("10.0.0.7")


def test_a_phone_asking_too_often_is_told_to_slow_down(store: Store, served: ServedRound) -> None:
    served.server.stop()
    server = PhoneServer(
        store,
        served.engine.workshop_id,
        served.round_id,
        rate_limit=RateLimit(burst=5, per_second=0.001),
        clock=served.engine.clock,
        wall=served.engine.wall,
    )
    address = server.start()
    try:
        for _ in range(5):
            with urllib.request.urlopen(address + "/state", timeout=10) as answer:
                assert answer.status == 200
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(address + "/state", timeout=10)
        assert refused.value.code == 429
        assert json.load(refused.value)["error"].startswith("Slow down")
    finally:
        server.stop()


def test_the_server_says_why_it_cannot_start(store: Store, served: ServedRound) -> None:
    taken = PhoneServer(
        store,
        served.engine.workshop_id,
        served.round_id,
        port=served.server.port,
        clock=served.engine.clock,
        wall=served.engine.wall,
    )
    with pytest.raises(
        PhoneServerError, match=f"Phones cannot reach 127.0.0.1:{served.server.port}"
    ):
        taken.start()
    other = served.engine.voting.open_round(
        "objectives", [served.engine.boards.add_card(t) for t in CARDS]
    )
    served.engine.voting.close(other)
    with pytest.raises(PhoneServerError, match="This round is closed"):
        PhoneServer(
            store,
            served.engine.workshop_id,
            other,
            clock=served.engine.clock,
            wall=served.engine.wall,
        ).start()


def test_the_address_names_the_host_port_and_round_token(served: ServedRound) -> None:
    access = served.engine.phones.phone_round(served.round_id)
    assert access is not None
    assert served.address == f"http://127.0.0.1:{served.server.port}/v/{access.token}"
