"""Wording and number formats shared by the sheets."""

from __future__ import annotations

import resources
from exports.language import current_language, t
from workshop.snapshot import KeyResultSnapshot, WorkshopSnapshot

PRIORITY_LABELS: dict[str, str] = {
    key: label.lower() for key, label in resources.vocabulary()["priorities"].items()
}
PREFIX_UNITS = frozenset("$€£¥₹")
GERMAN_DIGITS = str.maketrans(",.", ".,")


def number(value: float, grouped: bool = True) -> str:
    """12.0 -> "12", 3.50 -> "3.5", 1200 -> "1,200"; in German "3,5" and "1.200".

    Without ``grouped``, no thousands separator: "1200", as a spreadsheet reads it.
    """
    group = "," if grouped else ""
    if float(value).is_integer():
        text = f"{int(value):{group}}"
    else:
        text = f"{value:{group}.2f}".rstrip("0").rstrip(".")
    return text.translate(GERMAN_DIGITS) if current_language() == "de" else text


def with_unit(value: float, unit: str) -> str:
    unit = unit.strip()
    if not unit:
        return number(value)
    if unit in PREFIX_UNITS:
        return f"{unit}{number(value)}"
    if unit.startswith("%"):
        return f"{number(value)}{unit}"
    return f"{number(value)} {unit}"


def measure(kr: KeyResultSnapshot) -> str:
    """ "from 12% to 5%", "to 5%", or "" when the numbers are not set."""
    if kr.target is None:
        return ""
    target = with_unit(kr.target, kr.unit)
    if kr.baseline is None:
        return f"to {target}"
    return f"from {with_unit(kr.baseline, kr.unit)} to {target}"


def score(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def priority(value: str) -> str:
    """ "must have" for "must"; a priority the app does not know, as it was typed."""
    label = PRIORITY_LABELS.get(value.strip().lower())
    return value if label is None else t(label)


def key_result_details(kr: KeyResultSnapshot, shown: str = "", champion: bool = True) -> str:
    """The line under a key result: its numbers (unless ``shown`` says them already),
    its champion (unless a column shows it) and the room's verdicts."""
    parts = []
    if measure(kr) and measure(kr) not in shown:
        parts.append(measure(kr))
    if kr.champion and champion:
        parts.append(f"champion: {kr.champion}")
    verdicts = [v for v in (kr.outcome_or_output, kr.leading_or_lagging) if v]
    if verdicts:
        parts.append(", ".join(verdicts))
    return " · ".join(parts)


def key_result_thresholds(kr: KeyResultSnapshot) -> str:
    """ "Success: … · partial: … · no impact: … · negative: …", for the set ones."""
    parts = [
        (label, value.strip())
        for label, value in (
            ("Success", kr.success_threshold),
            ("partial", kr.partial_threshold),
            ("no impact", kr.no_impact_threshold),
            ("negative", kr.negative_threshold),
        )
        if value.strip()
    ]
    return " · ".join(f"{label}: {value}" for label, value in parts)


def team_and_cycle(snapshot: WorkshopSnapshot) -> list[tuple[str, str]]:
    return [("Team", snapshot.team), ("Cycle", snapshot.cycle_label)]


def file_name(snapshot: WorkshopSnapshot, title: str, *rest: str) -> str:
    """ "Team - Title - rest", with "(blank)" on blank templates."""
    parts = [p for p in (snapshot.team.strip(), title, *rest) if p]
    name = " - ".join(parts)
    return f"{name} (blank)" if snapshot.blank else name


def footer(snapshot: WorkshopSnapshot, title: str) -> str:
    parts = [p for p in (snapshot.team.strip(), snapshot.cycle_label.strip(), title) if p]
    return " · ".join(parts)
