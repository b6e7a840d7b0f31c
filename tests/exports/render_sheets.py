"""Render every sheet, filled and blank, as the PNG pictures in ``docs/sheets``.

Run with ``.venv/bin/python -m tests.exports.render_sheets`` (needs ``pdftoppm`` from
poppler-utils). The filled sheets show a realistic finished workshop on A4; the
facilitation sheets show the first objective.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from exports.registry import SHEETS
from exports.writer import export_sheets
from facilitation.printing import sheet_snapshot
from tests.exports.samples import build_demo_workshop
from workshop.snapshot import blank_snapshot
from workshop.store import open_store

OUT = Path(__file__).resolve().parents[2] / "docs" / "sheets"
RESOLUTION = 75
MAX_PAGES = 3


def render(pdf: Path, stem: str) -> list[Path]:
    """PNGs of the first pages of ``pdf``, named ``stem-1.png``, ``stem-2.png``..."""
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-l",
            str(MAX_PAGES),
            str(pdf),
            str(OUT / stem),
        ],
        check=True,
    )
    return sorted(OUT.glob(f"{stem}-*.png"))


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils.", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        store = open_store(folder / "demo.sqlite")
        try:
            filled = sheet_snapshot(store, build_demo_workshop(store))
        finally:
            store.close()
        for name in SHEETS:
            for kind, snapshot in (("filled", filled), ("blank", blank_snapshot())):
                target = folder / f"{name}-{kind}"
                target.mkdir()
                first = export_sheets(snapshot, [name], "a4", target)[0]
                for png in render(first, f"{name}-{kind}"):
                    print(png.relative_to(OUT.parents[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
