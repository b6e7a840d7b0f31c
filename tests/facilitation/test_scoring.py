"""Scoring last cycle, verdicts and confidence."""

from __future__ import annotations

import pytest

from facilitation.engine.cycle import CheckInView
from facilitation.rules import RuleError
from facilitation.scoring import (
    CONFIDENCE_SCALE,
    VerdictThresholds,
    check_confidence,
    check_score,
    objective_score,
    verdict,
)
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from workshop.store import Store


@pytest.mark.parametrize("score", [0.0, 0.1, 0.7, 1.0])
def test_scores_go_from_zero_to_one_in_tenths(score: float) -> None:
    assert check_score(score) == score


@pytest.mark.parametrize("score", [-0.1, 1.1, 0.75, 0.33])
def test_other_scores_are_refused(score: float) -> None:
    with pytest.raises(RuleError, match=r"0\.0 to 1\.0 in steps of 0\.1"):
        check_score(score)


def test_the_objective_score_is_the_mean_of_its_scored_krs() -> None:
    assert objective_score([0.7, 0.4, None, 1.0]) == 0.7
    assert objective_score([None]) is None


@pytest.mark.parametrize(
    ("score", "label"),
    [(1.0, "Exceeded"), (0.7, "Delivered"), (0.9, "Delivered"), (0.3, "Fell short"),
     (0.6, "Fell short"), (0.2, "Failed to deliver"), (0.0, "Failed to deliver")],
)  # fmt: skip
def test_each_score_maps_to_one_verdict(score: float, label: str) -> None:
    assert verdict(score).label == label


def test_verdict_thresholds_are_settings(store: Store, workshop_id: int) -> None:
    engine = fake_engine(store, workshop_id).scoring
    engine.set_thresholds(VerdictThresholds(exceeded=0.9, delivered=0.6, fell_short=0.2))
    past = engine.add_past_objective("Self-service onboarding")
    kr = engine.add_past_key_result(past, "Time to first API call under 10 minutes")
    engine.score(kr, 0.9)
    objective = engine.past_objectives()[0]
    assert objective.score == 0.9
    assert objective.verdict is not None and objective.verdict.label == "Exceeded"
    with pytest.raises(RuleError, match="must rise"):
        engine.set_thresholds(VerdictThresholds(exceeded=0.5, delivered=0.6))


def test_the_confidence_scale_has_four_levels() -> None:
    assert [level.value for level in CONFIDENCE_SCALE] == [1.0, 0.7, 0.4, 0.0]
    assert check_confidence(0.7, 3) == 0.7
    with pytest.raises(RuleError, match=r"1, 0\.7, 0\.4 or 0"):
        check_confidence(0.5, 3)
    with pytest.raises(RuleError, match="week 1 to 12"):
        check_confidence(1, 13)


def test_last_cycle_comes_from_the_teams_previous_workshop(store: Store) -> None:
    earlier = fake_engine(store, new_workshop(store, "Platform team", "team"))
    objective = earlier.okrs.add_objective("Our releases are boring")
    krs = [earlier.okrs.add_key_result(objective, f"KR {n}") for n in range(4)]
    earlier.okrs.pick_key_results(objective, [krs[2], krs[0], krs[1]])
    dropped = earlier.okrs.add_objective("Dropped one")
    earlier.okrs.set_objective_status(dropped, "dropped")

    now = fake_engine(store, new_workshop(store, "platform TEAM", "executive"))
    assert now.scoring.previous_workshop_id() == earlier.workshop_id
    now.scoring.bring_in_previous()
    (past,) = now.scoring.past_objectives()
    assert past.text == "Our releases are boring"
    assert [kr.text for kr in past.key_results] == ["KR 2", "KR 0", "KR 1"]
    for kr, score in zip(past.key_results, (0.7, 0.4, 0.1), strict=True):
        now.scoring.score(kr.id, score)
    assert now.scoring.past_objectives()[0].score == 0.4
    assert [kr.text for kr in now.scoring.low_scoring_key_results()] == ["KR 1"]
    with pytest.raises(RuleError, match="already here"):
        now.scoring.bring_in_previous()


def test_without_an_earlier_workshop_last_cycle_is_typed_in(store: Store, workshop_id: int) -> None:
    engine = fake_engine(store, workshop_id).scoring
    with pytest.raises(RuleError, match="type last cycle's objectives in"):
        engine.bring_in_previous()
    past = engine.add_past_objective("Partners integrate on their own")
    kr = engine.add_past_key_result(past, "Integration tickets from 40 to 10 a month")
    unscore = engine.score(kr, 0.3)
    put_back = engine.remove_past_objective(past)
    assert engine.past_objectives() == []
    put_back()
    assert engine.past_objectives()[0].key_results[0].score == 0.3
    unscore()
    assert engine.past_objectives()[0].key_results[0].score is None


def test_weekly_confidence_is_recorded_per_kr_and_week(store: Store, workshop_id: int) -> None:
    engine = fake_engine(store, workshop_id)
    objective = engine.okrs.add_objective("Our releases are boring")
    kr = engine.okrs.add_key_result(objective, "Change failure rate from 20% to 5%")
    engine.cycle.check_in(kr, 1, 0.7, actual="18%")
    put_back = engine.cycle.check_in(kr, 1, 0.4)
    assert engine.cycle.objectives()[0].key_results[0].checkins[1].confidence == 0.4
    put_back()
    assert engine.cycle.objectives()[0].key_results[0].checkins[1] == CheckInView(1, 0.7, "18%", "")
    engine.cycle.check_in(kr, 1, 0.4)
    engine.cycle.check_in(kr, 2, 1)
    weeks = engine.cycle.objectives()[0].key_results[0].checkins
    assert {week: c.confidence for week, c in weeks.items()} == {1: 0.4, 2: 1.0}
    engine.cycle.forget_check_in(kr, 2)
    assert list(engine.cycle.objectives()[0].key_results[0].checkins) == [1]
