"""The card grid: text cut to fit a card, and a card size that keeps every card on screen."""

from __future__ import annotations

import math

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.widgets.cards import MAX_CARD, MIN_CARD, fit_card_size, fit_lines
from ui.widgets.fonts import body_font


def test_the_card_text_is_cut_to_fit_and_ends_in_an_ellipsis(qapp: QApplication) -> None:
    metrics = QFontMetrics(body_font(24))
    lines = fit_lines("one two three four five six seven eight nine ten " * 3, metrics, 200, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= 200 for line in lines)


def test_a_short_text_stays_whole(qapp: QApplication) -> None:
    metrics = QFontMetrics(body_font(24))
    assert fit_lines("Calm releases", metrics, 300, 3) == ["Calm releases"]


def test_sixty_cards_get_a_size_that_fits_them_all_in_the_room(qapp: QApplication) -> None:
    size = fit_card_size(60, 1860, 820)
    per_row = 1860 // size.width()
    assert size.width() >= MIN_CARD.width()
    assert size.height() >= MIN_CARD.height()
    assert math.ceil(60 / per_row) * size.height() <= 820


def test_a_few_cards_are_large_but_no_larger_than_a_post_it(qapp: QApplication) -> None:
    size = fit_card_size(3, 1860, 820)
    assert size.width() == MAX_CARD.width()
    assert size.height() <= MAX_CARD.height()


def test_when_nothing_fits_the_cards_are_smallest_and_the_grid_scrolls(
    qapp: QApplication,
) -> None:
    assert fit_card_size(400, 1000, 300).height() == MIN_CARD.height()
