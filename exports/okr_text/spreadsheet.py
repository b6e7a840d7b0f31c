"""The OKRs as CSV, one row per key result, for Jira's CSV import or a spreadsheet.

The column names are fixed words a tracker's import can be mapped to once, in
every language. The file starts with a byte order mark, so Excel reads umlauts
and accents as UTF-8. English files use commas and decimal points; German ones
the semicolons and decimal commas a German spreadsheet expects. A text cell that
starts with ``= + - @`` (or a tab or carriage return) gets an apostrophe in front,
so a spreadsheet shows it instead of running it as a formula.
"""

from __future__ import annotations

import csv
import io

from exports.language import current_language
from exports.okr_text.content import (
    NUMBER_COLUMNS,
    clean,
    initiative_line,
    okr_set,
    one_line,
)
from workshop.snapshot import WorkshopSnapshot

COLUMNS = (
    "team",
    "cycle",
    "objective_number",
    "objective",
    "why_it_matters",
    "number",
    "key_result",
    "baseline",
    "target",
    "unit",
    "champion",
    "how_to_measure",
    "data_source",
    "initiatives",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """User text as a cell a spreadsheet shows and never calculates."""
    text = clean(text)
    return "'" + text if text.startswith(FORMULA_START) else text


def delimiter() -> str:
    return ";" if current_language() == "de" else ","


def okr_rows(snapshot: WorkshopSnapshot) -> list[dict[str, str]]:
    """One row per key result; an objective with none yet has one row of its own."""
    rows = []
    for numbered in okr_set(snapshot):
        objective = numbered.objective
        shared = {
            "team": cell(snapshot.team),
            "cycle": cell(snapshot.cycle_label),
            "objective_number": str(numbered.number),
            "objective": cell(objective.text),
            "why_it_matters": cell(objective.why_it_matters),
        }
        if not numbered.key_results:
            rows.append({**shared, **dict.fromkeys(COLUMNS[5:], "")})
        for item in numbered.key_results:
            kr = item.key_result
            initiatives = "; ".join(
                one_line(i.text) + (f" ({initiative_line(i)})" if initiative_line(i) else "")
                for i in kr.initiatives
                if one_line(i.text)
            )
            rows.append(
                {
                    **shared,
                    **{
                        key: value if key in NUMBER_COLUMNS else cell(value)
                        for key, value in item.cells().items()
                    },
                    "how_to_measure": cell(kr.how_to_measure),
                    "data_source": cell(kr.data_source),
                    "initiatives": cell(initiatives),
                }
            )
    return rows


def okr_csv(snapshot: WorkshopSnapshot) -> str:
    """The CSV text, without its byte order mark (``okr_file`` adds it)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=delimiter())
    writer.writeheader()
    writer.writerows(okr_rows(snapshot))
    return buffer.getvalue()
