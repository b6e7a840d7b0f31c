"""Render the pictures of the check-ins and review window for the README.

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.cycle.render_pictures``;
the PNGs land in ``docs/pictures/cycle`` at 1920x1080, as a projector shows them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from tests.clocks import fake_engine
from tests.cycle_workshop import finished_workshop
from tests.ui.windows import picture_app
from ui.cycle.window import CycleWindow
from workshop.store import Store, open_store

OUT = Path(__file__).resolve().parents[3] / "docs" / "pictures" / "cycle"
SIZE = (1920, 1080)
WEEK_SEVEN = dt.datetime(2027, 2, 17, 9, 30)
# How far along the line each KR is by week 6 (1.0: on it), and its confidence.
PACE = [1.0, 0.95, 1.05, 0.7, 1.0, 0.9, 1.1, 0.6, 1.0, 1.0, 0.85, 1.0]
CONFIDENCE = [0.7, 1.0, 0.7, 0.4, 0.7, 0.7, 1.0, 0.4, 0.7, 1.0, 0.7, 0.7]


def six_weeks_in(store: Store) -> int:
    workshop_id, _ = finished_workshop(store)
    cycle = fake_engine(store, workshop_id).cycle
    krs = [kr for o in cycle.objectives() for kr in o.key_results]
    for week in range(1, 7):
        for kr, pace, confidence in zip(krs, PACE, CONFIDENCE, strict=True):
            assert kr.baseline is not None and kr.target is not None
            share = week / 12 * (1 + (pace - 1) * week / 6)
            actual = kr.baseline + (kr.target - kr.baseline) * share
            level = confidence if week > 3 else 0.7
            cycle.check_in(kr.id, week, level, f"{actual:.3g}")
    cycle.set_weekly_answer(6, "what_changed", "The pipeline template is live for four teams.")
    cycle.set_weekly_answer(6, "slowing_us", "Mentor training waits for the new course dates.")
    cycle.set_weekly_answer(6, "raise_confidence", "Pair each new engineer with a mentor now.")
    cycle.set_weekly_answer(6, "weekly_focus", "1. Book the course  2. Onboarding day 1 script")
    for name, status in (("On-call pages", "green"), ("Build minutes", "amber")):
        cycle.set_health_status(cycle.add_health_metric(name), status)
    cycle.set_review_answer("unexpected", "The reorg moved two of our teams in week 5.")
    cycle.add_review_item("stop", "Status decks on Fridays")
    cycle.add_review_item("start", "Demo days every other week")
    cycle.add_review_item("continue", "Pairing on the pipeline")
    return workshop_id


def main() -> int:
    app = picture_app()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "cycle.sqlite")
        try:
            window = CycleWindow(store, six_weeks_in(store), wall=lambda: WEEK_SEVEN)
            window.resize(*SIZE)
            window.show()
            window.week.week_box.setValue(6)  # type: ignore[attr-defined]
            for index, name in enumerate(("this-week", "paper-sheet", "trends", "review")):
                window.show_tab(index)
                if name == "trends":
                    window.trends.list.setCurrentRow(3)  # type: ignore[attr-defined]
                for _ in range(5):
                    app.processEvents()
                path = OUT / f"{name}.png"
                window.grab().save(str(path))
                print(path)
            window.close()
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
