"""Objectives and key results: ranking, picking, hands, champions, plans."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from facilitation.engine import WorkshopEngine
from facilitation.engine.base import Gone
from facilitation.rules import RuleError
from tests.clocks import fake_engine
from workshop.models import CommsItem
from workshop.store import Store


@pytest.fixture
def engine(store: Store, workshop_id: int) -> WorkshopEngine:
    return fake_engine(store, workshop_id)


def objective_with_krs(engine: WorkshopEngine, count: int) -> tuple[int, list[int]]:
    objective = engine.okrs.add_objective("Our releases are boring", "Customers stop noticing")
    krs = [
        engine.okrs.add_key_result(
            objective, f"Change failure rate from {20 - n}% to {5 + n}%", baseline=20, target=5
        )
        for n in range(count)
    ]
    return objective, krs


def test_objectives_are_ranked_and_more_than_five_is_a_warning(engine: WorkshopEngine) -> None:
    ids = [engine.okrs.add_objective(f"Objective number {n}") for n in range(6)]
    unrank = engine.okrs.rank_objectives(list(reversed(ids)))
    assert [o.id for o in engine.okrs.objectives()] == list(reversed(ids))
    assert [o.rank for o in engine.okrs.objectives()] == [1, 2, 3, 4, 5, 6]
    assert any("6 objectives" in w.message for w in engine.okrs.warnings())
    put_back = engine.okrs.remove_objective(ids[0])
    assert not any("objectives:" in w.message for w in engine.okrs.warnings())
    with pytest.raises(RuleError, match="Rank every objective once"):
        engine.okrs.rank_objectives(ids[1:3])
    put_back()
    assert [o.rank for o in engine.okrs.objectives()] == [1, 2, 3, 4, 5, 6]
    unrank()
    assert [o.rank for o in engine.okrs.objectives()] == [None] * 6


def test_objectives_come_from_the_cards_above_the_cut(engine: WorkshopEngine) -> None:
    cards = [engine.boards.add_card(t) for t in ("Calm on-call", "Happy partners")]
    made = engine.okrs.objectives_from_cards(list(reversed(cards)))
    objectives = engine.okrs.objectives()
    assert [o.text for o in objectives] == ["Happy partners", "Calm on-call"]
    assert [o.source_card_id for o in objectives] == list(reversed(cards))
    assert [o.id for o in objectives] == made


def test_three_to_five_krs_are_picked_and_ranked(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 6)
    engine.okrs.pick_key_results(objective, [krs[4], krs[1]])
    assert any("has 2 key results picked" in w.message for w in engine.okrs.warnings())
    unpick = engine.okrs.pick_key_results(objective, [krs[5], krs[0], krs[2], krs[3]])
    picked = engine.okrs.objective(objective).selected_key_results
    assert [kr.id for kr in picked] == [krs[5], krs[0], krs[2], krs[3]]
    assert [kr.rank for kr in picked] == [1, 2, 3, 4]
    assert not any("picked" in w.message for w in engine.okrs.warnings())
    unpick()
    assert {kr.id for kr in engine.okrs.objective(objective).selected_key_results} == {
        krs[4],
        krs[1],
    }


def test_hands_up_decide_outcome_and_leading(engine: WorkshopEngine) -> None:
    _, krs = objective_with_krs(engine, 1)
    uncount = engine.okrs.record_hands(krs[0], "outcome_or_output", 7, 2)
    kr = engine.okrs.objective(engine.okrs.objectives()[0].id).key_results[0]
    assert (kr.outcome_or_output, kr.outcome_hands, kr.output_hands) == ("outcome", 7, 2)
    engine.okrs.record_hands(krs[0], "leading_or_lagging", 3, 3)
    kr = engine.okrs.objective(kr.objective_id).key_results[0]
    assert kr.leading_or_lagging == ""
    uncount()
    kr = engine.okrs.objective(kr.objective_id).key_results[0]
    assert kr.outcome_or_output == "" and kr.outcome_hands == 0
    with pytest.raises(RuleError, match="hands-up questions"):
        engine.okrs.record_hands(krs[0], "popular", 1, 2)


def test_each_kr_gets_one_champion_and_a_heavy_load_is_flagged(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 4)
    engine.okrs.pick_key_results(objective, krs)
    amara = engine.okrs.participants()[0]
    for kr in krs[:3]:
        engine.okrs.set_champion(kr, amara.id)
    assert engine.okrs.champion_load()[amara.id] == 3
    messages = [w.message for w in engine.okrs.warnings()]
    assert "Amara champions 3 key results: more than 2 is a lot for one person." in messages
    assert any("has no champion yet" in m for m in messages)
    engine.okrs.set_champion(krs[2], None)()
    assert engine.okrs.champion_load()[amara.id] == 3
    no_champion = engine.okrs.set_okr_champion(amara.id)
    assert engine.okrs.participants()[0].is_okr_champion
    no_champion()
    assert not engine.okrs.participants()[0].is_okr_champion


def test_checklist_answers_are_stored_per_item(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 1)
    unanswer = engine.okrs.set_answer("inspirational", True, objective_id=objective)
    engine.okrs.set_answer("directly_measurable", False, key_result_id=krs[0])
    assert engine.okrs.answers(objective_id=objective) == {"inspirational": True}
    assert engine.okrs.answers(key_result_id=krs[0]) == {"directly_measurable": False}
    unanswer()
    assert engine.okrs.answers(objective_id=objective) == {"inspirational": None}


def test_removing_a_kr_and_undoing_it_brings_back_its_initiatives(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 2)
    engine.okrs.add_initiative(krs[0], "Canary releases", owner="Dmitri", priority="must")
    engine.okrs.set_answer("challenging", True, key_result_id=krs[0])
    put_back = engine.okrs.remove_key_result(krs[0])
    assert [kr.id for kr in engine.okrs.objective(objective).key_results] == [krs[1]]
    put_back()
    kr = engine.okrs.objective(objective).key_results[0]
    assert kr.id == krs[0]
    assert [(i.text, i.owner, i.priority) for i in kr.initiatives] == [
        ("Canary releases", "Dmitri", "must")
    ]
    assert engine.okrs.answers(key_result_id=krs[0]) == {"challenging": True}


def test_kr_fields_are_checked(engine: WorkshopEngine) -> None:
    _, krs = objective_with_krs(engine, 1)
    with pytest.raises(RuleError, match="baseline is a number"):
        engine.okrs.edit_key_result(krs[0], baseline="lots")
    with pytest.raises(RuleError, match="no field"):
        engine.okrs.edit_key_result(krs[0], colour="red")
    assert engine.okrs.edit_key_result(krs[0], target="1,200", unit="%").fields == {
        "target": 5.0,
        "unit": "",
    }


def test_initiatives_comms_story_and_worksheet(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 1)
    initiative = engine.okrs.add_initiative(krs[0], "Feature flags for every change")
    assert engine.okrs.edit_initiative(initiative, priority="could").fields == {
        "priority": "should"
    }
    with pytest.raises(RuleError, match="must, should, could or won't"):
        engine.okrs.edit_initiative(initiative, priority="urgent")
    item = engine.okrs.add_comms_item(audience="Sales", message="Fewer surprises", channel="Slack")
    engine.okrs.edit_comms_item(item, when="Every Monday", owner="Bruno")
    assert engine.okrs.comms_items()[0].when == "Every Monday"
    with pytest.raises(RuleError, match="at least the audience"):
        engine.okrs.add_comms_item()

    engine.okrs.edit_story(objective, character="A support agent", goal="Calm Mondays")
    assert engine.okrs.story(objective).goal == "Calm Mondays"
    assert engine.okrs.story(None).goal == ""

    assert engine.okrs.edit_worksheet(
        people="The platform team", time_on_okr_percent=20
    ).fields == {
        "people": "",
        "time_on_okr_percent": None,
    }
    with pytest.raises(RuleError, match="0 to 100"):
        engine.okrs.edit_worksheet(time_on_okr_percent=140)
    dependency = engine.okrs.add_dependency("we_depend", "Data team", strength="hard")
    engine.okrs.add_metric("lagging", "Change failure rate", sweet_spot=True)
    put_back = engine.okrs.remove_dependency(dependency)
    assert engine.okrs.dependencies() == []
    put_back()
    assert engine.okrs.dependencies()[0].strength == "hard"
    assert engine.okrs.metrics()[0].sweet_spot is True


def test_team_dependencies_and_metrics_can_be_edited(engine: WorkshopEngine) -> None:
    assert engine.okrs.edit_team(team="Platform", mission="Paved roads").fields == {
        "team": "Platform team",
        "mission": "",
    }
    dependency = engine.okrs.add_dependency("we_depend", "Data team")
    assert engine.okrs.edit_dependency(dependency, strength="hard", team="Data").fields == {
        "strength": "feedback",
        "team": "Data team",
    }
    with pytest.raises(RuleError, match="feedback only, or hard"):
        engine.okrs.edit_dependency(dependency, strength="loose")
    metric = engine.okrs.add_metric("output", "Deploys per day")
    assert engine.okrs.edit_metric(metric, kind="leading", sweet_spot=True).fields == {
        "kind": "output",
        "sweet_spot": False,
    }
    assert engine.okrs.metrics()[0].kind == "leading"


def test_a_removed_objective_leaves_the_file_and_comes_back_with_its_ids(
    engine: WorkshopEngine,
) -> None:
    objective, krs = objective_with_krs(engine, 3)
    engine.okrs.pick_key_results(objective, krs)
    initiative = engine.okrs.add_initiative(krs[0], "Canary releases", owner="Dmitri")
    engine.okrs.set_answer("inspiring", True, objective_id=objective)
    engine.okrs.set_answer("challenging", False, key_result_id=krs[1])
    engine.okrs.edit_story(objective, goal="Calm Mondays")
    engine.cycle.check_in(krs[2], 1, 0.7, actual="12", note="On track")
    before = engine.okrs.objective(objective)

    put_back = engine.okrs.remove_objective(objective)
    assert engine.okrs.objectives(include_dropped=True) == []
    with pytest.raises(Gone):
        engine.okrs.story(objective)
    assert engine.okrs.story(None).goal == ""

    take_again = put_back()
    assert engine.okrs.objective(objective) == before
    assert [i.id for i in engine.okrs.objective(objective).key_results[0].initiatives] == [
        initiative
    ]
    assert engine.okrs.answers(objective_id=objective) == {"inspiring": True}
    assert engine.okrs.answers(key_result_id=krs[1]) == {"challenging": False}
    assert engine.okrs.story(objective).goal == "Calm Mondays"
    checkin = engine.cycle.key_result("1.3").checkins[1]
    assert (checkin.confidence, checkin.actual, checkin.note) == (0.7, "12", "On track")

    take_again()
    assert engine.okrs.objectives(include_dropped=True) == []


def test_an_objective_the_room_voted_on_stays(engine: WorkshopEngine) -> None:
    objective, krs = objective_with_krs(engine, 2)
    engine.voting.open_round("key_results", krs, objective_id=objective)
    with pytest.raises(RuleError, match="voted on this objective's key results"):
        engine.okrs.remove_objective(objective)
    assert [o.id for o in engine.okrs.objectives()] == [objective]


def test_a_line_added_after_a_removal_takes_a_place_of_its_own(
    engine: WorkshopEngine, store: Store
) -> None:
    first = engine.okrs.add_comms_item(audience="Sales")
    engine.okrs.add_comms_item(audience="Support")
    engine.okrs.add_comms_item(audience="Ops")
    put_first_back = engine.okrs.remove_comms_item(first)
    engine.okrs.add_comms_item(audience="Finance")
    put_first_back()

    assert [item.audience for item in engine.okrs.comms_items()] == [
        "Sales",
        "Support",
        "Ops",
        "Finance",
    ]
    with store.reading() as session:
        positions = session.scalars(select(CommsItem.position)).all()
    assert len(set(positions)) == 4, f"two lines share a place in the file: {positions}"
