"""The cockpit's frame while a workshop opens: its agenda and timer, from a glance.

Opening a workshop at start-up paints this first, from a read with the standard
library (``workshop.glance``), and builds the working cockpit right after, once the
database layer is loaded. It looks as the cockpit will: the same timer bar, the
same agenda rail, its controls greyed until the cockpit takes over.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout

from facilitation.timer import StepTimer
from ui.agenda_model import AgendaModel
from ui.cockpit.actions import CockpitActions
from ui.cockpit.rail import AgendaView, RailPanel, rail_width
from ui.timer_bar import TimerBar, action_button
from ui.timer_watch import timer_reading
from workshop.glance import WorkshopGlance


class OpeningCockpit(CockpitActions):
    painted = Signal()

    def __init__(
        self, glance: WorkshopGlance, *, muted: bool, colours: dict[str, str] | None, width: int
    ) -> None:
        super().__init__()
        self.setObjectName("cockpit")
        self.setAccessibleName(f"Opening {glance.team}")
        self._painted = False
        self._make_actions(muted)
        for action in self.all_actions():
            action.setEnabled(False)
        self.timer_bar = TimerBar(self.timer_bar_actions())
        current = glance.current
        timer = StepTimer(0)
        if current is not None:
            timer = StepTimer(current.allowed_seconds, current.used_seconds)
        self.timer_bar.show_reading(timer_reading(glance.steps, current, timer, 0.0))
        self.model = AgendaModel(colours)
        self.model.set_steps(glance.steps)
        self.rail = AgendaView(self.model)
        buttons = [action_button(action, "railButton") for action in self.rail_actions()]
        self.rail_panel = RailPanel(self.rail, buttons)
        self.rail_panel.show_length(glance.steps)
        title = "the workshop" if current is None else f"“{current.title}”"
        self.waiting = QLabel(f"Opening {title}…")
        self.waiting.setObjectName("pageBody")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.rail_panel)
        splitter.addWidget(self.waiting)
        rail = rail_width(width)
        splitter.setSizes([rail, max(width - rail, 1)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.timer_bar)
        layout.addWidget(splitter, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()
