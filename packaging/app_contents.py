"""What the built app carries of ours, beside the code PyInstaller finds by itself.

The spec (``okr-workshop.spec``) reads these lists; a test reads them too, so a new
folder of resources, a new migration or a new page loaded by name cannot be left out
of the app without a test failing. Only the standard library is used here: the test
runs without PyInstaller.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = ("workshop", "facilitation", "exports", "ui", "resources", "okr_rules")
"""Our packages. Every module of them goes in: some are imported by name at run time
(the step pages, the export dialog), which PyInstaller cannot see."""

MIGRATIONS = Path("workshop", "migrations")
"""Alembic reads the migrations as files from beside ``workshop/migrate.py``."""

PHONE_PAGE_FOLDER = Path("ui", "phones")
"""The phone vote's web page, read with importlib.resources."""

SHEET_FONTS = Path("resources", "fonts")
"""Where the app carries DejaVu Sans, the sheets' font, taken from the building machine."""

SKIPPED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file() and not SKIPPED.intersection(path.relative_to(folder).parts)
    )


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(file, folder inside the app) for every data file of ours the app reads.

    All of ``resources/`` goes in, whatever its folders hold (agendas, rule books,
    stylesheets and themes, translations); the migrations go in as source, because
    Alembic loads them from their folder; and the phone page.
    """
    code = {".py", ".pyc"}
    found = [path for path in _files(root / "resources") if path.suffix not in code]
    found += [path for path in _files(root / MIGRATIONS) if path.suffix in {".py", ".mako"}]
    found += [path for path in _files(root / PHONE_PAGE_FOLDER) if path.suffix not in code]
    return [(str(path), str(path.parent.relative_to(root))) for path in found]


def our_modules(root: Path = ROOT) -> list[str]:
    """Every module of our packages, by dotted name (migrations excepted: they are data)."""
    modules = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if relative.is_relative_to(MIGRATIONS) or SKIPPED.intersection(relative.parts):
                continue
            parts = relative.with_suffix("").parts
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules
