"""The one way a user action is done, undone and shown.

A command is an ``EngineCommand``: the words the undo menu shows, the ``Changes``
it makes, and the engine call that does it. The engine call returns the ``Undo``
that takes it back; the command keeps it, and undoing returns the ``Undo`` that does
it again (``facilitation.engine.undo``). So there is one command class, and a
module of commands is a set of small functions, one per user action::

    def rename_step(agenda: AgendaEngine, step: StepView, title: str) -> EngineCommand:
        return EngineCommand(
            f"Rename “{step.title}”",
            AGENDA,
            partial(agenda.rename_step, step.id, title),
        )

A page runs it with ``run(command)`` (``ui.pages.base.Page``). The undo stack emits
the command's ``Changes`` after it is done and after it is undone; each page
repaints only what they name. A command the rules refuse is dropped from the
history and its message goes to whoever ran it, once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitation.engine.agenda import AgendaEngine, StepView
from facilitation.engine.undo import Undo
from facilitation.rules import RuleError
from ui.i18n import QT_TRANSLATE_NOOP, Words, refusal_text, translate
from workshop.store import StoreError

Report = Callable[[str], None]


@dataclass(frozen=True)
class Dot:
    """One dot placed or taken back: in which round, by whom, on which option."""

    round_id: int
    participant_id: int
    option_id: int


@dataclass(frozen=True)
class Changes:
    """What one action touched, so each page repaints only what it shows.

    A page names what it shows in the same terms (``Page.shows``).
    """

    agenda: bool = False
    """The steps: which is current, their time, titles and order."""
    board: bool = False
    """Post-its and retrospective notes."""
    scoring: bool = False
    """Last cycle's OKRs and their scores."""
    rounds: bool = False
    """Voting rounds: opened, closed, revealed, counted, cut, tied."""
    okrs: bool = False
    """Objectives, key results and all that hangs on them."""
    cycle: bool = False
    """Check-ins, health and the end-of-cycle review."""
    dot: Dot | None = None
    """One vote on a ballot: a page that shows rounds may repaint just that card."""

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        if self.dot is not None and other.dot is not None and self.dot != other.dot:
            merged["dot"] = None
            merged["rounds"] = True
        return Changes(**merged)

    def meets(self, shown: Changes) -> bool:
        """Whether a page showing ``shown`` has something to repaint."""
        return any(
            (
                self.agenda and shown.agenda,
                self.board and shown.board,
                self.scoring and shown.scoring,
                (self.rounds or self.dot is not None) and shown.rounds,
                self.okrs and shown.okrs,
                self.cycle and shown.cycle,
            )
        )

    @property
    def only_a_dot(self) -> bool:
        return self.dot is not None and replace(self, dot=None) == Changes()


class EngineCommand(QUndoCommand):
    """One user action: its words, what it changes, and the engine call that does it."""

    def __init__(self, text: str, changes: Changes, do: Callable[[], Undo]) -> None:
        super().__init__(text)
        self.changes = changes
        self._next: Callable[[], Undo] = do
        self.error: str | None = None
        self.made: int | None = None
        """What an add made, once done."""
        self.report: Report = _ignore
        self.changed: Callable[[Changes], None] = _ignore_changes

    def redo(self) -> None:
        self._step()

    def undo(self) -> None:
        self._step()

    def _step(self) -> None:
        """Do or undo: whichever the last step left to do next."""
        try:
            self._next = self._next()
            self.made = self._next.made if self._next.made is not None else self.made
        except (RuleError, StoreError) as error:
            self.error = refusal_text(error)
            self.setObsolete(True)
            self.report(self.error)
        else:
            self.error = None
            self.changed(self.changes)


def _ignore(_message: str) -> None:
    return None


def _ignore_changes(_changes: Changes) -> None:
    return None


class UndoStack(QUndoStack):
    """The workshop's undo history.

    ``changed`` carries what a command touched, after it is done and after it is
    undone. ``failed`` carries a refusal met while undoing or redoing from the menu
    (a refusal of a new action goes to whoever ran it).
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def run(self, command: EngineCommand, report: Report | None = None) -> bool:
        """Do a user action; returns whether it happened. ``report`` hears a refusal."""
        command.report = report or self.failed.emit
        command.changed = self.changed.emit
        self.push(command)
        command.report = self.failed.emit
        return command.error is None


def adding(
    text: str, changes: Changes, add: Callable[[], int], remove: Callable[[int], Undo]
) -> EngineCommand:
    """A user action that adds one thing: undoing it removes what ``add`` made, by its id."""
    return EngineCommand(text, changes, lambda: Undo.of_added(remove, add()))


# The agenda

AGENDA = Changes(agenda=True)


def go_to_step(agenda: AgendaEngine, step: StepView) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Go to “{0}”").format(step.title),
        AGENDA,
        partial(agenda.go_to, step.id),
    )


STATUS_WORDS = Words(
    "commands",
    {
        "done": QT_TRANSLATE_NOOP("commands", "Finish"),
        "skipped": QT_TRANSLATE_NOOP("commands", "Skip"),
        "pending": QT_TRANSLATE_NOOP("commands", "Put back"),
    },
)


def set_step_status(agenda: AgendaEngine, step: StepView, status: str) -> EngineCommand:
    return EngineCommand(
        f"{STATUS_WORDS.get(status, status)} “{step.title}”",
        AGENDA,
        partial(agenda.set_status, step.id, status),
    )


def add_time(agenda: AgendaEngine, step: StepView, seconds: int) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Add {0} min to “{1}”").format(seconds // 60, step.title),
        AGENDA,
        partial(agenda.add_time, step.id, seconds),
    )


def set_planned_minutes(agenda: AgendaEngine, step: StepView, minutes: int) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Plan {0} min for “{1}”").format(minutes, step.title),
        AGENDA,
        partial(agenda.set_planned_minutes, step.id, minutes),
    )


def rename_step(agenda: AgendaEngine, step: StepView, title: str) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Rename “{0}”").format(step.title),
        AGENDA,
        partial(agenda.rename_step, step.id, title),
    )


def move_step(agenda: AgendaEngine, step: StepView, index: int) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Move “{0}”").format(step.title),
        AGENDA,
        partial(agenda.move_step, step.id, index),
    )


def add_step(
    agenda: AgendaEngine, title: str, minutes: int, index: int | None = None, kind: str = "custom"
) -> EngineCommand:
    return adding(
        translate("commands", "Add the step “{0}”").format(" ".join(title.split())),
        AGENDA,
        partial(agenda.add_step, title, minutes, index, kind),
        agenda.remove_step,
    )


def remove_step(agenda: AgendaEngine, step: StepView) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Remove “{0}”").format(step.title),
        AGENDA,
        partial(agenda.remove_step, step.id),
    )


def set_on_zero(
    agenda: AgendaEngine, step: StepView, on_zero: str, grace_seconds: int
) -> EngineCommand:
    return EngineCommand(
        translate("commands", "Change what happens at zero in “{0}”").format(step.title),
        AGENDA,
        partial(agenda.set_on_zero, step.id, on_zero, grace_seconds),
    )


def set_end_time(agenda: AgendaEngine, end: dt.datetime | None) -> EngineCommand:
    """The time the day must end by."""
    return EngineCommand(
        translate("commands", "No fixed end")
        if end is None
        else translate("commands", "End the day by {0:%H:%M}").format(end),
        AGENDA,
        partial(agenda.set_end_time, end),
    )


def next_step(agenda: AgendaEngine, current: StepView, following: StepView | None) -> EngineCommand:
    """Finish the current step and go to the next one still to run."""
    text = (
        translate("commands", "Finish “{0}”").format(current.title)
        if following is None
        else translate("commands", "Next step after “{0}”").format(current.title)
    )
    return EngineCommand(text, AGENDA, partial(agenda.move_on, current.id))


def skip_step(agenda: AgendaEngine, step: StepView) -> EngineCommand:
    """Skip a step; skipping the current one also moves on to the next."""
    return EngineCommand(
        translate("commands", "Skip “{0}”").format(step.title),
        AGENDA,
        partial(agenda.skip, step.id),
    )
