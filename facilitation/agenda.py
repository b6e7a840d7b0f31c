"""The agenda: where the day stands against its plan, as pure rules over plain values.

``agenda_status`` answers the facilitator's questions at any moment: how long the
plan is, how much has been used, when the day will end at this rate, whether it is
ahead or behind, and, when the rest no longer fits, which later steps could give
time back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.glance import StepView as StepView

MIN_STEP_SECONDS = 5 * 60
SLACK_SECONDS = 60
"""Running over by less than this is still on time: nobody cuts a step for seconds."""
"""A step is never suggested shorter than this: below it, it is better skipped."""


def next_pending(steps: Sequence[StepView], step: StepView) -> StepView | None:
    """The first step after this one still to run, if any."""
    return next((s for s in steps[step.position + 1 :] if s.status == "pending"), None)


STATUSES = ("pending", "done", "skipped")
ON_ZERO_CHOICES = ("signal", "move_on")


@dataclass(frozen=True)
class StepPlan:
    """What the status needs to know of one step."""

    id: int
    title: str
    planned_seconds: int
    added_seconds: int
    used_seconds: float
    status: str
    optional: bool = False

    @property
    def allowed_seconds(self) -> int:
        return self.planned_seconds + self.added_seconds


@dataclass(frozen=True)
class Shortening:
    """A later step that could give time back: shortened by some minutes, or skipped."""

    step_id: int
    title: str
    seconds: int
    skip: bool


@dataclass(frozen=True)
class AgendaStatus:
    planned_seconds: int
    """The plan as it stands: every step not skipped, with the time added to it."""
    used_seconds: float
    drift_seconds: float
    """Positive when the workshop is behind its plan, negative when ahead."""
    projected_end: dt.datetime
    target_end: dt.datetime | None
    suggestions: tuple[Shortening, ...]

    @property
    def overrun_seconds(self) -> float:
        if self.target_end is None:
            return 0.0
        return max(0.0, (self.projected_end - self.target_end).total_seconds())

    @property
    def fits(self) -> bool:
        return self.overrun_seconds < SLACK_SECONDS


def agenda_status(
    steps: Sequence[StepPlan],
    current_id: int | None,
    current_used: float,
    now: dt.datetime,
    target_end: dt.datetime | None,
) -> AgendaStatus:
    """Where the day stands.

    ``current_used`` is the current step's time used right now (its timer may be
    running); the stored ``used_seconds`` of the other steps is final.
    """
    used_total = 0.0
    drift = 0.0
    still_to_run = 0.0
    for step in steps:
        used = current_used if step.id == current_id else step.used_seconds
        used_total += used
        if step.id == current_id and step.status == "pending":
            drift += max(0.0, used - step.planned_seconds)
            still_to_run += max(0.0, step.allowed_seconds - used)
        elif step.status in ("done", "skipped"):
            drift += used - step.planned_seconds
        else:
            still_to_run += step.allowed_seconds
    planned = sum(s.allowed_seconds for s in steps if s.status != "skipped")
    projected_end = now + dt.timedelta(seconds=still_to_run)
    overrun = 0.0
    if target_end is not None:
        overrun = max(0.0, (projected_end - target_end).total_seconds())
    later = [s for s in steps if s.status == "pending" and s.id != current_id]
    return AgendaStatus(
        planned_seconds=planned,
        used_seconds=used_total,
        drift_seconds=drift,
        projected_end=projected_end,
        target_end=target_end,
        suggestions=suggest_shortenings(later, overrun if overrun >= SLACK_SECONDS else 0),
    )


def suggest_shortenings(later: Sequence[StepPlan], overrun: float) -> tuple[Shortening, ...]:
    """Which later steps could give back ``overrun`` seconds.

    Optional steps are offered for skipping first; then the longest steps are
    offered a cut of up to half their time, never below ``MIN_STEP_SECONDS``.
    """
    if overrun <= 0:
        return ()
    found: list[Shortening] = []
    still = overrun
    for step in sorted((s for s in later if s.optional), key=lambda s: -s.allowed_seconds):
        if still <= 0:
            break
        found.append(Shortening(step.id, step.title, step.allowed_seconds, skip=True))
        still -= step.allowed_seconds
    for step in sorted((s for s in later if not s.optional), key=lambda s: -s.allowed_seconds):
        if still <= 0:
            break
        can_give = min(step.allowed_seconds // 2, step.allowed_seconds - MIN_STEP_SECONDS)
        if can_give < 60:
            continue
        cut = min(can_give, _round_up_to_minute(still))
        found.append(Shortening(step.id, step.title, cut, skip=False))
        still -= cut
    return tuple(found)


def _round_up_to_minute(seconds: float) -> int:
    return int(-(-seconds // 60) * 60)
