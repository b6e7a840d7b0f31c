"""Running the agenda: the current step, its timer, and edits to the plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from facilitation.agenda import (
    ON_ZERO_CHOICES,
    STATUSES,
    AgendaStatus,
    StepPlan,
    agenda_status,
)
from facilitation.agenda import StepView as StepView
from facilitation.engine.base import EnginePart, Gone
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError, Word, clean_text
from facilitation.templates import load_template
from facilitation.timer import (
    RESUME_WITHOUT_ASKING_SECONDS,
    StepTimer,
    ZeroAction,
    time_away,
)
from workshop.models import AgendaStep, Workshop
from workshop.rows import RowCopy, copy_row, restore_rows, view_of
from workshop.store import Session

MAX_STEP_MINUTES = 8 * 60


@dataclass(frozen=True)
class Interruption:
    """A timer that was running when the app stopped, away too long to count unasked."""

    step_title: str
    seconds: float


@dataclass(frozen=True)
class RemovedStep:
    """Everything needed to put a removed step back where it was."""

    row: RowCopy
    position: int
    was_current: bool


class AgendaEngine(EnginePart):
    """The agenda of one workshop and the timer of its current step.

    The timer lives in memory while it runs; the time used is written to the step
    whenever the timer pauses, the step changes, or ``checkpoint`` is called, so a
    reopened workshop shows the time used. Each write also notes whether the timer
    runs and when it was written: a timer that was running when the app stopped
    without pausing it (a crash) comes back running, with the time since its last
    write counted, or offered in ``interruption`` when that time is long.
    """

    RUNNING_SINCE = "timer_running_written_at"
    """The workshop setting that holds the last write of a running timer."""

    def _opened(self) -> None:
        self._timer_step_id: int | None = None
        self._timer = StepTimer(0)
        self.interruption: Interruption | None = None
        self._load_timer()
        self._resume_after_stop()

    # Reading

    def steps(self) -> list[StepView]:
        with self.store.reading() as session:
            workshop = self._workshop(session)
            return [self._view(step, workshop.current_step_id) for step in workshop.steps]

    def step(self, step_id: int) -> StepView:
        with self.store.reading() as session:
            step = self._step(session, step_id)
            return self._view(step, self._workshop(session).current_step_id)

    def current_step(self) -> StepView | None:
        with self.store.reading() as session:
            workshop = self._workshop(session)
            step = self._current(session, workshop)
            return None if step is None else self._view(step, workshop.current_step_id)

    @property
    def timer(self) -> StepTimer:
        return self._timer

    @property
    def running(self) -> bool:
        return self._timer.running

    def remaining(self) -> float:
        return self._timer.remaining(self.clock())

    def used(self) -> float:
        return self._timer.used(self.clock())

    def status(self) -> AgendaStatus:
        with self.store.reading() as session:
            workshop = self._workshop(session)
            plans = [view_of(StepPlan, s) for s in workshop.steps]
            target_end = self._target_end(workshop)
            current_id = workshop.current_step_id
        return agenda_status(plans, current_id, self.used(), self.wall(), target_end)

    def zero_action(self) -> ZeroAction:
        """What the current step's setting asks for now that its time may be up."""
        current = self.current_step()
        if current is None:
            return ZeroAction.NONE
        return self._timer.zero_action(self.clock(), current.on_zero, current.grace_seconds)

    # The timer (not undoable: time that passed cannot be taken back)

    def start(self) -> None:
        if self._timer_step_id is None or self._timer.running:
            return
        timer = self._timer
        self._timer = timer.start(self.clock())
        try:
            with self.store.transaction() as session:
                workshop = self._workshop(session)
                if "started_at" not in workshop.settings:
                    workshop.settings = {**workshop.settings, "started_at": self.wall().isoformat()}
                self._write_used(session)
        except BaseException:
            self._timer = timer
            raise

    def resume(self, count_time_away: bool) -> None:
        """Answer the offer after a long stop: run on, with or without the time away."""
        interruption = self.interruption
        if interruption is None:
            return
        if count_time_away:
            self._timer = replace(
                self._timer, used_before=self._timer.used_before + interruption.seconds
            )
        self.start()

    def pause(self) -> None:
        if not self._timer.running:
            return
        self._timer = self._timer.pause(self.clock())
        self.checkpoint()

    def toggle(self) -> bool:
        """Start or pause; returns whether the timer now runs."""
        if self._timer.running:
            self.pause()
        else:
            self.start()
        return self._timer.running

    def checkpoint(self) -> float:
        """Write the current step's time used, so a crash or a restart keeps it.

        Returns the seconds written.
        """
        if self._timer_step_id is None:
            return 0.0
        with self.store.transaction() as session:
            return self._write_used(session)

    def _write_used(self, session: Session) -> float:
        """Put the current step's time used into this transaction; returns it."""
        if self._timer_step_id is None:
            return 0.0
        used = self._timer.used(self.clock())
        step = session.get(AgendaStep, self._timer_step_id)
        if step is not None:
            step.used_seconds = used
        workshop = self._workshop(session)
        settings = {k: v for k, v in workshop.settings.items() if k != self.RUNNING_SINCE}
        if self._timer.running:
            settings[self.RUNNING_SINCE] = self.wall().isoformat()
        if settings != workshop.settings:
            workshop.settings = settings
        self.interruption = None
        return used

    def _resume_after_stop(self) -> None:
        """Bring back a timer that was running when the app stopped without pausing it."""
        if self._timer_step_id is None:
            return
        with self.store.reading() as session:
            workshop = self._workshop(session)
            written = workshop.settings.get(self.RUNNING_SINCE)
            step = self._current(session, workshop)
            title = "" if step is None else step.title
        if not isinstance(written, str):
            return
        try:
            away = time_away(dt.datetime.fromisoformat(written), self.wall())
        except ValueError:
            return
        if away <= RESUME_WITHOUT_ASKING_SECONDS:
            self._timer = replace(self._timer, used_before=self._timer.used_before + away)
            self._timer = self._timer.start(self.clock())
        else:
            self.interruption = Interruption(title, away)

    # Moving through the agenda

    def go_to(self, step_id: int) -> Undo:
        """Make a step the current one.

        A running timer keeps running on the new step, so walking the agenda with
        the clock going never loses a minute.
        """
        was_running = self._timer.running
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            self._step(session, step_id)
            self._write_used(session)
            previous = workshop.current_step_id
            workshop.current_step_id = step_id
        self._load_timer()
        if was_running:
            self._timer = self._timer.start(self.clock())
        return Undo(self.go_to, (step_id if previous is None else previous,))

    def next_step_id(self) -> int | None:
        """The first step after the current one that is still to run."""
        steps = self.steps()
        current = next((s for s in steps if s.current), None)
        after = steps if current is None else steps[current.position + 1 :]
        return next((s.id for s in after if s.status == "pending"), None)

    def previous_step_id(self) -> int | None:
        steps = self.steps()
        current = next((s for s in steps if s.current), None)
        if current is None or current.position == 0:
            return None
        return steps[current.position - 1].id

    def set_status(self, step_id: int, status: str) -> Undo:
        """Mark a step pending, done or skipped."""
        if status not in STATUSES:
            raise RuleError("A step is pending, done or skipped, not “{status}”.", status=status)
        if step_id == self._timer_step_id:
            self.checkpoint()
        return self._set_field(self._step, step_id, "status", status, self.set_status)

    def move_on(self, step_id: int) -> Undo:
        """Finish this step (if still to run) and go to the next one still to run."""
        step = self.step(step_id)
        done = [self.set_status(step_id, "done")] if step.status == "pending" else []
        following = self.next_step_id()
        if following is None and not done:
            raise RuleError("Every step is done or skipped.")
        return Undo.together(done + ([] if following is None else [self.go_to(following)]))

    def skip(self, step_id: int) -> Undo:
        """Skip a step; skipping the current one also moves on to the next."""
        skipped = self.set_status(step_id, "skipped")
        following = self.next_step_id() if self.step(step_id).current else None
        return Undo.together([skipped] + ([] if following is None else [self.go_to(following)]))

    # Editing the plan (each has an inverse, for undo)

    def add_time(self, step_id: int, seconds: int) -> Undo:
        """Give a step more time (or take back time given: seconds below zero)."""
        with self.store.transaction() as session:
            step = self._step(session, step_id)
            if step.added_seconds + seconds < 0:
                raise RuleError("No more added time to take back from this step.")
            step.added_seconds += seconds
        if step_id == self._timer_step_id:
            self._timer = self._timer.add_time(seconds)
        return Undo(self.add_time, (step_id, -seconds))

    def set_planned_minutes(self, step_id: int, minutes: float) -> Undo:
        """Retime a step."""
        seconds = round(minutes * 60)
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            step = self._step(session, step_id)
            lowest = 0 if step.optional else 60
            highest = self._max_minutes(workshop, step) * 60
            if not lowest <= seconds <= highest:
                raise RuleError(
                    "“{title}” can be planned from {low} to {high} minutes.",
                    title=step.title,
                    low=lowest // 60,
                    high=highest // 60,
                )
            old = step.planned_seconds
            step.planned_seconds = seconds
        if step_id == self._timer_step_id:
            self._load_timer(keep_running=True)
        return Undo(self.set_planned_minutes, (step_id, old / 60))

    def rename_step(self, step_id: int, title: str) -> Undo:
        title = " ".join(clean_text(title, Word("the step's title"), limit=200).split())
        return self._set_field(self._step, step_id, "title", title, self.rename_step)

    def set_on_zero(self, step_id: int, on_zero: str, grace_seconds: int = 60) -> Undo:
        """What happens at zero: a signal only, or a signal then moving on after a grace time."""
        if on_zero not in ON_ZERO_CHOICES:
            raise RuleError("At zero the timer can signal, or signal and move on.")
        if not 0 <= grace_seconds <= 30 * 60:
            raise RuleError("The grace time is between 0 and 30 minutes.")
        changes = {"on_zero": on_zero, "grace_seconds": grace_seconds}
        return self._edit_found(self._step, step_id, changes, self.set_on_zero)

    def move_step(self, step_id: int, index: int) -> Undo:
        """Put a step at another place in the agenda."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            step = self._step(session, step_id)
            steps = list(workshop.steps)
            old = steps.index(step)
            steps.remove(step)
            steps.insert(max(0, min(index, len(steps))), step)
            self._renumber(steps)
        return Undo(self.move_step, (step_id, old))

    def add_step(
        self, title: str, minutes: float, index: int | None = None, kind: str = "custom"
    ) -> int:
        """Add a step to the agenda (at the end unless told where); returns its id."""
        title = " ".join(clean_text(title, Word("the new step's title"), limit=200).split())
        seconds = round(minutes * 60)
        if not 60 <= seconds <= MAX_STEP_MINUTES * 60:
            raise RuleError(
                "A step can be planned from 1 to {high} minutes.", high=MAX_STEP_MINUTES
            )
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            steps = list(workshop.steps)
            step = AgendaStep(kind=kind, title=title, planned_seconds=seconds, position=0)
            workshop.steps.append(step)
            steps.insert(len(steps) if index is None else max(0, min(index, len(steps))), step)
            self._renumber(steps)
            session.flush()
            if workshop.current_step_id is None:
                workshop.current_step_id = step.id
            new_id = step.id
        if self._timer_step_id is None:
            self._load_timer()
        return new_id

    def remove_step(self, step_id: int) -> Undo:
        """Take a step off the agenda."""
        if step_id == self._timer_step_id:
            self.checkpoint()
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            step = self._step(session, step_id)
            steps = list(workshop.steps)
            index = steps.index(step)
            removed = RemovedStep(copy_row(step), index, workshop.current_step_id == step.id)
            steps.remove(step)
            workshop.steps.remove(step)
            self._renumber(steps)
            if removed.was_current:
                after = [s for s in steps[index:] + steps[:index] if s.status == "pending"]
                fallback = after or steps
                workshop.current_step_id = fallback[0].id if fallback else None
        if removed.was_current:
            self._load_timer()
        return Undo(self.restore_step, (removed,))

    def restore_step(self, removed: RemovedStep) -> Undo:
        """Put back a removed step, with its id, place, time used and status."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            steps = list(workshop.steps)
            restore_rows(session, (removed.row,))
            step = self._step(session, removed.row.id)
            steps.insert(min(removed.position, len(steps)), step)
            self._renumber(steps)
            if removed.was_current:
                workshop.current_step_id = removed.row.id
        if removed.was_current:
            self.checkpoint()
            self._load_timer()
        return Undo(self.remove_step, (removed.row.id,))

    def end_time(self) -> dt.datetime | None:
        """The time the facilitator set for the day to end by, if any."""
        with self.store.reading() as session:
            saved = self._workshop(session).settings.get("ends_at")
        return dt.datetime.fromisoformat(saved) if saved else None

    def set_end_time(self, end: dt.datetime | None) -> Undo:
        """The time the day must end by; ``None`` goes back to start plus plan."""
        with self.store.transaction() as session:
            workshop = self._workshop(session)
            old = workshop.settings.get("ends_at")
            settings = dict(workshop.settings)
            if end is None:
                settings.pop("ends_at", None)
            else:
                settings["ends_at"] = end.replace(microsecond=0).isoformat()
            workshop.settings = settings
        return Undo(self.set_end_time, (dt.datetime.fromisoformat(old) if old else None,))

    # Inside

    def _view(self, step: AgendaStep, current_id: int | None) -> StepView:
        used = step.used_seconds
        if step.id == self._timer_step_id:
            used = self._timer.used(self.clock())
        return view_of(StepView, step, used_seconds=used, current=step.id == current_id)

    def _step(self, session: Session, step_id: int) -> AgendaStep:
        step = session.get(AgendaStep, step_id)
        if step is None or step.workshop_id != self.workshop_id:
            raise Gone("That step is no longer on the agenda.")
        return step

    def _current(self, session: Session, workshop: Workshop) -> AgendaStep | None:
        if workshop.current_step_id is None:
            return None
        return session.get(AgendaStep, workshop.current_step_id)

    def _load_timer(self, keep_running: bool = False) -> None:
        running = keep_running and self._timer.running
        with self.store.reading() as session:
            step = self._current(session, self._workshop(session))
            if step is None:
                self._timer_step_id = None
                self._timer = StepTimer(0)
                return
            self._timer_step_id = step.id
            self._timer = StepTimer(
                allowed_seconds=step.planned_seconds + step.added_seconds,
                used_before=step.used_seconds,
            )
        if running:
            self._timer = self._timer.start(self.clock())

    def _target_end(self, workshop: Workshop) -> dt.datetime | None:
        if "ends_at" in workshop.settings:
            return dt.datetime.fromisoformat(workshop.settings["ends_at"])
        if "started_at" in workshop.settings:
            planned = sum(s.planned_seconds for s in workshop.steps)
            start = dt.datetime.fromisoformat(workshop.settings["started_at"])
            return start + dt.timedelta(seconds=planned)
        return None

    def _max_minutes(self, workshop: Workshop, step: AgendaStep) -> int:
        try:
            template = load_template(workshop.template)
        except RuleError:
            return MAX_STEP_MINUTES
        for planned in template.steps:
            if planned.kind == step.kind and planned.max_minutes is not None:
                return planned.max_minutes
        return MAX_STEP_MINUTES

    @staticmethod
    def _renumber(steps: list[AgendaStep]) -> None:
        for position, step in enumerate(steps):
            step.position = position
