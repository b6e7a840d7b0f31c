"""The OKRs as one standalone HTML page: readable on screen, clean on paper.

Everything is in the one file: the style is inline, there is no script and no
link to anything outside, and a content security policy says so to the browser.
Every piece of user text goes through ``html.escape``; ``dir="auto"`` lets Arabic
or Hebrew text run right to left in its own cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from exports.language import current_language, t
from exports.okr_text.content import (
    COLUMN_LABELS,
    COMMS_LABELS,
    clean,
    comms_plan,
    cycle_dates,
    initiative_line,
    okr_set,
    one_line,
    plain_number,
    title,
)
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


def okr_html(snapshot: WorkshopSnapshot) -> str:
    heading = title(snapshot)
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{current_language()}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(heading)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="auto">{escape(heading)}</h1>',
    ]
    if one_line(snapshot.mission):
        lines.append(labelled(t("Mission"), snapshot.mission))
    if cycle_dates(snapshot):
        lines.append(labelled(t("Cycle"), cycle_dates(snapshot)))
    objectives = okr_set(snapshot)
    if not objectives:
        lines.append(f'<p class="empty">{escape(t("No objectives have been written yet."))}</p>')
    for numbered in objectives:
        objective = numbered.objective
        number = escape(t("Objective {number}", number=numbered.number))
        lines += ["<section>", f'<h2 dir="auto">{number}: {text(objective.text)}</h2>']
        if one_line(objective.why_it_matters):
            lines.append(labelled(t("Why it matters"), objective.why_it_matters))
        if one_line(objective.parent_text):
            lines.append(labelled(t("Supports"), objective.parent_text))
        if not numbered.key_results:
            lines += [f'<p class="empty">{escape(t("No key results yet."))}</p>', "</section>"]
            continue
        rows = [
            [
                (escape(item.number), "number"),
                (text(item.key_result.text), ""),
                (escape(plain_number(item.key_result.baseline)), "number"),
                (escape(plain_number(item.key_result.target)), "number"),
                (text(item.key_result.unit), ""),
                (text(item.key_result.champion), ""),
            ]
            for item in numbered.key_results
        ]
        lines += table([t(label) for label in COLUMN_LABELS.values()], rows)
        initiatives = numbered.initiatives
        if initiatives:
            lines += [f"<h3>{escape(t('Initiatives'))}</h3>", "<ul>"]
            for kr_number, initiative in initiatives:
                details = initiative_line(initiative)
                after = f" ({text(details)})" if details else ""
                lines.append(
                    f'<li dir="auto"><strong>{escape(kr_number)}</strong> '
                    f"{text(initiative.text)}{after}</li>"
                )
            lines.append("</ul>")
        lines.append("</section>")
    comms = comms_plan(snapshot)
    if comms:
        lines += ["<section>", f"<h2>{escape(t('Communications plan'))}</h2>"]
        rows = [[(text(getattr(item, field)), "") for field in COMMS_LABELS] for item in comms]
        lines += [*table([t(label) for label in COMMS_LABELS.values()], rows), "</section>"]
    lines += ["</body>", "</html>", ""]
    return "\n".join(lines)
