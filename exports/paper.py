"""Paper sizes and the default for where the user is."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm


@dataclass(frozen=True)
class Paper:
    name: str
    label: str
    size: tuple[float, float]
    # Every side: wider than the strip any office printer cannot reach.
    margin: float = 15 * mm


PAPERS = {
    "a4": Paper("a4", "A4", A4),
    "letter": Paper("letter", "US Letter", LETTER),
}

# Where US Letter is the usual paper (ISO 3166 codes); everywhere else uses A4.
LETTER_REGIONS = frozenset(
    {"US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "BZ"}
)


def paper_named(name: str) -> Paper:
    """The paper called ``name`` ("a4" or "letter", any case)."""
    try:
        return PAPERS[name.strip().lower()]
    except KeyError:
        raise ValueError(f'"{name}" is not a paper size: use a4 or letter.') from None


def paper_for_region(region: str) -> Paper:
    """Letter in the Americas that use it, A4 everywhere else."""
    return PAPERS["letter" if region.upper() in LETTER_REGIONS else "a4"]


def region_of(locale_name: str) -> str:
    """The region of a locale name: "en_US.UTF-8" and "en-US" give "US"."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_")
    _, _, region = base.partition("_")
    return region


def default_paper() -> Paper:
    """The paper of the user's locale (LC_PAPER first), A4 when it says nothing."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return paper_for_region(region_of(value))
    current = locale.getlocale()[0] or ""
    return paper_for_region(region_of(current))
