"""The OKRs as one standalone HTML page: readable on screen, clean on paper.

Everything is in the one file: the style is inline, there is no script and no
link to anything outside, and a content security policy says so to the browser.
Every piece of user text goes through ``html.escape``; ``dir="auto"`` lets Arabic
or Hebrew text run right to left in its own cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from exports.language import current_language
from exports.okr_text.content import NUMBER_COLUMNS, clean, title, write_okrs
from workshop.snapshot import WorkshopSnapshot

STYLE = """
:root { color-scheme: light; }
body { font: 16px/1.45 "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif;
  color: #1d2433; background: #fff; max-width: 62rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; margin: 0 0 .4rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .5rem; padding-bottom: .25rem;
  border-bottom: 3px solid #2f5d9e; color: #173a6b; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
p { margin: .3rem 0; }
.label { font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 .8rem; }
th, td { border: 1px solid #b8c2d3; padding: .35rem .5rem; text-align: start;
  vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8eef8; }
td.number { white-space: nowrap; text-align: end; }
ul { margin: .3rem 0 .8rem; padding-inline-start: 1.4rem; }
.empty { color: #5b6578; font-style: italic; }
section { break-inside: avoid-page; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid-page; }
  tr { break-inside: avoid; }
}
"""
# No script, no outside file, no form: only the inline style may apply.
POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'"


def text(value: str) -> str:
    """User text for an element: escaped, its line breaks kept."""
    return "<br>".join(escape(line) for line in clean(value).split("\n"))


def labelled(label: str, value: str) -> str:
    return (
        f'<p><span class="label">{escape(label)}:</span> <span dir="auto">{text(value)}</span></p>'
    )


def table(header: Sequence[str], rows: Sequence[Sequence[tuple[str, str]]]) -> list[str]:
    """``rows`` of (html, class) cells; the html is already escaped."""
    lines = ["<table>", "<thead><tr>"]
    lines += [f'<th scope="col">{escape(label)}</th>' for label in header]
    lines += ["</tr></thead>", "<tbody>"]
    for row in rows:
        cells = "".join(
            f'<td class="{css}">{html}</td>' if css else f'<td dir="auto">{html}</td>'
            for html, css in row
        )
        lines.append(f"<tr>{cells}</tr>")
    lines += ["</tbody>", "</table>"]
    return lines


class _Page:
    """The parts of the OKR text as the lines of the page's body."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def title(self, wording: str) -> None:
        self.lines.append(f'<h1 dir="auto">{escape(wording)}</h1>')

    def labelled(self, label: str, value: str) -> None:
        self.lines.append(labelled(label, value))

    def empty(self, note: str) -> None:
        self.lines.append(f'<p class="empty">{escape(note)}</p>')

    def objective(self, heading: str, wording: str) -> None:
        self.lines += ["<section>", f'<h2 dir="auto">{escape(heading)}: {text(wording)}</h2>']

    def end_objective(self) -> None:
        self.lines.append("</section>")

    def table(self, header: Sequence[str], rows: Sequence[dict[str, str]]) -> None:
        cells = [
            [
                (escape(value), "number") if key in NUMBER_COLUMNS else (text(value), "")
                for key, value in row.items()
            ]
            for row in rows
        ]
        self.lines += table(header, cells)

    def initiatives(self, heading: str, items: Sequence[tuple[str, str, str]]) -> None:
        self.lines += [f"<h3>{escape(heading)}</h3>", "<ul>"]
        for kr_number, initiative, details in items:
            after = f" ({text(details)})" if details else ""
            number = f"<strong>{escape(kr_number)}</strong>"
            self.lines.append(f'<li dir="auto">{number} {text(initiative)}{after}</li>')
        self.lines.append("</ul>")

    def section(self, heading: str) -> None:
        self.lines += ["<section>", f"<h2>{escape(heading)}</h2>"]

    def end_section(self) -> None:
        self.lines.append("</section>")


def okr_html(snapshot: WorkshopSnapshot) -> str:
    body = _Page()
    write_okrs(snapshot, body)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{current_language()}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title(snapshot))}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            *body.lines,
            "</body>",
            "</html>",
            "",
        ]
    )
