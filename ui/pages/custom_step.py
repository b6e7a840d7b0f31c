"""The page of a step the facilitator added themselves: its title, minutes and how to run it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.pages.base import Page
from ui.pages.context import PageContext

WHAT_THE_ROOM_DOES = Words(
    "custom_step",
    {
        "refresher": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "A short reminder of what makes a good OKR: an objective says where "
                "the team wants to be, and each key result is a number that shows the "
                "team is getting there.",
            )
        ),
        "choose_objectives": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Everyone proposes objectives, the room discusses them, then ranks "
                "them and keeps the few that matter most this cycle.",
            )
        ),
        "choose_key_results": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "For each chosen objective, the room proposes ways to measure "
                "progress, then ranks them and keeps three to five key results.",
            )
        ),
        "ambition_check": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "The room asks whether these OKRs stretch the team: would reaching "
                "them feel like a real step forward, not business as usual?",
            )
        ),
        "next_steps": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Agree who does what next: owners, the first actions, when the team "
                "checks in, and how the OKRs are shared.",
            )
        ),
        "score_last_cycle": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Each key result of the last cycle gets its score, and the room talks "
                "about what the scores say.",
            )
        ),
        "retrospective": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "What helped, what got in the way, what to change: the lessons the "
                "team carries into this cycle.",
            )
        ),
        "objective_postits": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Each person writes, one per post-it, what success would look like for "
                "the team this cycle, worded as an objective.",
            )
        ),
        "objective_vote": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Everyone places three dots on the objectives they favour; the most "
                "voted objective goes forward.",
            )
        ),
        "draft_objective": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "The room turns the chosen idea into one clear, inspiring objective "
                "and notes why it matters.",
            )
        ),
        "okr_story": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Optional: tell the objective as a short story (who, what they want, "
                "what stands in the way, how it ends) to connect it with its why.",
            )
        ),
        "write_measures": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Everyone writes measures that would show the team is making progress "
                "towards the objective.",
            )
        ),
        "quality_check": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Each measure is checked and rewritten: hands up for outcome or "
                "output, and for leading or lagging.",
            )
        ),
        "kr_vote": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "The room votes on the measures with the greatest impact and keeps "
                "three to five of them as key results.",
            )
        ),
        "refine": QT_TRANSLATE_NOOP(
            "custom_step", "The room polishes the wording, baselines and targets of the OKR."
        ),
        "champions": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Each key result gets a champion who keeps it in view and brings it to every "
                "check-in.",
            )
        ),
        "initiatives": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "For each key result, the room lists the projects and actions that "
                "should move it, and sets their priority.",
            )
        ),
        "comms_plan": QT_TRANSLATE_NOOP(
            "custom_step", "Plan who hears about these OKRs, how, and when."
        ),
        "close_retro": (
            QT_TRANSLATE_NOOP(
                "custom_step",
                "Close the day: what was decided, what comes next, and a short look "
                "back on how the workshop went.",
            )
        ),
    },
)

CUSTOM_STEP = QT_TRANSLATE_NOOP("custom_step", "A step the facilitator added to the agenda.")


def what_the_room_does(kind: str) -> str:
    return WHAT_THE_ROOM_DOES.get(kind, translate("custom_step", CUSTOM_STEP))


class CustomStepPage(Page):
    """A step of the facilitator's own: its title, its planned minutes, and how the room runs it.

    It has no screen of its own: the room works on a whiteboard or on paper, with the
    timer above.
    """

    shows = Changes(agenda=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.title = self.title_label
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.minutes = self.hint_label
        self.minutes.show()
        self.purpose = QLabel()
        self.purpose.setObjectName("pageBody")
        self.purpose.setWordWrap(True)
        self.purpose.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.note = QLabel(
            self.tr(
                "A step of the facilitator's own: run it on a whiteboard or on paper, "
                "with the timer above."
            )
        )
        self.note.setObjectName("pageNote")
        self.note.setWordWrap(True)
        self.body.addWidget(self.purpose)
        self.body.addWidget(self.note)
        self.refresh()

    def reload(self) -> None:
        step = self.context.engine.agenda.current_step()
        if step is None:
            self.title.setText(self.tr("No step"))
            self.minutes.setText("")
            self.purpose.setText(self.tr("Add a step to the agenda to begin."))
            return
        planned = round(step.planned_seconds / 60)
        added = round(step.added_seconds / 60)
        extra = self.tr(", {0} min added").format(added) if added else ""
        optional = self.tr(" · optional") if step.optional else ""
        self.title.setText(step.title)
        self.minutes.setText(self.tr("{0} min planned{1}{2}").format(planned, extra, optional))
        self.purpose.setText(what_the_room_does(step.kind))
        self.setAccessibleName(self.tr("Step page: {0}").format(step.title))
