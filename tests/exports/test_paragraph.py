"""A word's width is measured once for each font and size, and lines break as before."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import paragraph as reportlab_paragraph

from exports import paragraph
from exports.writer import export_sheets
from tests.exports.test_text_and_fonts import needs_fonts
from workshop.snapshot import StorySnapshot, WorkshopSnapshot, blank_snapshot

# Words no other test prints, so none of them is measured yet.
WORDS = "Quixotic zephyrs vex bold jugglers at Kraków 🚲 東京"
LONG = " ".join([WORDS] * 40)


def story(character: str) -> WorkshopSnapshot:
    snapshot = dataclasses.replace(blank_snapshot(), blank=False, team="R&D <team>")
    return dataclasses.replace(snapshot, stories=(StorySnapshot(character=character),))


def printed(snapshot: WorkshopSnapshot, folder: Path) -> str:
    folder.mkdir()
    path = export_sheets(snapshot, "okr-story", "a4", folder)[0]
    layout = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return layout.stdout


@needs_fonts
def test_a_word_measured_once_is_not_measured_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[str] = []

    def counting(text: str, *args: Any) -> float:
        measured.append(text)
        return pdfmetrics.stringWidth(text, *args)

    monkeypatch.setattr(paragraph, "_measure", counting)
    first = printed(story(WORDS), tmp_path / "first")
    assert "Quixotic" in measured, "the first time, the word is measured"
    measured.clear()
    second = printed(story(WORDS), tmp_path / "second")
    assert "Quixotic" not in measured, "the second time, its width is known"
    assert first == second
    assert "Quixotic zephyrs vex bold jugglers" in second


@needs_fonts
def test_lines_break_where_reportlab_alone_breaks_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = printed(story(LONG), tmp_path / "kept")
    monkeypatch.setattr(reportlab_paragraph, "stringWidth", pdfmetrics.stringWidth)
    measured_each_time = printed(story(LONG), tmp_path / "each-time")
    assert kept == measured_each_time
    assert kept.count("Quixotic") >= 10, "the long text is printed, on several lines"
