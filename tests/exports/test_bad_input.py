"""The bad-input suite on the sheets: hostile text typed in the app prints, safely.

Each hostile string goes through the engine as the team's name, an objective, a key
result and an initiative, then every sheet is exported. Nothing fails, every file
lands in the chosen folder whatever the team is called, and the text comes back out
of the PDF as it went in, each character in a font that has it (right-to-left text
comes back in the order it is seen).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from exports.registry import SHEETS
from exports.text import SUBSTITUTE
from exports.writer import export_sheets
from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.exports.conftest import Pdf
from tests.exports.samples import long_text_snapshot
from tests.hostile import HOSTILE_STRINGS, cleaned
from workshop.snapshot import load_snapshot
from workshop.store import Store

SHORT_ENOUGH_TO_FIND = 200


def _team_for(store: Store, text: str) -> WorkshopEngine:
    try:
        workshop_id = new_workshop(store, text, "executive", participants=[("Ana", "facilitator")])
    except RuleError:
        workshop_id = new_workshop(store, "Platform team", "executive")
    return fake_engine(store, workshop_id)


@pytest.mark.parametrize("name", HOSTILE_STRINGS)
def test_hostile_text_prints_as_typed_into_the_chosen_folder(
    store: Store, tmp_path: Path, name: str
) -> None:
    text = HOSTILE_STRINGS[name]
    engine = _team_for(store, text)
    try:
        objective = engine.okrs.add_objective(text, why_it_matters=text)
    except RuleError:
        objective = engine.okrs.add_objective("Customers notice we got better")
    key_result = engine.okrs.add_key_result(objective, "Repeat visits from 12% to 5%")
    if cleaned(text):
        engine.okrs.edit_key_result(key_result, how_to_measure=text)
        engine.okrs.add_initiative(key_result, text, owner="Ana")
    engine.okrs.pick_key_results(objective, [key_result])

    folder = tmp_path / "out" / "sheets"
    folder.mkdir(parents=True)
    paths = export_sheets(load_snapshot(store, engine.workshop_id), "all", "a4", folder)

    assert paths and all(path.parent == folder and path.is_file() for path in paths)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in paths)
    assert list(folder.parent.iterdir()) == [folder]
    shown = cleaned(text)
    if shown and len(shown) <= SHORT_ENOUGH_TO_FIND:
        sheet = next(p for p in paths if "Facilitation sheet" in p.name)
        expected = unicodedata.normalize("NFKC", " ".join(shown.split()))
        printed = unicodedata.normalize("NFKC", Pdf(sheet).text)
        if name == "right to left":
            # Shaped Arabic reads back as its joined forms; the words come out in the
            # order they are seen, right to left.
            words = expected.split()
            assert " ".join(reversed(words)) in printed or expected in printed
        else:
            assert expected in printed
        assert SUBSTITUTE not in printed, "every character has a font"


@pytest.mark.parametrize(
    ("length", "spaces", "paper"),
    [
        (5000, True, "a4"),
        (5000, False, "letter"),
        pytest.param(7500, False, "a4", marks=pytest.mark.slow),
        pytest.param(7500, True, "letter", marks=pytest.mark.slow),
    ],
)
def test_every_sheet_prints_thousands_of_characters_in_every_field_losing_none(
    out_dir: Path, length: int, spaces: bool, paper: str
) -> None:
    snapshot = long_text_snapshot(length, spaces)
    paths = export_sheets(snapshot, "all", paper, out_dir)
    assert len(paths) == len(SHEETS)
    printed = " ".join(Pdf(path).text for path in paths)
    for field in (
        "objective",
        "why",
        "kr1 text",
        "kr2 measure",
        "kr1 initiative",
        "character",
        "hopes",
        "comms 4",
        "retro",
        "option two",
        "pipeline",
        "past kr",
        "people",
    ):
        assert f"end of {field}" in printed, field
    assert "continued in note 1, after the sheet." in printed
