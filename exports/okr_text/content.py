"""What the wiki, tracker and spreadsheet files hold, read once from the snapshot.

The three formats print the same things: each objective in rank order with why it
matters and the objective it supports; its key results from baseline to target
with their unit, champion and measure; each key result's initiatives with owner and
MoSCoW priority; and the communications plan. Labels come in the export's language.
``write_okrs`` walks them in reading order for the wiki and the web page, which only
say each part in their own markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

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

    def cells(self) -> dict[str, str]:
        """Its row of the key-result table, by the keys of ``COLUMN_LABELS``, as typed."""
        kr = self.key_result
        return {
            "number": self.number,
            "key_result": kr.text,
            "baseline": plain_number(kr.baseline),
            "target": plain_number(kr.target),
            "unit": kr.unit,
            "champion": kr.champion,
        }


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
NUMBER_COLUMNS = frozenset({"number", "baseline", "target"})
"""Columns of figures: a format writes them as they are, and sets them as numbers."""


class OkrWriter(Protocol):
    """One format's way of writing the parts that ``write_okrs`` gives it, in order.

    Labels and notes come already in the export's language; values are user text as
    typed, for the format to make safe. A table's rows are by column key; the keys
    in ``NUMBER_COLUMNS`` hold figures.
    """

    def title(self, text: str) -> None: ...

    def labelled(self, label: str, value: str) -> None: ...

    def empty(self, note: str) -> None: ...

    def objective(self, heading: str, text: str) -> None: ...

    def end_objective(self) -> None: ...

    def table(self, header: Sequence[str], rows: Sequence[dict[str, str]]) -> None: ...

    def initiatives(self, heading: str, items: Sequence[tuple[str, str, str]]) -> None:
        """``items`` are (key result number, initiative, its priority and owner)."""

    def section(self, heading: str) -> None: ...

    def end_section(self) -> None: ...


def write_okrs(snapshot: WorkshopSnapshot, out: OkrWriter) -> None:
    """The OKR text in reading order, given part by part to ``out`` to write."""
    out.title(title(snapshot))
    if one_line(snapshot.mission):
        out.labelled(t("Mission"), snapshot.mission)
    if cycle_dates(snapshot):
        out.labelled(t("Cycle"), cycle_dates(snapshot))
    objectives = okr_set(snapshot)
    if not objectives:
        out.empty(t("No objectives have been written yet."))
    for numbered in objectives:
        objective = numbered.objective
        out.objective(t("Objective {number}", number=numbered.number), objective.text)
        if one_line(objective.why_it_matters):
            out.labelled(t("Why it matters"), objective.why_it_matters)
        if one_line(objective.parent_text):
            out.labelled(t("Supports"), objective.parent_text)
        if not numbered.key_results:
            out.empty(t("No key results yet."))
        else:
            header = [t(label) for label in COLUMN_LABELS.values()]
            out.table(header, [item.cells() for item in numbered.key_results])
        if numbered.initiatives:
            out.initiatives(
                t("Initiatives"),
                [(kr, i.text, initiative_line(i)) for kr, i in numbered.initiatives],
            )
        out.end_objective()
    comms = comms_plan(snapshot)
    if comms:
        out.section(t("Communications plan"))
        rows = [{field: getattr(item, field) for field in COMMS_LABELS} for item in comms]
        out.table([t(label) for label in COMMS_LABELS.values()], rows)
        out.end_section()
