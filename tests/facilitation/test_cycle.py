"""The cycle after the workshop: check-ins, trends, the review and the next workshop."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitation.cycle import read_confidence, read_score
from facilitation.engine import WorkshopEngine
from facilitation.engine.cycle import CheckInView
from facilitation.rules import RuleError
from tests.clocks import fake_engine
from tests.cycle_workshop import OKRS, finished_workshop
from workshop.store import Store


@pytest.fixture
def cycle(store: Store) -> tuple[WorkshopEngine, list[list[int]]]:
    workshop_id, kr_ids = finished_workshop(store)
    return fake_engine(store, workshop_id, wall=lambda: dt.datetime(2027, 1, 20, 10, 0)), kr_ids


def test_key_results_are_numbered_as_the_sheets_print_them(
    cycle: tuple[WorkshopEngine, list[list[int]]],
) -> None:
    engine, kr_ids = cycle
    objectives = engine.cycle.objectives()
    assert [o.text for o in objectives] == [text for text, _ in reversed(OKRS)]
    assert [kr.number for kr in objectives[0].key_results] == ["1.1", "1.2", "1.3", "1.4"]
    assert [kr.id for kr in objectives[0].key_results] == kr_ids[0]
    assert engine.cycle.key_result("2.3").id == kr_ids[1][2]
    assert engine.cycle.key_result("KR 3.1").id == kr_ids[2][0]
    with pytest.raises(RuleError, match=r"no key result .4\.1.*1\.1, 1\.2"):
        engine.cycle.key_result("4.1")


def test_this_week_comes_from_the_cycle_dates(
    cycle: tuple[WorkshopEngine, list[list[int]]],
) -> None:
    engine, _ = cycle
    assert engine.cycle.current_week() == 3


def test_a_check_in_is_recorded_changed_and_put_back(
    cycle: tuple[WorkshopEngine, list[list[int]]],
) -> None:
    engine, kr_ids = cycle
    kr = kr_ids[0][0]
    clear = engine.cycle.check_in(kr, 3, 0.7, "45%", "the pilot slipped")
    put_back = engine.cycle.check_in(kr, 3, 0.4, "40%")
    assert engine.cycle.key_result("1.1").checkins[3] == CheckInView(3, 0.4, "40%", "")
    put_back()
    old = CheckInView(3, 0.7, "45%", "the pilot slipped")
    assert engine.cycle.key_result("1.1").checkins[3] == old
    clear()
    assert engine.cycle.key_result("1.1").checkins == {}


@pytest.mark.parametrize(
    ("week", "confidence", "message"),
    [(13, 0.7, "week 1 to 12"), (0, 0.7, "week 1 to 12"), (3, 0.5, "1, 0.7, 0.4 or 0")],
)
def test_a_check_in_outside_the_scale_is_refused(
    cycle: tuple[WorkshopEngine, list[list[int]]], week: int, confidence: float, message: str
) -> None:
    engine, kr_ids = cycle
    with pytest.raises(RuleError, match=message):
        engine.cycle.check_in(kr_ids[0][0], week, confidence)
    assert engine.cycle.key_result("1.1").checkins == {}


def test_the_weeks_questions_health_and_focus_are_kept(
    cycle: tuple[WorkshopEngine, list[list[int]]],
) -> None:
    engine, _ = cycle
    unanswer = engine.cycle.set_weekly_answer(2, "slowing_us", "The test rig is down")
    engine.cycle.set_weekly_answer(2, "weekly_focus", "1. Fix the rig 2. 二、文档")
    assert engine.cycle.weekly_note(2).slowing_us == "The test rig is down"
    assert engine.cycle.weekly_note(2).weekly_focus == "1. Fix the rig 2. 二、文档"
    assert engine.cycle.weekly_note(3).slowing_us == ""
    unanswer()
    assert engine.cycle.weekly_note(2).slowing_us == ""
    engine.cycle.set_weekly_answer(2, "slowing_us", "The test rig is down")
    with pytest.raises(RuleError):
        engine.cycle.set_weekly_answer(2, "mood", "fine")
    metric = engine.cycle.add_health_metric("On-call pages")
    unrate = engine.cycle.set_health_status(metric, "amber")
    put_back = engine.cycle.remove_health_metric(metric)
    assert engine.cycle.health() == []
    put_back()
    assert [(h.name, h.status) for h in engine.cycle.health()] == [("On-call pages", "amber")]
    unrate()
    assert [(h.name, h.status) for h in engine.cycle.health()] == [("On-call pages", "")]


def _run_the_cycle(engine: WorkshopEngine) -> None:
    """Twelve weeks of check-ins, KR 1.1 ending 60% of the way, then the review."""
    for week in range(1, 13):
        for objective in engine.cycle.objectives():
            for kr in objective.key_results:
                engine.cycle.check_in(kr.id, week, 0.7, str(kr.baseline))
    first = engine.cycle.key_result("1.1")
    assert first.baseline == 30.0 and first.target == 70.0
    engine.cycle.check_in(first.id, 12, 0.4, "54%")
    engine.cycle.set_final_score(engine.cycle.key_result("1.2").id, 0.9)
    engine.cycle.set_review_note(first.id, "Adoption stalled after the reorg")
    engine.cycle.set_review_answer("worked", "Pairing on the pipeline")
    engine.cycle.add_review_item("stop", "Weekly status decks")
    settled = engine.cycle.add_review_item("start", "Demo days")
    engine.cycle.set_review_item_open(settled, False)
    engine.cycle.add_review_item("continue", "Mentor rota")


def test_the_review_suggests_a_score_the_room_can_override(
    cycle: tuple[WorkshopEngine, list[list[int]]],
) -> None:
    engine, _ = cycle
    _run_the_cycle(engine)
    first, second = engine.cycle.objectives()[0].key_results[:2]
    assert first.suggested_score == 0.6 and first.final_score is None
    assert second.final_score == 0.9
    assert second.verdict is not None and second.verdict.label == "Delivered"
    answers = engine.cycle.review_answers()
    assert [a.question for a in answers] == ["unexpected", "priorities", "worked", "adjust"]
    assert [a.text for a in answers] == ["", "", "Pairing on the pipeline", ""]
    with pytest.raises(RuleError, match=r"0\.0 to 1\.0"):
        engine.cycle.set_final_score(first.id, 1.5)


def test_the_next_cycle_starts_from_the_scores_and_lessons(
    store: Store, cycle: tuple[WorkshopEngine, list[list[int]]]
) -> None:
    engine, _ = cycle
    _run_the_cycle(engine)
    new_id = engine.cycle.start_next_cycle()
    new = fake_engine(store, new_id)
    info = new.cycle.info()
    assert (info.team, info.label, info.start) == ("Platform team", "Q2 2027", dt.date(2027, 3, 29))
    past = new.scoring.past_objectives()
    assert [p.text for p in past] == [text for text, _ in reversed(OKRS)]
    first = past[0].key_results
    assert [kr.text for kr in first] == [kr for kr, *_ in OKRS[2][1]]
    assert [kr.score for kr in first[:2]] == [0.6, 0.9]
    assert first[0].note == "Adoption stalled after the reorg"
    retro = new.boards.retro_items("opening")
    assert [(i.column, i.text) for i in retro] == [
        ("learned", "What worked, what did not, and why? Pairing on the pipeline"),
        ("stop", "Weekly status decks"),
        ("continue", "Mentor rota"),
    ]
    assert [p.name for p in new.okrs.participants()] == ["Amara", "Dmitri"]
    assert new.scoring.previous_workshop_id() == engine.workshop_id
    assert engine.cycle.info().next_workshop_id == new_id
    with pytest.raises(RuleError, match=rf"already started: workshop {new_id} \(Q2 2027\)"):
        engine.cycle.start_next_cycle()


def test_a_workshop_without_key_results_has_no_next_cycle(store: Store, workshop_id: int) -> None:
    with pytest.raises(RuleError, match="no key results yet"):
        fake_engine(store, workshop_id).cycle.start_next_cycle("Q2")


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1", 1.0), ("0.7", 0.7), (".7", 0.7), ("7", 0.7), ("0,4", 0.4), ("4", 0.4), ("0", 0.0)],
)
def test_confidence_is_typed_with_one_key(typed: str, value: float) -> None:
    assert read_confidence(typed) == value


@pytest.mark.parametrize("typed", ["0.5", "high", "10", "-1"])
def test_a_confidence_off_the_scale_is_refused(typed: str) -> None:
    with pytest.raises(RuleError, match=r"type 1, 0\.7, 0\.4 or 0"):
        read_confidence(typed)


def test_an_empty_confidence_or_score_is_none() -> None:
    assert read_confidence("  ") is None
    assert read_score("") is None
    assert read_score(".6") == 0.6
    with pytest.raises(RuleError):
        read_score("lots")
