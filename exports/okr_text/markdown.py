"""The OKRs as Markdown, for Confluence, Notion or a Git wiki.

User text is escaped so that it reads as typed: a pipe never splits a table cell,
brackets never make a link, a leading ``#`` or ``-`` never makes a heading or a
list, and ``<b>`` shows as those three characters, not as bold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from exports.okr_text.content import NUMBER_COLUMNS, one_line, write_okrs
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


class _Markdown:
    """The parts of the OKR text as Markdown lines, each block followed by a blank line."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def title(self, text: str) -> None:
        self.lines += [f"# {escaped(text)}", ""]

    def labelled(self, label: str, value: str) -> None:
        self.lines += [f"**{label}:** {escaped(value)}", ""]

    def empty(self, note: str) -> None:
        self.lines += [note, ""]

    def objective(self, heading: str, text: str) -> None:
        self.lines += [f"## {heading}: {escaped(text)}", ""]

    def end_objective(self) -> None:
        pass

    def table(self, header: Sequence[str], rows: Sequence[dict[str, str]]) -> None:
        cells = [
            [value if key in NUMBER_COLUMNS else escaped(value) for key, value in row.items()]
            for row in rows
        ]
        self.lines += [*table(header, cells), ""]

    def initiatives(self, heading: str, items: Sequence[tuple[str, str, str]]) -> None:
        self.lines += [f"### {heading}", ""]
        for kr_number, text, details in items:
            after = f" ({escaped(details)})" if details else ""
            self.lines.append(f"- **{kr_number}** {escaped(text)}{after}")
        self.lines.append("")

    def section(self, heading: str) -> None:
        self.lines += [f"## {heading}", ""]

    def end_section(self) -> None:
        pass


def okr_markdown(snapshot: WorkshopSnapshot) -> str:
    markdown = _Markdown()
    write_okrs(snapshot, markdown)
    return "\n".join(markdown.lines)
