"""How a workshop file's location is shown: the home folder as ``~``, the rest as it is."""

from __future__ import annotations

from pathlib import Path


def shown_location(location: str, home: Path | None = None) -> str:
    """``/home/ana/Documents/team.sqlite`` reads ``~/Documents/team.sqlite``; URLs as given."""
    if "://" in location:
        return location
    home = home or Path.home()
    try:
        return str(Path("~") / Path(location).resolve().relative_to(home.resolve()))
    except ValueError:
        return location
