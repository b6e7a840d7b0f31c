"""The cycle's window: this week's check-in, the paper grid, the trends and the review.

It opens beside the start screen or the cockpit, on one workshop, with an undo history
of its own: every entry is one undoable action, saved the moment it is made.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from facilitation.engine import WorkshopEngine
from facilitation.engine.base import WallClock, local_now
from facilitation.timer import Clock, monotonic
from ui.commands import UndoStack
from ui.cycle.paper import PaperPage
from ui.cycle.review import ReviewPage
from ui.cycle.this_week import WeekPage
from ui.cycle.trends import TrendsPage
from ui.i18n import QT_TRANSLATE_NOOP, Rows
from ui.pages.base import Page
from ui.pages.context import PageContext
from workshop.store import Store

TABS = Rows(
    "window",
    (
        (QT_TRANSLATE_NOOP("window", "&This week"), WeekPage),
        (QT_TRANSLATE_NOOP("window", "&Paper sheet"), PaperPage),
        (QT_TRANSLATE_NOOP("window", "T&rends"), TrendsPage),
        (QT_TRANSLATE_NOOP("window", "&End of cycle"), ReviewPage),
    ),
)


class CycleWindow(QWidget):
    """Check-ins and review of one workshop."""

    openWorkshopRequested = Signal(int)
    """A workshop to open in the main window: the next cycle, just started."""

    def __init__(
        self,
        store: Store,
        workshop_id: int,
        *,
        clock: Clock | None = None,
        wall: WallClock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """On the clocks of the window that opens it; the real ones when it gives none."""
        super().__init__(parent)
        self.setObjectName("cycleWindow")
        self.workshop_id = workshop_id
        self.undo_stack = UndoStack(self)
        engine = WorkshopEngine(
            store, workshop_id, clock=clock or monotonic, wall=wall or local_now
        )
        self.context = PageContext(store, workshop_id, engine, self.undo_stack)
        info = engine.cycle.info()
        cycle = f" · {info.label}" if info.label else ""
        self.setWindowTitle(self.tr("Check-ins and review — {0}{1}").format(info.team, cycle))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Check-ins and review"))
        self.pages: list[Page] = []
        for title, page_class in TABS:
            page = page_class(self.context)
            self.pages.append(page)
            self.tabs.addTab(page, title)
        self.week, self.paper, self.trends, self.review = self.pages
        self.undo_stack.failed.connect(self._refused)
        assert isinstance(self.review, ReviewPage)
        self.review.nextCycleStarted.connect(self.openWorkshopRequested)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.undo_action = self._action(self.tr("Undo"), QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = self._action(self.tr("Redo"), QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.print_action = self._action(self.tr("Print the sheets…"), QKeySequence("Ctrl+E"))
        self.print_action.triggered.connect(self.print_sheets)
        self.close_action = self._action(self.tr("Close"), QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.resize(1440, 900)

    def _action(self, text: str, keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        self.addAction(action)
        return action

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _refused(self, message: str) -> None:
        """An undo or redo the rules refuse: said on the page in view."""
        self.pages[self.tabs.currentIndex()].banner.show_message(message)

    def _tab_changed(self, index: int) -> None:
        page = self.pages[index]
        focus = getattr(page, "focus_first", None)
        if callable(focus):
            focus()

    def print_sheets(self) -> None:
        from ui.export_dialog import ExportDialog

        ExportDialog(self.context.store, self.workshop_id, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            # A field being typed in saves as it loses focus.
            focused.clearFocus()
        for page in self.pages:
            page.leave_history()
        super().closeEvent(event)
