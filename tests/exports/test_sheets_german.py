"""Every sheet in German: every label has its German words, and no English one is left."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

import resources
from exports.language import missing_labels, speaking, t
from exports.writer import export_sheets
from tests.clocks import fake_engine
from tests.cycle_workshop import finished_workshop
from tests.exports.conftest import Pdf
from tests.exports.samples import build_demo_workshop, build_five_by_five
from workshop.snapshot import (
    KeyResultSnapshot,
    PhoneCodeSnapshot,
    StepSnapshot,
    WorkshopSnapshot,
    blank_snapshot,
    load_snapshot,
)
from workshop.store import Store

GERMAN = resources.path("sheets", "de.json")
# Stored choices the sheets turn into words themselves: they stay as they are.
KEYS = frozenset(
    {
        "board",
        "column",
        "role",
        "status",
        "kind",
        "subject",
        "priority",
        "direction",
        "strength",
        "outcome_or_output",
        "leading_or_lagging",
        "template",
        "code",
        "phone_path",
        "retro_board",
        "retro_column",
    }
)
TEAM_TEXT = "Kunden lösen ihre Probleme selbst"
# Words of English sentences that no German label holds.
ENGLISH_WORDS = (
    "the", "and", "of", "our", "we", "is", "to", "with", "for", "from", "what", "who",
    "Page", "votes", "week", "Week", "Notes", "Score", "Verdict", "Date", "Cycle", "blank",
)  # fmt: skip


def in_german(value: Any) -> Any:
    """``value`` with every text the team typed (names, objectives, titles) in German."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if field.name in KEYS or field.name == "settings" or not field.init:
                continue
            changes[field.name] = in_german(getattr(value, field.name))
        return dataclasses.replace(value, **changes)
    if isinstance(value, str):
        return TEAM_TEXT if value else ""
    if isinstance(value, tuple):
        return tuple(in_german(item) for item in value)
    if isinstance(value, dict):
        return {key: in_german(item) for key, item in value.items()}
    return value


def with_corner_cases(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    """A workshop that also reaches the rare labels: phone codes, a sealed round, a round
    with no options, a key result with a target only, a skipped step, an output."""
    first = snapshot.rounds[0]
    rounds = (
        dataclasses.replace(
            first,
            secret=True,
            phone_path="/v/abc123",
            phone_codes=(PhoneCodeSnapshot("Ana", "K7QX2M"), PhoneCodeSnapshot("Bo", "P3RT9W")),
        ),
        dataclasses.replace(first, secret=True, status="closed", title=""),
        dataclasses.replace(first, options=(), secret=False, title="", subject="key_results"),
        *snapshot.rounds[1:],
    )
    objective = snapshot.objectives[0]
    target_only = KeyResultSnapshot(
        text="Mehr Antworten", target=80, unit="%", outcome_or_output="output", selected=True
    )
    objectives = (
        dataclasses.replace(objective, key_results=(*objective.key_results, target_only)),
        *snapshot.objectives[1:],
    )
    skipped = StepSnapshot("Pause", "break", 600, 0, 0.0, "skipped", True)
    return dataclasses.replace(
        snapshot, rounds=rounds, objectives=objectives, steps=(*snapshot.steps, skipped)
    )


@pytest.fixture
def workshops(store: Store) -> list[WorkshopSnapshot]:
    """A finished workshop, a five-by-five one, one four weeks into its cycle, a blank one."""
    cycle_id, _ = finished_workshop(store)
    cycle = fake_engine(store, cycle_id).cycle
    for objective in cycle.objectives():
        for kr in objective.key_results:
            for week in range(1, 5):
                cycle.check_in(kr.id, week, 0.4, str(week))
    cycle.set_review_answer("worked", "Pairing")
    cycle.add_review_item("stop", "Status decks")
    demo = load_snapshot(store, build_demo_workshop(store))
    return [
        with_corner_cases(demo),
        load_snapshot(store, build_five_by_five(store)),
        load_snapshot(store, cycle_id),
        blank_snapshot(),
    ]


def test_every_label_of_every_sheet_has_german_words(
    workshops: list[WorkshopSnapshot], tmp_path: Path
) -> None:
    for number, snapshot in enumerate(workshops):
        for blank in (False, True):
            folder = tmp_path / f"{number}-{blank}"
            folder.mkdir()
            with missing_labels() as missing:
                export_sheets(snapshot, "all", "a4", folder, blank=blank, language="de")
            assert missing == set(), f"no German for: {sorted(missing)}"


def english_left(text: str) -> list[str]:
    """The English labels and words found in a sheet's text."""
    flat = " ".join(text.split())
    table: dict[str, str] = json.loads(GERMAN.read_text("utf-8"))
    found = []
    for english, german in table.items():
        if english == german:
            continue  # the same in both languages ("Team", "Option")
        for fragment in re.split(r"\{[a-z_]+\}", english):
            fragment = " ".join(fragment.split()).strip(" .:·()")
            if len(fragment) >= 4 and fragment not in german and shows(fragment, flat):
                found.append(fragment)
    found += [word for word in ENGLISH_WORDS if shows(word, flat)]
    return found


def shows(words: str, text: str) -> bool:
    """Whether ``words`` stand in ``text`` on their own (not as the start of a longer word)."""
    return re.search(rf"(?<![\w-]){re.escape(words)}(?![\w-])", text) is not None


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def pdftotext() -> None:
    try:
        subprocess.run(["pdftotext", "-v"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")


def test_no_english_label_is_left_on_any_german_sheet(
    pdftotext: None, workshops: list[WorkshopSnapshot], tmp_path: Path
) -> None:
    team_in_german = in_german(workshops[0])
    for blank in (False, True):
        german = tmp_path / f"de-{blank}"
        german.mkdir()
        written = export_sheets(team_in_german, "all", "a4", german, blank=blank, language="de")
        assert len(written) >= 10
        for path in written:
            assert english_left(pdf_text(path)) == [], path.name
    # The same sheets in English: the check finds what it looks for.
    english = tmp_path / "en"
    english.mkdir()
    written = export_sheets(team_in_german, "all", "a4", english, language="en")
    assert all(english_left(pdf_text(path)) for path in written)


def test_german_sheets_speak_german(workshops: list[WorkshopSnapshot], tmp_path: Path) -> None:
    written = export_sheets(
        workshops[0], ["summary", "cycle-review"], "a4", tmp_path, language="de"
    )
    assert [p.name for p in written] == [
        "Customer Care - Zyklus-Rückblick.pdf",
        "Customer Care - Zusammenfassung des Workshops.pdf",
    ]
    review, summary = (Pdf(path) for path in written)
    assert (
        "Zyklus-Rückblick" in review.pages[0] and "5. Apr. 2027 – 25. Juni 2027" in review.pages[0]
    )
    assert "Seite 1 von" in summary.pages[0]
    assert "von 35% auf 60%" in summary.text
    assert "Unsere OKRs nach Rang" in summary.text


def test_numbers_and_dates_follow_the_language() -> None:
    import datetime as dt

    from exports.sheets.common import number, score, short_date

    with speaking("de"):
        assert (number(1234.5), score(0.7), short_date(dt.date(2027, 3, 1))) == (
            "1.234,5",
            "0,7",
            "1. März 2027",
        )
        assert t("Page {number} of {total}", number=2, total=3) == "Seite 2 von 3"
    assert (number(1234.5), score(0.7), short_date(dt.date(2027, 3, 1))) == (
        "1,234.5",
        "0.7",
        "1 Mar 2027",
    )


def test_every_sheet_has_a_german_name_for_its_messages() -> None:
    from exports.registry import SHEETS

    with speaking("de"), missing_labels() as missing:
        names = [t(sheet.title) for sheet in SHEETS.values()]
    assert missing == set()
    assert "Moderationsbogen: Messung" in names and "Stimmzettel" in names
