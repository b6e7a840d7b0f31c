"""Right-to-left paragraphs: one layout shared by every paragraph of the same text."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from exports import bidi
from exports.paper import PAPERS
from exports.renderer import Renderer

NAME = "سارة بن علي ودانا כהן"
WIDTH = 70.0


@pytest.fixture
def renderer() -> Renderer:
    return Renderer(PAPERS["a4"])


@pytest.fixture
def breaks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, float]]:
    """Every time a paragraph breaks its lines itself: (its text, the width)."""
    calls: list[tuple[str, float]] = []
    breaking = bidi.BidiParagraph._lines

    def counting(self: bidi.BidiParagraph, width: float) -> list[str]:
        calls.append((" ".join(text for text, _ in self.runs), width))
        return breaking(self, width)

    monkeypatch.setattr(bidi.BidiParagraph, "_lines", counting)
    monkeypatch.setattr(bidi, "_shared_layouts", {})
    return calls


def lines(paragraph: Any) -> list[str]:
    """The printed lines (the rest of a split one starts with the break that ended a line)."""
    printed = ["".join(word.text for word in line.words).strip() for line in paragraph.blPara.lines]
    return [line for line in printed if line]


def test_the_same_name_in_the_same_cell_is_laid_out_once(
    renderer: Renderer, breaks: list[tuple[str, float]]
) -> None:
    first = renderer.para(NAME, "cell")
    first.wrap(WIDTH, 1000)
    again = renderer.para(NAME, "cell")
    assert again.wrap(WIDTH, 1000) == first.wrap(WIDTH, 1000)
    assert len(breaks) == 1
    assert lines(again) == lines(first)
    assert len(lines(first)) == 2, "the name takes two lines at this width"


def test_another_style_width_or_text_is_laid_out_on_its_own(
    renderer: Renderer, breaks: list[tuple[str, float]]
) -> None:
    renderer.para(NAME, "cell").wrap(WIDTH, 1000)
    bigger = renderer.para(NAME, "title")
    bigger.wrap(WIDTH, 1000)
    wider = renderer.para(NAME, "cell")
    wider.wrap(WIDTH * 3, 1000)
    bold = renderer.rich([(NAME, "b")], "cell")
    bold.wrap(WIDTH, 1000)
    other = renderer.para(NAME + " 42", "cell")
    other.wrap(WIDTH, 1000)
    assert len(breaks) == 5
    assert len(lines(bigger)) > 2, "the title's larger letters take more lines"
    assert len(lines(wider)) == 1
    letters = [word for line in bold.blPara.lines for word in line.words if word.text.strip()]
    assert {word.fontName for word in letters} == {renderer.font.font_name("bold")}
    assert "42" in " ".join(lines(other))


def test_a_split_paragraph_leaves_the_others_of_its_text_whole(
    renderer: Renderer, breaks: list[tuple[str, float]]
) -> None:
    text = f"{NAME} {NAME}"
    cut = renderer.para(text, "cell")
    whole = renderer.para(text, "cell")
    cut.wrap(WIDTH, 1000)
    whole.wrap(WIDTH, 1000)
    first, rest = cut.split(WIDTH, 2 * cut.style.leading)
    rest.wrap(WIDTH, 1000)
    assert len(lines(first)) == 2
    assert lines(first) + lines(rest) == lines(whole)
    assert len(lines(whole)) == 4
    whole.drawOn(Canvas("/dev/null"), 0, 0)
    later = renderer.para(text, "cell")
    later.wrap(WIDTH, 1000)
    assert lines(later) == lines(whole)
    assert len(breaks) == 1


def test_a_long_text_keeps_its_layouts_to_itself(
    renderer: Renderer, breaks: list[tuple[str, float]]
) -> None:
    long = " ".join([NAME] * 40)
    renderer.para(long, "cell").wrap(WIDTH, 1000)
    renderer.para(long, "cell").wrap(WIDTH, 1000)
    assert len(breaks) == 2
    assert bidi._shared_layouts == {}
