"""Fixtures of the sheet tests: snapshots, and reading a written PDF back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports.paper import PAPERS
from tests.exports.samples import build_five_by_five, build_hostile_workshop
from tests.workshop.samples import build_full_workshop
from workshop.snapshot import WorkshopSnapshot, load_snapshot
from workshop.store import Store

WRITING_GREY = ".482353 .529412 .580392"


class Pdf:
    """A written sheet, read back: its pages' text and sizes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.reader = PdfReader(path)
        self.pages = [" ".join(page.extract_text().split()) for page in self.reader.pages]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def page_size_mm(self, index: int = 0) -> tuple[int, int]:
        box = self.reader.pages[index].mediabox
        return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def writing_rules(self, index: int) -> list[list[float]]:
        """Each block of ruled writing lines on a page: the heights of its lines, top first.

        Writing rules are the only lines drawn in their grey (exports.flowables).
        """
        stream = self.reader.pages[index].get_contents()
        assert stream is not None, "the page draws something"
        content = stream.get_data().decode("latin-1")
        blocks = []
        for chunk in content.split(f"{WRITING_GREY} RG")[1:]:
            drawn = chunk.split("Q", 1)[0]
            blocks.append([float(y) for y in re.findall(r"n [\d.]+ ([\d.]+) m", drawn)])
        return blocks


@pytest.fixture(params=list(PAPERS))
def paper(request: pytest.FixtureRequest) -> str:
    """A sheet test that takes a paper runs once on each paper the sheets print on."""
    return str(request.param)


@pytest.fixture
def full_snapshot(store: Store) -> WorkshopSnapshot:
    return load_snapshot(store, build_full_workshop(store))


@pytest.fixture
def five_by_five(store: Store) -> WorkshopSnapshot:
    return load_snapshot(store, build_five_by_five(store))


@pytest.fixture
def hostile_snapshot(store: Store) -> WorkshopSnapshot:
    return load_snapshot(store, build_hostile_workshop(store))


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sheets"
    folder.mkdir()
    return folder
