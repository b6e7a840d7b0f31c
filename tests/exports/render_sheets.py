"""Render every sheet, filled and blank, as the PNG pictures in ``docs/sheets``.

Run with ``.venv/bin/python -m tests.exports.render_sheets`` (needs ``pdftoppm`` from
poppler-utils). The filled sheets show a realistic finished workshop on A4; the
facilitation sheets show the first objective, also on US Letter, once more with a
team that writes in Japanese, Chinese, Arabic, Hebrew and emoji, and the fullest
objective that keeps to one page (five long key results, three initiatives each).
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from exports.registry import SHEETS
from exports.writer import export_sheets
from tests.exports.samples import build_demo_workshop, full_objective
from workshop.snapshot import WorkshopSnapshot, blank_snapshot, load_snapshot
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


def many_scripts(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    """The demo's first objective as a team in Tokyo, Shanghai, Cairo and Tel Aviv writes it."""
    objective = snapshot.ranked_objectives[0]
    texts = (
        "初回訪問で修理を完了する顧客の割合を 60% から 85% に上げる",
        "客户首次来电即解决的比例从 55% 提高到 80%",
        "يحل العملاء مشاكلهم اليومية دون انتظارنا",
        "לקוחות פותרים בעיות בלי לחכות לנו",
        "Ship the self-help hub 🚀 before the summer rush ☀️",
    )
    key_results = tuple(
        dataclasses.replace(kr, text=text)
        for kr, text in zip(objective.final_key_results, texts, strict=False)
    )
    changed = dataclasses.replace(
        objective, text="お客様が待たずに問題を解決できる 🚀", key_results=key_results
    )
    return dataclasses.replace(
        snapshot, team="カスタマーケア · خدمة العملاء", objectives=(changed,)
    )


def export_and_render(
    snapshot: WorkshopSnapshot, sheet: str, paper: str, stem: str, folder: Path
) -> None:
    target = folder / stem
    target.mkdir()
    first = export_sheets(snapshot, [sheet], paper, target)[0]
    for png in render(first, stem):
        print(png.relative_to(OUT.parents[1]))


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
            filled = load_snapshot(store, build_demo_workshop(store))
        finally:
            store.close()
        for name in SHEETS:
            for kind, snapshot in (("filled", filled), ("blank", blank_snapshot())):
                export_and_render(snapshot, name, "a4", f"{name}-{kind}", folder)
        for name in ("facilitation-measures", "facilitation-initiatives"):
            export_and_render(filled, name, "letter", f"{name}-filled-letter", folder)
            export_and_render(blank_snapshot(), name, "letter", f"{name}-blank-letter", folder)
        export_and_render(
            many_scripts(filled), "facilitation-measures", "a4", "facilitation-scripts", folder
        )
        full = dataclasses.replace(filled, objectives=(full_objective(),))
        for paper, stem in (("a4", "full"), ("letter", "full-letter")):
            export_and_render(
                full, "facilitation-initiatives", paper, f"facilitation-{stem}", folder
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
