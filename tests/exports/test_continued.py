"""A long cell is cut where laying all of its text out would cut it."""

from __future__ import annotations

from typing import Any

import pytest
from reportlab.platypus import Paragraph

from exports.continued import LONGEST_CELL, _cut, _cut_plain
from exports.paper import PAPERS
from exports.renderer import Renderer

ARABIC = "نحسن خدمة العملاء في كل فرع ונבדוק כל שבוע 12 نقطة"
LONG = " ".join([ARABIC] * 30)
PLAIN = " ".join(["Every depot checks its kits before the vans leave, twice a week."] * 60)


@pytest.fixture
def renderer() -> Renderer:
    return Renderer(PAPERS["a4"])


def printed(paragraph: Any, width: float) -> tuple[list[list[tuple[str, str]]], list[float]]:
    """Each line's pieces (text, font) and where it starts, laid out at ``width``."""
    paragraph.wrap(width, 1e6)
    lines = paragraph.blPara.lines
    pieces = [[(word.text, word.fontName) for word in line.words] for line in lines]
    return pieces, [round(line.extraSpace, 6) for line in lines]


def whole_split(paragraph: Paragraph, width: float, room: float) -> list[Any]:
    paragraph.wrap(width, room)
    parts: list[Any] = paragraph.split(width, room)
    return parts


@pytest.mark.parametrize(("width", "room"), [(150, LONGEST_CELL), (230, 60), (90, 30)])
def test_a_cut_keeps_and_continues_the_lines_a_whole_layout_would(
    renderer: Renderer, width: float, room: float
) -> None:
    kept, rest = renderer.para(LONG, "cell").cut(width, room)
    whole_kept, whole_rest = whole_split(renderer.para(LONG, "cell"), width, room)
    # The table sets the kept lines a little wider; the note, on the page's width.
    for shown_at in (width + 2, renderer.width):
        assert printed(kept, shown_at) == printed(whole_kept, shown_at)
        assert printed(rest, shown_at) == printed(whole_rest, shown_at)
    assert len(printed(kept, width)[0]) == int(room / kept.style.leading)


def test_a_cut_breaks_only_the_lines_that_fit(renderer: Renderer) -> None:
    paragraph = renderer.para(LONG, "cell")
    kept, rest = paragraph.cut(150, LONGEST_CELL)
    assert not hasattr(paragraph, "blPara"), "the whole text was not broken into lines"
    assert not hasattr(rest, "blPara"), "the rest is broken once, where it is printed"
    assert kept.blPara.lines


def test_a_word_wider_than_the_cell_is_cut_by_a_whole_layout(renderer: Renderer) -> None:
    text = f"{'ب' * 400} {LONG}"
    assert renderer.para(text, "cell").cut(150, LONGEST_CELL) is None
    kept, rest = _cut([renderer.para(text, "cell")], 150, LONGEST_CELL)
    whole_kept, whole_rest = whole_split(renderer.para(text, "cell"), 150, LONGEST_CELL)
    assert printed(kept[0], 152) == printed(whole_kept, 152)
    assert printed(rest[0], 400) == printed(whole_rest, 400)


def test_a_cell_of_a_label_and_a_long_text_keeps_what_fits(renderer: Renderer) -> None:
    label = renderer.para("Owner", "label")
    kept, rest = _cut([label, renderer.para(LONG, "cell")], 150, LONGEST_CELL)
    whole_kept, whole_rest = _cut([label, laid_out_whole(renderer, LONG)], 150, LONGEST_CELL)
    assert kept[0] is label
    assert printed(kept[1], 152) == printed(whole_kept[1], 152)
    assert printed(rest[0], 400) == printed(whole_rest[0], 400)


def laid_out_whole(renderer: Renderer, text: str) -> Any:
    """The same paragraph, which ``_cut`` lays out whole and splits (no shortcut)."""
    paragraph = renderer.para(text, "cell")
    paragraph.cut = lambda width, height: None
    return paragraph


@pytest.mark.parametrize(("width", "room"), [(150, LONGEST_CELL), (230, 60), (90, 30)])
@pytest.mark.parametrize("style", ["cell", "dense", "body"])
def test_a_plain_text_is_cut_where_a_whole_layout_would_cut_it(
    renderer: Renderer, width: float, room: float, style: str
) -> None:
    paragraph = renderer.para(PLAIN, style)
    parts = _cut_plain(paragraph, width, room)
    assert parts is not None
    kept, rest = parts
    assert not hasattr(paragraph, "blPara"), "the whole text was not broken into lines"
    whole_kept, whole_rest = whole_split(renderer.para(PLAIN, style), width, room)
    for shown_at in (width + 2, renderer.width):
        assert printed_words(kept, shown_at) == printed_words(whole_kept, shown_at)
        assert printed_words(rest, shown_at) == printed_words(whole_rest, shown_at)
    assert " ".join(printed_words(kept, width)[0] + printed_words(rest, width)[0]) == PLAIN


@pytest.mark.parametrize(
    "text",
    [
        "x" * 3000,
        f"{PLAIN[:300]} {'y' * 900} {PLAIN}",
        PLAIN.replace("its kits", "its\xa0kits"),
        "<b>not bold</b> & <i>" + PLAIN,
    ],
    ids=["one long word", "a long word over the cut", "no-break spaces", "markup"],
)
def test_any_text_is_cut_where_a_whole_layout_would_cut_it(renderer: Renderer, text: str) -> None:
    kept, rest = _cut([renderer.para(text, "cell")], 150, LONGEST_CELL)
    whole_kept, whole_rest = whole_split(renderer.para(text, "cell"), 150, LONGEST_CELL)
    assert printed_words(kept[0], 152) == printed_words(whole_kept, 152)
    assert printed_words(rest[0], 400) == printed_words(whole_rest, 400)


def printed_words(paragraph: Any, width: float) -> tuple[list[str], list[float]]:
    """Every word printed, in order, and where each line starts, laid out at ``width``."""
    paragraph.wrap(width, 1e6)
    words: list[str] = []
    starts: list[float] = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):
            starts.append(round(line[0], 6))
            words.extend(line[1])
        else:
            starts.append(round(line.extraSpace, 6))
            words.extend(" ".join(word.text for word in line.words).split())
    return words, starts
