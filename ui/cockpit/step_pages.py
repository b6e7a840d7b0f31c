"""The step pages of the cockpit, one scrolling area each.

A page is kept while its step is on the agenda, so that going back to a step shows
its page at once instead of building it again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget, QWidget

from facilitation.agenda import StepView
from ui.i18n import translate
from ui.pages import PageContext, let_go, page_for


class StepPages(QStackedWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Current step"))
        self.context = context
        self.areas: dict[int, QScrollArea] = {}
        self.step_id: int | None = None
        self._empty_area = self._area_for(self._empty_page())

    @property
    def area(self) -> QScrollArea:
        """The scrolling area of the page on screen."""
        area = self.currentWidget()
        assert isinstance(area, QScrollArea)
        return area

    def show_step(self, step: StepView | None) -> None:
        if step is None:
            self.setCurrentWidget(self._empty_area)
            self.step_id = None
            return
        area = self.areas.get(step.id)
        if area is None:
            area = self._area_for(page_for(step.kind, self.context))
            self.areas[step.id] = area
        self.setCurrentWidget(area)
        self.step_id = step.id

    def keep_only(self, step_ids: Iterable[int]) -> None:
        """Retire the pages of steps no longer on the agenda."""
        for step_id in set(self.areas) - set(step_ids):
            self.retire(step_id)

    def retire_all(self) -> None:
        for step_id in list(self.areas):
            self.retire(step_id)
        self.step_id = None

    def retire(self, step_id: int) -> None:
        """Take a step's page off the screen for good; it stops listening to the history now."""
        area = self.areas.pop(step_id, None)
        if area is None:
            return
        let_go(area.widget())
        self.removeWidget(area)
        area.hide()
        area.deleteLater()

    def _area_for(self, page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setObjectName("pageArea")
        area.setAccessibleName(self.tr("Current step"))
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        self.addWidget(area)
        return area

    @staticmethod
    def _empty_page() -> QLabel:
        empty = QLabel(
            translate("StepPages", "The agenda is empty. Add a step to begin (Ctrl+Shift+N).")
        )
        empty.setObjectName("pageBody")
        empty.setWordWrap(True)
        empty.setContentsMargins(32, 28, 32, 28)
        return empty
