"""Paper ballots of a round whose phones ask for a code: each slip carries its person's code."""

from __future__ import annotations

import re
from pathlib import Path

from exports.writer import export_sheets
from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from okr_rules.phone_codes import shown_code
from tests.clocks import FakeClock, FakeWall
from tests.exports.conftest import Pdf
from workshop.snapshot import load_snapshot
from workshop.store import Store

PEOPLE = [("Amara", "facilitator"), ("R&D <team>", "contributor"), ("李娜", "kr_lead")]


def open_round(store: Store, *, secret: bool = True) -> tuple[WorkshopEngine, int]:
    clock = FakeClock()
    workshop_id = new_workshop(store, "Platform team", "executive", participants=PEOPLE)
    engine = WorkshopEngine(store, workshop_id, clock, FakeWall(clock))
    cards = [engine.boards.add_card(text) for text in ("Releases are boring", "Support is fast")]
    round_id = engine.voting.open_round("objectives", cards, votes_per_person=3, secret=secret)
    return engine, round_id


def slips(pdf: Pdf) -> list[str]:
    """The text of each ballot, from its "Ballot N of M" to the next one."""
    return re.split(r"(?=Ballot \d+ of \d+)", pdf.text)[1:]


def test_each_slip_carries_its_persons_code_and_the_phone_path(store: Store, out_dir: Path) -> None:
    engine, round_id = open_round(store)
    token = engine.phones.open_for_phones(round_id, codes_only=True).token
    codes = {p.name: shown_code(p.code) for p in engine.phones.room(round_id)}

    pdf = Pdf(
        export_sheets(load_snapshot(store, engine.workshop_id), ["ballots"], "a4", out_dir)[0]
    )

    printed = slips(pdf)
    assert len(printed) == 3
    for slip, (name, _) in zip(printed, PEOPLE, strict=True):
        assert f"For {name}" in slip
        assert f"Your phone code: {codes[name]}" in slip
        assert all(code not in slip for other, code in codes.items() if other != name)
        assert f"Open on your phone: ______________________/v/{token}" in slip
        assert "Cut off your name and code first" in slip, "the round is secret"
        assert "Releases are boring" in slip


def test_an_open_round_keeps_nothing_to_cut_off(store: Store, out_dir: Path) -> None:
    engine, round_id = open_round(store, secret=False)
    engine.phones.open_for_phones(round_id, codes_only=True)

    pdf = Pdf(
        export_sheets(load_snapshot(store, engine.workshop_id), ["ballots"], "a4", out_dir)[0]
    )

    assert "Your phone code" in pdf.text and "Cut off your name" not in pdf.text


def test_phones_that_pick_names_leave_the_ballots_unnamed(store: Store, out_dir: Path) -> None:
    engine, round_id = open_round(store)
    engine.phones.open_for_phones(round_id)

    snapshot = load_snapshot(store, engine.workshop_id)
    pdf = Pdf(export_sheets(snapshot, ["ballots"], "a4", out_dir)[0])

    assert snapshot.rounds[0].phone_codes == ()
    assert "Ballot 3 of 3" in pdf.text
    assert "phone code" not in pdf.text and "Amara" not in pdf.text
