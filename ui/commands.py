"""Undo commands: one per user action, each calling the engine and its inverse.

The value to restore is recorded when the command is created, before anything
changes. ``QUndoStack.push`` runs ``redo`` at once; a command the rules refuse
marks itself obsolete, so the stack drops it, and reports the rule's message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from facilitation.engine.agenda import AgendaEngine, RemovedStep
from facilitation.rules import RuleError
from workshop.store import StoreError

Report = Callable[[str], None]


def _ignore(_message: str) -> None:
    return None


class EngineCommand(QUndoCommand):
    """A user action that the engine applies and can take back."""

    agenda_only = False
    """True when the action changes only the agenda (which step, its time, its title):
    the step pages hold nothing it changes, so they need not read again."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: str | None = None
        self.report: Report = _ignore

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (RuleError, StoreError) as error:
            self.error = str(error)
            self.setObsolete(True)
            self.report(self.error)
        else:
            self.error = None


class UndoStack(QUndoStack):
    """The workshop's undo history; ``failed`` carries a refusal to show in place."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_index = self.index()
        self.agenda_only_change = False
        """Whether the command just done or undone changed only the agenda."""
        # Connected first, so every page that listens sees it already set.
        self.indexChanged.connect(self._note_change)

    def _note_change(self, index: int) -> None:
        moved = self.command(index - 1 if index > self._last_index else index)
        self.agenda_only_change = bool(getattr(moved, "agenda_only", False))
        self._last_index = index

    def run(self, command: EngineCommand) -> bool:
        """Do a user action; returns whether it happened."""
        command.report = self.failed.emit
        self.push(command)
        return command.error is None


class GroupCommand(EngineCommand):
    """Several engine actions the user did as one (next step: finish this one, go on)."""

    def __init__(self, text: str, parts: Sequence[EngineCommand]) -> None:
        super().__init__(text)
        self.parts = list(parts)
        self.agenda_only = all(part.agenda_only for part in self.parts)

    def apply(self) -> None:
        done: list[EngineCommand] = []
        try:
            for part in self.parts:
                part.apply()
                done.append(part)
        except (RuleError, StoreError):
            for part in reversed(done):
                part.revert()
            raise

    def revert(self) -> None:
        for part in reversed(self.parts):
            part.revert()


class GoToStep(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Go to “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        current = agenda.current_step()
        self.old_id = None if current is None else current.id

    def apply(self) -> None:
        self.agenda.go_to(self.step_id)

    def revert(self) -> None:
        if self.old_id is not None:
            self.agenda.go_to(self.old_id)


STATUS_WORDS = {"done": "Finish", "skipped": "Skip", "pending": "Put back"}


class SetStepStatus(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int, status: str) -> None:
        step = agenda.step(step_id)
        super().__init__(f"{STATUS_WORDS.get(status, status)} “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.status = status
        self.old_status = step.status

    def apply(self) -> None:
        self.agenda.set_status(self.step_id, self.status)

    def revert(self) -> None:
        self.agenda.set_status(self.step_id, self.old_status)


class AddTime(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int, seconds: int) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Add {seconds // 60} min to “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.seconds = seconds

    def apply(self) -> None:
        self.agenda.add_time(self.step_id, self.seconds)

    def revert(self) -> None:
        self.agenda.add_time(self.step_id, -self.seconds)


class SetPlannedMinutes(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int, minutes: int) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Plan {minutes} min for “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.minutes = minutes
        self.old_seconds = step.planned_seconds

    def apply(self) -> None:
        self.agenda.set_planned_minutes(self.step_id, self.minutes)

    def revert(self) -> None:
        self.agenda.set_planned_minutes(self.step_id, self.old_seconds / 60)


class RenameStep(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int, title: str) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Rename “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.title = title
        self.old_title = step.title

    def apply(self) -> None:
        self.agenda.rename_step(self.step_id, self.title)

    def revert(self) -> None:
        self.agenda.rename_step(self.step_id, self.old_title)


class MoveStep(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int, index: int) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Move “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.index = index
        self.old_index = step.position

    def apply(self) -> None:
        self.agenda.move_step(self.step_id, self.index)

    def revert(self) -> None:
        self.agenda.move_step(self.step_id, self.old_index)


class AddStep(EngineCommand):
    agenda_only = True

    def __init__(
        self,
        agenda: AgendaEngine,
        title: str,
        minutes: int,
        index: int | None = None,
        kind: str = "custom",
    ) -> None:
        super().__init__(f"Add the step “{' '.join(title.split())}”")
        self.agenda = agenda
        self.title = title
        self.minutes = minutes
        self.index = index
        self.kind = kind
        self.step_id: int | None = None
        self._removed: RemovedStep | None = None

    def apply(self) -> None:
        if self._removed is None:
            self.step_id = self.agenda.add_step(self.title, self.minutes, self.index, self.kind)
        else:
            self.agenda.restore_step(self._removed)

    def revert(self) -> None:
        if self.step_id is not None:
            self._removed = self.agenda.remove_step(self.step_id)


class RemoveStep(EngineCommand):
    agenda_only = True

    def __init__(self, agenda: AgendaEngine, step_id: int) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Remove “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self._removed: RemovedStep | None = None

    def apply(self) -> None:
        self._removed = self.agenda.remove_step(self.step_id)

    def revert(self) -> None:
        if self._removed is not None:
            self.agenda.restore_step(self._removed)


class SetOnZero(EngineCommand):
    agenda_only = True

    def __init__(
        self, agenda: AgendaEngine, step_id: int, on_zero: str, grace_seconds: int
    ) -> None:
        step = agenda.step(step_id)
        super().__init__(f"Change what happens at zero in “{step.title}”")
        self.agenda = agenda
        self.step_id = step_id
        self.setting = (on_zero, grace_seconds)
        self.old_setting = (step.on_zero, step.grace_seconds)

    def apply(self) -> None:
        self.agenda.set_on_zero(self.step_id, *self.setting)

    def revert(self) -> None:
        self.agenda.set_on_zero(self.step_id, *self.old_setting)


class SetEndTime(EngineCommand):
    """The time the day must end by."""

    agenda_only = True

    def __init__(self, agenda: AgendaEngine, end: dt.datetime | None) -> None:
        super().__init__("No fixed end" if end is None else f"End the day by {end:%H:%M}")
        self.agenda = agenda
        self.end = end
        self.old_end = agenda.end_time()

    def apply(self) -> None:
        self.agenda.set_end_time(self.end)

    def revert(self) -> None:
        self.agenda.set_end_time(self.old_end)


def next_step(agenda: AgendaEngine) -> EngineCommand | None:
    """Finish the current step and go to the next one still to run; None at the end."""
    current = agenda.current_step()
    if current is None:
        return None
    parts: list[EngineCommand] = []
    if current.status == "pending":
        parts.append(SetStepStatus(agenda, current.id, "done"))
    following = agenda.next_step_id()
    if following is not None:
        parts.append(GoToStep(agenda, following))
    if not parts:
        return None
    if following is None:
        return GroupCommand(f"Finish “{current.title}”", parts)
    return GroupCommand(f"Next step after “{current.title}”", parts)


def previous_step(agenda: AgendaEngine) -> EngineCommand | None:
    previous = agenda.previous_step_id()
    return None if previous is None else GoToStep(agenda, previous)


def skip_step(agenda: AgendaEngine, step_id: int) -> EngineCommand:
    """Skip a step; skipping the current one also moves on to the next."""
    step = agenda.step(step_id)
    parts: list[EngineCommand] = [SetStepStatus(agenda, step_id, "skipped")]
    if step.current:
        following = agenda.next_step_id()
        if following is not None:
            parts.append(GoToStep(agenda, following))
    return GroupCommand(f"Skip “{step.title}”", parts)


def pages_need_reading(stack: QUndoStack) -> bool:
    """Whether the step pages must read again after the stack's last change."""
    return not getattr(stack, "agenda_only_change", False)
