"""The frozen snapshot the sheets draw: plain values, read once, no database behind them."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import event, select

from tests.clocks import STAMPED
from tests.workshop.samples import HOSTILE_TEXT, build_full_workshop
from workshop import models
from workshop.commands import NotFound
from workshop.snapshot import blank_snapshot, load_snapshot
from workshop.store import Store


def _values(value: object) -> list[object]:
    """Every value inside a snapshot, depth first."""
    found = [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            found += _values(getattr(value, item.name))
    elif isinstance(value, tuple | list):
        for item in value:
            found += _values(item)
    elif isinstance(value, dict):
        for item in value.values():
            found += _values(item)
    return found


def test_the_snapshot_is_plain_frozen_data_that_outlives_the_store(store: Store) -> None:
    snapshot = load_snapshot(store, build_full_workshop(store))
    store.close()
    values = _values(snapshot)
    assert not [v for v in values if isinstance(v, models.Base)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        snapshot.team = "changed"  # type: ignore[misc]
    assert snapshot.objectives[0].key_results[0].champion == "Bo"
    assert snapshot.retro_items[0].text == HOSTILE_TEXT


def test_it_carries_what_the_sheets_print(store: Store) -> None:
    snapshot = load_snapshot(store, build_full_workshop(store))
    objective = snapshot.objectives[0]
    assert objective.criteria == {"inspirational": True}
    kr = objective.key_results[0]
    assert kr.criteria == {"aligned": False}
    assert kr.initiatives[0].text == "Van stock check" and kr.initiatives[0].priority == "must"
    assert kr.checkin(1) is not None and kr.checkin(1).score == 0.7  # type: ignore[union-attr]
    assert kr.checkin(2) is None
    assert snapshot.current_week == 1
    assert objective.origin is not None and objective.origin.has_thread
    assert objective.origin.past_key_result_score == 0.3
    assert snapshot.objectives[1].parent_text == "Customers never need a second visit"
    assert snapshot.stories[0].objective_text == objective.text
    assert snapshot.worksheet.okr_champion == "Bo", "the champion flag fills the field"
    assert snapshot.worksheet.dependencies[0].team == "Warehouse"


def test_dots_are_counted_and_the_cut_line_splits_the_options(store: Store) -> None:
    voting = load_snapshot(store, build_full_workshop(store)).rounds[0]
    # A dot-voting round counts the dots; a typed count only counts in a hand count.
    assert [(o.text, o.votes) for o in voting.options] == [
        ("Customers never wait twice", 2),
        ("Repeat visits fall from 12% to 5%", 0),
    ]
    assert [o.text for o in voting.above_cut] == ["Customers never wait twice"]
    assert [o.text for o in voting.below_cut] == ["Repeat visits fall from 12% to 5%"]
    assert voting.results_visible, "a secret round shows its tally once revealed"


def test_a_hand_counted_round_uses_the_typed_counts(store: Store) -> None:
    workshop_id = build_full_workshop(store)
    with store.transaction() as session:
        voting = session.query(models.VotingRound).one()
        voting.counting = "manual"
        voting.status = "closed"
    voting_round = load_snapshot(store, workshop_id).rounds[0]
    assert not voting_round.results_visible, "a secret round not yet revealed"
    assert [(o.text, o.votes) for o in voting_round.options] == [
        ("Repeat visits fall from 12% to 5%", 2),
        ("Customers never wait twice", 0),
    ]


def test_dropped_objectives_are_left_out(store: Store) -> None:
    workshop_id = build_full_workshop(store)
    with store.transaction() as session:
        child = session.query(models.Objective).filter_by(text="Engineers carry the right parts")
        child.one().status = "dropped"
    texts = [o.text for o in load_snapshot(store, workshop_id).objectives]
    assert texts == ["Customers never need a second visit"]


def test_ranked_objectives_and_kept_key_results(store: Store) -> None:
    snapshot = load_snapshot(store, build_full_workshop(store))
    assert [o.rank for o in snapshot.ranked_objectives] == [1, None]
    first = snapshot.objectives[0]
    extra = dataclasses.replace(first.key_results[0], text="Not kept", selected=False)
    with_candidate = dataclasses.replace(first, key_results=(*first.key_results, extra))
    assert [kr.text for kr in with_candidate.final_key_results] == [first.key_results[0].text]
    none_kept = dataclasses.replace(extra, text="Candidate")
    only_candidates = dataclasses.replace(first, key_results=(none_kept,))
    assert only_candidates.final_key_results == (none_kept,)


def test_a_missing_workshop_is_a_clear_message(store: Store) -> None:
    with pytest.raises(NotFound, match="There is no workshop 42 in"):
        load_snapshot(store, 42)


def test_a_blank_snapshot_has_empty_rows_to_write_on() -> None:
    blank = blank_snapshot(team="Ops", objectives=2, key_results=4, voters=5)
    assert blank.blank and blank.team == "Ops"
    assert len(blank.objectives) == 2
    assert all(len(o.key_results) == 4 and not o.text for o in blank.objectives)
    assert len(blank.participants) == 5
    assert blank.current_week is None


def test_each_key_result_keeps_its_own_initiatives_and_checkins_in_order(store: Store) -> None:
    workshop_id = build_full_workshop(store)
    with store.transaction() as s:
        objectives = s.scalars(
            select(models.Objective).where(models.Objective.workshop_id == workshop_id)
        ).all()
        for objective in objectives:
            for number in (1, 2):
                kr = models.KeyResult(
                    objective_id=objective.id, text=f"{objective.text} KR {number}", position=number
                )
                s.add(kr)
                s.flush()
                # Written last first: the snapshot orders them by position.
                for position in (3, 1, 2):
                    s.add(
                        models.Initiative(
                            key_result_id=kr.id,
                            text=f"{kr.text} step {position}",
                            position=position,
                        )
                    )
                for week in (2, 1):
                    s.add(
                        models.ConfidenceCheckIn(
                            key_result_id=kr.id, week=week, score=0.4, recorded_at=STAMPED
                        )
                    )
        past = s.scalars(
            select(models.PastObjective).where(models.PastObjective.workshop_id == workshop_id)
        ).one()
        later = models.PastObjective(
            workshop_id=workshop_id, text="Answer within a day", position=1
        )
        s.add(later)
        s.flush()
        s.add(models.PastKeyResult(past_objective_id=later.id, text="Replies in 24 h", position=0))

    snapshot = load_snapshot(store, workshop_id)
    for objective in snapshot.objectives:
        for kr in objective.key_results:
            if kr.text.startswith(objective.text):
                assert [i.text for i in kr.initiatives] == [
                    f"{kr.text} step {n}" for n in (1, 2, 3)
                ]
                assert [c.week for c in kr.checkins] == [1, 2]
    by_text = {p.text: [kr.text for kr in p.key_results] for p in snapshot.past_objectives}
    assert by_text == {past.text: ["Repeat visits from 12% to 6%"], later.text: ["Replies in 24 h"]}


def test_each_table_is_read_once(store: Store) -> None:
    workshop_id = build_full_workshop(store)
    statements: list[str] = []

    def record(
        _connection: object,
        _cursor: object,
        statement: str,
        _parameters: object,
        _context: object,
        _many: bool,
    ) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        load_snapshot(store, workshop_id)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    tables = [re.findall(r"\bFROM (\w+)", s)[0] for s in statements if "FROM" in s]
    assert tables, "the snapshot is read from the store"
    assert [t for t in tables if tables.count(t) > 1] == []
