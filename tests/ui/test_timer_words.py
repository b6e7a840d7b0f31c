"""How the timer says the day's drift and the steps that could give time back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from facilitation.agenda import Shortening
from ui.i18n import install_language
from ui.timer_watch import drift_words, shortening_words


def test_the_drift_and_the_shortenings_read_in_english() -> None:
    assert drift_words(5 * 60) == "5 min behind"
    assert drift_words(-10 * 60) == "10 min ahead"
    assert drift_words(20) == "On time"
    assert shortening_words(Shortening(1, "Story", 600, skip=True)) == (
        "Skip “Story” (optional, 10 min)"
    )
    assert shortening_words(Shortening(2, "B", 600, skip=False)) == "Shorten “B” by 10 min"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def test_the_drift_and_the_shortenings_read_in_german(german: None) -> None:
    assert drift_words(5 * 60) == "5 Min. im Verzug"
    assert drift_words(-10 * 60) == "10 Min. voraus"
    assert shortening_words(Shortening(1, "Story", 600, skip=True)) == (
        "„Story“ überspringen (optional, 10 Min.)"
    )
    assert shortening_words(Shortening(2, "B", 600, skip=False)) == "„B“ um 10 Min. kürzen"
