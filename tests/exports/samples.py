"""Workshops for the sheet tests: a full five-by-five one, and one made of hostile text."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from tests.clocks import STAMPED
from tests.workshop.samples import HOSTILE_TEXT
from workshop import models
from workshop.snapshot import (
    CheckInSnapshot,
    CommsItemSnapshot,
    DependencySnapshot,
    HealthMetricSnapshot,
    InitiativeSnapshot,
    KeyResultSnapshot,
    MetricSnapshot,
    ObjectiveSnapshot,
    ParticipantSnapshot,
    PastKeyResultSnapshot,
    PastObjectiveSnapshot,
    RetroItemSnapshot,
    StepSnapshot,
    StorySnapshot,
    VoteOptionSnapshot,
    VotingRoundSnapshot,
    WeeklyNoteSnapshot,
    WorksheetSnapshot,
    WorkshopSnapshot,
)
from workshop.store import Store

OBJECTIVES = (
    "Customers get their kit fixed on the first visit",
    "New engineers feel at home in their first month",
    "Every van leaves the depot with the right parts",
    "Site managers trust our arrival times",
    "Our knowledge base answers the questions people ask",
)
RTL_TEXT = "مرحبا بالعالم שלום עולם"
EMOJI_TEXT = "Ship it 🚀🎉 👩‍💻 ❤️ ok"
MARKUP_TEXT = "<b>not bold</b> & <para> <br/> </font> &amp; &#169; ]]>"
LONG_TEXT = ("Long words and long thoughts keep flowing onto the next line. " * 90)[:5000]
UNBROKEN_TEXT = "x" * 5000
SHORT_HOSTILE = (HOSTILE_TEXT, MARKUP_TEXT, RTL_TEXT, EMOJI_TEXT)


def in_order(
    s: Session,
    model: Callable[..., models.Base],
    fields: tuple[str, ...],
    rows: list[tuple[object, ...]],
    **shared: object,
) -> None:
    """Add a row of the model for each tuple, its values named by ``fields``, at position 0, 1…"""
    for index, values in enumerate(rows):
        s.add(model(**shared, **dict(zip(fields, values, strict=True)), position=index))


def build_five_by_five(store: Store, team: str = "Field Support") -> int:
    """Five ranked objectives of five selected key results each, with weeks of scores."""
    with store.transaction() as s:
        w = models.Workshop(
            created_at=STAMPED,
            updated_at=STAMPED,
            team=team,
            mission="Keep every customer's kit running",
            cycle_label="Q3 2027",
            cycle_start=dt.date(2027, 7, 5),
            template="executive",
            settings={},
        )
        s.add(w)
        s.flush()
        people = [
            models.Participant(workshop_id=w.id, name=name, role=role, position=index)
            for index, (name, role) in enumerate(
                [("Ana", "facilitator"), ("Bo", "kr_lead"), ("Chen", "contributor")]
            )
        ]
        s.add_all(people)
        s.flush()
        for o_index, text in enumerate(OBJECTIVES):
            objective = models.Objective(
                workshop_id=w.id,
                text=text,
                why_it_matters=f"Reason {o_index + 1}: it matters to the people we serve",
                position=o_index,
                rank=o_index + 1,
                status="final",
            )
            s.add(objective)
            s.flush()
            for k_index in range(5):
                kr = models.KeyResult(
                    objective_id=objective.id,
                    text=f"Measure {o_index + 1}.{k_index + 1} rises from 40% to 75%",
                    baseline=40.0,
                    target=75.0,
                    unit="%",
                    how_to_measure=f"Weekly report {o_index + 1}.{k_index + 1}",
                    data_source="Dispatch system",
                    position=k_index,
                    rank=k_index + 1,
                    selected=True,
                    champion_id=people[k_index % 3].id,
                )
                s.add(kr)
                s.flush()
                s.add(
                    models.Initiative(
                        key_result_id=kr.id,
                        text=f"Initiative {o_index + 1}.{k_index + 1}",
                        owner="Bo",
                        priority="should",
                    )
                )
                for week in (1, 2, 3):
                    s.add(
                        models.ConfidenceCheckIn(
                            recorded_at=STAMPED,
                            key_result_id=kr.id,
                            week=week,
                            score=(1.0, 0.7, 0.4)[week - 1],
                            actual=f"{40 + week * 5}%",
                        )
                    )
        return w.id


def build_hostile_workshop(store: Store) -> int:
    """Markup, right-to-left text and emoji in every printed field, and 5,000 characters
    (with and without spaces) in at least one field of every sheet."""

    def pick(index: int) -> str:
        return SHORT_HOSTILE[index % len(SHORT_HOSTILE)]

    with store.transaction() as s:
        w = models.Workshop(
            created_at=STAMPED,
            updated_at=STAMPED,
            team=HOSTILE_TEXT,
            mission=MARKUP_TEXT,
            cycle_label=EMOJI_TEXT,
            template="executive",
            settings={"verdict_thresholds": "not a table"},
        )
        s.add(w)
        s.flush()
        person = models.Participant(workshop_id=w.id, name=RTL_TEXT, role="kr_lead")
        s.add(person)
        s.add(
            models.AgendaStep(
                workshop_id=w.id,
                position=0,
                kind="retrospective",
                title=MARKUP_TEXT,
                planned_seconds=1200,
                used_seconds=1500,
                status="done",
            )
        )
        s.flush()
        past = models.PastObjective(workshop_id=w.id, text=LONG_TEXT)
        s.add(past)
        s.flush()
        past_kr = models.PastKeyResult(past_objective_id=past.id, text=UNBROKEN_TEXT, score=0.2)
        s.add(past_kr)
        retro = [
            models.RetroItem(
                workshop_id=w.id, board="opening", column=column, text=text, position=index
            )
            for index, (column, text) in enumerate(
                [("went_badly", LONG_TEXT), ("went_well", MARKUP_TEXT), ("odd <col>", RTL_TEXT)]
            )
        ]
        s.add_all(retro)
        s.flush()
        card = models.Card(
            workshop_id=w.id,
            text=LONG_TEXT,
            origin_retro_item_id=retro[0].id,
            origin_past_key_result_id=past_kr.id,
        )
        s.add(card)
        s.flush()
        for o_index, text in enumerate([LONG_TEXT, MARKUP_TEXT, RTL_TEXT]):
            objective = models.Objective(
                workshop_id=w.id,
                text=text,
                why_it_matters=pick(o_index + 1),
                notes=LONG_TEXT if o_index == 0 else pick(o_index),
                position=o_index,
                rank=o_index + 1,
                source_card_id=card.id,
            )
            s.add(objective)
            s.flush()
            s.add(models.ChecklistAnswer(objective_id=objective.id, criterion="<b>", answer=True))
            for k_index, kr_text in enumerate(
                [pick(o_index), LONG_TEXT if o_index == 1 else EMOJI_TEXT]
            ):
                kr = models.KeyResult(
                    objective_id=objective.id,
                    text=kr_text,
                    baseline=1.0,
                    target=2.0,
                    unit=pick(k_index)[:50],  # a unit column holds 50 characters
                    how_to_measure=UNBROKEN_TEXT if (o_index, k_index) == (0, 0) else pick(k_index),
                    data_source=pick(k_index + 1),
                    notes=pick(k_index + 2),
                    position=k_index,
                    selected=True,
                    champion_id=person.id,
                )
                s.add(kr)
                s.flush()
                s.add(
                    models.Initiative(key_result_id=kr.id, text=pick(k_index + 3), owner=RTL_TEXT)
                )
                s.add(
                    models.ConfidenceCheckIn(
                        recorded_at=STAMPED,
                        key_result_id=kr.id,
                        week=2,
                        score=0.4,
                        actual=pick(k_index),
                    )
                )
            s.add(
                models.OkrStory(
                    workshop_id=w.id,
                    objective_id=objective.id,
                    character=pick(o_index),
                    goal=pick(o_index + 1),
                    obstacle=LONG_TEXT,
                    resolution=pick(o_index + 3),
                    metric_ideas=UNBROKEN_TEXT if o_index == 0 else EMOJI_TEXT,
                )
            )
        s.add(
            models.EmbeddingWorksheet(
                workshop_id=w.id,
                people=pick(0),
                benefits=pick(1),
                checkin_cadence=pick(2),
                update_due=pick(3),
                time_on_okr_percent=150,
                okr_champion=RTL_TEXT,
                hopes=LONG_TEXT,
                fears=UNBROKEN_TEXT,
                upcoming_themes=EMOJI_TEXT,
            )
        )
        for index, value in enumerate([LONG_TEXT, *SHORT_HOSTILE]):
            s.add(
                models.WorksheetDependency(
                    workshop_id=w.id,
                    direction=("we_depend", "they_depend")[index % 2],
                    strength=("feedback", "hard")[index % 2],
                    team=pick(index),
                    description=value,
                    position=index,
                )
            )
            s.add(
                models.WorksheetMetric(
                    workshop_id=w.id,
                    kind=("output", "leading", "lagging")[index % 3],
                    text=value,
                    sweet_spot=index % 2 == 0,
                    position=index,
                )
            )
            s.add(
                models.CommsItem(
                    workshop_id=w.id,
                    audience=pick(index),
                    message=value,
                    channel=pick(index + 2),
                    when=pick(index + 3),
                    owner=pick(index + 1),
                    position=index,
                )
            )
            s.add(
                models.HealthMetric(
                    workshop_id=w.id, name=value, status=("green", "amber", "red", "<x>")[index % 4]
                )
            )
        s.add(
            models.WeeklyNote(
                workshop_id=w.id, week=2, priority_pipeline=LONG_TEXT, weekly_focus=MARKUP_TEXT
            )
        )
        voting = models.VotingRound(
            created_at=STAMPED,
            workshop_id=w.id,
            title=MARKUP_TEXT,
            status="open",
            secret=False,
            cut_line=0,
        )
        s.add(voting)
        s.flush()
        option = models.RoundOption(round_id=voting.id, card_id=card.id)
        s.add(option)
        s.flush()
        s.add(
            models.Vote(
                cast_at=STAMPED, round_id=voting.id, option_id=option.id, participant_id=person.id
            )
        )
        return w.id


DEMO_STEPS = [
    ("score_last_cycle", "Score last cycle", 20, 24),
    ("retrospective", "Retrospective: what we learned", 20, 18),
    ("objective_postits", "What would success look like? Objectives on post-its", 20, 22),
    ("objective_vote", "Dot vote on objectives (3 dots each)", 10, 9),
    ("draft_objective", "Draft the objective", 20, 26),
    ("okr_story", "OKR story: connect with the why", 10, 12),
    ("write_measures", "Write measures of progress", 10, 10),
    ("quality_check", "Quality check and rewrite", 10, 14),
    ("kr_vote", "Vote on key results, keep 3 to 5", 10, 8),
    ("refine", "Refine the OKR", 20, 17),
    ("champions", "Key result champions", 10, 6),
    ("initiatives", "Initiatives for each key result", 20, 21),
    ("comms_plan", "Communications plan", 20, 15),
    ("close_retro", "Close and look back on the day", 20, 12),
]
DEMO_OKRS = [
    (
        "Customers solve everyday problems without waiting for us",
        "Every avoidable ticket takes an hour from someone who needs us more.",
        [
            ("Self-service answers rise from 35% to 60% of help-centre visits", 35, 60, "%"),
            ("Repeat contacts about the same issue fall from 18% to 8%", 18, 8, "%"),
            ("Median first reply drops from 9 h to 2 h", 9, 2, "h"),
            ("Customer effort score improves from 3.1 to 4.2", 3.1, 4.2, "points"),
        ],
    ),
    (
        "New colleagues handle real cases with confidence in their first month",
        "The queue grows when new people wait weeks before they can help.",
        [
            ("Days until a new agent closes a case alone: from 21 to 10", 21, 10, "days"),
            ("Month-one quality score of new agents rises from 72 to 85", 72, 85, "points"),
            ("New agents who felt prepared: from 40% to 80%", 40, 80, "%"),
        ],
    ),
    (
        "Our busiest days feel calm for customers and for the team",
        "Mondays decide how customers remember us, and how tired we are by Friday.",
        [
            ("Missed calls on Mondays fall from 14% to 4%", 14, 4, "%"),
            ("Overtime per week falls from 60 h to 20 h", 60, 20, "h"),
            ("Peak-day satisfaction rises from 3.6 to 4.3", 3.6, 4.3, "points"),
        ],
    ),
]
DEMO_INITIATIVES = [
    ("Rewrite the ten most-read help articles", "must"),
    ("Answer buttons in the app that open the right article", "should"),
    ("Weekly review of repeat contacts", "must"),
    ("Buddy for every new agent", "must"),
    ("Practice cases before live calls", "should"),
    ("Monday rota with two more people before 10:00", "must"),
    ("Call-back option when the queue is long", "could"),
]


def build_demo_workshop(store: Store) -> int:
    """A realistic, finished workshop: the pictures of the sheets in ``docs/sheets``."""
    with store.transaction() as s:
        w = models.Workshop(
            created_at=STAMPED,
            updated_at=STAMPED,
            team="Customer Care",
            mission="Help every customer get back to work quickly",
            cycle_label="Q2 2027",
            cycle_start=dt.date(2027, 4, 5),
            cycle_end=dt.date(2027, 6, 25),
            template="executive",
            settings={},
        )
        s.add(w)
        s.flush()
        people = [
            models.Participant(
                workshop_id=w.id,
                name=name,
                role=role,
                position=index,
                is_okr_champion=name == "Chiara Rossi",
            )
            for index, (name, role) in enumerate(
                [
                    ("Amara Okafor", "facilitator"),
                    ("Bruno Lima", "sponsor"),
                    ("Chiara Rossi", "okr_lead"),
                    ("Dmitri Ivanov", "kr_lead"),
                    ("Eun-ji Park", "contributor"),
                    ("Zoë Müller", "kr_lead"),
                ]
            )
        ]
        s.add_all(people)
        for index, (kind, title, planned, used) in enumerate(DEMO_STEPS):
            s.add(
                models.AgendaStep(
                    workshop_id=w.id,
                    position=index,
                    kind=kind,
                    title=title,
                    planned_seconds=planned * 60,
                    used_seconds=used * 60 + 20,
                    status="done",
                    optional=kind == "okr_story",
                )
            )
        past = models.PastObjective(workshop_id=w.id, text="Make our help centre the first stop")
        s.add(past)
        s.flush()
        past_krs = [
            models.PastKeyResult(past_objective_id=past.id, text=text, score=score, position=index)
            for index, (text, score) in enumerate(
                [
                    ("Help-centre answers found: from 20% to 50%", 0.4),
                    ("Articles rated useful: from 55% to 75%", 0.8),
                    ("Tickets started from an article: from 5% to 15%", 1.0),
                ]
            )
        ]
        s.add_all(past_krs)
        retro_texts = [
            ("went_well", "The new article template is quick to write"),
            ("went_well", "Weekly check-ins kept us honest"),
            ("went_badly", "Half of Monday's calls were password resets"),
            ("went_badly", "We scored too late to change course"),
            ("learned", "Small fixes in the app beat long articles"),
        ]
        retro = [
            models.RetroItem(
                workshop_id=w.id, board="opening", column=column, text=text, position=index
            )
            for index, (column, text) in enumerate(retro_texts)
        ]
        s.add_all(retro)
        s.add(
            models.RetroItem(
                workshop_id=w.id,
                board="closing",
                column="went_well",
                text="Everyone voted; the quiet voices counted too",
            )
        )
        s.flush()
        cards = [
            models.Card(
                workshop_id=w.id,
                text="Customers fix it themselves",
                origin_retro_item_id=retro[2].id,
                origin_past_key_result_id=past_krs[0].id,
                position=0,
            ),
            models.Card(workshop_id=w.id, text="New people up to speed fast", position=1),
            models.Card(workshop_id=w.id, text="Calm Mondays", position=2),
            models.Card(workshop_id=w.id, text="A chat channel on the website", position=3),
            models.Card(workshop_id=w.id, text="One view of every customer", position=4),
        ]
        s.add_all(cards)
        s.flush()
        initiatives = iter(DEMO_INITIATIVES)
        objectives = []
        for o_index, (text, why, key_results) in enumerate(DEMO_OKRS):
            objective = models.Objective(
                workshop_id=w.id,
                text=text,
                why_it_matters=why,
                position=o_index,
                rank=o_index + 1,
                status="final",
                source_card_id=cards[o_index].id,
            )
            s.add(objective)
            s.flush()
            objectives.append(objective)
            objective_answers = dict.fromkeys(
                ("inspirational", "provides_focus", "change_not_maintain"), True
            )
            s.add_all(
                models.ChecklistAnswer(objective_id=objective.id, criterion=c, answer=answer)
                for c, answer in {**objective_answers, "time_bound": o_index != 1}.items()
            )
            for k_index, (kr_text, baseline, target, unit) in enumerate(key_results):
                kr = models.KeyResult(
                    objective_id=objective.id,
                    text=kr_text,
                    baseline=baseline,
                    target=target,
                    unit=unit,
                    how_to_measure=("Weekly report from the help desk", "Survey after the case")[
                        k_index % 2
                    ],
                    data_source=("Help-desk system", "Survey tool", "Phone system")[k_index % 3],
                    outcome_or_output="outcome",
                    leading_or_lagging=("leading", "lagging")[k_index % 2],
                    position=k_index,
                    rank=k_index + 1,
                    selected=True,
                    champion_id=people[3 + (k_index + o_index) % 3].id,
                )
                s.add(kr)
                s.flush()
                kr_answers = dict.fromkeys(
                    ("results_based", "aligned", "directly_measurable"), True
                )
                s.add_all(
                    models.ChecklistAnswer(key_result_id=kr.id, criterion=c, answer=answer)
                    for c, answer in {**kr_answers, "challenging": k_index != 2}.items()
                )
                initiative = next(initiatives, None)
                if initiative is not None:
                    s.add(
                        models.Initiative(
                            key_result_id=kr.id,
                            text=initiative[0],
                            owner=people[2 + k_index % 4].name.split()[0],
                            priority=initiative[1],
                        )
                    )
                for week, score in enumerate((0.7, 0.7, 0.4, 0.7)[: 4 - k_index % 2], 1):
                    s.add(
                        models.ConfidenceCheckIn(
                            recorded_at=STAMPED,
                            key_result_id=kr.id,
                            week=week,
                            score=score,
                            actual=f"{baseline + (target - baseline) * week / 10:.3g} {unit}",
                        )
                    )
        s.add(
            models.OkrStory(
                workshop_id=w.id,
                objective_id=objectives[0].id,
                character="A shop owner who phones us between two customers",
                goal="Get the till working again before the lunch rush",
                obstacle="Our answers hide in long articles, and the phone queue is longest "
                "when shops open",
                resolution="They fix the common problems in two minutes from their phone, and "
                "call us only when it really matters",
                metric_ideas="Self-service success; repeat contacts; calls before 10:00",
            )
        )
        s.add(
            models.EmbeddingWorksheet(
                workshop_id=w.id,
                people="Customer Care (12 agents), with Product and the help-centre writers",
                benefits="Fewer urgent tickets, and time to fix causes instead of symptoms",
                checkin_cadence="Mondays 9:30, 20 minutes, at the team board",
                update_due="Friday noon",
                time_on_okr_percent=30,
                okr_champion="",
                hopes="We stop firefighting and see our work move the numbers",
                fears="Another dashboard nobody looks at after week three",
                upcoming_themes="Chat support; the new billing system in Q3",
            )
        )
        in_order(
            s,
            models.WorksheetDependency,
            ("direction", "strength", "team", "description"),
            [
                ("we_depend", "hard", "Product", "In-app help buttons ship by week 6"),
                ("we_depend", "feedback", "Help-centre writers", "Review of rewritten articles"),
                ("they_depend", "feedback", "Sales", "Monthly list of top customer questions"),
                ("they_depend", "hard", "Billing", "Sign-off on refund wording"),
            ],
            workshop_id=w.id,
        )
        in_order(
            s,
            models.WorksheetMetric,
            ("kind", "text", "sweet_spot"),
            [
                ("output", "Articles rewritten", False),
                ("output", "Help buttons shipped", False),
                ("leading", "Self-service success rate", True),
                ("leading", "Repeat contacts", True),
                ("lagging", "Customer effort score", False),
                ("lagging", "Renewals", False),
            ],
            workshop_id=w.id,
        )
        in_order(
            s,
            models.CommsItem,
            ("audience", "message", "channel", "when", "owner"),
            [
                (
                    "The whole team",
                    "Our three OKRs and who champions each",
                    "Team meeting",
                    "Monday",
                    "Chiara",
                ),
                (
                    "Product",
                    "What we need from them, and by when",
                    "Planning review",
                    "Week 1",
                    "Dmitri",
                ),
                (
                    "Leadership",
                    "Why these OKRs, and how we will report",
                    "Monthly update",
                    "Week 2",
                    "Bruno",
                ),
            ],
            workshop_id=w.id,
        )
        in_order(
            s,
            models.HealthMetric,
            ("name", "status"),
            [
                ("Open tickets", "green"),
                ("Team sick days", "amber"),
                ("Phone system uptime", "red"),
            ],
            workshop_id=w.id,
        )
        s.add(
            models.WeeklyNote(
                workshop_id=w.id,
                week=4,
                priority_pipeline="Help buttons release (week 6); billing change freeze from "
                "1 June",
                weekly_focus="1. Finish the ten articles\n2. Monday rota for May\n3. Buddy list "
                "for the two new agents",
            )
        )
        voting = models.VotingRound(
            created_at=STAMPED,
            workshop_id=w.id,
            subject="objectives",
            title="Objectives",
            status="revealed",
            secret=True,
            cut_line=3,
        )
        s.add(voting)
        s.flush()
        options = [
            models.RoundOption(round_id=voting.id, card_id=card.id, position=index)
            for index, card in enumerate(cards)
        ]
        s.add_all(options)
        s.flush()
        for option, dots in zip(options, (6, 5, 4, 2, 1), strict=True):
            for person in people[:dots]:
                s.add(
                    models.Vote(
                        cast_at=STAMPED,
                        round_id=voting.id,
                        option_id=option.id,
                        participant_id=person.id,
                    )
                )
        return w.id


def long_text_snapshot(length: int, spaces: bool = True) -> WorkshopSnapshot:
    """``length`` characters in every printed field, each ending with "end of <field>".

    Built as a snapshot directly: the store would take the same text, and building it
    this way keeps the test to the sheets.
    """

    def text(field: str) -> str:
        end = f" end of {field}"
        filler = "Customers notice " if spaces else "x"
        body = (filler * (length // len(filler) + 1))[: length - len(end)]
        return body + end

    def kr(number: int) -> KeyResultSnapshot:
        name = f"kr{number}"
        return KeyResultSnapshot(
            text=text(f"{name} text"),
            baseline=12,
            target=5,
            unit="%",
            how_to_measure=text(f"{name} measure"),
            data_source=text(f"{name} source"),
            notes=text(f"{name} notes"),
            champion=text(f"{name} champion"),
            selected=True,
            initiatives=(InitiativeSnapshot(text(f"{name} initiative"), text(f"{name} owner")),),
            checkins=(CheckInSnapshot(1, 0.7, text(f"{name} actual"), text(f"{name} note")),),
        )

    objective = ObjectiveSnapshot(
        text=text("objective"),
        why_it_matters=text("why"),
        rank=1,
        notes=text("objective notes"),
        parent_text=text("parent"),
        key_results=(kr(1), kr(2)),
    )
    return WorkshopSnapshot(
        team=text("team"),
        mission=text("mission"),
        cycle_label=text("cycle"),
        participants=(ParticipantSnapshot(text("person"), "facilitator"),),
        steps=(StepSnapshot(text("step"), "retrospective", 600, 0, 700, "done", False),),
        past_objectives=(
            PastObjectiveSnapshot(
                text("past objective"), (PastKeyResultSnapshot(text("past kr"), 0.4),)
            ),
        ),
        retro_items=(RetroItemSnapshot("opening", "went_well", text("retro")),),
        objectives=(objective,),
        stories=(
            StorySnapshot(
                objective_text=objective.text,
                character=text("character"),
                goal=text("goal"),
                obstacle=text("obstacle"),
                resolution=text("resolution"),
                metric_ideas=text("metric ideas"),
            ),
        ),
        worksheet=WorksheetSnapshot(
            people=text("people"),
            benefits=text("benefits"),
            checkin_cadence=text("cadence"),
            update_due=text("update due"),
            time_on_okr_percent=30,
            okr_champion=text("okr champion"),
            hopes=text("hopes"),
            fears=text("fears"),
            upcoming_themes=text("themes"),
            dependencies=(DependencySnapshot("we_depend", "hard", text("dep team"), text("dep")),),
            metrics=(MetricSnapshot("leading", text("metric"), True),),
        ),
        comms=(CommsItemSnapshot(*(text(f"comms {n}") for n in range(5))),),
        health=(HealthMetricSnapshot(text("health"), "amber"),),
        weekly_notes=(WeeklyNoteSnapshot(1, text("pipeline"), text("focus")),),
        rounds=(
            VotingRoundSnapshot(
                text("round"),
                "objectives",
                "revealed",
                True,
                3,
                3,
                1,
                options=(
                    VoteOptionSnapshot(text("option one"), 3),
                    VoteOptionSnapshot(text("option two"), 1),
                ),
            ),
        ),
    )


FULL_OBJECTIVE = "Customers solve everyday problems without waiting for us, whatever the hour"


def full_objective() -> ObjectiveSnapshot:
    """The fullest objective a facilitation sheet keeps to one page: five key results of
    150 characters, each with three initiatives, a champion and a data source."""
    text = (
        "Repeat visits to the same site within 30 days fall as engineers arrive with the "
        "right part and the customer signs off on the very first visit this cycle"
    )[:150]
    initiatives = tuple(
        InitiativeSnapshot(f"Parts check {n} before each van leaves", "Ana", "must")
        for n in (1, 2, 3)
    )
    kr = KeyResultSnapshot(
        text=text,
        baseline=12,
        target=5,
        unit="%",
        how_to_measure="Weekly report from the dispatch system, per site",
        data_source="Dispatch system",
        champion="Ana Lopes",
        selected=True,
        initiatives=initiatives,
    )
    first = dataclasses.replace(kr, success_threshold="under 5%")
    return ObjectiveSnapshot(
        text=FULL_OBJECTIVE,
        why_it_matters="Every avoidable ticket costs an hour.",
        rank=1,
        key_results=(first, kr, kr, kr, kr),
    )
