"""Wording and number formats shared by the sheets."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

import resources
from exports.language import current_language, decimal, t
from exports.renderer import Document
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
        return t("to {target}", target=target)
    return t("from {baseline} to {target}", baseline=with_unit(kr.baseline, kr.unit), target=target)


def score(value: float | None) -> str:
    return "" if value is None else decimal(f"{value:g}")


def fixed(value: float, places: int) -> str:
    """ "0.70" (or "0,70"): a score with ``places`` decimals."""
    return decimal(f"{value:.{places}f}")


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def short_date(day: dt.date) -> str:
    """ "4 Jan 2027", or "4. Jan. 2027" in German."""
    return t("{day} {month} {year}", day=day.day, month=t(MONTHS[day.month - 1]), year=day.year)


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
        parts.append(t("champion: {name}", name=kr.champion))
    verdicts = [t(v) for v in (kr.outcome_or_output, kr.leading_or_lagging) if v]
    if verdicts:
        parts.append(", ".join(verdicts))
    return " · ".join(parts)


def key_result_thresholds(kr: KeyResultSnapshot) -> str:
    """ "Success: … · partial: … · no impact: … · negative: …", for the set ones."""
    parts = [
        (label, value.strip())
        for label, value in (
            (t("Success"), kr.success_threshold),
            (t("partial"), kr.partial_threshold),
            (t("no impact"), kr.no_impact_threshold),
            (t("negative"), kr.negative_threshold),
        )
        if value.strip()
    ]
    return " · ".join(f"{label}: {value}" for label, value in parts)


def votes(count: int) -> str:
    """ "1 vote", "3 votes"."""
    return t("1 vote") if count == 1 else t("{count} votes", count=count)


def objective_title(number: int, text: str) -> str:
    """ "Objective 2: Customers never wait", or "Objective 2:" with room to write it."""
    heading = t("Objective {number}", number=number)
    return f"{heading}: {text}" if text else f"{heading}:"


def team_and_cycle(snapshot: WorkshopSnapshot) -> list[tuple[str, str]]:
    return [(t("Team"), snapshot.team), (t("Cycle"), snapshot.cycle_label)]


def file_name(snapshot: WorkshopSnapshot, title: str, *rest: str) -> str:
    """ "Team - Title - rest", with "(blank)" on blank templates; ``title`` in English."""
    parts = [p for p in (snapshot.team.strip(), t(title), *rest) if p]
    name = " - ".join(parts)
    return t("{name} (blank)", name=name) if snapshot.blank else name


def one_file(
    snapshot: WorkshopSnapshot,
    title: str,
    story: list[Flowable],
    file_title: str = "",
    continued: str = "",
) -> list[Document]:
    """A sheet printed as one file, named after ``file_title`` (else ``title``, in English)."""
    return [
        Document(
            name=file_name(snapshot, file_title or title),
            title=t(title),
            footer=footer(snapshot, title),
            story=story,
            continued=continued,
        )
    ]


def footer(snapshot: WorkshopSnapshot, title: str) -> str:
    """ "Team · Cycle · Title"; ``title`` in English."""
    parts = [p for p in (snapshot.team.strip(), snapshot.cycle_label.strip(), t(title)) if p]
    return " · ".join(parts)
