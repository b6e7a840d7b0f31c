"""The OKR story: the objective told as a short story, to connect it with its why.

Who it is about, what they want, what stands in their way, how it ends, and what
could be counted along the way. When the objective grew from a post-it that a
retrospective note or a low-scoring key result prompted, that thread is shown too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from facilitation.engine.okrs import STORY_FIELDS, ObjectiveView
from facilitation.rules import RuleError
from ui.commands import Changes
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.pages.base import Page
from ui.pages.context import PageContext
from ui.pages.okr_commands import edit_story
from ui.vocabulary import verdict_label
from ui.widgets.fields import CommitTextEdit
from ui.widgets.okr_rows import ObjectiveChooser
from ui.widgets.parts import caption, label

KINDS = ("okr_story",)

PROMPTS = Words(
    "story",
    {
        "character": (
            QT_TRANSLATE_NOOP("story", "&Character"),
            QT_TRANSLATE_NOOP("story", "Who is this about? Someone our work touches."),
        ),
        "goal": (
            QT_TRANSLATE_NOOP("story", "&Goal"),
            QT_TRANSLATE_NOOP("story", "What do they want to do, or to have?"),
        ),
        "obstacle": (
            QT_TRANSLATE_NOOP("story", "O&bstacle"),
            QT_TRANSLATE_NOOP("story", "What stands in their way today?"),
        ),
        "resolution": (
            QT_TRANSLATE_NOOP("story", "&Resolution"),
            QT_TRANSLATE_NOOP("story", "How does the story end once we succeed?"),
        ),
        "metric_ideas": (
            QT_TRANSLATE_NOOP("story", "&Metric ideas"),
            QT_TRANSLATE_NOOP(
                "story", "What could we count that would show the story coming true?"
            ),
        ),
    },
)

RETRO_COLUMNS = Words(
    "story",
    {
        "went_well": QT_TRANSLATE_NOOP("story", "went well"),
        "went_badly": QT_TRANSLATE_NOOP("story", "didn't go well"),
        "learned": "learned",
        "start": "start",
        "stop": "stop",
        "continue": "continue",
    },
)


@dataclass(frozen=True)
class Thread:
    """Where an objective came from, in words for the room."""

    card: str
    prompted_by: str


def origin_thread(context: PageContext, objective: ObjectiveView) -> Thread | None:
    """The post-it an objective grew from and what prompted it; None when there is no thread."""
    engine = context.engine
    if objective.source_card_id is None:
        return None
    try:
        card = engine.boards.card(objective.source_card_id)
    except RuleError:
        return None
    if card.origin_retro_item_id is not None:
        for moment in ("opening", "closing"):
            for note in engine.boards.retro_items(moment):
                if note.id == card.origin_retro_item_id:
                    column = RETRO_COLUMNS.get(note.column, note.column)
                    return Thread(
                        card.text,
                        translate("story", "the retrospective note ({0}): “{1}”").format(
                            column, note.text
                        ),
                    )
    if card.origin_past_key_result_id is not None:
        for past in engine.scoring.past_objectives():
            for kr in past.key_results:
                if kr.id == card.origin_past_key_result_id:
                    scored = (
                        translate("story", "not scored")
                        if kr.score is None
                        else translate("story", "scored {0:.1f}").format(kr.score)
                        + (f", {verdict_label(kr.verdict).lower()}" if kr.verdict else "")
                    )
                    return Thread(
                        card.text,
                        translate("story", "last cycle's key result “{0}” ({1})").format(
                            kr.text, scored
                        ),
                    )
    return None


class StoryPage(Page):
    page_title = QT_TRANSLATE_NOOP("StoryPage", "OKR story: connect with the why")
    page_hint = QT_TRANSLATE_NOOP(
        "StoryPage",
        "Tell the objective as a short story. Fill in what helps; every box is optional.",
    )
    shows = Changes(okrs=True)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.objective_id: int | None = None
        self.chooser = ObjectiveChooser(self._objective_chosen)
        self.no_objective = label(
            self.tr("No objectives yet: this story is for the team as a whole."), "pageNote"
        )
        self.origin = QFrame()
        self.origin.setObjectName("originThread")
        self.origin_text = label("", "pageBody")
        self.origin_text.setAccessibleName(self.tr("Where this objective came from"))
        thread_layout = QVBoxLayout(self.origin)
        thread_layout.setContentsMargins(16, 4, 8, 4)
        thread_layout.addWidget(
            label(self.tr("Where this objective came from"), "sectionTitle", bold=True)
        )
        thread_layout.addWidget(self.origin_text)

        self.fields: dict[str, CommitTextEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(32)
        grid.setVerticalSpacing(6)
        places = {
            "character": (0, 0),
            "goal": (0, 1),
            "obstacle": (2, 0),
            "resolution": (2, 1),
            "metric_ideas": (4, 0),
        }
        for field in STORY_FIELDS:
            words, prompt = PROMPTS[field]
            edit = CommitTextEdit(
                words.replace("&", ""),
                self._saver(field),
                placeholder=prompt,
                lines=2,
            )
            self.fields[field] = edit
            row, column = places[field]
            span = 2 if field == "metric_ideas" else 1
            grid.addWidget(caption(words, edit), row, column, 1, span)
            grid.addWidget(edit, row + 1, column, 1, span)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.body.addWidget(self.chooser)
        self.body.addWidget(self.no_objective)
        self.body.addWidget(self.origin)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        self.refresh()

    def _saver(self, field: str) -> Callable[[str], bool]:
        return lambda value: self.run(edit_story(self.engine.okrs, self.objective_id, field, value))

    def reload(self) -> None:
        objectives = self.engine.okrs.objectives()
        self.chooser.set_objectives(objectives)
        self.chooser.setVisible(bool(objectives))
        self.no_objective.setVisible(not objectives)
        self._show(self.chooser.current())

    def _objective_chosen(self, _objective_id: int | None) -> None:
        self._show(self.chooser.current())

    def _show(self, objective: ObjectiveView | None) -> None:
        objective_id = objective.id if objective else None
        switched = objective_id != self.objective_id
        self.objective_id = objective_id
        story = self.engine.okrs.story(objective_id)
        for field, edit in self.fields.items():
            edit.set_value(getattr(story, field), force=switched)
        thread = origin_thread(self.context, objective) if objective else None
        self.origin.setVisible(thread is not None)
        if thread is not None:
            self.origin_text.setText(
                self.tr("The post-it “{0}”, prompted by {1}.").format(
                    thread.card, thread.prompted_by
                )
            )


def make_page(context: PageContext, kind: str) -> QWidget:
    return StoryPage(context)
