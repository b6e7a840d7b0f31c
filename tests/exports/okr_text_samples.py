"""Snapshots for the Markdown, CSV and HTML files: a plain set, and one of hostile text."""

from __future__ import annotations

import datetime as dt

from tests.hostile import HOSTILE_STRINGS
from workshop.snapshot import (
    CommsItemSnapshot,
    InitiativeSnapshot,
    KeyResultSnapshot,
    ObjectiveSnapshot,
    WorkshopSnapshot,
)

PLAIN = WorkshopSnapshot(
    team="Field Support",
    mission="Keep every customer's kit running",
    cycle_label="Q1 2027",
    cycle_start=dt.date(2027, 1, 4),
    cycle_end=dt.date(2027, 3, 26),
    objectives=(
        ObjectiveSnapshot(
            text="Engineers carry the right parts",
            rank=2,
            parent_text="Customers never need a second visit",
            key_results=(
                KeyResultSnapshot(
                    text="Vans leave with a full kit",
                    baseline=70,
                    target=95,
                    unit="%",
                    selected=True,
                ),
                KeyResultSnapshot(text="A candidate the vote left out", baseline=1, target=2),
            ),
        ),
        ObjectiveSnapshot(
            text="Customers never need a second visit",
            why_it_matters="Every repeat visit costs a day of someone's work",
            rank=1,
            key_results=(
                KeyResultSnapshot(
                    text="Repeat visits fall",
                    baseline=12.5,
                    target=5,
                    unit="%",
                    champion="Bo",
                    how_to_measure="Visits per ticket",
                    data_source="Dispatch reports",
                    initiatives=(
                        InitiativeSnapshot("Van stock check", owner="Bo", priority="must"),
                        InitiativeSnapshot("Photo of the fault", priority="could"),
                    ),
                ),
                KeyResultSnapshot(
                    text="First-visit fixes rise", baseline=1200, target=1500, unit="fixes"
                ),
            ),
        ),
        ObjectiveSnapshot(text="Nobody wrote this one down", status="draft", rank=None),
    ),
    comms=(
        CommsItemSnapshot(
            audience="Dispatch", message="Our OKRs", channel="Stand-up", when="Week 1", owner="Ana"
        ),
    ),
)

# Every hostile string somewhere a format could misread it.
HOSTILE_NAMES = [name for name, text in HOSTILE_STRINGS.items() if text.strip()]
HOSTILE = WorkshopSnapshot(
    team=HOSTILE_STRINGS["markup"],
    mission=HOSTILE_STRINGS["format strings"],
    cycle_label="Q1 2027",
    objectives=tuple(
        ObjectiveSnapshot(
            text=f"{name}: {HOSTILE_STRINGS[name]}",
            why_it_matters=HOSTILE_STRINGS[name],
            rank=index,
            key_results=(
                KeyResultSnapshot(
                    text=HOSTILE_STRINGS[name],
                    baseline=-5,
                    target=5,
                    unit=HOSTILE_STRINGS[name][:20],
                    champion=HOSTILE_STRINGS[name][:40],
                    initiatives=(InitiativeSnapshot(HOSTILE_STRINGS[name], priority="should"),),
                ),
            ),
        )
        for index, name in enumerate(HOSTILE_NAMES, 1)
    ),
    comms=(CommsItemSnapshot(audience="=1+2", message="| a | b |", channel="[x](y)", when="-3"),),
)
