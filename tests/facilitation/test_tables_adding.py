"""Adding a planned table to a stored workshop: one action, one undo, nothing half-added."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from facilitation.engine import WorkshopEngine
from facilitation.rules import RuleError
from facilitation.tables import TablePlan, add_plan, plan_table, read_table
from tests.clocks import fake_engine
from workshop.store import Store


@pytest.fixture
def engine(store: Store, workshop_id: int) -> WorkshopEngine:
    return fake_engine(store, workshop_id)


Planned = Callable[[str, str], TablePlan]


@pytest.fixture
def planned(engine: WorkshopEngine, tmp_path: Path) -> Planned:
    """The plan of adding a table's text, saved as table.csv, to the workshop as a kind."""

    def plan(kind: str, text: str) -> TablePlan:
        path = tmp_path / "table.csv"
        path.write_text(text, encoding="utf-8")
        return plan_table(engine, kind, read_table(path))

    return plan


def test_post_its_come_in_as_one_action_and_go_with_one_undo(
    engine: WorkshopEngine, planned: Planned
) -> None:
    engine.boards.add_card("Already on the board")
    plan = planned("postits", "Idea;Farbe;Autor\nShip weekly;blau;Amara\nCalm on-call;;\n")
    undo = add_plan(engine, plan)
    board = engine.boards.cards()
    assert [(c.text, c.colour) for c in board] == [
        ("Already on the board", "yellow"),
        ("Ship weekly", "blue"),
        ("Calm on-call", "yellow"),
    ]
    assert board[1].author_id == next(
        p.id for p in engine.boards.participants() if p.name == "Amara"
    )
    ids = [c.id for c in board[1:]]
    engine.boards.group_card(ids[1], ids[0])
    engine.boards.group_card(board[0].id, ids[0])
    redo = undo()
    assert [c.text for c in engine.boards.cards()] == ["Already on the board"]
    assert engine.boards.cards()[0].cluster_id is None
    redo()
    again = engine.boards.cards()
    assert [c.id for c in again[1:]] == ids
    assert {c.id: c.cluster_id for c in again} == {
        board[0].id: ids[0],
        ids[0]: None,
        ids[1]: ids[0],
    }


def test_bad_rows_add_nothing_unless_the_good_ones_are_wanted(
    engine: WorkshopEngine, planned: Planned
) -> None:
    plan = planned("postits", "Idea,Author\nShip weekly,Amara\nCalm on-call,Nobody\n")
    with pytest.raises(
        RuleError, match=r"^1 row of table\.csv has a problem: nothing was added\.$"
    ):
        add_plan(engine, plan)
    assert engine.boards.cards() == []
    add_plan(engine, plan, skip_bad_rows=True)
    assert [c.text for c in engine.boards.cards()] == ["Ship weekly"]


def test_a_table_with_no_rows_adds_nothing(engine: WorkshopEngine, planned: Planned) -> None:
    plan = planned("postits", "Idea\n")
    with pytest.raises(RuleError, match="has no rows to add"):
        add_plan(engine, plan)


def test_last_cycle_scores_join_the_objective_typed_in_and_undo_takes_only_them(
    engine: WorkshopEngine, planned: Planned
) -> None:
    typed = engine.scoring.add_past_objective("Delight customers")
    engine.scoring.add_past_key_result(typed, "NPS above 40")
    plan = planned(
        "last-cycle",
        "Objective;Key result;Score;Note\n"
        "Delight customers;Reply within 2 h;0,7;\n"
        "Ship faster;Deploy daily;100%;every day since May\n"
        ";Lead time under 2 days;0.3;\n",
    )
    undo = add_plan(engine, plan)
    shown = [
        (o.text, o.score, [(k.text, k.score) for k in o.key_results])
        for o in engine.scoring.past_objectives()
    ]
    assert shown == [
        ("Delight customers", 0.7, [("NPS above 40", None), ("Reply within 2 h", 0.7)]),
        (
            "Ship faster",
            pytest.approx(0.65),
            [("Deploy daily", 1.0), ("Lead time under 2 days", 0.3)],
        ),
    ]
    redo = undo()
    assert [
        (o.text, [k.text for k in o.key_results]) for o in engine.scoring.past_objectives()
    ] == [("Delight customers", ["NPS above 40"])]
    redo()
    assert len(engine.scoring.past_objectives()) == 2


def test_key_results_come_in_under_their_objectives_in_one_action(
    engine: WorkshopEngine, planned: Planned
) -> None:
    grow = engine.okrs.add_objective("Grow the audience")
    plan = planned(
        "key-results",
        "Objective,Key result,Baseline,Target,Unit\n"
        '1,Weekly visitors,"1,200","2,500",visitors\n'
        "Ship faster,Deploys per day,1,5,\n",
    )
    undo = add_plan(engine, plan)
    objectives = engine.okrs.objectives()
    assert [
        (o.text, [(k.text, k.baseline, k.target, k.unit) for k in o.key_results])
        for o in objectives
    ] == [
        ("Grow the audience", [("Weekly visitors", 1200.0, 2500.0, "visitors")]),
        ("Ship faster", [("Deploys per day", 1.0, 5.0, "")]),
    ]
    redo = undo()
    assert [(o.id, o.key_results) for o in engine.okrs.objectives()] == [(grow, ())]
    redo()
    assert [o.text for o in engine.okrs.objectives()] == ["Grow the audience", "Ship faster"]


def test_key_results_bring_their_champions_and_undo_takes_them_back(
    engine: WorkshopEngine, planned: Planned
) -> None:
    plan = planned(
        "key-results", "Objective,Key result,Owner\nShip faster,Deploys per day,Chiara\n"
    )
    undo = add_plan(engine, plan)
    [objective] = engine.okrs.objectives()
    chiara = next(p.id for p in engine.okrs.participants() if p.name == "Chiara")
    assert [(k.text, k.champion_id) for k in objective.key_results] == [("Deploys per day", chiara)]
    undo()
    assert engine.okrs.objectives() == []


def test_a_champion_gone_since_the_preview_adds_nothing_at_all(
    engine: WorkshopEngine, planned: Planned
) -> None:
    plan = planned(
        "key-results", "Objective,Key result,Champion\nShip faster,Deploys per day,Chiara\n"
    )
    chiara = next(p.id for p in engine.okrs.participants() if p.name == "Chiara")
    with engine.store.transaction() as session:
        from workshop.models import Participant

        gone = session.get(Participant, chiara)
        assert gone is not None
        session.delete(gone)
    with pytest.raises(RuleError, match="champion is no longer in this workshop"):
        add_plan(engine, plan)
    assert engine.okrs.objectives() == []


def test_undo_refuses_while_something_hangs_on_what_came_in(
    engine: WorkshopEngine, planned: Planned
) -> None:
    plan = planned("key-results", "Objective,Key result\nShip faster,Deploys per day\n")
    undo = add_plan(engine, plan)
    [objective] = engine.okrs.objectives()
    engine.okrs.add_initiative(objective.key_results[0].id, "Automate the release")
    with pytest.raises(RuleError, match="take those off first"):
        undo()
    assert [o.text for o in engine.okrs.objectives()] == ["Ship faster"]


def test_an_objective_gone_since_the_preview_adds_nothing_at_all(
    engine: WorkshopEngine, planned: Planned
) -> None:
    first = engine.okrs.add_objective("Grow the audience")
    engine.okrs.add_objective("Ship faster")
    plan = planned(
        "key-results", "Objective,Key result\nShip faster,Deploys per day\n1,Weekly visitors\n"
    )
    with engine.store.transaction() as session:
        from workshop.models import Objective

        gone = session.get(Objective, first)
        assert gone is not None
        session.delete(gone)
    with pytest.raises(RuleError):
        add_plan(engine, plan)
    assert [(o.text, o.key_results) for o in engine.okrs.objectives()] == [("Ship faster", ())]
