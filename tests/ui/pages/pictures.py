"""Pictures of the scoring, board and voting pages at 1920x1080, filled with a day's work.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.pages.pictures [kind ...]
Writes docs/pictures/pages/<kind>.png.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from facilitation.engine import WorkshopEngine
from tests.ui.pages import workshop_room
from tests.ui.pages.okr_pages import save_picture
from tests.ui.pages.workshop_room import room
from tests.ui.windows import picture_app
from ui.pages.context import PageContext
from workshop.store import Store, open_store

OUT = Path(__file__).resolve().parents[3] / "docs" / "pictures" / "pages"

PEOPLE = [
    *workshop_room.PEOPLE,
    ("Oskar", "contributor"),
    ("Priya", "contributor"),
    ("Quentin", "kr_lead"),
]

LAST_CYCLE = [
    (
        "Releasing is calm and routine for every team",
        [
            ("Lead time from merge to production from 9 days to 2", 0.8),
            ("Failed deploys from 14% to 5% of all deploys", 0.6),
            ("Every service deploys with the shared pipeline (22 of 30 today)", 1.0),
        ],
    ),
    (
        "Product teams build on the platform without waiting for us",
        [
            ("New service from idea to first deploy in under 1 day", 0.3),
            ("Tickets asking the platform team for help from 60 to 20 a month", 0.1),
            ("Self-service environments used by 8 of 10 product teams", 0.5),
        ],
    ),
    (
        "We know what our infrastructure costs and why",
        [
            ("Cost per tenant reported monthly for the 5 largest services", 0.7),
            ("Idle compute from 35% to 15% of spend", None),
        ],
    ),
]


def fill_scoring(engine: WorkshopEngine) -> None:
    for objective, key_results in LAST_CYCLE:
        past = engine.scoring.add_past_objective(objective)
        for text, score in key_results:
            kr = engine.scoring.add_past_key_result(past, text)
            if score is not None:
                engine.scoring.score(kr, score)


def scoring_page(context: PageContext, kind: str) -> QWidget:
    from ui.pages import scoring

    fill_scoring(context.engine)
    return scoring.make_page(context, kind)


OPENING_NOTES = {
    "went_well": [
        "Pairing on the pipeline rewrite spread the knowledge",
        "Blameless reviews after every incident",
        "The shared pipeline took only two sprints to adopt",
        "Product teams came to our demo days",
    ],
    "went_badly": [
        "Urgent side requests ate a third of our time",
        "Self-service environments slipped twice",
        "Nobody owned the cost report after June",
    ],
    "learned": [
        "Small releases are far easier to roll back",
        "Write the runbook before the feature ships",
        "A key result without a baseline is a guess",
        "Ask product teams what blocks them before building",
        "Budget time for help requests instead of pretending they do not happen",
    ],
}
CLOSING_NOTES = {
    "start": [
        "Checking in on confidence every Monday",
        "Inviting one product team to our planning",
    ],
    "stop": ["Saying yes to work that is not on the OKRs without a trade-off"],
    "continue": [
        "Timeboxing every discussion",
        "Writing key results with a number and a baseline",
        "Dot voting in private",
    ],
}


def retro_page(context: PageContext, kind: str) -> QWidget:
    from ui.pages import retro

    moment, notes = (
        ("opening", OPENING_NOTES) if kind == "retrospective" else ("closing", CLOSING_NOTES)
    )
    for column, texts in notes.items():
        for text in texts:
            context.engine.boards.add_retro_item(moment, column, text)
    return retro.make_page(context, kind)


POSTITS = [
    ("Product teams ship without waiting for us", "yellow"),
    ("Releases are calm and boring", "yellow"),
    ("We know what every service costs", "green"),
    ("On-call is something people volunteer for", "pink"),
    ("New engineers deploy on their first day", "blue"),
    ("Self-service environments in minutes, not days", "yellow"),
    ("Incidents are rare, short and well understood", "pink"),
    ("Our platform is the easiest way to run a service here", "yellow"),
    ("Every team can see its own cost and carbon", "green"),
    ("Help requests to the platform team are the exception", "orange"),
    ("Security checks run before anyone has to ask", "purple"),
    ("Databases are backed up and restores are rehearsed", "blue"),
    ("Developers trust the pipeline", "yellow"),
    ("Builds finish before the coffee does", "yellow"),
    ("Observability comes with every new service by default", "blue"),
    ("Teams know which services they own", "orange"),
    ("Old services are retired instead of kept alive", "purple"),
    ("Product teams love our documentation", "yellow"),
    ("Capacity is planned, not discovered during outages", "pink"),
    ("Every service has a runbook somebody has used", "blue"),
    ("We hear about problems before customers do", "pink"),
    ("Secrets never live in code", "purple"),
    ("The platform roadmap is shaped with product teams", "orange"),
    ("Cloud spend grows slower than customers", "green"),
    ("Test environments look like production", "blue"),
    ("Nobody waits for a ticket to get access", "orange"),
    ("Feature flags let teams release without fear", "yellow"),
    ("Dependency updates happen every week without drama", "purple"),
    ("Deploy whenever ready, even on Fridays", "yellow"),
    ("Every team can roll back in one click", "yellow"),
    ("Mobile builds are as easy as web builds", "blue"),
    ("Data pipelines are as reliable as services", "green"),
    ("We measure developer happiness every month", "orange"),
    ("Fewer pages at night for everyone on call", "pink"),
    ("Platform changes never break product teams by surprise", "purple"),
    ("Everyone can explain how a request reaches production", "blue"),
]
GROUPED = {
    "Builds finish before the coffee does": "Developers trust the pipeline",
    "Deploy whenever ready, even on Fridays": "Releases are calm and boring",
    "Every team can roll back in one click": "Releases are calm and boring",
    "Fewer pages at night for everyone on call": "On-call is something people volunteer for",
}


def postits_page(context: PageContext, kind: str) -> QWidget:
    from ui.pages import postits

    engine = context.engine
    fill_scoring(engine)
    note = engine.boards.add_retro_item(
        "opening", "went_badly", "Urgent side requests ate a third of our time"
    )
    low = engine.scoring.low_scoring_key_results()[0]
    ids = {}
    for text, colour in POSTITS:
        ids[text] = engine.boards.add_card(text, colour=colour)
    engine.boards.link_origin(ids[POSTITS[9][0]], note, None)
    engine.boards.link_origin(ids[POSTITS[0][0]], None, low.id)
    for child, into in GROUPED.items():
        engine.boards.group_card(ids[child], ids[into])
    return postits.make_page(context, kind)


def add_post_its(engine: WorkshopEngine) -> dict[str, int]:
    ids = {}
    for text, colour in POSTITS:
        ids[text] = engine.boards.add_card(text, colour=colour)
    for child, into in GROUPED.items():
        engine.boards.group_card(ids[child], ids[into])
    return {text: ids[text] for text, _ in POSTITS if text not in GROUPED}


OBJECTIVE_VOTES = {
    "Ines": ["Releases are calm and boring", "Product teams ship without waiting for us"],
    "Kwame": ["We know what every service costs", "Releases are calm and boring"],
    "Lotte": ["Product teams ship without waiting for us", "Developers trust the pipeline"],
    "Mateo": ["Releases are calm and boring", "Incidents are rare, short and well understood"],
    "Noor": ["We know what every service costs", "Developers trust the pipeline"],
    "Oskar": ["Product teams ship without waiting for us", "Secrets never live in code"],
    "Priya": ["Developers trust the pipeline", "We know what every service costs"],
}


def booth_page(context: PageContext, name: str) -> QWidget:
    from ui.pages import booth

    engine = context.engine
    people = {p.name: p.id for p in engine.voting.participants()}
    if name.startswith("kr_vote"):
        return kr_booth_page(context)
    cards = add_post_its(engine)
    page = booth.make_page(context, "objective_vote")
    assert isinstance(page, booth.BoothPage)
    if name == "objective_vote-settings":
        return page
    round_id = engine.voting.open_round(
        "objectives", list(cards.values()), votes_per_person=2, max_per_option=2
    )
    options = {o.label: o.id for o in engine.voting.round(round_id).options}
    voters = list(OBJECTIVE_VOTES.items())
    if name == "objective_vote-next-voter":
        voters = voters[:3]
    for person, labels in voters:
        for label in labels:
            engine.voting.cast_vote(round_id, people[person], options[label])
    if name == "objective_vote-ballot":
        page.refresh()
        page.choose_voter(people["Quentin"])
        page.cast(options["Every team can see its own cost and carbon"])
        page.cast(options["Every team can see its own cost and carbon"])
        return page
    if name == "objective_vote-next-voter":
        page.refresh()
        return page
    engine.voting.close(round_id)
    if name == "objective_vote-sealed":
        page.refresh()
        return page
    engine.voting.reveal(round_id)
    engine.voting.set_cut_line(round_id, 3)
    page.refresh()
    return page


KR_CANDIDATES = [
    "Lead time from merge to production from 9 days to 2",
    "Failed deploys from 14% to 5% of all deploys",
    "Rollbacks take under 5 minutes for 30 of 30 services",
    "Pipeline runs finish in under 10 minutes at the 90th percentile",
    "Releases per team per week from 1 to 5",
    "Developer survey: trust in releases from 5.1 to 7.5 out of 10",
]
KR_VOTES = {
    "Ines": [0, 1],
    "Kwame": [0, 4],
    "Lotte": [1, 5],
    "Mateo": [0, 2],
    "Noor": [1, 3],
    "Oskar": [2, 0],
    "Priya": [5, 1],
    "Quentin": [3, 4],
}


def kr_booth_page(context: PageContext) -> QWidget:
    from ui.pages import booth

    engine = context.engine
    people = {p.name: p.id for p in engine.voting.participants()}
    first = engine.okrs.add_objective("Releases are calm and boring")
    engine.okrs.rank_objectives([first])
    second = engine.okrs.add_objective("We know what every service costs")
    engine.okrs.rank_objectives([first, second])
    krs = [engine.okrs.add_key_result(first, text) for text in KR_CANDIDATES]
    round_id = engine.voting.open_round(
        "key_results", krs, votes_per_person=2, max_per_option=1, objective_id=first
    )
    options = [o.id for o in engine.voting.round(round_id).options]
    for person, picks in KR_VOTES.items():
        for pick in picks:
            engine.voting.cast_vote(round_id, people[person], options[pick])
    engine.voting.close(round_id)
    engine.voting.reveal(round_id)
    rows = engine.voting.result(round_id).rows
    tied = [r.option_id for r in rows if r.tied and r.count == rows[3].count]
    engine.voting.settle_tie(round_id, tied)
    engine.voting.set_cut_line(round_id, 4)
    page = booth.make_page(context, "kr_vote")
    return page


BUILDERS: dict[str, Callable[[PageContext, str], QWidget]] = {
    "score_last_cycle": scoring_page,
    "retrospective": retro_page,
    "close_retro": retro_page,
    "objective_postits": postits_page,
    "objective_vote-settings": booth_page,
    "objective_vote-next-voter": booth_page,
    "objective_vote-ballot": booth_page,
    "objective_vote-sealed": booth_page,
    "objective_vote": booth_page,
    "kr_vote": booth_page,
}


def render(store: Store, kind: str) -> Path:
    context = room(store, "Platform team", "executive", PEOPLE)
    page = BUILDERS[kind](context, kind)
    return save_picture(page, OUT / f"{kind}.png")


def main(kinds: list[str]) -> None:
    app = picture_app()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "pictures.sqlite")
        try:
            for kind in kinds or list(BUILDERS):
                print(render(store, kind))
        finally:
            store.close()
    del app


if __name__ == "__main__":
    main(sys.argv[1:])
