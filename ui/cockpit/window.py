"""The cockpit: one open workshop, run from one window.

The agenda rail on the left, the current step's page on the right, the timer bar
above them and a banner for anything the rules refuse. Every edit is an undo
command that the engine applies and commits at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitation.agenda import StepView, next_pending
from facilitation.engine import WorkshopEngine
from facilitation.engine.base import WallClock, local_now
from facilitation.rules import RuleError
from facilitation.timer import Clock, monotonic
from ui import commands
from ui.agenda_model import MINUTES, TITLE, AgendaModel
from ui.cockpit.actions import EXPORT_DIALOG_MODULE, CockpitActions
from ui.cockpit.rail import AgendaView, RailPanel, rail_width
from ui.cockpit.side_windows import WORKSHEET_KIND, WORKSHEET_TITLE, ResumeOffer, WorksheetWindow
from ui.cockpit.step_pages import StepPages
from ui.dialogs import AddStepDialog, EndTimeDialog
from ui.i18n import refusal_text, translate
from ui.pages import PageContext
from ui.preferences import Preferences
from ui.presenter import PresenterView, projector_screen
from ui.timer_bar import TimerBar, action_button
from ui.timer_watch import TimerReading, TimerWatch
from ui.typing_keys import ShortcutsWhileTyping
from ui.widgets.banner import Banner
from workshop.store import Store, StoreError

MOVE_ON_GRACE_SECONDS = 60


class Cockpit(CockpitActions):
    """Everything the facilitator does to one open workshop."""

    statusChanged = Signal(str)
    presenterShown = Signal(bool)

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        *,
        clock: Clock | None = None,
        wall: WallClock | None = None,
        muted: bool = False,
        colours: dict[str, str] | None = None,
        beep: Callable[[], None] = QApplication.beep,
        preferences: Preferences | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("cockpit")
        self.store = store
        self.workshop_id = workshop_id
        self.preferences = preferences
        self.wall = wall or local_now
        self.engine = WorkshopEngine(store, workshop_id, clock=clock or monotonic, wall=self.wall)
        self.beep = beep
        self.undo_stack = commands.UndoStack(self)
        self.undo_stack.failed.connect(self._refused)
        self.undo_stack.changed.connect(self._changed)
        self.context = PageContext(store, workshop_id, self.engine, self.undo_stack)
        self.watch = TimerWatch(self.engine, self)
        self.presenter: PresenterView | None = None
        self.time_up_count = 0
        self._steps: list[StepView] = []
        self.worksheet_window: WorksheetWindow | None = None
        self.import_dialog: QDialog | None = None

        self._make_actions(muted)
        self._connect_actions(self)
        self.banner = Banner()
        self.resume_offer = ResumeOffer()
        self.resume_offer.count.clicked.connect(lambda: self.resume(count_time_away=True))
        self.resume_offer.leave_out.clicked.connect(lambda: self.resume(count_time_away=False))
        self.model = AgendaModel(colours)
        self.model.retimeRequested.connect(self.retime)
        self.model.renameRequested.connect(self.rename)
        self.model.moveRequested.connect(self.move_to)
        self.rail = AgendaView(self.model)
        self.rail.clicked.connect(self._rail_clicked)
        self.rail.activated.connect(self._rail_activated)
        self.rail.selectionModel().currentRowChanged.connect(self._update_actions)
        self.rail.addAction(self.remove_action)
        self.rail.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.rail.customContextMenuRequested.connect(self._rail_menu)
        self.timer_bar = TimerBar(self.timer_bar_actions())
        self.watch.ticked.connect(self._show_reading)
        self.watch.timeUp.connect(self._time_up)
        self.watch.moveOnDue.connect(self._move_on)
        self.watch.saved.connect(self._saved)
        self.watch.saveFailed.connect(self._save_failed)

        self.setLayout(self._layout())
        self.addActions(self.all_actions())
        self.typing_keys = ShortcutsWhileTyping(self, self.all_actions())
        self.refresh()
        self.watch.start()
        self._select_current()

    def _layout(self) -> QVBoxLayout:
        self.rail_buttons = [action_button(a, "railButton") for a in self.rail_actions()]
        self.rail_panel = RailPanel(self.rail, self.rail_buttons)
        self.page_stack = StepPages(self.context)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.rail_panel)
        splitter.addWidget(self.page_stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.splitterMoved.connect(self._rail_dragged)
        self.splitter = splitter
        self._rail_width: int | None = None

        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timer_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.resume_offer)
        layout.addWidget(splitter, 1)
        return layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The agenda takes its share of the screen, unless the facilitator dragged its edge."""
        super().resizeEvent(event)
        rail = self._rail_width or rail_width(event.size().width())
        self.splitter.setSizes([rail, max(event.size().width() - rail, 1)])

    def _rail_dragged(self, position: int, _index: int) -> None:
        self._rail_width = position

    def event(self, event: QEvent) -> bool:
        """Keys the focused widget needs go to it instead of the cockpit's shortcuts.

        Space presses a focused button or list box instead of starting the timer;
        Alt+Up and Alt+Down move a note or a tied card on the step page instead of
        moving the agenda's step.
        """
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            focused = QApplication.focusWidget()
            presses = (
                event.key() == Qt.Key.Key_Space
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
                and isinstance(focused, (QAbstractButton, QComboBox))
            )
            moves_on_page = (
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and event.modifiers() == Qt.KeyboardModifier.AltModifier
                and focused is not None
                and self.page_stack.isAncestorOf(focused)
            )
            if presses or moves_on_page:
                event.accept()
                return True
        return super().event(event)

    # Keeping the screen in step with the engine

    def refresh(self) -> None:
        """Read the agenda again and show it everywhere."""
        try:
            self._steps = self.engine.agenda.steps()
            self.watch.reload()
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return
        self.resume_offer.offer(self.engine.agenda.interruption)
        self.model.set_steps(self._steps)
        self.page_stack.keep_only(s.id for s in self._steps)
        current = self.current()
        if current is None or current.id != self.page_stack.step_id:
            self.page_stack.show_step(current)
        self.rail_panel.show_length(self._steps)
        self._update_actions()

    def _changed(self, changes: commands.Changes) -> None:
        """After an action or its undo: the agenda reads again only when the action was on it."""
        if not changes.agenda:
            self._saved()
            return
        previous = self.page_stack.step_id
        self.refresh()
        current = self.current()
        if current is not None and current.id != previous:
            self._select_current()
        self._saved()

    @property
    def page_area(self) -> QScrollArea:
        """The scrolling area of the page on screen."""
        return self.page_stack.area

    def _update_actions(self) -> None:
        self._show_agenda_state(
            self._steps, self.current(), self.selected(), self.engine.agenda.running
        )

    def current(self) -> StepView | None:
        return next((s for s in self._steps if s.current), None)

    def selected(self) -> StepView | None:
        """The step picked in the rail, or the current step when none is picked."""
        index = self.rail.currentIndex()
        if index.isValid() and 0 <= index.row() < len(self._steps):
            return self._steps[index.row()]
        return self.current()

    def _select_current(self) -> None:
        current = self.current()
        if current is None:
            return
        row = self.model.row_of(current.id)
        if row is not None:
            self.rail.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show_reading(self, reading: TimerReading) -> None:
        self.timer_bar.show_reading(reading)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.show_reading(reading)
        running = reading.running
        if self.start_action.text() != (self.tr("Pause") if running else self.tr("Start")):
            self._update_actions()

    # User actions

    def run(self, command: commands.EngineCommand) -> bool:
        """Do one user action through the undo stack; a refusal shows in the banner."""
        self.banner.hide()
        return self.undo_stack.run(command, self._refused)

    def undo(self) -> None:
        self.banner.hide()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.banner.hide()
        self.undo_stack.redo()

    def toggle_timer(self) -> None:
        if self.current() is None:
            self.banner.show_message(self.tr("Add a step to the agenda first."))
            return
        self.banner.hide()
        try:
            self.engine.agenda.toggle()
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
        self.resume_offer.offer(self.engine.agenda.interruption)
        self.watch.refresh()
        self._update_actions()
        self._saved()

    def resume(self, count_time_away: bool) -> None:
        """The facilitator's answer to the offer after a long stop."""
        try:
            self.engine.agenda.resume(count_time_away)
        except StoreError as error:
            self.banner.show_message(refusal_text(error))
        self.refresh()

    def add_time(self, seconds: int) -> None:
        current = self.current()
        if current is not None:
            self.run(commands.add_time(self.engine.agenda, current, seconds))

    def next_step(self) -> None:
        current = self.current()
        if current is None:
            return
        if self.run(
            commands.next_step(self.engine.agenda, current, next_pending(self._steps, current))
        ):
            current = self.current()
            if current is not None and current.status != "pending" and self.engine.agenda.running:
                self.engine.agenda.pause()
                self.watch.refresh()
                self._update_actions()

    def previous_step(self) -> None:
        current = self.current()
        if current is not None and current.position > 0:
            self.run(commands.go_to_step(self.engine.agenda, self._steps[current.position - 1]))

    def _step(self, step_id: int) -> StepView | None:
        """The step as the agenda on screen shows it; None (and a message) when it has gone."""
        step = next((s for s in self._steps if s.id == step_id), None)
        if step is None:
            self.banner.show_message(self.tr("That step is no longer on the agenda."))
        return step

    def go_to(self, step_id: int) -> None:
        current = self.current()
        step = self._step(step_id)
        if step is not None and (current is None or current.id != step_id):
            self.run(commands.go_to_step(self.engine.agenda, step))

    def retime(self, step_id: int, minutes: int) -> None:
        step = self._step(step_id)
        if step is not None:
            self.run(commands.set_planned_minutes(self.engine.agenda, step, minutes))

    def rename(self, step_id: int, title: str) -> None:
        step = self._step(step_id)
        if step is not None:
            self.run(commands.rename_step(self.engine.agenda, step, title))

    def move_to(self, step_id: int, index: int) -> None:
        step = self._step(step_id)
        if step is not None:
            self.run(commands.move_step(self.engine.agenda, step, index))
        self._select_step(step_id)

    def move_selected(self, offset: int) -> None:
        selected = self.selected()
        if selected is not None:
            target = selected.position + offset
            if 0 <= target < len(self._steps):
                self.move_to(selected.id, target)

    def skip_selected(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        if selected.status == "skipped":
            self.run(commands.set_step_status(self.engine.agenda, selected, "pending"))
        else:
            self.run(commands.skip_step(self.engine.agenda, selected))

    def toggle_move_on(self) -> None:
        selected = self.selected()
        if selected is None:
            return
        mode = "signal" if selected.on_zero == "move_on" else "move_on"
        self.run(commands.set_on_zero(self.engine.agenda, selected, mode, MOVE_ON_GRACE_SECONDS))

    def edit_selected_minutes(self) -> None:
        selected = self.selected()
        if selected is not None:
            self._edit_cell(selected.id, MINUTES)

    def rename_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self._edit_cell(selected.id, TITLE)

    def _edit_cell(self, step_id: int, column: int) -> None:
        row = self.model.row_of(step_id)
        if row is None:
            return
        index = self.model.index(row, column)
        self.rail.setFocus()
        self.rail.setCurrentIndex(index)
        self.rail.edit(index)

    def add_step(self) -> None:
        selected = self.selected()
        dialog = AddStepDialog(selected.title if selected else None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        index = None if selected is None else selected.position + 1
        self.run(
            commands.add_step(
                self.engine.agenda, dialog.title.text(), dialog.minutes.value(), index
            )
        )

    def add_worksheet_step(self) -> None:
        """The embedding worksheet as a step of the agenda, after the selected one."""
        selected = self.selected()
        index = None if selected is None else selected.position + 1
        self.run(
            commands.add_step(
                self.engine.agenda,
                translate("side_windows", WORKSHEET_TITLE),
                20,
                index,
                kind=WORKSHEET_KIND,
            )
        )

    def toggle_agenda(self) -> None:
        """Hide the agenda so a wide page fits a laptop screen; the timer stays in view."""
        shown = self.show_agenda_action.isChecked()
        self.rail_panel.setVisible(shown)
        if shown:
            self.rail.setFocus()

    def open_worksheet(self) -> None:
        """The embedding worksheet in a window of its own, whatever the step."""
        if self.worksheet_window is None:
            self.worksheet_window = WorksheetWindow(self.context, self)
        self.worksheet_window.show()
        self.worksheet_window.activateWindow()

    def remove_selected(self) -> None:
        selected = self.selected()
        if selected is not None:
            self.run(commands.remove_step(self.engine.agenda, selected))

    def set_end_time(self) -> None:
        try:
            status = self.engine.agenda.status()
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))
            return
        shown = status.target_end or status.projected_end
        dialog = EndTimeDialog(shown, status.target_end is not None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.run(commands.set_end_time(self.engine.agenda, dialog.end_on(self.wall().date())))

    def focus_rail(self) -> None:
        self.rail.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_export(self) -> None:
        try:
            export_dialog = importlib.import_module(EXPORT_DIALOG_MODULE)
        except ImportError:
            self.export_action.setVisible(False)
            self.banner.show_message(self.tr("Exporting sheets is not available in this version."))
            return
        self.engine.agenda.checkpoint()
        dialog = export_dialog.ExportDialog(
            self.store, self.workshop_id, self, preferences=self.preferences
        )
        dialog.open()

    def import_table(self) -> None:
        """Post-its, scores or key results from a table: as the current page's own, when it
        takes one, or as whatever the table's columns say otherwise."""
        from ui.import_table_dialog import ImportsTables, open_import

        page = self.page_stack.area.widget()
        candidates = [page, *(page.findChildren(QWidget) if page is not None else [])]
        for widget in candidates:
            if isinstance(widget, ImportsTables) and widget.isVisible():
                widget.import_table()
                return
        self.import_dialog = open_import(self, self.engine, self.run)

    def _select_step(self, step_id: int) -> None:
        row = self.model.row_of(step_id)
        if row is not None:
            self.rail.selectionModel().setCurrentIndex(
                self.model.index(row, TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _rail_clicked(self, index: QModelIndex) -> None:
        if index.column() != MINUTES:
            self._go_to_row(index.row())

    def _rail_activated(self, index: QModelIndex) -> None:
        self._go_to_row(index.row())

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < len(self._steps):
            self.go_to(self._steps[row].id)

    def _rail_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.skip_action,
            self.move_up_action,
            self.move_down_action,
            self.minutes_action,
            self.rename_action,
            self.move_on_action,
            self.add_step_action,
            self.remove_action,
        ):
            menu.addAction(action)
        menu.popup(self.rail.viewport().mapToGlobal(position))

    # Time

    def _time_up(self) -> None:
        self.time_up_count += 1
        if not self.mute_action.isChecked():
            self.beep()

    def _move_on(self) -> None:
        self.next_step()

    # Saving

    def _saved(self) -> None:
        self.statusChanged.emit(self.tr("All changes saved · {0:%H:%M}").format(self.wall()))

    def _save_failed(self, message: str) -> None:
        self.statusChanged.emit(self.tr("Not saved: {0}").format(message))
        self.banner.show_message(message)

    def _refused(self, message: str) -> None:
        self.banner.show_message(message)
        self.refresh()

    # The presenter view

    def toggle_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.hide_presenter()
        else:
            self.show_presenter()

    def show_presenter(self) -> None:
        if self.presenter is None:
            self.presenter = PresenterView(self.all_actions())
            self.presenter.addAction(self.leave_presenter_action)
            self.presenter.closed.connect(self._presenter_closed)
        laptop = self.window().screen() if self.window() else None
        screen = projector_screen(QGuiApplication.screens(), laptop)
        target = screen or laptop
        if target is not None:
            self.presenter.setScreen(target)
            self.presenter.setGeometry(target.geometry())
        if self.watch.reading is not None:
            self.presenter.show_reading(self.watch.reading)
        self.presenter.showFullScreen()
        if screen is not None:
            self.window().activateWindow()
        else:
            self.presenter.activateWindow()
        self.presenter_action.setChecked(True)
        self.presenterShown.emit(True)

    def hide_presenter(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
        self.presenter_action.setChecked(False)

    def _presenter_closed(self) -> None:
        self.presenter_action.setChecked(False)
        self.window().activateWindow()
        self.presenterShown.emit(False)

    # Leaving

    def close_workshop(self) -> None:
        """Stop the timer and write its time, before the window closes or switches.

        The step page goes first, while the undo stack it listens to still exists.
        """
        self.watch.stop()
        self.typing_keys.stop()
        if self.worksheet_window is not None:
            self.worksheet_window.retire()
            self.worksheet_window = None
        self.page_stack.retire_all()
        try:
            self.engine.agenda.pause()
        except StoreError as error:
            self.statusChanged.emit(self.tr("Not saved: {0}").format(error))
        if self.presenter is not None:
            self.presenter.closed.disconnect(self._presenter_closed)
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
