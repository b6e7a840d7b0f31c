"""A platform team's workshop, part way through: the example the OKR pages are shown with.

Written through the engine, as the pages would write it. Some key results still
trip the quality checks, so the pictures and tests show findings to fix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from facilitation.engine import WorkshopEngine
from facilitation.workshops import new_workshop
from tests.clocks import fake_engine
from tests.ui.pages.workshop_room import PEOPLE
from workshop.store import Store


@dataclass
class Example:
    workshop_id: int
    engine: WorkshopEngine
    people: dict[str, int]
    objectives: list[int] = field(default_factory=list)
    key_results: dict[str, int] = field(default_factory=dict)


def platform_workshop(store: Store, *, template: str = "executive") -> Example:
    workshop_id = new_workshop(
        store,
        "Platform team",
        template,
        participants=PEOPLE,
        mission="Give every product team a fast, safe road to production",
    )
    engine = fake_engine(store, workshop_id)
    people = {p.name: p.id for p in engine.okrs.participants()}
    return Example(workshop_id, engine, people)


def with_objectives(example: Example) -> Example:
    """Last cycle, a retro note and the post-its the objectives came from."""
    engine = example.engine
    past = engine.scoring.add_past_objective("Builds stop slowing teams down")
    build_time = engine.scoring.add_past_key_result(past, "Cut build time from 25 to 8 minutes")
    engine.scoring.score(build_time, 0.2)
    note = engine.boards.add_retro_item(
        "opening", "went_badly", "Friday releases kept being rolled back on Monday"
    )
    calm = engine.boards.add_card(
        "Shipping is calm and routine for every product team", origin_retro_item_id=note
    )
    self_service = engine.boards.add_card(
        "Product teams set up what they need without waiting for us",
        origin_past_key_result_id=build_time,
    )
    quiet = engine.boards.add_card("On-call nights are quiet")
    example.objectives = engine.okrs.objectives_from_cards([calm, self_service, quiet])
    first = example.objectives[0]
    engine.okrs.edit_objective(
        first,
        why_it_matters=(
            "Teams hold back finished work because a release still feels risky, "
            "so customers wait weeks for fixes that are already written."
        ),
    )
    return example


KEY_RESULTS = {
    "lead_time": dict(
        text="Median lead time from merge to production falls from 72 hours to 4 hours",
        baseline=72,
        target=4,
        unit="hours",
        how_to_measure="Median over the last 14 days, read every Monday",
        data_source="Deploy pipeline events",
    ),
    "failures": dict(
        text="Change failure rate from 18% to 5%",
        baseline=18,
        target=5,
        unit="%",
        how_to_measure="Deploys followed by a rollback or hotfix within 48 hours",
        data_source="Incident tracker joined with the deploy log",
    ),
    "fridays": dict(
        text="Product teams that release on Fridays grow from 2 to 9",
        baseline=2,
        target=9,
        unit="teams",
        data_source="Deploy log, by team and weekday",
    ),
    "rollbacks": dict(
        text="Reduce rollbacks from 4 to 12 a month",
        baseline=4,
        target=12,
        unit="rollbacks",
        data_source="Deploy log",
    ),
    "canary": dict(text="Launch the canary release pipeline"),
    "clinics": dict(text="Hold 6 deploy clinics with product teams"),
}


def with_key_results(example: Example) -> Example:
    """Six candidates on the first objective; the last two read like work, not results."""
    if not example.objectives:
        with_objectives(example)
    okrs = example.engine.okrs
    for name, fields in KEY_RESULTS.items():
        example.key_results[name] = okrs.add_key_result(example.objectives[0], **fields)
    return example


def with_picks(example: Example) -> Example:
    """Four picked and ranked, three with champions, the team's OKR champion named."""
    if not example.key_results:
        with_key_results(example)
    okrs = example.engine.okrs
    krs, people = example.key_results, example.people
    okrs.edit_key_result(krs["rollbacks"], text="Rollbacks fall from 12 to 4 a month")
    okrs.edit_key_result(krs["rollbacks"], baseline=12, target=4)
    okrs.pick_key_results(
        example.objectives[0],
        [krs["lead_time"], krs["failures"], krs["fridays"], krs["rollbacks"]],
    )
    okrs.set_champion(krs["lead_time"], people["Lotte"])
    okrs.set_champion(krs["failures"], people["Mateo"])
    okrs.set_champion(krs["fridays"], people["Noor"])
    okrs.set_okr_champion(people["Lotte"])
    return example


def with_plans(example: Example) -> Example:
    if not example.key_results:
        with_picks(example)
    okrs = example.engine.okrs
    krs = example.key_results
    okrs.add_initiative(
        krs["lead_time"], "Canary releases for the three busiest services", "Mateo", "must"
    )
    okrs.add_initiative(
        krs["lead_time"], "Merge queue that runs only the affected tests", "Lotte", "should"
    )
    okrs.add_initiative(krs["lead_time"], "Release dashboard on the team screen", "Noor", "could")
    okrs.add_initiative(krs["fridays"], "Deploy clinic every other Thursday", "Noor", "should")
    okrs.add_comms_item(
        audience="Product team leads",
        message="Our OKRs, and the one thing we need from each team",
        channel="Engineering all-hands",
        when="Week 1",
        owner="Kwame",
    )
    okrs.add_comms_item(
        audience="Whole engineering floor",
        message="Lead time and failure rate, week by week",
        channel="Dashboard by the coffee machine",
        when="Every Monday",
        owner="Lotte",
    )
    okrs.add_comms_item(
        audience="Security team",
        message="What canary releases change for their sign-off",
        channel="Their weekly review",
        when="Week 2",
        owner="Mateo",
    )
    return example


def with_story(example: Example) -> Example:
    if not example.objectives:
        with_objectives(example)
    example.engine.okrs.edit_story(
        example.objectives[0],
        character="Priya, who builds the checkout for a product team",
        goal="Ship a fix on the same afternoon a customer reports the bug",
        obstacle="A release takes half a day and one in five gets rolled back",
        resolution="She merges after lunch and the fix is live before the customer calls back",
    )
    return example


def with_answers(example: Example) -> Example:
    """The room has been through the objective and the first candidates."""
    if not example.key_results:
        with_key_results(example)
    okrs = example.engine.okrs
    objective = example.objectives[0]
    for criterion in ("inspirational", "provides_focus", "change_not_maintain"):
        okrs.set_answer(criterion, True, objective_id=objective)
    okrs.set_answer("time_bound", False, objective_id=objective)
    lead_time = example.key_results["lead_time"]
    for criterion in ("results_based", "aligned", "directly_measurable"):
        okrs.set_answer(criterion, True, key_result_id=lead_time)
    okrs.set_answer("challenging", False, key_result_id=lead_time)
    okrs.record_hands(lead_time, "outcome_or_output", 4, 1)
    okrs.record_hands(lead_time, "leading_or_lagging", 2, 2)
    okrs.record_hands(example.key_results["canary"], "outcome_or_output", 0, 5)
    return example


def with_thresholds(example: Example) -> Example:
    """The picked key results, the first with what would count as success and failure."""
    if not example.key_results:
        with_picks(example)
    example.engine.okrs.edit_key_result(
        example.key_results["lead_time"],
        success_threshold="4 hours or less",
        partial_threshold="Under a day",
        no_impact_threshold="Still around 3 days",
        negative_threshold="Longer than 3 days",
    )
    return example


def with_worksheet(example: Example) -> Example:
    if not example.key_results:
        with_picks(example)
    okrs = example.engine.okrs
    okrs.edit_worksheet(
        people="The five of us, with one engineer from each product team on call",
        benefits="We stop building tools nobody asked for, and can say no with a reason",
        checkin_cadence="Mondays at 9:30, 20 minutes, at the team screen",
        update_due="Fridays by noon",
        time_on_okr_percent=30,
        hopes="Product teams see our work in their own numbers",
        fears="Incidents eat the OKR time in the first month",
        upcoming_themes="Cost per deploy; preview environments for every pull request",
    )
    okrs.add_dependency("we_depend", "Security", "Sign-off on the canary set-up", "hard")
    okrs.add_dependency("they_depend", "Data platform", "Deploy events in the warehouse")
    okrs.add_metric("output", "Canary pipeline live")
    okrs.add_metric("leading", "Teams releasing on Fridays", sweet_spot=True)
    okrs.add_metric("leading", "Median lead time")
    okrs.add_metric("lagging", "Customer-reported incidents")
    return example


Stage = Callable[[Example], Example]
"""How far along the example workshop is."""
