"""Creating a workshop from an agenda template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TypedDict, Unpack

import resources
from facilitation.quality import languages
from facilitation.rules import RuleError, Word, clean_text
from facilitation.templates import SOURCE_LANGUAGE, load_template
from facilitation.timer import WallClock, local_now, utc_moment
from workshop import commands
from workshop.store import Store

ROLE_LABELS: dict[str, str] = resources.vocabulary()["roles"]
ROLES = tuple(ROLE_LABELS)


class WorkshopDetails(TypedDict, total=False):
    """What a new workshop may be given besides its team and template (``plan_workshop``)."""

    mission: str
    cycle_label: str
    cycle_start: dt.date | None
    cycle_end: dt.date | None
    participants: Sequence[tuple[str, str]]
    language: str


def new_workshop(
    store: Store,
    team: str,
    template: str,
    *,
    wall: WallClock | None = None,
    **details: Unpack[WorkshopDetails],
) -> int:
    """Create a workshop with the template's agenda; returns its id.

    ``wall`` stamps its creation: the window's or the command's clock (the laptop's
    when none is given).
    """
    created_at = utc_moment(wall or local_now)
    return commands.create_workshop(
        store, plan_workshop(team, template, created_at=created_at, **details)
    )


def plan_workshop(
    team: str,
    template: str,
    *,
    created_at: dt.datetime,
    mission: str = "",
    cycle_label: str = "",
    cycle_start: dt.date | None = None,
    cycle_end: dt.date | None = None,
    participants: Sequence[tuple[str, str]] = (),
    language: str = SOURCE_LANGUAGE,
) -> commands.NewWorkshop:
    """A new workshop checked by the rules, with the template's agenda, ready to store.

    The steps are titled in ``language`` (English where the template has no such
    translation), and the quality checks read the rule book of that language.
    """
    if not team.strip():
        raise RuleError("Give the team a name.")
    team = clean_text(team, Word("the team's name"), limit=200)
    mission = clean_text(mission, Word("the mission"), required=False)
    cycle_label = clean_text(cycle_label, Word("the cycle"), required=False, limit=100)
    if cycle_start and cycle_end and cycle_end < cycle_start:
        raise RuleError("The cycle ends before it starts: check the dates.")
    people: list[commands.NewParticipant] = []
    seen: set[str] = set()
    for name, role in participants:
        name = clean_text(name, Word("a participant's name"), required=False, limit=200)
        if not name:
            continue
        if role not in ROLES:
            raise RuleError(
                '"{role}" is not a role. Roles: {roles}.', role=role, roles=", ".join(ROLES)
            )
        if name.casefold() in seen:
            raise RuleError("{name} is in the list twice: give each person one line.", name=name)
        seen.add(name.casefold())
        people.append(commands.NewParticipant(name=name, role=role))
    agenda = load_template(template, language)
    steps = [
        commands.NewStep(
            kind=step.kind,
            title=step.title,
            planned_seconds=step.minutes * 60,
            optional=step.optional,
        )
        for step in agenda.steps
    ]
    return commands.NewWorkshop(
        team=team,
        template=agenda.name,
        steps=steps,
        created_at=created_at,
        mission=mission,
        cycle_label=cycle_label,
        cycle_start=cycle_start,
        cycle_end=cycle_end,
        participants=people,
        settings={"language": language} if language in languages() else {},
    )
