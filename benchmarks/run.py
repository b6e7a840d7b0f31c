"""Speed and memory figures, each against a baseline measured in the same run.

Run with ``make bench``. Prints one table; not part of the pass/fail suite. A
machine that is busy slows the figure and its baseline alike, so the ratio holds
where a bare time would not.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


@dataclass
class Figure:
    """One measured figure, the baseline it is read against, and whether it meets its target."""

    name: str
    value: float
    unit: str
    baseline: float | None
    baseline_name: str
    target: str
    met: bool

    @property
    def ratio(self) -> str:
        """The value as a multiple of its baseline ("-" for a figure without one)."""
        return f"{self.value / self.baseline:.2f}x" if self.baseline else "-"


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


# --------------------------------------------------------------- start-up


BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            print(f"{time.perf_counter():.6f}", flush=True)
            app.exit(0)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
watcher = FirstPaint()
app.installEventFilter(watcher)
window.show()
app.exec()
"""
"""A bare PySide6 window that prints the clock at its first paint, as the app does."""

APP = "import sys, ui.cli; sys.exit(ui.cli.main(sys.argv[1:]))"
"""What the ``okr-workshop`` command runs."""


def _launch_to_paint_ms(arguments: list[str], runs: int) -> float:
    """Median time from launching a process to its first paint, which it prints itself.

    ``time.perf_counter`` is the system's monotonic clock on Linux, so the launch
    time read here and the paint time the process prints are on the same clock.
    """
    from ui.app import FIRST_PAINT

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env[FIRST_PAINT] = "1"
    # As installed: modules load from their compiled bytecode, which the first,
    # uncounted run writes.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    samples = []
    for run in range(runs + 1):
        launched = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", *arguments],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        painted = float(result.stdout.strip().splitlines()[-1])
        if run:
            samples.append((painted - launched) * 1000)
    return statistics.median(samples)


def bench_startup(runs: int) -> list[Figure]:
    from benchmarks import scenarios

    bare = _launch_to_paint_ms([BARE_WINDOW], runs)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (arguments, limit) in scenarios.startup_cases(Path(folder)).items():
            value = _launch_to_paint_ms([APP, *arguments], runs)
            figures.append(
                Figure(
                    name,
                    value,
                    "ms",
                    bare,
                    "bare PySide6 window",
                    f"<= {limit}x",
                    value <= limit * bare,
                )
            )
    return figures


# --------------------------------------------------------------- the store


def bench_commit(repeat: int) -> list[Figure]:
    """One committed user action, against a bare sqlite3 insert with the same pragmas."""
    from benchmarks import scenarios

    with tempfile.TemporaryDirectory() as folder:
        raw = sqlite3.connect(Path(folder) / "raw.sqlite", isolation_level=None)
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("PRAGMA synchronous = FULL")
        raw.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")

        def raw_insert() -> None:
            raw.execute("BEGIN")
            raw.execute("INSERT INTO note (text) VALUES ('a card')")
            raw.execute("COMMIT")

        baseline = p95(timed(raw_insert, repeat))
        raw.close()
        action = scenarios.committed_action(Path(folder) / "app.sqlite")
        value = p95(timed(action, repeat))
    return [
        Figure(
            "one committed action (p95)",
            value,
            "ms",
            baseline,
            "bare sqlite3 insert",
            "<= 5 ms",
            value <= 5,
        )
    ]


# --------------------------------------------------------------- the rules


def bench_quality(repeat: int) -> list[Figure]:
    """Checking a 300-character KR, against lower-casing and one regex search of it."""
    import re

    from benchmarks import scenarios

    text = scenarios.LONG_KEY_RESULT[:300]
    pattern = re.compile(r"\b(launch|build|ship)\b")
    baseline = p95(timed(lambda: pattern.search(text.lower()), repeat))
    samples = timed(scenarios.quality_check(), repeat)
    value = p95(samples)
    # On a loaded machine the p95 is mostly the scheduler; the median is what a check costs.
    median = statistics.median(samples)
    paste, paste_baseline = _quality_of_a_paste()
    return [
        Figure(
            "quality check of a 300-character KR (p95)",
            value,
            "ms",
            baseline,
            "one regex search of the text",
            "<= 2 ms",
            value <= 2,
        ),
        Figure(
            "quality check of a 300-character KR (median)",
            median,
            "ms",
            baseline,
            "one regex search of the text",
            "<= 2 ms",
            median <= 2,
        ),
        Figure(
            "quality check of a 10,000-character paste (worst shape)",
            paste,
            "ms",
            paste_baseline,
            "one regex search of the text",
            "<= 100 ms",
            paste <= 100,
        ),
    ]


def _quality_of_a_paste() -> tuple[float, float]:
    """The slowest of a few 10,000-character pastes, as objective and as KR, best of 3 runs."""
    import re

    from benchmarks import scenarios
    from facilitation.quality import (
        KeyResultDraft,
        ObjectiveDraft,
        RuleBook,
        check_key_result,
        check_objective,
        load_rules,
    )

    pastes = {
        "en": [scenarios.LONG_KEY_RESULT * 34, "-" * 10_000, "R&D <team> 研发 🚀 " * 600],
        "de": ["Kaltakquise-Anrufe von 3 auf 4 Tage senken, " * 230],
    }
    pattern = re.compile(r"\b(launch|build|ship)\b")
    worst, baseline = 0.0, 0.0
    for language, texts in pastes.items():
        rules = load_rules(language)
        for text in (t[:10_000] for t in texts):

            def both(text: str = text, rules: RuleBook = rules) -> None:
                check_key_result(KeyResultDraft(text), rules)
                check_objective(ObjectiveDraft(text), rules)

            worst = max(worst, min(timed(both, 3)))
            baseline = max(baseline, min(timed(partial(pattern.search, text.lower()), 3)))
    return worst, baseline


def bench_quality_corpus(repeat: int) -> list[Figure]:
    """The quality checks on the labelled corpus: recall and false alarms, per rule too.

    Then the time to check one key result of the corpus, against one regex search of its
    text. Each key result counts with its fastest of a few runs, so the figure is what the
    check costs rather than how often a busy machine preempts it; p95 over the corpus.
    """
    import re

    from facilitation.quality import KeyResultDraft, check_key_result, load_rules
    from tests.facilitation.quality_corpus import LANGUAGES, items, score

    figures = []
    for language in LANGUAGES:
        result = score(language)
        figures.append(
            Figure(
                f"quality corpus ({language}): bad items caught, {result.caught}/{result.bad}",
                100 * result.recall,
                "%",
                None,
                "",
                ">= 95%",
                result.recall >= 0.95,
            )
        )
        figures.append(
            Figure(
                f"quality corpus ({language}): good items flagged, "
                f"{result.flagged_good}/{result.good}",
                100 * result.false_alarm_rate,
                "%",
                None,
                "",
                "<= 5%",
                result.false_alarm_rate <= 0.05,
            )
        )
        for rule in result.rules:
            recall = rule.caught / rule.bad if rule.bad else 1.0
            figures.append(
                Figure(
                    f"  {language} {rule.rule_id}: caught {rule.caught}/{rule.bad}, "
                    f"false alarms {rule.false_alarms}/{rule.good}",
                    100 * recall,
                    "%",
                    None,
                    "",
                    ">= 95%",
                    recall >= 0.95 and rule.false_alarms <= 0.05 * rule.good,
                )
            )
    runs = max(3, repeat // 40)
    pattern = re.compile(r"\b(launch|build|ship)\b")
    check_times, search_times = [], []
    for language in LANGUAGES:
        rules = load_rules(language)
        for item in items(language):
            if item.kind != "key_result":
                continue
            check = partial(check_key_result, KeyResultDraft(item.text), rules)
            check_times.append(min(timed(check, runs)))
            search = partial(pattern.search, item.text.lower())
            search_times.append(min(timed(search, runs)))
    value = p95(check_times)
    figures.append(
        Figure(
            f"quality check of one corpus KR, {len(check_times)} KRs (p95)",
            value,
            "ms",
            p95(search_times),
            "one regex search of the text",
            "<= 2 ms",
            value <= 2,
        )
    )
    return figures


# --------------------------------------------------------------- the screen


def _bare_label_click() -> tuple[Callable[[], object], object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("0")
    button = QPushButton("Add one")
    button.clicked.connect(lambda: label.setText(str(int(label.text()) + 1)))
    layout.addWidget(label)
    layout.addWidget(button)
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()

    def click() -> None:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    return click, window


def _bare_page_switch() -> tuple[Callable[[], object], object]:
    from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

    stack = QStackedWidget()
    for text in ("One page", "Another page"):
        stack.addWidget(QLabel(text))
    stack.resize(1920, 1080)
    stack.show()
    QApplication.processEvents()

    def switch() -> None:
        stack.setCurrentIndex(1 - stack.currentIndex())
        QApplication.processEvents()

    return switch, stack


def bench_screen(repeat: int) -> list[Figure]:
    """A vote click and a step switch, against a bare button click and a bare page switch."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import scenarios

    app = QApplication.instance() or QApplication([])
    assert app is not None
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        bare_click, keep_bare = _bare_label_click()
        click_base = p95(timed(bare_click, repeat))
        vote, keep_booth = scenarios.booth_click(Path(folder) / "booth.sqlite")
        vote()
        vote()
        click = p95(timed(vote, repeat))
        figures.append(
            Figure(
                "vote click to updated booth, 40 people x 100 cards (p95)",
                click,
                "ms",
                click_base,
                "a bare button click updating a label",
                "<= 16 ms",
                click <= 16,
            )
        )
        bare_switch, keep_stack = _bare_page_switch()
        switch_base = p95(timed(bare_switch, repeat))
        switch, keep_window = scenarios.step_switch(Path(folder) / "steps.sqlite")
        for _ in range(14):
            switch()
        value = p95(timed(switch, max(28, repeat // 4)))
        figures.append(
            Figure(
                "switching steps, every page in turn (p95)",
                value,
                "ms",
                switch_base,
                "a bare switch between two labels",
                "<= 50 ms",
                value <= 50,
            )
        )
        keep_booth.leave_history()  # type: ignore[attr-defined]
        keep_window.close()  # type: ignore[attr-defined]
        del keep_bare, keep_booth, keep_stack, keep_window
    return figures


def bench_board(runs: int) -> list[Figure]:
    """Opening a post-it board of 1,000 cards, against the same board with 100."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import scenarios

    app = QApplication.instance() or QApplication([])
    assert app is not None
    with tempfile.TemporaryDirectory() as folder:
        small = scenarios.postit_board(Path(folder) / "hundred.sqlite", 100)
        small()
        hundred = statistics.median(timed(small, runs))
        large = scenarios.postit_board(Path(folder) / "thousand.sqlite", 1000)
        large()
        thousand = statistics.median(timed(large, runs))
    return [
        Figure(
            "open the post-it board, 1,000 post-its",
            thousand,
            "ms",
            hundred,
            "the same board with 100 post-its",
            "<= 1000 ms",
            thousand <= 1000,
        )
    ]


# --------------------------------------------------------------- exports


def _one_page_pdf() -> None:
    from io import BytesIO

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    SimpleDocTemplate(BytesIO()).build([Paragraph("One line", getSampleStyleSheet()["Normal"])])


def _page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf.read_bytes()))


def bench_export(runs: int) -> list[Figure]:
    """All sheets for 5 x 5 and for 50 x 5 OKRs, against a one-line ReportLab page."""
    from benchmarks import scenarios

    _one_page_pdf()
    baseline = statistics.median(timed(_one_page_pdf, 20))
    with tempfile.TemporaryDirectory() as folder:
        small = scenarios.export_all(Path(folder) / "five.sqlite", 5)
        pages = sum(_page_count(path) for path in small())
        five = statistics.median(timed(small, runs))
        large = scenarios.export_all(Path(folder) / "fifty.sqlite", 50)
        fifty = statistics.median(timed(large, max(1, runs // 2)))
        long_runs = max(1, runs // 4)
        shorter = statistics.median(timed(scenarios.export_long_text(5000, folder), long_runs))
        longer = statistics.median(timed(scenarios.export_long_text(7500, folder), long_runs))
        hostile = statistics.median(timed(scenarios.export_hostile(folder), long_runs))
    return [
        Figure(
            "export all sheets, 5 objectives x 5 KRs",
            five,
            "ms",
            baseline,
            "a one-line ReportLab page",
            # The figure when the sheets were asked to print any script and long text
            # (issue 13): 496x, 523 ms for 23 pages against 1.05 ms. The sheets have
            # 32 pages now, and are held to that figure all the same.
            "<= 496x",
            five <= 496 * baseline,
        ),
        Figure(
            f"the same export per page printed ({pages} pages)",
            five / pages,
            "ms",
            baseline,
            "a one-line ReportLab page",
            # The same figure per page: 523 ms for 23 pages against 1.05 ms.
            "<= 22x",
            five / pages <= 22 * baseline,
        ),
        Figure(
            "export all sheets, 50 objectives x 5 KRs",
            fifty,
            "ms",
            five,
            "the same export with 5 objectives",
            "<= 10x",
            fifty <= 10 * five,
        ),
        Figure(
            "export all sheets, 5,000 characters in every field",
            shorter,
            "ms",
            five,
            "the 5 x 5 export",
            "<= 60x",
            shorter <= 60 * five,
        ),
        Figure(
            "export all sheets, 7,500 characters in every field",
            longer,
            "ms",
            shorter,
            "the same with 5,000 characters (linear: 1.5x)",
            "<= 1.8x",
            longer <= 1.8 * shorter,
        ),
        Figure(
            "export all sheets, hostile text in every field",
            hostile,
            "ms",
            five,
            "the 5 x 5 export",
            "<= 5x",
            hostile <= 5 * five,
        ),
    ]


# --------------------------------------------------------------- memory

MEMORY_PROBE = """
import resource, sys, tempfile, pathlib
{setup}
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _peak_mb(setup: str) -> float:
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE.format(setup=setup)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.strip().splitlines()[-1])


def bench_memory(_args: argparse.Namespace) -> list[Figure]:
    """Peak memory of a whole scripted workshop, against the same imports doing nothing."""
    imports = "import PySide6.QtWidgets, sqlalchemy, reportlab\n"
    baseline = _peak_mb(imports)
    value = _peak_mb(
        imports
        + "from benchmarks import scenarios\n"
        + "scenarios.full_workshop(pathlib.Path(tempfile.mkdtemp()) / 'w.sqlite')\n"
    )
    return [
        Figure(
            "peak memory, full scripted workshop",
            value,
            "MB",
            baseline,
            "the same libraries imported, idle",
            "<= 250 MB",
            value <= 250,
        )
    ]


# --------------------------------------------------------------- phones


PHONES, ROOM = 40, 20
THINK_SECONDS = 0.2
"""A person's action (scan, pick a name, tap a dot, send) scaled from about 2 s to 0.2 s."""


def _bare_server() -> tuple[str, Callable[[], None]]:
    """An aiohttp server that answers every request with a few bytes of JSON: the baseline."""
    import asyncio
    import threading

    from aiohttp import web

    async def answer(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    ready = threading.Event()
    loop = asyncio.new_event_loop()
    port: list[int] = []

    async def serve() -> web.AppRunner:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port.append(int(runner.addresses[0][1]))
        return runner

    def run() -> None:
        runner = loop.run_until_complete(serve())
        ready.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    ready.wait()

    def stop() -> None:
        loop.call_soon_threadsafe(loop.stop)
        thread.join()

    return f"http://127.0.0.1:{port[0]}/v/bare", stop


def bench_phones(_args: argparse.Namespace) -> list[Figure]:
    """40 phones voting at once, and a room of 20 voting by phone against at the booth."""
    from PySide6.QtWidgets import QApplication

    from benchmarks import scenarios
    from benchmarks.phones import three_dots_each, vote_from_phones
    from facilitation.engine import WorkshopEngine
    from ui.phones.server import PhoneServer

    app = QApplication.instance() or QApplication([])
    assert app is not None
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        store, workshop_id, round_id, people = scenarios.phone_round(
            Path(folder) / "phones.sqlite", PHONES
        )
        engine = WorkshopEngine(store, workshop_id)
        voters = three_dots_each(people, [o.id for o in engine.voting.round(round_id).options])
        bare, stop_bare = _bare_server()
        baseline = p95(vote_from_phones(bare, voters).latencies_ms)
        stop_bare()
        server = PhoneServer(store, workshop_id, round_id)
        run = vote_from_phones(server.start(), voters)
        server.stop()
        stored = sum(t.dots for t in engine.voting.turns(round_id).values())
        value = p95(run.latencies_ms)
        figures.append(
            Figure(
                f"{PHONES} phones x 3 dots at once, one request (p95)",
                value,
                "ms",
                baseline,
                "the same requests to a bare aiohttp server",
                "<= 1000 ms",
                value <= 1000 and not run.refusals,
            )
        )
        figures.append(
            Figure(
                f"{PHONES} phones x 3 dots: {stored} of {3 * PHONES} stored, in",
                run.seconds,
                "s",
                None,
                "",
                "<= 5 s",
                run.seconds <= 5 and stored == 3 * PHONES,
            )
        )
        store.close()

        store, workshop_id, round_id, people = scenarios.phone_round(
            Path(folder) / "room.sqlite", ROOM
        )
        engine = WorkshopEngine(store, workshop_id)
        voters = three_dots_each(people, [o.id for o in engine.voting.round(round_id).options])
        server = PhoneServer(store, workshop_id, round_id)
        phones = vote_from_phones(server.start(), voters, THINK_SECONDS).seconds
        server.stop()
        store.close()
        booth = scenarios.booth_voters(Path(folder) / "booth.sqlite", ROOM, THINK_SECONDS)
        figures.append(
            Figure(
                f"room time, {ROOM} voters x 3 dots: phones against the booth",
                phones,
                "s",
                booth,
                f"{ROOM} keyboard voters in turn at the booth",
                "<= 0.25x",
                phones <= 0.25 * booth,
            )
        )
    return figures


BENCHES: dict[str, Callable[[argparse.Namespace], list[Figure]]] = {
    "startup": lambda args: bench_startup(args.runs),
    "commit": lambda args: bench_commit(args.repeat),
    "quality": lambda args: bench_quality(args.repeat),
    "quality_corpus": lambda args: bench_quality_corpus(args.repeat),
    "memory": bench_memory,
    "export": lambda args: bench_export(args.runs),
    "screen": lambda args: bench_screen(args.repeat),
    "board": lambda args: bench_board(args.runs),
    "phones": bench_phones,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHES), help="run only these")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per figure")
    parser.add_argument("--repeat", type=int, default=200, help="repeats for p95 figures")
    args = parser.parse_args()
    figures: list[Figure] = []
    for name in args.only or BENCHES:
        gc.collect()
        figures.extend(BENCHES[name](args))
    width = max(len(f.name) for f in figures)
    print(f"{'figure':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>7}  target      met")
    for f in figures:
        base = f"{f.baseline:.1f}" if f.baseline is not None else "-"
        print(
            f"{f.name:<{width}}  {f.value:>8.1f}{f.unit:<2}  {base:>10}  {f.ratio:>7}  "
            f"{f.target:<10}  {'yes' if f.met else 'NO'}"
        )
    print("\nbaselines: " + "; ".join(sorted({f.baseline_name for f in figures} - {""})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
