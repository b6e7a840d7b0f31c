"""Pictures of the scoring, board and voting pages at 1920x1080, filled with a day's work.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.pages.pictures [kind ...]
Writes docs/pictures/pages/<kind>.png.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from facilitation.engine import WorkshopEngine
from tests.ui.pages.workshop_room import room
from ui.pages.context import PageContext
from ui.theme import apply_theme
from workshop.store import Store, open_store

OUT = Path(__file__).resolve().parents[3] / "docs" / "pictures" / "pages"

PEOPLE = [
    ("Ines", "facilitator"),
    ("Kwame", "sponsor"),
    ("Lotte", "okr_lead"),
    ("Mateo", "kr_lead"),
    ("Noor", "contributor"),
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


BUILDERS: dict[str, Callable[[PageContext, str], QWidget]] = {
    "score_last_cycle": scoring_page,
    "retrospective": retro_page,
    "close_retro": retro_page,
    "objective_postits": postits_page,
}


def render(store: Store, kind: str) -> Path:
    context = room(store, "Platform team", "executive", PEOPLE)
    page = BUILDERS[kind](context, kind)
    page.resize(1920, 1080)
    page.show()
    for _ in range(3):
        QApplication.processEvents()
    path = OUT / f"{kind}.png"
    page.grab().save(str(path))
    page.close()
    return path


def main(kinds: list[str]) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
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
