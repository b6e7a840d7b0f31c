"""Font subsets are cut once per export and every file still embeds what it prints."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase import pdfdoc

from exports import embedding
from exports.embedding import KeptNumbers, keep_font_subsets
from exports.writer import export_sheets
from tests.exports.conftest import Pdf
from tests.exports.test_text_and_fonts import needs_fonts
from workshop.snapshot import WorkshopSnapshot


@needs_fonts
def test_the_files_of_one_export_share_the_subsets_they_embed(
    five_by_five: WorkshopSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cut: list[tuple[str, tuple[int, ...]]] = []

    def counting(face: Any, subset: list[int]) -> bytes:
        cut.append((face.name, tuple(subset)))
        made: bytes = original(face, subset)
        return made

    original = embedding._make_subset
    monkeypatch.setattr(embedding, "_make_subset", counting)
    embedding._subsets.clear()
    paths = export_sheets(five_by_five, "all", "a4", tmp_path)
    embedded = 0
    for path in paths:
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
        fonts = listing.splitlines()[2:]
        assert fonts and all(line.split()[-5:-3] == ["yes", "yes"] for line in fonts), path.name
        embedded += len(fonts)
    assert cut, "the sheets cut their subsets through the kept ones"
    assert len(cut) == len(set(cut)), "no subset is cut twice"
    assert len(cut) < embedded / 2, "most files embed a subset another file cut"
    assert "Customers get their kit fixed on the first visit" in Pdf(paths[0]).text


def test_a_subsets_widths_are_written_as_reportlab_writes_them() -> None:
    keep_font_subsets()
    reportlab_array = KeptNumbers.__bases__[0]
    widths: list[float] = [600, 278.5, 0, 1000, 0.25] * 52
    written = KeptNumbers(widths).format(None)
    assert written == reportlab_array(widths).format(None)
    assert KeptNumbers(list(widths)).format(None) == written, "the same list, kept"
    other = [*widths[:-1], 601]
    assert KeptNumbers(other).format(None) == reportlab_array(other).format(None) != written
    assert KeptNumbers([1, 2.5]).format(None) == b"[ 1 2.5 ]"
    assert pdfdoc.PDFArray is KeptNumbers, "every PDF writes its arrays through it"
