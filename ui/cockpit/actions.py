"""The cockpit's actions: their words, their keys, their menus and when each is on.

The same actions serve the timer bar, the menus, the presenter view and the
keyboard, so each says one thing in one place.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitation.engine.agenda import StepView
from ui import commands
from ui.typing_keys import with_typing_alternative

EXPORT_DIALOG_MODULE = "ui.export_dialog"


def export_available() -> bool:
    """Whether the export dialog is installed, found without importing it."""
    try:
        return importlib.util.find_spec(EXPORT_DIALOG_MODULE) is not None
    except (ImportError, ValueError):
        return False


def following(steps: list[StepView], step: StepView) -> StepView | None:
    """The next step still to run after this one, if any."""
    return next((s for s in steps[step.position + 1 :] if s.status == "pending"), None)


class CockpitSlots(Protocol):
    """What the cockpit's actions call."""

    def toggle_timer(self) -> None: ...
    def add_time(self, seconds: int) -> None: ...
    def next_step(self) -> None: ...
    def previous_step(self) -> None: ...
    def toggle_presenter(self) -> None: ...
    def hide_presenter(self) -> None: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def skip_selected(self) -> None: ...
    def move_selected(self, offset: int) -> None: ...
    def edit_selected_minutes(self) -> None: ...
    def rename_selected(self) -> None: ...
    def add_step(self) -> None: ...
    def remove_selected(self) -> None: ...
    def toggle_move_on(self) -> None: ...
    def set_end_time(self) -> None: ...
    def focus_rail(self) -> None: ...
    def toggle_agenda(self) -> None: ...
    def open_worksheet(self) -> None: ...
    def add_worksheet_step(self) -> None: ...
    def open_export(self) -> None: ...
    def import_table(self) -> None: ...


class CockpitActions(QWidget):
    """The base of the cockpit: its actions, built once and kept in step with the agenda."""

    undo_stack: commands.UndoStack

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: str | QKeySequence.StandardKey | list[str] | None = None,
        name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, list):
            action.setShortcuts([QKeySequence(key) for key in keys])
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        if name:
            action.setData(name)
        action.triggered.connect(slot)
        return action

    def _make_actions(self, slots: CockpitSlots, muted: bool) -> None:
        self.start_action = self._action(
            "Start", slots.toggle_timer, with_typing_alternative("Space"), "Start or pause"
        )
        self.add_one_action = self._action("+1 min", lambda: slots.add_time(60), "Ctrl+1")
        self.add_five_action = self._action("+5 min", lambda: slots.add_time(300), "Ctrl+5")
        self.next_action = self._action(
            "Next step", slots.next_step, with_typing_alternative("Ctrl+Right")
        )
        self.previous_action = self._action(
            "Previous", slots.previous_step, with_typing_alternative("Ctrl+Left")
        )
        self.previous_action.setData("Previous step")
        self.mute_action = self._action("Sound on", self._sound_toggled, "Ctrl+M", "Mute")
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(muted)
        self._sound_toggled()
        self.presenter_action = self._action(
            "Presenter view", slots.toggle_presenter, "F11", "Presenter view on or off"
        )
        self.presenter_action.setCheckable(True)
        self.leave_presenter_action = self._action(
            "Leave the presenter view", slots.hide_presenter, "Escape"
        )
        self.undo_action = self._action("Undo", slots.undo, "Ctrl+Z")
        self.redo_action = self._action("Redo", slots.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        undo_stack = self.undo_stack
        undo_stack.canUndoChanged.connect(self._update_undo_actions)
        undo_stack.canRedoChanged.connect(self._update_undo_actions)
        undo_stack.undoTextChanged.connect(self._update_undo_actions)
        undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self.skip_action = self._action("Skip", slots.skip_selected, "Ctrl+K", "Skip or put back")
        self.move_up_action = self._action("Move up", lambda: slots.move_selected(-1), "Alt+Up")
        self.move_down_action = self._action(
            "Move down", lambda: slots.move_selected(1), "Alt+Down"
        )
        self.minutes_action = self._action(
            "Change minutes", slots.edit_selected_minutes, "Ctrl+Shift+M"
        )
        self.rename_action = self._action("Rename", slots.rename_selected, "Ctrl+Shift+R")
        self.add_step_action = self._action("Add a step…", slots.add_step, "Ctrl+Shift+N")
        self.remove_action = self._action("Remove", slots.remove_selected, "Delete")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setData("Remove the selected step (in the agenda)")
        self.move_on_action = self._action(
            "Move on by itself 1 min after zero", slots.toggle_move_on, None
        )
        self.move_on_action.setCheckable(True)
        self.end_time_action = self._action("End of the day…", slots.set_end_time, None)
        self.focus_rail_action = self._action(
            "Go to the agenda", slots.focus_rail, "Ctrl+L", "Put the keyboard in the agenda"
        )
        self.show_agenda_action = self._action(
            "Show the agenda", slots.toggle_agenda, "Ctrl+B", "Give the page the whole width"
        )
        self.show_agenda_action.setCheckable(True)
        self.show_agenda_action.setChecked(True)
        self.worksheet_action = self._action(
            "Embedding worksheet…", slots.open_worksheet, "Ctrl+Shift+W"
        )
        self.add_worksheet_action = self._action(
            "Add the embedding worksheet as a step", slots.add_worksheet_step, None
        )
        self.export_action = self._action("Export sheets…", slots.open_export, "Ctrl+E")
        self.import_table_action = self._action(
            "Import table…", slots.import_table, "Ctrl+Shift+I", "Import a table (CSV or XLSX)"
        )
        self.export_action.setVisible(export_available())
        self._update_undo_actions()

    def all_actions(self) -> list[QAction]:
        return [
            self.start_action,
            self.add_one_action,
            self.add_five_action,
            self.next_action,
            self.previous_action,
            self.mute_action,
            self.presenter_action,
            self.undo_action,
            self.redo_action,
            self.skip_action,
            self.move_up_action,
            self.move_down_action,
            self.minutes_action,
            self.rename_action,
            self.add_step_action,
            self.focus_rail_action,
            self.show_agenda_action,
            self.worksheet_action,
            self.export_action,
            self.import_table_action,
        ]

    def menus(self) -> list[tuple[str, list[QAction | None]]]:
        """The cockpit's menus, for the window's menu bar (None is a separator)."""
        return [
            ("&Edit", [self.undo_action, self.redo_action]),
            (
                "&Timer",
                [
                    self.start_action,
                    self.add_one_action,
                    self.add_five_action,
                    None,
                    self.next_action,
                    self.previous_action,
                    None,
                    self.mute_action,
                ],
            ),
            (
                "&Agenda",
                [
                    self.focus_rail_action,
                    None,
                    self.skip_action,
                    self.move_up_action,
                    self.move_down_action,
                    self.minutes_action,
                    self.rename_action,
                    self.move_on_action,
                    None,
                    self.add_step_action,
                    self.add_worksheet_action,
                    self.remove_action,
                    None,
                    self.end_time_action,
                ],
            ),
        ]

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.undo_action.setText(f"Undo {stack.undoText()}" if stack.canUndo() else "Undo")
        self.redo_action.setText(f"Redo {stack.redoText()}" if stack.canRedo() else "Redo")
        self.undo_action.setToolTip(
            self.undo_action.text() if stack.canUndo() else "Nothing to undo yet"
        )
        self.redo_action.setToolTip(
            self.redo_action.text() if stack.canRedo() else "Nothing to redo"
        )

    def _show_agenda_state(
        self,
        steps: list[StepView],
        current: StepView | None,
        selected: StepView | None,
        running: bool,
    ) -> None:
        """Each action's words and whether it is on, for the agenda as it is now."""
        has_step = current is not None
        self.start_action.setText("Pause" if running else "Start")
        self.start_action.setEnabled(has_step)
        self.start_action.setToolTip(
            "Pause the timer (Space)"
            if running
            else "Start the timer (Space)"
            if has_step
            else "Add a step to the agenda first"
        )
        for action in (self.add_one_action, self.add_five_action):
            action.setEnabled(has_step)
            action.setToolTip(
                f"Give this step {action.text()[1:]} more ({action.shortcut().toString()})"
                if has_step
                else "Add a step to the agenda first"
            )
        can_go_on = current is not None and (
            current.status == "pending" or following(steps, current) is not None
        )
        self.next_action.setEnabled(can_go_on)
        self.next_action.setText(
            "Finish" if current is not None and following(steps, current) is None else "Next step"
        )
        self.next_action.setToolTip(
            "Finish this step and go to the next one (Ctrl+Right)"
            if can_go_on
            else "Every step is done or skipped"
        )
        has_previous = current is not None and current.position > 0
        self.previous_action.setEnabled(has_previous)
        self.previous_action.setToolTip(
            "Go back to the step before (Ctrl+Left)" if has_previous else "This is the first step"
        )
        for action in (
            self.skip_action,
            self.minutes_action,
            self.rename_action,
            self.remove_action,
            self.move_on_action,
        ):
            action.setEnabled(selected is not None)
        if selected is not None:
            skipped = selected.status == "skipped"
            self.skip_action.setText("Put back" if skipped else "Skip")
            self.skip_action.setToolTip(
                f"Put “{selected.title}” back on the agenda (Ctrl+K)"
                if skipped
                else f"Skip “{selected.title}” (Ctrl+K)"
            )
            self.move_on_action.setChecked(selected.on_zero == "move_on")
        last = len(steps) - 1
        self.move_up_action.setEnabled(selected is not None and selected.position > 0)
        self.move_down_action.setEnabled(selected is not None and selected.position < last)

    def _sound_toggled(self) -> None:
        muted = self.mute_action.isChecked()
        self.mute_action.setText("Sound off" if muted else "Sound on")
        self.mute_action.setToolTip(
            "The time-up sound is muted; Ctrl+M turns it on"
            if muted
            else "A sound plays when time is up; Ctrl+M mutes it"
        )

    @property
    def muted(self) -> bool:
        return self.mute_action.isChecked()
