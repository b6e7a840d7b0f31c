"""A workshop that has ended with its OKRs chosen: the start of a cycle of check-ins."""

from __future__ import annotations

import datetime as dt

from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from workshop.store import Store

CYCLE_START = dt.date(2027, 1, 4)
CYCLE_END = dt.date(2027, 3, 28)

OKRS = (
    (
        "Releases stop being events",
        (
            ("Deploys a week from 2 to 10", 2.0, 10.0, "deploys"),
            ("Change failure rate from 20% to 5%", 20.0, 5.0, "%"),
            ("Lead time from 9 days to 2", 9.0, 2.0, "days"),
            ("Rollbacks a month from 6 to 1", 6.0, 1.0, "rollbacks"),
        ),
    ),
    (
        "New engineers ship in their first week",
        (
            ("Days to first merged change from 15 to 3", 15.0, 3.0, "days"),
            ("Onboarding survey score from 6 to 9", 6.0, 9.0, "points"),
            ("Setup steps done by hand from 40 to 5", 40.0, 5.0, "steps"),
            ("Mentors trained from 0 to 8", 0.0, 8.0, "mentors"),
        ),
    ),
    (
        "R&D <platform> is the team others ask for",
        (
            ("Internal tool adoption from 30% to 70%", 30.0, 70.0, "%"),
            ("Support tickets a month from 120 to 60", 120.0, 60.0, "tickets"),
            ("Teams on the shared pipeline from 3 to 12", 3.0, 12.0, "teams"),
            ("Docs pages rated useful from 40% to 80%", 40.0, 80.0, "%"),
        ),
    ),
)


def finished_workshop(store: Store, team: str = "Platform team") -> tuple[int, list[list[int]]]:
    """A workshop with 3 ranked objectives of 4 picked KRs each; returns its id and the KR ids.

    The objectives are ranked in the reverse of their board order, so the printed
    numbers (1.1, 1.2...) follow the ranking, not the order they were typed in.
    """
    workshop_id = new_workshop(
        store,
        team,
        "executive",
        cycle_label="Q1 2027",
        cycle_start=CYCLE_START,
        cycle_end=CYCLE_END,
        participants=[("Amara", "facilitator"), ("Dmitri", "kr_lead")],
    )
    engine = fake_engine(store, workshop_id)
    dmitri = next(p.id for p in engine.okrs.participants() if p.name == "Dmitri")
    objective_ids = []
    kr_ids: list[list[int]] = []
    for text, key_results in OKRS:
        objective = engine.okrs.add_objective(text)
        objective_ids.append(objective)
        ids = [
            engine.okrs.add_key_result(objective, kr, baseline=base, target=target, unit=unit)
            for kr, base, target, unit in key_results
        ]
        # One extra candidate the vote left out: it is not checked in on.
        engine.okrs.add_key_result(objective, "A candidate the room did not pick")
        engine.okrs.pick_key_results(objective, ids)
        engine.okrs.set_champion(ids[0], dmitri)
        kr_ids.append(ids)
    engine.okrs.rank_objectives(list(reversed(objective_ids)))
    return workshop_id, list(reversed(kr_ids))
