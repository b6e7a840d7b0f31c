"""``okr-workshop vote-room``: a round served without a window, until it closes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from facilitation.engine import WorkshopEngine
from tests.clocks import fake_engine
from tests.web.conftest import CARDS
from workshop.store import Store

pytestmark = pytest.mark.slow


def vote_room(
    store_path: Path, workshop_id: int, round_id: int, *args: str
) -> subprocess.Popen[str]:
    """``okr-workshop vote-room`` on a round, in a process of its own."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui.cli",
            "vote-room",
            "--db",
            str(store_path),
            "--workshop",
            str(workshop_id),
            "--round",
            str(round_id),
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def open_round(store: Store, workshop_id: int) -> tuple[WorkshopEngine, int]:
    engine = fake_engine(store, workshop_id)
    return engine, engine.voting.open_round(
        "objectives", [engine.boards.add_card(t) for t in CARDS]
    )


def test_vote_room_prints_the_address_first_and_stops_when_the_round_closes(
    store: Store, store_path: Path, workshop_id: int
) -> None:
    engine, round_id = open_round(store, workshop_id)
    served = vote_room(store_path, workshop_id, round_id, "--host", "127.0.0.1", "--codes")
    try:
        assert served.stdout is not None
        address = served.stdout.readline().strip()
        assert address.startswith("http://127.0.0.1:") and "/v/" in address
        codes = [served.stdout.readline().split() for _ in engine.voting.participants()]
        assert [name for _code, name in codes] == [p.name for p in engine.voting.participants()]
        with urllib.request.urlopen(address + "/state") as answer:
            state = json.load(answer)
        assert [o["text"] for o in state["options"]] == CARDS
        assert state["codes_only"] and state["people"] == []
        engine.voting.close(round_id)
        out, err = served.communicate(timeout=30)
    finally:
        served.kill()
    assert served.returncode == 0, err
    assert out.strip() == "The round is closed: phone voting has stopped."


def test_vote_room_names_the_open_rounds_when_the_round_is_wrong(
    store: Store, store_path: Path, workshop_id: int
) -> None:
    _engine, round_id = open_round(store, workshop_id)
    served = vote_room(store_path, workshop_id, 99)
    out, err = served.communicate(timeout=30)
    assert served.returncode == 2 and out == ""
    assert err.strip() == (
        f"okr-workshop: Workshop {workshop_id} has no round 99. Its open rounds: {round_id}."
    )


def test_ctrl_c_stops_vote_room_and_the_round_stays_open(
    store: Store, store_path: Path, workshop_id: int
) -> None:
    engine, round_id = open_round(store, workshop_id)
    served = vote_room(store_path, workshop_id, round_id, "--host", "127.0.0.1")
    try:
        assert served.stdout is not None
        assert "/v/" in served.stdout.readline()
        served.send_signal(signal.SIGINT)
        out, _err = served.communicate(timeout=30)
    finally:
        served.kill()
    assert (served.returncode, out.strip()) == (0, "Phone voting stopped.")
    assert engine.voting.round(round_id).is_open
