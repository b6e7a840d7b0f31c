"""The sheets and the screens use the same words and the same verdict thresholds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exports.sheets.labels import COLUMNS, ROLES
from exports.writer import export_sheets
from facilitation.engine.boards import COLUMNS as BOARD_COLUMNS
from facilitation.scoring import VerdictThresholds
from facilitation.scoring import verdict as screen_verdict
from facilitation.workshops import ROLE_LABELS, new_workshop
from tests.clocks import fake_engine
from tests.exports.conftest import Pdf
from workshop.snapshot import PastKeyResultSnapshot, PastObjectiveSnapshot, load_snapshot
from workshop.store import Store


def test_thresholds_saved_in_the_scoring_step_decide_the_printed_verdict(
    store: Store, tmp_path: Path
) -> None:
    engine = fake_engine(store, new_workshop(store, "Platform team", "team"))
    custom = VerdictThresholds(exceeded=0.9, delivered=0.5, fell_short=0.2)
    engine.scoring.set_thresholds(custom)
    snapshot = load_snapshot(store, engine.workshop_id)
    past = PastObjectiveSnapshot(
        "Ship on time", tuple(PastKeyResultSnapshot(f"KR scored {s}", s) for s in (0.5, 0.1))
    )
    snapshot = dataclasses.replace(snapshot, past_objectives=(past,))
    path = export_sheets(snapshot, "summary", "a4", tmp_path)[0]
    printed = Pdf(path).text
    assert f"KR scored 0.5 0.5 {screen_verdict(0.5, custom).label}" in printed
    assert "KR scored 0.5 0.5 Delivered" in printed, "0.5 is delivered with these thresholds"
    assert f"KR scored 0.1 0.1 {screen_verdict(0.1, custom).label}" in printed


def test_columns_and_roles_read_the_same_on_screen_and_paper() -> None:
    assert COLUMNS == BOARD_COLUMNS
    assert ROLES == ROLE_LABELS
