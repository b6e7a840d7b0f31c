"""What the timer shows, computed from the engine on every refresh.

The display is never counted by ticks: each refresh asks the engine for the time
left, which it computes from its clock. The refresh only decides how often the
screen looks. A checkpoint every 15 seconds writes the time used to the file, so
a crash loses little.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from facilitation.agenda import AgendaStatus, Shortening, StepView, next_pending
from facilitation.rules import RuleError
from facilitation.timer import StepTimer, TimerPhase, ZeroAction, format_clock
from ui.i18n import translate
from workshop.errors import StoreError

if TYPE_CHECKING:
    from facilitation.engine import WorkshopEngine

REFRESH_MS = 200
CHECKPOINT_MS = 15_000
STATUS_EVERY_SECONDS = 1.0
FLASH_SECONDS = 12
"""How long the screen flashes once the time is up; after that it stays red."""


@dataclass(frozen=True)
class TimerReading:
    """Everything the timer bar and the presenter view show at one moment."""

    has_step: bool
    step_title: str
    step_number: int
    step_count: int
    next_title: str
    clock_text: str
    allowed_minutes: int
    phase: TimerPhase
    progress: float
    running: bool
    time_up: bool
    flash_on: bool
    finished: bool
    projected_end: str
    drift_text: str
    behind: bool
    plan_advice: str

    @property
    def step_line(self) -> str:
        if not self.has_step:
            return translate("TimerReading", "No steps on the agenda")
        return translate("TimerReading", "Step {0} of {1}").format(
            self.step_number, self.step_count
        )

    @property
    def plan_line(self) -> str:
        if not self.projected_end:
            return self.drift_text
        return translate("TimerReading", "Ends about {0} · {1}").format(
            self.projected_end, self.drift_text
        )


class TimerWatch(QObject):
    """Refreshes the reading of one workshop's timer and says when time runs out."""

    ticked = Signal(object)  # TimerReading
    timeUp = Signal()
    moveOnDue = Signal()
    saveFailed = Signal(str)
    saved = Signal()

    def __init__(self, engine: WorkshopEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._steps: list[StepView] = []
        self._current: StepView | None = None
        self._next_title = ""
        self._status: AgendaStatus | None = None
        self._status_at: float | None = None
        self._last: tuple[int | None, float] | None = None
        self._moved_on_from: int | None = None
        self.reading: TimerReading | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._checkpoint_timer = QTimer(self)
        self._checkpoint_timer.setInterval(CHECKPOINT_MS)
        self._checkpoint_timer.timeout.connect(self.checkpoint)

    def start(self) -> None:
        self._refresh_timer.start()
        self._checkpoint_timer.start()

    def stop(self) -> None:
        self._refresh_timer.stop()
        self._checkpoint_timer.stop()

    def reload(self) -> TimerReading:
        """Read the agenda again after a change, then refresh."""
        self._steps = self.engine.agenda.steps()
        self._current = next((s for s in self._steps if s.current), None)
        following = None if self._current is None else next_pending(self._steps, self._current)
        self._next_title = following.title if following else ""
        self._status_at = None
        return self.refresh()

    def checkpoint(self) -> None:
        if not self.engine.agenda.running:
            return
        try:
            self.engine.agenda.checkpoint()
        except StoreError as error:
            self.saveFailed.emit(str(error))
        else:
            self.saved.emit()

    def refresh(self) -> TimerReading:
        agenda = self.engine.agenda
        now = agenda.clock()
        current = self._current
        remaining = agenda.remaining()
        running = agenda.running
        if self._status_at is None or now - self._status_at >= STATUS_EVERY_SECONDS:
            self._status_at = now
            # If the file does not answer, the clock goes on with the last plan line.
            with contextlib.suppress(RuleError, StoreError):
                self._status = agenda.status()
        step_id = None if current is None else current.id
        if (
            self._last is not None
            and self._last[0] == step_id
            and self._last[1] > 0 >= remaining
            and current is not None
        ):
            self.timeUp.emit()
        self._last = (step_id, remaining)
        reading = timer_reading(
            self._steps, current, agenda.timer, now, self._status, self._next_title
        )
        self.reading = reading
        self.ticked.emit(reading)
        if (
            current is not None
            and running
            and self._moved_on_from != current.id
            and agenda.timer.zero_action(now, current.on_zero, current.grace_seconds)
            == ZeroAction.MOVE_ON
        ):
            self._moved_on_from = current.id
            self.moveOnDue.emit()
        return reading


def timer_reading(
    steps: list[StepView],
    current: StepView | None,
    timer: StepTimer,
    now: float,
    status: AgendaStatus | None = None,
    next_title: str = "",
) -> TimerReading:
    """What the timer shows of this agenda at this moment of the clock."""
    remaining = timer.remaining(now)
    running = timer.running
    projected = drift = advice = ""
    behind = False
    if status is not None:
        projected = f"{status.projected_end:%H:%M}"
        drift = drift_words(status.drift_seconds)
        behind = status.drift_seconds >= 60
        if status.overrun_seconds >= 60 and status.target_end is not None:
            advice = _advice(status, status.target_end)
    if current is None:
        return TimerReading(
            has_step=False,
            step_title=translate("TimerWatch", "Add a step to the agenda to start"),
            step_number=0,
            step_count=0,
            next_title="",
            clock_text="--:--",
            allowed_minutes=0,
            phase=TimerPhase.PLENTY,
            progress=0.0,
            running=False,
            time_up=False,
            flash_on=False,
            finished=False,
            projected_end=projected,
            drift_text=drift or translate("TimerWatch", "On time"),
            behind=behind,
            plan_advice=advice,
        )
    allowed = timer.allowed_seconds
    used = allowed - remaining
    overtime = max(0.0, -remaining)
    time_up = remaining <= 0
    # Over time counts up in whole seconds passed, as the time left counts down.
    clock_text = f"+{format_clock(remaining).lstrip('-')}" if time_up else format_clock(remaining)
    return TimerReading(
        has_step=True,
        step_title=current.title,
        step_number=current.position + 1,
        step_count=len(steps),
        next_title=next_title,
        clock_text=clock_text,
        allowed_minutes=round(allowed / 60),
        phase=timer.phase(now),
        progress=1.0 if allowed <= 0 else max(0.0, min(1.0, used / allowed)),
        running=running,
        time_up=time_up,
        flash_on=time_up and overtime < FLASH_SECONDS and int(overtime * 2) % 2 == 0,
        finished=current.status != "pending" and not next_title,
        projected_end=projected,
        drift_text=drift,
        behind=behind,
        plan_advice=advice,
    )


def drift_words(seconds: float) -> str:
    """How far ahead or behind the plan the day is, in the window's language."""
    minutes = round(abs(seconds) / 60)
    if minutes == 0:
        return translate("timer_watch", "On time")
    if seconds > 0:
        return translate("timer_watch", "{0} min behind").format(minutes)
    return translate("timer_watch", "{0} min ahead").format(minutes)


def shortening_words(shortening: Shortening) -> str:
    minutes = round(shortening.seconds / 60)
    if shortening.skip:
        return translate("timer_watch", "Skip “{0}” (optional, {1} min)").format(
            shortening.title, minutes
        )
    return translate("timer_watch", "Shorten “{0}” by {1} min").format(shortening.title, minutes)


def _advice(status: AgendaStatus, target_end: dt.datetime) -> str:
    minutes = round(status.overrun_seconds / 60)
    head = translate("timer_watch", "{0} min past the {1:%H:%M} end.").format(minutes, target_end)
    if not status.suggestions:
        return head
    return (
        translate("timer_watch", "{0} To catch up: ").format(head)
        + "; ".join(shortening_words(s) for s in status.suggestions)
        + "."
    )
