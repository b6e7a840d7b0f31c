"""The presenter view: full screen, type for the back of the room, F11 and back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.conftest import TimePasses
from ui.cockpit import Cockpit
from ui.presenter import PresenterView, projector_screen
from ui.theme import colours


def presenter_of(cockpit: Cockpit) -> PresenterView:
    assert cockpit.presenter is not None
    return cockpit.presenter


def running_on_the_presenter(qtbot: QtBot, cockpit: Cockpit) -> PresenterView:
    """The presenter view in front, its timer started with the space bar."""
    cockpit.show_presenter()
    presenter = presenter_of(cockpit)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    return presenter


def pixel_size(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


def test_f11_shows_the_presenter_view_full_screen_and_f11_or_escape_returns(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    qtbot.keyClick(cockpit.window(), Qt.Key.Key_F11)
    presenter = presenter_of(cockpit)
    qtbot.waitExposed(presenter)
    assert presenter.isFullScreen()
    assert cockpit.presenter_action.isChecked()
    assert presenter.clock.text() == "20:00"
    assert presenter.title.text() == "Score last cycle"
    assert presenter.next.text() == "Next: Retrospective: what we learned"
    qtbot.keyClick(presenter, Qt.Key.Key_F11)
    assert not presenter.isVisible()
    assert not cockpit.presenter_action.isChecked()
    cockpit.toggle_presenter()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.isVisible()


def test_the_last_two_minutes_say_so_in_words_beside_the_colour(
    qtbot: QtBot, cockpit: Cockpit, time_passes: TimePasses
) -> None:
    presenter = running_on_the_presenter(qtbot, cockpit)
    time_passes(18 * 60 + 30)
    assert presenter.clock.property("phase") == "warning"
    assert presenter.state.text() == "⚠ Almost time"
    assert not presenter.band.isVisible()
    time_passes(2 * 60)
    assert presenter.state.text() == ""
    assert presenter.band.text() == "Time is up"


def test_the_timer_keys_work_from_the_presenter_view(
    qtbot: QtBot, cockpit: Cockpit, time_passes: TimePasses
) -> None:
    presenter = running_on_the_presenter(qtbot, cockpit)
    time_passes(21 * 60 + 5)
    assert presenter.clock.text() == "+1:05"
    assert presenter.clock.property("phase") == "overtime"
    assert presenter.band.isVisible()
    assert presenter.band.text() == "Time is up"
    qtbot.keyClick(presenter, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert presenter.title.text() == "Retrospective: what we learned"
    assert presenter.clock.text() == "20:00"
    assert not presenter.band.isVisible()


def test_type_reads_from_the_back_of_the_room_at_1080p(qtbot: QtBot, cockpit: Cockpit) -> None:
    cockpit.show_presenter()
    presenter = presenter_of(cockpit)
    presenter.showNormal()
    presenter.resize(1920, 1080)
    QApplication.processEvents()
    body = [presenter.title, presenter.next, presenter.plan, presenter.step_line, presenter.band]
    assert all(pixel_size(label) >= 24 for label in body), [pixel_size(b) for b in body]
    assert pixel_size(presenter.clock) >= 8 * pixel_size(presenter.step_line)
    assert presenter.clock.sizeHint().width() <= 1920


def test_the_presenter_colours_have_high_contrast_in_both_themes() -> None:
    for theme in ("light", "dark"):
        palette = colours(theme)
        background = palette["presenter"]
        assert contrast(palette["presenter_text"], background) >= 15
        assert contrast(palette["overtime"], background) >= 4.5
        assert contrast(palette["warning"], background) >= 4.5
        assert contrast(palette["flash_text"], palette["flash"]) >= 4.5
        assert contrast(palette["text"], palette["window"]) >= 12


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two #RRGGBB colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


class FakeScreen:
    def __init__(self, name: str) -> None:
        self.name = name


def test_with_a_second_screen_the_presenter_goes_to_the_projector() -> None:
    laptop, projector = FakeScreen("laptop"), FakeScreen("projector")
    assert projector_screen([laptop, projector], laptop) is projector  # type: ignore[arg-type]
    assert projector_screen([projector, laptop], laptop) is projector  # type: ignore[arg-type]
    assert projector_screen([laptop], laptop) is None  # type: ignore[arg-type]


def test_titles_are_shown_as_typed_and_a_long_one_leaves_room_for_the_clock(
    qtbot: QtBot, cockpit: Cockpit
) -> None:
    hostile = "<b>R&D</b> <team> “quoted” → ≥ 5 ✓ 🚀 مرحبا Ωμέγα"
    first = cockpit.model.steps()[0].id
    cockpit.rename(first, hostile)
    cockpit.show_presenter()
    presenter = presenter_of(cockpit)
    presenter.showNormal()
    presenter.resize(1920, 1080)
    QApplication.processEvents()
    assert presenter.title.text() == hostile
    assert presenter.title.textFormat() == Qt.TextFormat.PlainText
    assert cockpit.timer_bar.step_line.text().endswith(hostile)
    assert cockpit.timer_bar.step_line.textFormat() == Qt.TextFormat.PlainText

    cockpit.rename(first, "A very long step title that goes on " * 5)
    QApplication.processEvents()
    assert presenter.title.text().endswith("…")
    assert presenter.title.accessibleName().startswith("A very long step title")
    assert presenter.title.height() <= 3 * pixel_size(presenter.title) * 1.3
    assert presenter.clock.geometry().bottom() < presenter.height()
