"""What the wiki, tracker and spreadsheet files hold, read once from the snapshot.

The three formats print the same things: each objective in rank order with why it
matters and the objective it supports; its key results from baseline to target
with their unit, champion and measure; each key result's initiatives with owner and
MoSCoW priority; and the communications plan. Labels come in the export's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from exports.language import t
from exports.sheets.common import number, priority
from workshop.snapshot import (
    CommsItemSnapshot,
    InitiativeSnapshot,
    KeyResultSnapshot,
    ObjectiveSnapshot,
    WorkshopSnapshot,
)

# Control characters no wiki, spreadsheet or browser shows (tab and newline are kept).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """User text without control characters, with Windows and old Mac line ends as \\n."""
    return CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def one_line(text: str) -> str:
    """User text on one line: every run of spaces, tabs and line breaks as one space."""
    return " ".join(clean(text).split())


@dataclass(frozen=True)
class NumberedKeyResult:
    number: str
    """ "2.1": the objective's number, then the key result's."""
    key_result: KeyResultSnapshot


@dataclass(frozen=True)
class NumberedObjective:
    number: int
    objective: ObjectiveSnapshot
    key_results: tuple[NumberedKeyResult, ...]

    @property
    def initiatives(self) -> list[tuple[str, InitiativeSnapshot]]:
        """Every initiative with text, after the number of its key result."""
        return [
            (item.number, initiative)
            for item in self.key_results
            for initiative in item.key_result.initiatives
            if one_line(initiative.text)
        ]


def okr_set(snapshot: WorkshopSnapshot) -> tuple[NumberedObjective, ...]:
    """The objectives in rank order, each with the key results the room kept.

    Objectives and key results with no text yet are left out.
    """
    written = [o for o in snapshot.ranked_objectives if o.text.strip()]
    return tuple(
        NumberedObjective(
            number=index,
            objective=objective,
            key_results=tuple(
                NumberedKeyResult(f"{index}.{kr_index}", kr)
                for kr_index, kr in enumerate(
                    (kr for kr in objective.final_key_results if kr.text.strip()), 1
                )
            ),
        )
        for index, objective in enumerate(written, 1)
    )


def comms_plan(snapshot: WorkshopSnapshot) -> tuple[CommsItemSnapshot, ...]:
    return tuple(
        item
        for item in snapshot.comms
        if any(one_line(v) for v in (item.audience, item.message, item.channel, item.when))
    )


def title(snapshot: WorkshopSnapshot) -> str:
    """ "OKRs: Field Support, Q1 2027"."""
    named = ", ".join(p for p in (one_line(snapshot.team), one_line(snapshot.cycle_label)) if p)
    return t("OKRs: {name}", name=named) if named else t("OKRs")


def cycle_dates(snapshot: WorkshopSnapshot) -> str:
    start, end = snapshot.cycle_start, snapshot.cycle_end
    if start and end:
        return f"{start.isoformat()} – {end.isoformat()}"
    either = start or end
    return either.isoformat() if either else ""


def plain_number(value: float | None) -> str:
    """A baseline or target as typed figures: "12", "3.5" (or "3,5" in German), no grouping."""
    return "" if value is None else number(value, grouped=False)


def initiative_line(initiative: InitiativeSnapshot) -> str:
    """ "Must have, owner: Ana" (what is set of the two)."""
    parts = []
    if initiative.priority.strip():
        parts.append(priority_label(initiative.priority))
    if one_line(initiative.owner):
        parts.append(t("owner: {name}", name=one_line(initiative.owner)))
    return ", ".join(parts)


def priority_label(key: str) -> str:
    """ "Must have" for "must": the MoSCoW label, capitalised as a column shows it."""
    label = t(priority(key))
    return label[:1].upper() + label[1:]


COLUMN_LABELS = {
    "number": "No.",
    "key_result": "Key result",
    "baseline": "From",
    "target": "To",
    "unit": "Unit",
    "champion": "Champion",
}
COMMS_LABELS = {
    "audience": "Audience",
    "message": "Message",
    "channel": "Channel",
    "when": "When",
    "owner": "Owner",
}
