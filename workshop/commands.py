"""Store commands: each is one transaction that has committed when it returns.

Commands take and return plain values (ids, dataclasses), never live ORM objects,
so nothing above this package holds a session. The rules that decide whether a
command may run live in ``facilitation/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from okr_rules.messages import SayingError
from workshop.models import AgendaStep, Participant, Workshop
from workshop.rows import view_of
from workshop.store import Store


class NotFound(SayingError, LookupError):
    """Something asked for by id is not in the store."""


@dataclass(frozen=True)
class NewStep:
    kind: str
    title: str
    planned_seconds: int
    optional: bool = False


@dataclass(frozen=True)
class NewParticipant:
    name: str
    role: str = "contributor"


@dataclass(frozen=True)
class NewWorkshop:
    team: str
    template: str
    steps: list[NewStep]
    created_at: dt.datetime
    """When it was made (naive UTC), from the clock of whoever makes it."""
    mission: str = ""
    cycle_label: str = ""
    cycle_start: dt.date | None = None
    cycle_end: dt.date | None = None
    participants: list[NewParticipant] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkshopSummary:
    id: int
    team: str
    cycle_label: str
    template: str
    created_at: dt.datetime
    last_opened_at: dt.datetime | None
    current_step_title: str
    steps_done: int
    steps_total: int


def create_workshop(store: Store, new: NewWorkshop) -> int:
    """Create a workshop with its agenda and participants; returns its id."""
    with store.transaction() as session:
        return add_workshop(session, new).id


def add_workshop(session: Session, new: NewWorkshop) -> Workshop:
    """A new workshop with its agenda and participants, inside a caller's transaction."""
    workshop = Workshop(
        team=new.team,
        mission=new.mission,
        cycle_label=new.cycle_label,
        cycle_start=new.cycle_start,
        cycle_end=new.cycle_end,
        template=new.template,
        settings=dict(new.settings),
        created_at=new.created_at,
        updated_at=new.created_at,
    )
    workshop.steps = [
        AgendaStep(
            position=index,
            kind=step.kind,
            title=step.title,
            planned_seconds=step.planned_seconds,
            optional=step.optional,
        )
        for index, step in enumerate(new.steps)
    ]
    workshop.participants = [
        Participant(name=person.name, role=person.role, position=index)
        for index, person in enumerate(new.participants)
    ]
    session.add(workshop)
    session.flush()
    if workshop.steps:
        workshop.current_step_id = workshop.steps[0].id
    return workshop


def list_workshops(store: Store) -> list[WorkshopSummary]:
    """Every workshop in the store, the most recently opened first."""
    with store.reading() as session:
        done_counts = dict(
            session.execute(
                select(AgendaStep.workshop_id, func.count())
                .where(AgendaStep.status.in_(("done", "skipped")))
                .group_by(AgendaStep.workshop_id)
            ).all()
        )
        total_counts = dict(
            session.execute(
                select(AgendaStep.workshop_id, func.count()).group_by(AgendaStep.workshop_id)
            ).all()
        )
        current_titles = dict(
            session.execute(
                select(Workshop.id, AgendaStep.title).join(
                    AgendaStep, AgendaStep.id == Workshop.current_step_id
                )
            ).all()
        )
        workshops = session.scalars(select(Workshop)).all()
        summaries = [
            view_of(
                WorkshopSummary,
                w,
                current_step_title=current_titles.get(w.id, ""),
                steps_done=done_counts.get(w.id, 0),
                steps_total=total_counts.get(w.id, 0),
            )
            for w in workshops
        ]
    # The workshops someone has opened come first, the latest on top; then the
    # ones never opened (made from the command line or an import), newest first.
    return sorted(
        summaries,
        key=lambda s: (s.last_opened_at is not None, s.last_opened_at or s.created_at, s.id),
        reverse=True,
    )


def mark_opened(store: Store, workshop_id: int, at: dt.datetime) -> None:
    """Stamp the workshop as opened at ``at`` (naive UTC)."""
    with store.transaction() as session:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound(
                "There is no workshop {id} in {location}.", id=workshop_id, location=store.location
            )
        workshop.last_opened_at = at


def workshop_exists(store: Store, workshop_id: int) -> bool:
    with store.reading() as session:
        return session.get(Workshop, workshop_id) is not None
