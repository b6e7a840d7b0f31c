"""A whole executive workshop driven through the engine, on a real file, with no screen."""

from __future__ import annotations

from pathlib import Path

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import FakeClock, FakeWall
from tests.facilitation.conftest import PEOPLE
from workshop.store import open_store

CANDIDATES = [
    "Releases are a non-event",
    "On-call nights are quiet",
    "Teams ship without waiting for us",
    "We know what our cloud bill buys",
    "New services start on a paved road",
    "Security reviews stop blocking launches",
    "Our docs answer questions before they are asked",
    "Incidents teach us something every time",
]
KRS = [
    ("Change failure rate from 18% to 5%", 18, 5, "%"),
    ("Median deploy time from 45 to 10 minutes", 45, 10, "minutes"),
    ("Launch the new pipeline", None, None, ""),
    ("Rollbacks per month from 9 to 2", 9, 2, "rollbacks"),
    ("Teams deploying daily from 3 to 12", 3, 12, "teams"),
    ("Hold 10 release reviews", None, None, ""),
]


def test_an_executive_workshop_from_first_step_to_last(
    tmp_path: Path, clock: FakeClock, wall: FakeWall
) -> None:
    path = tmp_path / "day.sqlite"
    store = open_store(path)
    workshop_id = new_workshop(store, "Platform team", "executive", participants=PEOPLE)
    engine = WorkshopEngine(store, workshop_id, clock, wall)
    people = {p.name: p.id for p in engine.agenda.participants()}
    agenda = engine.agenda

    def finish_step(minutes: float) -> None:
        agenda.start()
        clock.advance(minutes * 60)
        current = agenda.current_step()
        assert current is not None
        agenda.set_status(current.id, "done")
        following = agenda.next_step_id()
        if following is not None:
            agenda.go_to(following)
        agenda.pause()

    # Score last cycle, typed in.
    past = engine.scoring.add_past_objective("Developers self-serve infrastructure")
    low = engine.scoring.add_past_key_result(past, "Tickets for new environments from 60 to 5")
    good = engine.scoring.add_past_key_result(past, "Templates used by 8 of 10 new services")
    engine.scoring.score(low, 0.2)
    engine.scoring.score(good, 0.7)
    finish_step(22)

    # Retrospective.
    note = engine.boards.add_retro_item("opening", "went_badly", "Deploys broke on Fridays")
    engine.boards.add_retro_item("opening", "learned", "Small changes are safer")
    finish_step(18)

    # Objective post-its: eight candidates, one linked to the note and one to the low KR.
    cards = [engine.boards.add_card(text) for text in CANDIDATES]
    engine.boards.link_origin(cards[0], note, None)
    engine.boards.link_origin(cards[2], None, low)
    finish_step(20)

    # Secret dot vote, three dots each, a tie settled by the facilitator.
    round_id = engine.voting.open_round("objectives", cards, title="Objectives")
    options = [o.id for o in engine.voting.round(round_id).options]
    ballots = {
        "Amara": [0, 0, 2],
        "Bruno": [2, 2, 0],
        "Chiara": [0, 2, 5],
        "Dmitri": [5, 5, 1],
        "Eun-ji": [2, 0, 7],
    }
    for name, picks in ballots.items():
        for index in picks:
            engine.voting.cast_vote(round_id, people[name], options[index])
    engine.voting.close(round_id)
    engine.voting.reveal(round_id)
    engine.voting.set_cut_line(round_id, 1)
    result = engine.voting.result(round_id)
    assert [r.count for r in result.rows[:3]] == [5, 5, 3]
    assert set(result.cut.tied_at_cut) == {options[0], options[2]}
    engine.voting.settle_tie(round_id, [options[0], options[2]])
    result = engine.voting.result(round_id)
    assert result.cut.selected == (options[0],)
    assert len(result.cut.not_now) == 7
    (objective,) = engine.okrs.objectives_from_cards([cards[0]])
    finish_step(12)

    # Draft the objective, and its story.
    engine.okrs.edit_objective(objective, why_it_matters="Customers get fixes the day we make them")
    finish_step(20)
    engine.okrs.edit_story(objective, character="An on-call engineer", goal="A quiet Friday")
    finish_step(8)

    # Measures, quality check with hands up, rewrite of the outputs.
    krs = [
        engine.okrs.add_key_result(objective, text, baseline=b, target=t, unit=u)
        for text, b, t, u in KRS
    ]
    finish_step(10)

    def rules_fired(kr: int) -> set[str]:
        return {f.rule_id for f in engine.okrs.findings_for_key_result(kr)}

    assert {"kr.output", "kr.no_number"} <= rules_fired(krs[2])
    assert {"kr.output", "kr.activity"} <= rules_fired(krs[5])
    assert not rules_fired(krs[0]) & {"kr.output", "kr.no_number", "kr.no_baseline"}
    engine.okrs.record_hands(krs[2], "outcome_or_output", 1, 4)
    engine.okrs.edit_key_result(
        krs[2],
        text="Services on the new pipeline from 0 to 30",
        baseline=0,
        target=30,
        unit="services",
        data_source="Deploy dashboard",
    )
    assert not rules_fired(krs[2]) & {"kr.output", "kr.no_number", "kr.no_data_source"}
    engine.okrs.set_answer("directly_measurable", True, key_result_id=krs[0])
    finish_step(11)

    # KR vote, pick four, ranked.
    kr_round = engine.voting.open_round("key_results", krs, objective_id=objective, secret=False)
    kr_options = [o.id for o in engine.voting.round(kr_round).options]
    for name, voter in people.items():
        for index in (0, 1, 2) if name == "Amara" else (0, 1, 3):
            engine.voting.cast_vote(kr_round, voter, kr_options[index])
    engine.voting.close(kr_round)
    engine.voting.set_cut_line(kr_round, 4)
    picked_options = engine.voting.result(kr_round).cut.selected
    by_option = {o.id: o.key_result_id for o in engine.voting.round(kr_round).options}
    picked = [by_option[o] for o in picked_options]
    engine.okrs.pick_key_results(objective, [k for k in picked if k is not None])
    finish_step(10)
    finish_step(20)

    # Champions, initiatives, comms plan, close.
    for kr, name in zip(picked, ["Chiara", "Dmitri", "Eun-ji", "Bruno"], strict=True):
        assert kr is not None
        engine.okrs.set_champion(kr, people[name])
    engine.okrs.set_okr_champion(people["Chiara"])
    finish_step(10)
    engine.okrs.add_initiative(krs[0], "Canary every deploy", owner="Chiara", priority="must")
    finish_step(20)
    engine.okrs.add_comms_item(audience="All engineering", message="Why Fridays get calm")
    finish_step(20)
    engine.boards.add_retro_item("closing", "continue", "Voting in private")
    finish_step(25)
    store.close()

    # Reopen the file: everything is there.
    reopened = open_store(path)
    again = WorkshopEngine(reopened, workshop_id, clock, wall)
    steps = again.agenda.steps()
    assert [s.status for s in steps] == ["done"] * 14
    assert round(again.agenda.status().used_seconds / 60) == 226
    assert round(again.agenda.status().drift_seconds / 60) == 6
    (final,) = again.okrs.objectives()
    assert final.text == "Releases are a non-event"
    assert final.why_it_matters == "Customers get fixes the day we make them"
    chosen = final.selected_key_results
    assert len(chosen) == 4
    assert [kr.rank for kr in chosen] == [1, 2, 3, 4]
    assert all(kr.champion_id is not None for kr in chosen)
    assert "Services on the new pipeline from 0 to 30" in [kr.text for kr in chosen]
    assert again.okrs.warnings() == []
    assert again.okrs.findings_for_set() == []
    assert again.scoring.past_objectives()[0].score == 0.45
    assert again.okrs.comms_items()[0].audience == "All engineering"
    assert [i.text for i in again.boards.retro_items("closing")] == ["Voting in private"]
    reopened.close()
