"""The short team workshop's steps, each made of the executive workshop's pages.

A team runs in 1 to 1.5 hours what the executive day spreads over many steps, so
each of its steps shows the pages it needs as tabs: choosing objectives is the
post-its, the vote and the draft; choosing key results is the measures, the
quality check, the vote and the refining; and so on. The refresher is a page of
its own: the elements of a good OKR, large enough for the room.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import QT_TRANSLATE_NOOP, Rows, Words
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.reflow import FittedTabs

KINDS = ("refresher", "choose_objectives", "choose_key_results", "ambition_check", "next_steps")

PARTS: Mapping[str, tuple[tuple[str, str], ...]] = Words(
    "team",
    {
        "choose_objectives": (
            (QT_TRANSLATE_NOOP("team", "Post-its"), "objective_postits"),
            (QT_TRANSLATE_NOOP("team", "Vote and rank"), "objective_vote"),
            (QT_TRANSLATE_NOOP("team", "Draft"), "draft_objective"),
        ),
        "choose_key_results": (
            (QT_TRANSLATE_NOOP("team", "Measures"), "write_measures"),
            (QT_TRANSLATE_NOOP("team", "Quality check"), "quality_check"),
            (QT_TRANSLATE_NOOP("team", "Vote and pick"), "kr_vote"),
            (QT_TRANSLATE_NOOP("team", "Refine"), "refine"),
        ),
        "ambition_check": (
            (QT_TRANSLATE_NOOP("team", "Ambition and thresholds"), "refine"),
            (QT_TRANSLATE_NOOP("team", "Criteria"), "quality_check"),
        ),
        "next_steps": (
            (QT_TRANSLATE_NOOP("team", "Champions"), "champions"),
            (QT_TRANSLATE_NOOP("team", "Initiatives"), "initiatives"),
            (QT_TRANSLATE_NOOP("team", "Communications"), "comms_plan"),
            (QT_TRANSLATE_NOOP("team", "Worksheet"), "worksheet"),
        ),
    },
)

REFRESHER = Rows(
    "team",
    (
        (
            QT_TRANSLATE_NOOP("team", "An objective says where we want to be"),
            QT_TRANSLATE_NOOP(
                "team",
                "In words, with no number: inspiring, a change rather than business as "
                "usual, reachable this cycle, and something the team can steer.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("team", "A key result shows we are getting there"),
            QT_TRANSLATE_NOOP(
                "team",
                "A number that moves from where it is today to where we want it: “from "
                "40% to 65%”. No number, no key result. Three to five for each "
                "objective.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("team", "Outcomes, not tasks"),
            QT_TRANSLATE_NOOP(
                "team",
                "“Launch the new onboarding” is work to do: an initiative. What "
                "changes for people when it works is the key result.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("team", "Leading beats lagging"),
            QT_TRANSLATE_NOOP(
                "team",
                "Prefer measures that move during the cycle and tell us early whether "
                "we are on track.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("team", "0.7 is a good score"),
            QT_TRANSLATE_NOOP(
                "team",
                "Ambitious key results are rarely met in full. Landing around 0.7 "
                "means we aimed high and got far.",
            ),
        ),
    ),
)


class RefresherPage(Page):
    """The elements of an outcome-driven OKR, for the room to read together."""

    page_title = QT_TRANSLATE_NOOP("RefresherPage", "OKR refresher")

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
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

        self.setAccessibleName(self.tr("Parts of this step"))
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
