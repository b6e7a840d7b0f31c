"""The OKRs as Markdown, for Confluence, Notion or a Git wiki.

User text is escaped so that it reads as typed: a pipe never splits a table cell,
brackets never make a link, a leading ``#`` or ``-`` never makes a heading or a
list, and ``<b>`` shows as those three characters, not as bold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exports.language import t
from exports.okr_text.content import (
    COLUMN_LABELS,
    COMMS_LABELS,
    comms_plan,
    cycle_dates,
    initiative_line,
    okr_set,
    one_line,
    plain_number,
    title,
)
from workshop.snapshot import WorkshopSnapshot

# Characters that mean something anywhere in a line of CommonMark or GitHub's tables.
INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#$])")
# What means something at the start of a line: a list, a quote, a numbered item.
LINE_START = re.compile(r"^([-+=>]|\d+[.)])")


def escaped(text: str) -> str:
    """User text as Markdown that shows exactly these characters, on one line."""
    text = INLINE_SPECIAL.sub(r"\\\1", one_line(text))
    return LINE_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], text)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A GitHub-flavoured table; ``rows`` are already escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines


def okr_markdown(snapshot: WorkshopSnapshot) -> str:
    lines = [f"# {escaped(title(snapshot))}", ""]
    if one_line(snapshot.mission):
        lines += [f"**{t('Mission')}:** {escaped(snapshot.mission)}", ""]
    if cycle_dates(snapshot):
        lines += [f"**{t('Cycle')}:** {cycle_dates(snapshot)}", ""]
    objectives = okr_set(snapshot)
    if not objectives:
        lines += [t("No objectives have been written yet."), ""]
    for numbered in objectives:
        objective = numbered.objective
        heading = t("Objective {number}", number=numbered.number)
        lines += [f"## {heading}: {escaped(objective.text)}", ""]
        if one_line(objective.why_it_matters):
            lines += [f"**{t('Why it matters')}:** {escaped(objective.why_it_matters)}", ""]
        if one_line(objective.parent_text):
            lines += [f"**{t('Supports')}:** {escaped(objective.parent_text)}", ""]
        if not numbered.key_results:
            lines += [t("No key results yet."), ""]
            continue
        rows = [
            [
                item.number,
                escaped(item.key_result.text),
                plain_number(item.key_result.baseline),
                plain_number(item.key_result.target),
                escaped(item.key_result.unit),
                escaped(item.key_result.champion),
            ]
            for item in numbered.key_results
        ]
        lines += [*table([t(label) for label in COLUMN_LABELS.values()], rows), ""]
        initiatives = numbered.initiatives
        if initiatives:
            lines += [f"### {t('Initiatives')}", ""]
            for kr_number, initiative in initiatives:
                details = initiative_line(initiative)
                after = f" ({escaped(details)})" if details else ""
                lines.append(f"- **{kr_number}** {escaped(initiative.text)}{after}")
            lines.append("")
    comms = comms_plan(snapshot)
    if comms:
        lines += [f"## {t('Communications plan')}", ""]
        rows = [[escaped(getattr(item, field)) for field in COMMS_LABELS] for item in comms]
        lines += [*table([t(label) for label in COMMS_LABELS.values()], rows), ""]
    return "\n".join(lines)
