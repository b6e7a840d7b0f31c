"""The sheets and the screens use the same words and the same verdict thresholds."""

from __future__ import annotations

from exports.sheets.labels import COLUMNS, ROLES
from exports.sheets.summary import verdict
from facilitation.engine import WorkshopEngine
from facilitation.engine.boards import COLUMNS as BOARD_COLUMNS
from facilitation.scoring import VerdictThresholds
from facilitation.scoring import verdict as screen_verdict
from facilitation.workshops import ROLE_LABELS, new_workshop
from workshop.snapshot import load_snapshot
from workshop.store import Store


def test_thresholds_saved_in_the_scoring_step_decide_the_printed_verdict(store: Store) -> None:
    engine = WorkshopEngine(store, new_workshop(store, "Platform team", "team"))
    custom = VerdictThresholds(exceeded=0.9, delivered=0.5, fell_short=0.2)
    engine.scoring.set_thresholds(custom)
    settings = load_snapshot(store, engine.workshop_id).settings
    for score in (0.1, 0.2, 0.5, 0.6, 0.9, 1.0):
        assert verdict(score, settings) == screen_verdict(score, custom).label


def test_columns_and_roles_read_the_same_on_screen_and_paper() -> None:
    assert COLUMNS == BOARD_COLUMNS
    assert ROLES == ROLE_LABELS
