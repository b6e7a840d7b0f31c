"""The short team workshop's steps, each made of the executive workshop's pages.

A team runs in 1 to 1.5 hours what the executive day spreads over many steps, so
each of its steps shows the pages it needs as tabs: choosing objectives is the
post-its, the vote and the draft; choosing key results is the measures, the
quality check, the vote and the refining; and so on. The refresher is a page of
its own: the elements of a good OKR, large enough for the room.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.reflow import FittedTabs

KINDS = ("refresher", "choose_objectives", "choose_key_results", "ambition_check", "next_steps")

PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "choose_objectives": (
        ("Post-its", "objective_postits"),
        ("Vote and rank", "objective_vote"),
        ("Draft", "draft_objective"),
    ),
    "choose_key_results": (
        ("Measures", "write_measures"),
        ("Quality check", "quality_check"),
        ("Vote and pick", "kr_vote"),
        ("Refine", "refine"),
    ),
    "ambition_check": (
        ("Ambition and thresholds", "refine"),
        ("Criteria", "quality_check"),
    ),
    "next_steps": (
        ("Champions", "champions"),
        ("Initiatives", "initiatives"),
        ("Communications", "comms_plan"),
        ("Worksheet", "worksheet"),
    ),
}

REFRESHER = (
    ("An objective says where we want to be",
     "In words, with no number: inspiring, a change rather than business as usual, "
     "reachable this cycle, and something the team can steer."),
    ("A key result shows we are getting there",
     "A number that moves from where it is today to where we want it: “from 40% to 65%”. "
     "No number, no key result. Three to five for each objective."),
    ("Outcomes, not tasks",
     "“Launch the new onboarding” is work to do: an initiative. What changes for people "
     "when it works is the key result."),
    ("Leading beats lagging",
     "Prefer measures that move during the cycle and tell us early whether we are on track."),
    ("0.7 is a good score",
     "Ambitious key results are rarely met in full. Landing around 0.7 means we aimed high "
     "and got far."),
)  # fmt: skip


class RefresherPage(Page):
    """The elements of an outcome-driven OKR, for the room to read together."""

    def __init__(self, context: PageContext) -> None:
        super().__init__(context, "OKR refresher")
        for heading, text in REFRESHER:
            head = QLabel(heading)
            head.setObjectName("refresherHeading")
            head.setWordWrap(True)
            body = QLabel(text)
            body.setObjectName("refresherText")
            body.setWordWrap(True)
            body.setTextFormat(Qt.TextFormat.PlainText)
            self.body.addSpacing(12)
            self.body.addWidget(head)
            self.body.addWidget(body)

    def reload(self) -> None:
        """Nothing stored to show: the page is the same for every team."""


class StepTabs(FittedTabs):
    """One team step: the pages it is made of, as tabs; only the shown tab is read."""

    def __init__(self, context: PageContext, kind: str) -> None:
        super().__init__()
        from ui.pages import page_for

        self.setAccessibleName("Parts of this step")
        self.setObjectName("stepTabs")
        for label, part in PARTS[kind]:
            page = page_for(part, context)
            self.addTab(page, label)
        self.currentChanged.connect(self._shown)

    def parts(self) -> list[Page]:
        return [part for i in range(self.count()) if isinstance(part := self.widget(i), Page)]

    def refresh(self) -> None:
        self._shown(self.currentIndex())

    def let_go(self) -> None:
        """Every part saves what is typed and stops following the history."""
        for part in self.parts():
            part.let_go()

    def event(self, event: QEvent) -> bool:
        """The parts are deleted with this widget, not one by one: tell them first."""
        if event.type() == QEvent.Type.DeferredDelete:
            self.let_go()
        return super().event(event)

    def _shown(self, index: int) -> None:
        page = self.widget(index)
        if isinstance(page, Page):
            page.refresh()


def make_page(context: PageContext, kind: str) -> QWidget:
    if kind == "refresher":
        return RefresherPage(context)
    return StepTabs(context, kind)
