"""The cockpit: one open workshop, run from one window.

The agenda rail on the left, the current step's page on the right, the timer bar
above them and a banner for anything the rules refuse. Every edit is an undo
command that the engine applies and commits at once.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine import WorkshopEngine
from facilitation.engine.agenda import Interruption, StepView
from facilitation.engine.base import WallClock, local_now
from facilitation.rules import RuleError
from facilitation.timer import Clock, away_text, monotonic
from ui import commands
from ui.agenda_model import MINUTES, STATUS, TITLE, AgendaModel
from ui.dialogs import MAX_MINUTES, AddStepDialog, EndTimeDialog
from ui.pages import PageContext, let_go, page_for
from ui.preferences import Preferences
from ui.presenter import PresenterView, projector_screen
from ui.reflow import Columns
from ui.timer_bar import TimerBar, action_button
from ui.timer_watch import TimerReading, TimerWatch
from ui.typing_keys import ShortcutsWhileTyping, with_typing_alternative
from ui.widgets.banner import Banner
from workshop.store import Store, StoreError

MOVE_ON_GRACE_SECONDS = 60
RAIL_SHARE = 0.27
RAIL_WIDTHS = (300, 520)


def rail_width(window_width: int) -> int:
    """The agenda's width on a screen this wide: a quarter of it, within bounds."""
    least, most = RAIL_WIDTHS
    return max(least, min(most, round(window_width * RAIL_SHARE)))


EXPORT_DIALOG_MODULE = "ui.export_dialog"


def export_available() -> bool:
    """Whether the export dialog is installed, found without importing it."""
    try:
        return importlib.util.find_spec(EXPORT_DIALOG_MODULE) is not None
    except (ImportError, ValueError):
        return False


class ResumeOffer(QFrame):
    """After a long stop with the timer running: count the time away, or leave it out."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName("The timer stopped")
        self.message = QLabel()
        self.message.setObjectName("bannerText")
        self.message.setWordWrap(True)
        self.count = QPushButton()
        self.leave_out = QPushButton("Carry on without them")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.leave_out)
        self.hide()

    def offer(self, interruption: Interruption | None) -> None:
        if interruption is None:
            self.hide()
            return
        away = away_text(interruption.seconds)
        self.message.setText(
            f"The timer of “{interruption.step_title}” was running when the app stopped, "
            f"{away} ago. Count that time on the step?"
        )
        self.message.setAccessibleDescription(self.message.text())
        self.count.setText(f"Count the {away} and carry on")
        self.count.setAccessibleName(self.count.text())
        self.show()


class MinutesDelegate(QStyledItemDelegate):
    """Edits the planned minutes with a spin box; the engine says what is allowed."""

    def createEditor(self, parent: QWidget, option: object, index: QModelIndex) -> QWidget:  # type: ignore[override]
        editor = super().createEditor(parent, option, index)  # type: ignore[arg-type]
        if index.column() == MINUTES and hasattr(editor, "setRange"):
            editor.setRange(0, MAX_MINUTES)
            editor.setAccessibleName("Planned minutes")
        return editor


class AgendaView(QTableView):
    def __init__(self, model: AgendaModel) -> None:
        super().__init__()
        self.setObjectName("agendaRail")
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription(
            "Enter goes to the step; F2 renames it or changes its minutes; "
            "Alt+Up and Alt+Down move it."
        )
        self.setModel(model)
        self.setItemDelegate(MinutesDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        # Row heights follow the wrapped titles. They are measured again only for the
        # rows that changed, not for the whole agenda on every change of one step.
        model.dataChanged.connect(self._fit_rows)
        for whole_agenda in (model.modelReset, model.rowsInserted, model.rowsMoved):
            whole_agenda.connect(self.resizeRowsToContents)
        header.sectionResized.connect(self._column_resized)

    def _fit_rows(self, first: QModelIndex, last: QModelIndex) -> None:
        for row in range(first.row(), last.row() + 1):
            self.resizeRowToContents(row)

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TITLE:
            self.resizeRowsToContents()


WORKSHEET_KIND = "worksheet"
WORKSHEET_TITLE = "Embedding OKR worksheet"


class WorksheetWindow(QDialog):
    """The embedding worksheet beside the day's agenda, opened from the menu."""

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(WORKSHEET_TITLE)
        self.setAccessibleName(WORKSHEET_TITLE)
        self.page = page_for(WORKSHEET_KIND, context)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setAccessibleName(WORKSHEET_TITLE)
        self.area.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.resize(parent.window().size().boundedTo(QSize(1400, 900)))

    def retire(self) -> None:
        """Save what is typed and stop following the history, then go."""
        let_go(self.page)
        self.close()
        self.deleteLater()


class Cockpit(QWidget):
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
        self._page_step_id: int | None = None
        self._steps: list[StepView] = []
        self.worksheet_window: WorksheetWindow | None = None
        self.import_dialog: QDialog | None = None

        self._make_actions(muted)
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
        self.timer_bar = TimerBar(
            [
                self.start_action,
                self.add_one_action,
                self.add_five_action,
                self.previous_action,
                self.next_action,
                self.mute_action,
                self.presenter_action,
            ]
        )
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

    # Building

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

    def _make_actions(self, muted: bool) -> None:
        self.start_action = self._action(
            "Start", self.toggle_timer, with_typing_alternative("Space"), "Start or pause"
        )
        self.add_one_action = self._action("+1 min", lambda: self.add_time(60), "Ctrl+1")
        self.add_five_action = self._action("+5 min", lambda: self.add_time(300), "Ctrl+5")
        self.next_action = self._action(
            "Next step", self.next_step, with_typing_alternative("Ctrl+Right")
        )
        self.previous_action = self._action(
            "Previous", self.previous_step, with_typing_alternative("Ctrl+Left")
        )
        self.previous_action.setData("Previous step")
        self.mute_action = self._action("Sound on", self._sound_toggled, "Ctrl+M", "Mute")
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(muted)
        self._sound_toggled()
        self.presenter_action = self._action(
            "Presenter view", self.toggle_presenter, "F11", "Presenter view on or off"
        )
        self.presenter_action.setCheckable(True)
        self.leave_presenter_action = self._action(
            "Leave the presenter view", self.hide_presenter, "Escape"
        )
        self.undo_action = self._action("Undo", self.undo, "Ctrl+Z")
        self.redo_action = self._action("Redo", self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
        self.undo_stack.canUndoChanged.connect(self._update_undo_actions)
        self.undo_stack.canRedoChanged.connect(self._update_undo_actions)
        self.undo_stack.undoTextChanged.connect(self._update_undo_actions)
        self.undo_stack.redoTextChanged.connect(self._update_undo_actions)
        self.skip_action = self._action("Skip", self.skip_selected, "Ctrl+K", "Skip or put back")
        self.move_up_action = self._action("Move up", lambda: self.move_selected(-1), "Alt+Up")
        self.move_down_action = self._action("Move down", lambda: self.move_selected(1), "Alt+Down")
        self.minutes_action = self._action(
            "Change minutes", self.edit_selected_minutes, "Ctrl+Shift+M"
        )
        self.rename_action = self._action("Rename", self.rename_selected, "Ctrl+Shift+R")
        self.add_step_action = self._action("Add a step…", self.add_step, "Ctrl+Shift+N")
        self.remove_action = self._action("Remove", self.remove_selected, "Delete")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.setData("Remove the selected step (in the agenda)")
        self.move_on_action = self._action(
            "Move on by itself 1 min after zero", self.toggle_move_on, None
        )
        self.move_on_action.setCheckable(True)
        self.end_time_action = self._action("End of the day…", self.set_end_time, None)
        self.focus_rail_action = self._action(
            "Go to the agenda", self.focus_rail, "Ctrl+L", "Put the keyboard in the agenda"
        )
        self.show_agenda_action = self._action(
            "Show the agenda", self.toggle_agenda, "Ctrl+B", "Give the page the whole width"
        )
        self.show_agenda_action.setCheckable(True)
        self.show_agenda_action.setChecked(True)
        self.worksheet_action = self._action(
            "Embedding worksheet…", self.open_worksheet, "Ctrl+Shift+W"
        )
        self.add_worksheet_action = self._action(
            "Add the embedding worksheet as a step", self.add_worksheet_step, None
        )
        self.export_action = self._action("Export sheets…", self.open_export, "Ctrl+E")
        self.import_table_action = self._action(
            "Import table…", self.import_table, "Ctrl+Shift+I", "Import a table (CSV or XLSX)"
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

    def _layout(self) -> QVBoxLayout:
        heading = QLabel("Agenda")
        heading.setObjectName("railHeading")
        self.rail_summary = QLabel()
        self.rail_summary.setObjectName("hint")
        step_buttons = Columns(spacing=6)
        self.rail_buttons = [
            action_button(self.skip_action, "railButton"),
            action_button(self.move_up_action, "railButton"),
            action_button(self.move_down_action, "railButton"),
            action_button(self.add_step_action, "railButton"),
        ]
        for button in self.rail_buttons:
            step_buttons.add(button, stretch=0, least=0)
        rail_panel = QWidget()
        rail_panel.setObjectName("railPanel")
        self.rail_panel = rail_panel
        rail_layout = QVBoxLayout(rail_panel)
        rail_layout.setContentsMargins(16, 12, 8, 12)
        rail_layout.addWidget(heading)
        rail_layout.addWidget(self.rail_summary)
        rail_layout.addWidget(self.rail, 1)
        rail_layout.addLayout(step_buttons)

        # One scrolling area per step page, kept while its step is on the agenda, so that
        # going back to a step shows its page at once instead of building it again.
        self.page_stack = QStackedWidget()
        self.page_stack.setAccessibleName("Current step")
        self._pages: dict[int, QScrollArea] = {}
        self._empty_area = self._area_for(self._empty_page())

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(rail_panel)
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
            self.banner.show_message(str(error))
            return
        self.resume_offer.offer(self.engine.agenda.interruption)
        self.model.set_steps(self._steps)
        self._retire_pages_of_removed_steps()
        current = self.current()
        if current is None or current.id != self._page_step_id:
            self._show_page(current)
        planned = sum(s.planned_seconds + s.added_seconds for s in self._steps)
        planned_minutes = round(planned / 60)
        hours, minutes = divmod(planned_minutes, 60)
        length = f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"
        self.rail_summary.setText(f"{len(self._steps)} steps · {length} planned")
        self._update_actions()

    def _changed(self, changes: commands.Changes) -> None:
        """After an action or its undo: the agenda reads again only when the action was on it."""
        if not changes.agenda:
            self._saved()
            return
        previous = self._page_step_id
        self.refresh()
        current = self.current()
        if current is not None and current.id != previous:
            self._select_current()
        self._saved()

    @property
    def page_area(self) -> QScrollArea:
        """The scrolling area of the page on screen."""
        area = self.page_stack.currentWidget()
        assert isinstance(area, QScrollArea)
        return area

    def _area_for(self, page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("pageArea")
        area.setAccessibleName("Current step")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        self.page_stack.addWidget(area)
        return area

    @staticmethod
    def _empty_page() -> QLabel:
        empty = QLabel("The agenda is empty. Add a step to begin (Ctrl+Shift+N).")
        empty.setObjectName("pageBody")
        empty.setWordWrap(True)
        empty.setContentsMargins(32, 28, 32, 28)
        return empty

    def _retire_page(self, step_id: int) -> None:
        """Take a step's page off the screen for good; it stops listening to the history now."""
        area = self._pages.pop(step_id, None)
        if area is None:
            return
        page = area.widget()
        let_go(page)
        self.page_stack.removeWidget(area)
        area.hide()
        area.deleteLater()

    def _retire_pages_of_removed_steps(self) -> None:
        for step_id in set(self._pages) - {s.id for s in self._steps}:
            self._retire_page(step_id)

    def _show_page(self, step: StepView | None) -> None:
        if step is None:
            self.page_stack.setCurrentWidget(self._empty_area)
            self._page_step_id = None
            return
        area = self._pages.get(step.id)
        if area is None:
            area = self._area_for(page_for(step.kind, self.context))
            self._pages[step.id] = area
        self.page_stack.setCurrentWidget(area)
        self._page_step_id = step.id

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

    def _update_actions(self) -> None:
        current = self.current()
        has_step = current is not None
        running = self.engine.agenda.running
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
            current.status == "pending" or self._following(current) is not None
        )
        self.next_action.setEnabled(can_go_on)
        self.next_action.setText(
            "Finish" if current is not None and self._following(current) is None else "Next step"
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
        selected = self.selected()
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
        last = len(self._steps) - 1
        self.move_up_action.setEnabled(selected is not None and selected.position > 0)
        self.move_down_action.setEnabled(selected is not None and selected.position < last)

    def _following(self, step: StepView) -> StepView | None:
        after = self._steps[step.position + 1 :]
        return next((s for s in after if s.status == "pending"), None)

    def _show_reading(self, reading: TimerReading) -> None:
        self.timer_bar.show_reading(reading)
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.show_reading(reading)
        running = reading.running
        if self.start_action.text() != ("Pause" if running else "Start"):
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
            self.banner.show_message("Add a step to the agenda first.")
            return
        self.banner.hide()
        try:
            self.engine.agenda.toggle()
        except (RuleError, StoreError) as error:
            self.banner.show_message(str(error))
        self.resume_offer.offer(self.engine.agenda.interruption)
        self.watch.refresh()
        self._update_actions()
        self._saved()

    def resume(self, count_time_away: bool) -> None:
        """The facilitator's answer to the offer after a long stop."""
        try:
            self.engine.agenda.resume(count_time_away)
        except StoreError as error:
            self.banner.show_message(str(error))
        self.refresh()

    def add_time(self, seconds: int) -> None:
        current = self.current()
        if current is not None:
            self.run(commands.add_time(self.engine.agenda, current, seconds))

    def next_step(self) -> None:
        current = self.current()
        if current is None:
            return
        if self.run(commands.next_step(self.engine.agenda, current, self._following(current))):
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
            self.banner.show_message("That step is no longer on the agenda.")
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
            commands.add_step(self.engine.agenda, WORKSHEET_TITLE, 20, index, kind=WORKSHEET_KIND)
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
            self.banner.show_message(str(error))
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
            self.banner.show_message("Exporting sheets is not available in this version.")
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

        area = self._pages.get(self._page_step_id) if self._page_step_id is not None else None
        page = area.widget() if area is not None else None
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

    # Saving

    def _saved(self) -> None:
        self.statusChanged.emit(f"All changes saved · {self.wall():%H:%M}")

    def _save_failed(self, message: str) -> None:
        self.statusChanged.emit(f"Not saved: {message}")
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
        for step_id in list(self._pages):
            self._retire_page(step_id)
        self._page_step_id = None
        try:
            self.engine.agenda.pause()
        except StoreError as error:
            self.statusChanged.emit(f"Not saved: {error}")
        if self.presenter is not None:
            self.presenter.closed.disconnect(self._presenter_closed)
            self.presenter.close()
            self.presenter.deleteLater()
            self.presenter = None
