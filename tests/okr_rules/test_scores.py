"""The OKR arithmetic every part reads: verdicts, objective scores, the tally's order."""

from __future__ import annotations

import pytest

from okr_rules.scores import Thresholds, objective_score, verdict
from okr_rules.tally import tally_key


@pytest.mark.parametrize(
    ("score", "settings", "expected"),
    [
        (1.0, {}, "Exceeded"),
        (0.7, {}, "Delivered"),
        (0.3, {}, "Fell short"),
        (0.2, {}, "Failed to deliver"),
        (0.6, {"verdict_thresholds": {"delivered": 0.6}}, "Delivered"),
        (0.6, {"verdict_thresholds": "nonsense"}, "Fell short"),
        (0.6, {"verdict_thresholds": {"delivered": "0.6", "exceeded": True}}, "Fell short"),
    ],
)
def test_verdicts_follow_the_thresholds_a_workshop_saved(
    score: float, settings: dict[str, object], expected: str
) -> None:
    assert verdict(score, Thresholds.from_settings(settings)).label == expected


def test_an_objective_scores_the_mean_of_its_scored_key_results() -> None:
    assert objective_score([0.7, None, 0.4]) == 0.55
    assert objective_score([None, None]) is None


def test_the_tally_puts_most_votes_first_then_the_settled_rank_then_ballot_order() -> None:
    options = [("a", 2, None, 0), ("b", 5, None, 1), ("c", 2, 1, 2), ("d", 2, None, 3)]
    ordered = sorted(options, key=lambda o: tally_key(o[1], o[2], o[3]))
    assert [o[0] for o in ordered] == ["b", "c", "a", "d"]
