"""A workshop with a row in every table, for store and interchange tests."""

from __future__ import annotations

import datetime as dt

from tests.clocks import STAMPED
from workshop import models
from workshop.store import Store

HOSTILE_TEXT = "R&D <team> “quoted” → ≥ 5 ✓ 🚀 مرحبا Ωμέγα Привет\tend"


def build_full_workshop(store: Store, team: str = "Field Support") -> int:
    """Write one workshop touching every table; returns its id."""
    with store.transaction() as s:
        w = models.Workshop(
            created_at=STAMPED,
            updated_at=STAMPED,
            team=team,
            mission="Keep every customer's kit running",
            cycle_label="Q1 2027",
            cycle_start=dt.date(2027, 1, 4),
            cycle_end=dt.date(2027, 3, 26),
            template="executive",
            settings={"verdict_thresholds": {"delivered": 0.6}, "ends_at": "2027-01-04T17:00:00"},
        )
        s.add(w)
        s.flush()
        ana = models.Participant(workshop_id=w.id, name="Ana", role="facilitator", position=0)
        bo = models.Participant(
            workshop_id=w.id, name="Bo", role="kr_lead", position=1, is_okr_champion=True
        )
        s.add_all([ana, bo])
        steps = [
            models.AgendaStep(
                workshop_id=w.id,
                position=i,
                kind=kind,
                title=title,
                planned_seconds=600,
                used_seconds=12.5 * i,
                status="done" if i == 0 else "pending",
            )
            for i, (kind, title) in enumerate(
                [("score_last_cycle", "Score"), ("retrospective", "Retro")]
            )
        ]
        s.add_all(steps)
        s.flush()
        w.current_step_id = steps[1].id
        past = models.PastObjective(workshop_id=w.id, text="Halve repeat visits", position=0)
        s.add(past)
        s.flush()
        past_kr = models.PastKeyResult(
            past_objective_id=past.id, text="Repeat visits from 12% to 6%", score=0.3
        )
        s.add(past_kr)
        retro = models.RetroItem(
            workshop_id=w.id,
            board="opening",
            column="went_badly",
            text=HOSTILE_TEXT,
            author_id=None,
        )
        s.add(retro)
        s.flush()
        # The first card is grouped into the second: a reference to a later row.
        first = models.Card(workshop_id=w.id, text="Fix it first time", position=0)
        second = models.Card(
            workshop_id=w.id,
            text="Customers never wait twice",
            position=1,
            author_id=bo.id,
            origin_retro_item_id=retro.id,
            origin_past_key_result_id=past_kr.id,
        )
        s.add_all([first, second])
        s.flush()
        first.cluster_id = second.id
        objective = models.Objective(
            workshop_id=w.id,
            text="Customers never need a second visit",
            why_it_matters="Every repeat visit costs a day of someone's work",
            rank=1,
            status="final",
            source_card_id=second.id,
        )
        s.add(objective)
        s.flush()
        child = models.Objective(
            workshop_id=w.id,
            text="Engineers carry the right parts",
            parent_id=objective.id,
            position=1,
        )
        s.add(child)
        kr = models.KeyResult(
            objective_id=objective.id,
            text="Repeat visits fall from 12% to 5%",
            baseline=12.0,
            target=5.0,
            unit="%",
            how_to_measure="Weekly job report",
            data_source="Dispatch system",
            outcome_or_output="outcome",
            outcome_hands=4,
            leading_or_lagging="lagging",
            rank=1,
            selected=True,
            champion_id=bo.id,
        )
        s.add(kr)
        s.flush()
        s.add(
            models.Initiative(
                key_result_id=kr.id, text="Van stock check", owner="Bo", priority="must"
            )
        )
        s.add(
            models.ChecklistAnswer(
                objective_id=objective.id, criterion="inspirational", answer=True
            )
        )
        s.add(models.ChecklistAnswer(key_result_id=kr.id, criterion="aligned", answer=False))
        voting = models.VotingRound(
            created_at=STAMPED,
            workshop_id=w.id,
            subject="objectives",
            cut_line=1,
            status="revealed",
        )
        s.add(voting)
        s.flush()
        option_a = models.RoundOption(round_id=voting.id, card_id=second.id, position=0)
        option_b = models.RoundOption(
            round_id=voting.id,
            key_result_id=kr.id,
            position=1,
            manual_count=2,
            tie_break_rank=1,
            tie_break_by="facilitator",
        )
        s.add_all([option_a, option_b])
        s.flush()
        s.add_all(
            [
                models.Vote(
                    cast_at=STAMPED,
                    round_id=voting.id,
                    option_id=option_a.id,
                    participant_id=ana.id,
                ),
                models.Vote(
                    cast_at=STAMPED, round_id=voting.id, option_id=option_a.id, participant_id=bo.id
                ),
                models.UnfinishedBallot(round_id=voting.id, participant_id=bo.id),
            ]
        )
        s.add(
            models.OkrStory(
                workshop_id=w.id,
                objective_id=objective.id,
                character="The site manager",
                goal="Kit that works",
                obstacle="Waiting for parts",
                resolution="One visit",
                metric_ideas="Repeat visit rate",
            )
        )
        s.add(
            models.EmbeddingWorksheet(
                workshop_id=w.id, people="Ana, Bo", time_on_okr_percent=20, hopes=HOSTILE_TEXT
            )
        )
        s.add(
            models.WorksheetDependency(
                workshop_id=w.id, direction="we_depend", strength="hard", team="Warehouse"
            )
        )
        s.add(
            models.WorksheetMetric(
                workshop_id=w.id, kind="leading", text="Parts in van", sweet_spot=True
            )
        )
        s.add(
            models.CommsItem(
                workshop_id=w.id,
                audience="Dispatch",
                message="Our OKR",
                channel="Stand-up",
                when="Week 1",
                owner="Ana",
            )
        )
        s.add(
            models.ConfidenceCheckIn(
                recorded_at=STAMPED, key_result_id=kr.id, week=1, score=0.7, actual="11%"
            )
        )
        s.add(models.HealthMetric(workshop_id=w.id, name="Call backlog", status="amber"))
        s.add(
            models.WeeklyNote(
                workshop_id=w.id,
                week=1,
                weekly_focus="Parts audit",
                slowing_us="Two vans off the road",
            )
        )
        kr.final_score = 0.6
        kr.review_note = "Good start"
        s.add(models.ReviewItem(workshop_id=w.id, column="stop", text="Paper tickets"))
        s.add(models.ReviewAnswer(workshop_id=w.id, question="worked", text="Pairing"))
        return w.id
