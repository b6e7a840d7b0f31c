"""The OKR story exercise: the people an objective serves, told as a story, one per page."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from exports.language import t
from exports.renderer import Document, Renderer
from exports.sheets.common import one_file, score
from exports.sheets.labels import retro_place
from workshop.snapshot import Origin, StorySnapshot, WorkshopSnapshot

TITLE = "OKR story"
TAGLINE = "Connect the objective with the people it is for."
PARTS = (
    ("character", "Character", "Who do we want to benefit this cycle? What is their day like now?"),
    ("goal", "Goal", "What are they trying to achieve? What matters most to them?"),
    ("obstacle", "Obstacle", "What gets in their way today?"),
    (
        "resolution",
        "Resolution",
        "What changes when they succeed? What can they do better than before?",
    ),
    (
        "metric_ideas",
        "Metric ideas",
        "Which numbers would tell us early that we are on the way?",
    ),
)
PART_HEADING = 36.0
MIN_PART_ROOM = 48.0
GAP = 6.0


def story_sheet(snapshot: WorkshopSnapshot, r: Renderer) -> list[Document]:
    stories = snapshot.stories or (StorySnapshot(),)
    if snapshot.blank:
        stories = stories[:1]
    content: list[Flowable] = []
    for index, story in enumerate(stories):
        if index:
            content.append(PageBreak())
        header = r.header(
            t(TITLE),
            t(TAGLINE),
            [(t("Team"), snapshot.team), (t("Objective"), story.objective_text)],
        )
        content += header
        used = r.height - r.room_left(header)
        if story.origin is not None and story.origin.has_thread:
            origin = thread(r, story.origin)
            used += origin.wrap(r.width, r.height)[1] + GAP
            content += [origin, Spacer(1, GAP)]
        # The five parts share what is left of the page, so a story fills one page.
        room = max(MIN_PART_ROOM, (r.height - used) / len(PARTS) - PART_HEADING - GAP)
        for field, label, question in PARTS:
            content.append(r.boxes([(t(label), t(question), getattr(story, field))], room))
            content.append(Spacer(1, GAP))
    return one_file(snapshot, TITLE, content)


def thread(r: Renderer, origin: Origin) -> Flowable:
    """Where the objective came from: a retrospective item, a low score, its post-it."""
    steps: list[Flowable] = []
    if origin.retro_text:
        where = retro_place(origin.retro_board, origin.retro_column)
        steps.append(r.rich([(f"{where}: ", "b"), (origin.retro_text, "")]))
    if origin.past_key_result_text:
        scored = score(origin.past_key_result_score)
        after = t(" (scored {score})", score=scored) if scored else ""
        steps.append(
            r.rich(
                [(t("Last cycle's key result: "), "b"), (origin.past_key_result_text + after, "")]
            )
        )
    steps.append(r.rich([(t("→ Post-it: "), "b"), (origin.card_text, "")]))
    return r.boxes([(t("Where this story comes from"), "", steps)], 0)
