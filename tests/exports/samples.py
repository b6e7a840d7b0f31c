"""Workshops for the sheet tests: a full five-by-five one, and one made of hostile text."""

from __future__ import annotations

import datetime as dt

from tests.workshop.samples import HOSTILE_TEXT
from workshop import models
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


def build_five_by_five(store: Store, team: str = "Field Support") -> int:
    """Five ranked objectives of five selected key results each, with weeks of scores."""
    with store.transaction() as s:
        w = models.Workshop(
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
            team=HOSTILE_TEXT,
            mission=MARKUP_TEXT,
            cycle_label=EMOJI_TEXT,
            template="executive",
            settings={"verdicts": "not a table"},
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
                    unit=pick(k_index),
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
                        key_result_id=kr.id, week=2, score=0.4, actual=pick(k_index)
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
            workshop_id=w.id, title=MARKUP_TEXT, status="open", secret=False, cut_line=0
        )
        s.add(voting)
        s.flush()
        option = models.RoundOption(round_id=voting.id, card_id=card.id)
        s.add(option)
        s.flush()
        s.add(models.Vote(round_id=voting.id, option_id=option.id, participant_id=person.id))
        return w.id
