"""The cockpit's actions: their words, their keys, their menus and when each is on.

The same actions serve the timer bar, the menus, the presenter view and the
keyboard, so each says one thing in one place.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitation.agenda import StepView, next_pending
from ui.typing_keys import with_typing_alternative

if TYPE_CHECKING:
    from ui import commands

EXPORT_DIALOG_MODULE = "ui.export_dialog"


def export_available() -> bool:
    """Whether the export dialog is installed, found without importing it."""
    try:
        return importlib.util.find_spec(EXPORT_DIALOG_MODULE) is not None
    except (ImportError, ValueError):
        return False


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
        return action

    def _make_actions(self, muted: bool) -> None:
        """Every action with its words and keys; ``_connect_actions`` gives them their work."""
        self.start_action = self._action(
            self.tr("Start"),
            with_typing_alternative("Space"),
            self.tr("Start or pause"),
        )
        self.add_one_action = self._action(self.tr("+1 min"), "Ctrl+1")
        self.add_five_action = self._action(self.tr("+5 min"), "Ctrl+5")
        self.next_action = self._action(self.tr("Next step"), with_typing_alternative("Ctrl+Right"))
        self.previous_action = self._action(
            self.tr("Previous"), with_typing_alternative("Ctrl+Left")
        )
        self.previous_action.setData(self.tr("Previous step"))
        self.mute_action = self._action(self.tr("Sound on"), "Ctrl+M", self.tr("Mute"))
        self.mute_action.triggered.connect(self._sound_toggled)
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(muted)
        self._sound_toggled()
        self.presenter_action = self._action(
            self.tr("Presenter view"),
            "F11",
            self.tr("Presenter view on or off"),
        )
        self.presenter_action.setCheckable(True)
        self.leave_presenter_action = self._action(self.tr("Leave the presenter view"), "Escape")
        self.undo_action = self._action(self.tr("Undo"), "Ctrl+Z")
        self.redo_action = self._action(self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.skip_action = self._action(self.tr("Skip"), "Ctrl+K", self.tr("Skip or put back"))
        self.move_up_action = self._action(self.tr("Move up"), "Alt+Up")
        self.move_down_action = self._action(self.tr("Move down"), "Alt+Down")
        self.minutes_action = self._action(self.tr("Change minutes"), "Ctrl+Shift+M")
        self.rename_action = self._action(self.tr("Rename"), "Ctrl+Shift+R")
        self.add_step_action = self._action(self.tr("Add a step…"), "Ctrl+Shift+N")
        self.remove_action = self._action(self.tr("Remove"), "Delete")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setData(self.tr("Remove the selected step (in the agenda)"))
        self.move_on_action = self._action(self.tr("Move on by itself 1 min after zero"), None)
        self.move_on_action.setCheckable(True)
        self.end_time_action = self._action(self.tr("End of the day…"), None)
        self.focus_rail_action = self._action(
            self.tr("Go to the agenda"),
            "Ctrl+L",
            self.tr("Put the keyboard in the agenda"),
        )
        self.show_agenda_action = self._action(
            self.tr("Show the agenda"),
            "Ctrl+B",
            self.tr("Give the page the whole width"),
        )
        self.show_agenda_action.setCheckable(True)
        self.show_agenda_action.setChecked(True)
        self.worksheet_action = self._action(self.tr("Embedding worksheet…"), "Ctrl+Shift+W")
        self.add_worksheet_action = self._action(
            self.tr("Add the embedding worksheet as a step"), None
        )
        self.export_action = self._action(self.tr("Export sheets…"), "Ctrl+E")
        self.import_table_action = self._action(
            self.tr("Import table…"),
            "Ctrl+Shift+I",
            self.tr("Import a table (CSV or XLSX)"),
        )
        self.export_action.setVisible(export_available())

    def _connect_actions(self, slots: CockpitSlots) -> None:
        """What each action does, and the undo actions following the history."""
        self.start_action.triggered.connect(slots.toggle_timer)
        self.add_one_action.triggered.connect(lambda: slots.add_time(60))
        self.add_five_action.triggered.connect(lambda: slots.add_time(300))
        self.next_action.triggered.connect(slots.next_step)
        self.previous_action.triggered.connect(slots.previous_step)
        self.presenter_action.triggered.connect(slots.toggle_presenter)
        self.leave_presenter_action.triggered.connect(slots.hide_presenter)
        self.undo_action.triggered.connect(slots.undo)
        self.redo_action.triggered.connect(slots.redo)
        self.skip_action.triggered.connect(slots.skip_selected)
        self.move_up_action.triggered.connect(lambda: slots.move_selected(-1))
        self.move_down_action.triggered.connect(lambda: slots.move_selected(1))
        self.minutes_action.triggered.connect(slots.edit_selected_minutes)
        self.rename_action.triggered.connect(slots.rename_selected)
        self.add_step_action.triggered.connect(slots.add_step)
        self.remove_action.triggered.connect(slots.remove_selected)
        self.move_on_action.triggered.connect(slots.toggle_move_on)
        self.end_time_action.triggered.connect(slots.set_end_time)
        self.focus_rail_action.triggered.connect(slots.focus_rail)
        self.show_agenda_action.triggered.connect(slots.toggle_agenda)
        self.worksheet_action.triggered.connect(slots.open_worksheet)
        self.add_worksheet_action.triggered.connect(slots.add_worksheet_step)
        self.export_action.triggered.connect(slots.open_export)
        self.import_table_action.triggered.connect(slots.import_table)
        undo_stack = self.undo_stack
        for change in (
            undo_stack.canUndoChanged,
            undo_stack.canRedoChanged,
            undo_stack.undoTextChanged,
            undo_stack.redoTextChanged,
        ):
            change.connect(self._update_undo_actions)
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

    def timer_bar_actions(self) -> list[QAction]:
        return [
            self.start_action,
            self.add_one_action,
            self.add_five_action,
            self.previous_action,
            self.next_action,
            self.mute_action,
            self.presenter_action,
        ]

    def rail_actions(self) -> list[QAction]:
        """The actions under the agenda, as buttons."""
        return [self.skip_action, self.move_up_action, self.move_down_action, self.add_step_action]

    def step_actions(self) -> list[QAction]:
        """What can be done to the step chosen in the agenda: in the Agenda menu and its own."""
        return [
            self.skip_action,
            self.move_up_action,
            self.move_down_action,
            self.minutes_action,
            self.rename_action,
            self.move_on_action,
        ]

    def menus(self) -> list[tuple[str, list[QAction | None]]]:
        """The cockpit's menus, for the window's menu bar (None is a separator)."""
        return [
            (self.tr("&Edit"), [self.undo_action, self.redo_action]),
            (
                self.tr("&Timer"),
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
                self.tr("&Agenda"),
                [
                    self.focus_rail_action,
                    None,
                    *self.step_actions(),
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
        self.undo_action.setText(
            self.tr("Undo {0}").format(stack.undoText()) if stack.canUndo() else self.tr("Undo")
        )
        self.redo_action.setText(
            self.tr("Redo {0}").format(stack.redoText()) if stack.canRedo() else self.tr("Redo")
        )
        self.undo_action.setToolTip(
            self.undo_action.text() if stack.canUndo() else self.tr("Nothing to undo yet")
        )
        self.redo_action.setToolTip(
            self.redo_action.text() if stack.canRedo() else self.tr("Nothing to redo")
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
        self.start_action.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start_action.setEnabled(has_step)
        self.start_action.setToolTip(
            self.tr("Pause the timer (Space)")
            if running
            else self.tr("Start the timer (Space)")
            if has_step
            else self.tr("Add a step to the agenda first")
        )
        for action in (self.add_one_action, self.add_five_action):
            action.setEnabled(has_step)
            action.setToolTip(
                self.tr("Give this step {0} more ({1})").format(
                    action.text()[1:], action.shortcut().toString()
                )
                if has_step
                else self.tr("Add a step to the agenda first")
            )
        can_go_on = current is not None and (
            current.status == "pending" or next_pending(steps, current) is not None
        )
        self.next_action.setEnabled(can_go_on)
        self.next_action.setText(
            self.tr("Finish")
            if current is not None and next_pending(steps, current) is None
            else self.tr("Next step")
        )
        self.next_action.setToolTip(
            self.tr("Finish this step and go to the next one (Ctrl+Right)")
            if can_go_on
            else self.tr("Every step is done or skipped")
        )
        has_previous = current is not None and current.position > 0
        self.previous_action.setEnabled(has_previous)
        self.previous_action.setToolTip(
            self.tr("Go back to the step before (Ctrl+Left)")
            if has_previous
            else self.tr("This is the first step")
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
            self.skip_action.setText(self.tr("Put back") if skipped else self.tr("Skip"))
            self.skip_action.setToolTip(
                self.tr("Put “{0}” back on the agenda (Ctrl+K)").format(selected.title)
                if skipped
                else self.tr("Skip “{0}” (Ctrl+K)").format(selected.title)
            )
            self.move_on_action.setChecked(selected.on_zero == "move_on")
        last = len(steps) - 1
        self.move_up_action.setEnabled(selected is not None and selected.position > 0)
        self.move_down_action.setEnabled(selected is not None and selected.position < last)

    def _sound_toggled(self) -> None:
        muted = self.mute_action.isChecked()
        self.mute_action.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
        self.mute_action.setToolTip(
            self.tr("The time-up sound is muted; Ctrl+M turns it on")
            if muted
            else self.tr("A sound plays when time is up; Ctrl+M mutes it")
        )

    @property
    def muted(self) -> bool:
        return self.mute_action.isChecked()
