"""The JSON fuzzer: mutated documents and hostile values, fed to import as a file would be.

Every document must end in a clean refusal (one line, nothing imported) or in a
workshop that opens: every view of the engine reads it, the sheets' snapshot loads,
and it exports to strict JSON that imports again.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitation import imports
from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from tests.clocks import FakeClock, FakeWall
from tests.workshop.samples import build_full_workshop
from workshop import commands, interchange
from workshop.snapshot import load_snapshot
from workshop.store import Store, ValueNotStorable, open_store

DEEP = "DEEP-NESTING-HERE"
RAW = "RAW-JSON-HERE:"
HOSTILE_VALUES: list[Any] = [
    2**63,
    -(2**63) - 1,
    2**31,
    -1,
    0,
    10**6,
    1e308,
    -1e308,
    0.55,
    7.5,
    0.3,
    f"{RAW}Infinity",
    f"{RAW}-Infinity",
    f"{RAW}NaN",
    f"{RAW}1e999",
    f"{RAW}{'9' * 5000}",
    f'{RAW}"\\ud800"',
    DEEP,
    "",
    "   ",
    "x" * 10_001,
    "Ana",
    "ANA",
    "before\x00after",
    "R&D <team>",
    "目标 🎯 هدف",
    [],
    [1, 2],
    {},
    {"ends_at": 5},
    {"started_at": "yesterday"},
    None,
    True,
    "2027-13-45",
    "2027-01-04T10:00:00+02:00",
    "2027-01-04",
    "0001-01-01T00:00:00",
]
READ_VIEWS = {
    "agenda": ("steps", "current_step", "status", "end_time", "remaining", "used", "zero_action"),
    "boards": ("cards",),
    "voting": ("rounds",),
    "okrs": (
        "objectives",
        "answers",
        "champion_load",
        "comms_items",
        "dependencies",
        "metrics",
        "story",
        "worksheet",
        "warnings",
        "findings_for_set",
    ),
    "scoring": ("past_objectives", "low_scoring_key_results", "thresholds"),
    "cycle": ("info", "objectives", "health", "review_answers", "review_items", "current_week"),
}


@pytest.fixture(scope="module")
def base_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = open_store(tmp_path_factory.mktemp("fuzz") / "source.sqlite")
    document = interchange.export_workshop(store, build_full_workshop(store))
    store.close()
    return document


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "target.sqlite")
    yield store
    store.close()


def places(document: dict[str, Any]) -> list[tuple[Any, Any]]:
    """Every (container, key) holding a value in the document."""
    found: list[tuple[Any, Any]] = []
    pending: list[Any] = [document]
    while pending:
        container = pending.pop()
        keys = container.keys() if isinstance(container, dict) else range(len(container))
        for key in keys:
            found.append((container, key))
            if isinstance(container[key], dict | list):
                pending.append(container[key])
    return found


def mutate(document: dict[str, Any], rng: random.Random) -> str:
    """A copy with one to three mutations, as the text of a file."""
    mutated = copy.deepcopy(document)
    for _ in range(rng.randint(1, 3)):
        container, key = rng.choice(places(mutated))
        action = rng.random()
        if action < 0.7:
            container[key] = rng.choice(HOSTILE_VALUES)
        elif action < 0.8 and isinstance(container, dict):
            del container[key]
        elif action < 0.9 and isinstance(container[key], list) and container[key]:
            container[key].append(copy.deepcopy(rng.choice(container[key])))
        elif key == "id" or str(key).endswith("_id"):
            container[key] = rng.randint(-2, 40)
        else:
            container[key] = str(container[key])
    text = json.dumps(mutated, ensure_ascii=False)
    text = text.replace(json.dumps(DEEP), "[" * 1000 + "]" * 1000)
    for value in HOSTILE_VALUES:
        if isinstance(value, str) and value.startswith(RAW):
            text = text.replace(json.dumps(value, ensure_ascii=False), value[len(RAW) :])
    return text


def assert_opens_and_exports(store: Store, workshop_id: int, sheets: Path | None = None) -> None:
    """Every view reads it, its snapshot loads (and prints, given a folder), JSON round-trips."""
    clock = FakeClock()
    engine = WorkshopEngine(store, workshop_id, clock, FakeWall(clock))
    for part, views in READ_VIEWS.items():
        for view in views:
            getattr(getattr(engine, part), view)()
    for voting_round in engine.voting.rounds():
        with contextlib.suppress(RuleError):  # a secret round keeps its totals to the reveal
            engine.voting.result(voting_round.id)
    snapshot = load_snapshot(store, workshop_id)
    if sheets is not None:
        from exports.writer import export_sheets

        folder = sheets / str(workshop_id)
        folder.mkdir()
        assert export_sheets(snapshot, "all", "a4", folder)
    exported = interchange.dumps(interchange.export_workshop(store, workshop_id))
    strict = json.loads(exported, parse_constant=pytest.fail)
    assert imports.import_workshop(store, strict) > workshop_id


def import_or_refuse(store: Store, text: str) -> int | None:
    before = len(commands.list_workshops(store))
    try:
        return imports.import_text(store, text)
    except (interchange.InterchangeError, ValueNotStorable) as refusal:
        message = str(refusal)
        assert "\n" not in message and len(message) < 400, message
        assert len(commands.list_workshops(store)) == before, "a refusal imported something"
        return None


@pytest.mark.slow
def test_mutated_documents_are_refused_cleanly_or_open(
    base_document: dict[str, Any], target: Store, tmp_path: Path
) -> None:
    rng = random.Random(20261201)
    accepted = refused = 0
    for _ in range(300):
        text = mutate(base_document, rng)
        workshop_id = import_or_refuse(target, text)
        if workshop_id is None:
            refused += 1
            continue
        accepted += 1
        # The first few also print every sheet: the slowest check, and the same code after.
        assert_opens_and_exports(target, workshop_id, tmp_path if accepted <= 5 else None)
    assert accepted >= 10 and refused >= 100, (accepted, refused)


@pytest.mark.slow
def test_every_field_meets_hostile_values(base_document: dict[str, Any], target: Store) -> None:
    """Each field of the first item of each section (and the workshop's own), each value."""
    fields: list[tuple[str, str]] = [("workshop", name) for name in base_document["workshop"]]
    for section in interchange.SECTIONS:
        if base_document[section.key]:
            fields += [(section.key, name) for name in base_document[section.key][0]]
    for section, field in fields:
        for value in HOSTILE_VALUES[::6]:
            document = copy.deepcopy(base_document)
            item = document[section] if section == "workshop" else document[section][0]
            item[field] = value
            text = mutate_nothing(document)
            workshop_id = import_or_refuse(target, text)
            if workshop_id is not None:
                assert_opens_and_exports(target, workshop_id)


def mutate_nothing(document: dict[str, Any]) -> str:
    return mutate(document, _Unchanging())


class _Unchanging(random.Random):
    """A random source under which ``mutate`` changes nothing more."""

    def randint(self, a: int, b: int) -> int:
        return 0


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["workshop"].update(current_step_id=[1]), "workshop.current_step_id"),
        (lambda d: d["agenda_steps"][0].update(used_seconds=-5), "agenda_steps[0].used_seconds"),
        (lambda d: d["past_key_results"][0].update(score=7.5), "past_key_results[0].score"),
        (lambda d: d["workshop"].update(settings={"ends_at": 5}), "workshop.settings.ends_at"),
        (lambda d: d["workshop"].update(cycle_end="2026-01-01"), "workshop.cycle_end"),
        (
            lambda d: d["participants"][1].update(name=d["participants"][0]["name"].upper()),
            "participants[1].name",
        ),
        (lambda d: d["workshop"].update(team="T" * 201), "workshop.team"),
        (lambda d: d["agenda_steps"][0].update(planned_seconds=2**63), "planned_seconds"),
    ],
)
def test_the_issues_examples_are_refused_naming_the_field(
    base_document: dict[str, Any], target: Store, change: Any, expected: str
) -> None:
    document = copy.deepcopy(base_document)
    change(document)
    with pytest.raises(interchange.InterchangeError, match=expected.replace("[", r"\[")):
        imports.import_text(target, json.dumps(document))
    assert commands.list_workshops(target) == []


def test_fifty_dots_for_one_voter_are_refused(base_document: dict[str, Any], target: Store) -> None:
    document = copy.deepcopy(base_document)
    vote = document["votes"][0]
    document["votes"] = [{**vote, "id": n} for n in range(1, 51)]
    with pytest.raises(interchange.InterchangeError, match=r"votes\[\d+\]: participant"):
        imports.import_text(target, json.dumps(document))


@pytest.mark.parametrize(
    "raw",
    ["Infinity", "-Infinity", "NaN", "1e999", "9" * 5000, '"\\udc00"', "[" * 1000 + "]" * 1000],
)
def test_values_json_allows_but_no_workshop_holds_are_refused(
    base_document: dict[str, Any], target: Store, raw: str
) -> None:
    text = json.dumps(base_document).replace('"mission": ', f'"mission": {raw}, "x": ', 1)
    with pytest.raises(interchange.InterchangeError) as refused:
        imports.import_text(target, text)
    assert "\n" not in str(refused.value)
