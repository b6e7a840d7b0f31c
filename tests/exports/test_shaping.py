"""Arabic printed again is shaped from what was kept, and reads the same."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from typing import Any

import pytest

from exports import shaping
from exports.writer import export_sheets
from tests.exports.test_text_and_fonts import needs_fonts
from workshop.snapshot import StorySnapshot, blank_snapshot

# Words no other test prints, so none of them is kept yet.
WORDS = "رحلة جديدة للعملاء الكرام"


@needs_fonts
def test_a_word_shaped_once_prints_the_same_without_shaping_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shaped: list[str] = []

    def counting(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped.extend(text for _, text in word[1:])
        return original(word, *args, **kwargs)

    original = shaping._shape
    monkeypatch.setattr(shaping, "_shape", counting)
    snapshot = dataclasses.replace(blank_snapshot(), blank=False, team="Ops")
    snapshot = dataclasses.replace(snapshot, stories=(StorySnapshot(character=WORDS),))
    texts = []
    for attempt in ("first", "second"):
        folder = tmp_path / attempt
        folder.mkdir()
        path = export_sheets(snapshot, "okr-story", "a4", folder)[0]
        raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
        texts.append(raw.stdout)
        if attempt == "first":
            assert set(WORDS.split()) <= set(shaped), "each word is shaped the first time"
            shaped.clear()
    assert not set(WORDS.split()) & set(shaped), "the second time, no word is shaped again"
    assert texts[0] == texts[1]
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in texts[1]), "Arabic letters in joined forms"
