"""The presenter view: the step and its time, for the back of the room.

Full screen, high contrast, nothing else. With a second screen it goes to the
projector and the laptop keeps the controls; with one screen it covers the
window until F11 or Escape.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QFontMetrics, QResizeEvent, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.theme import set_state
from ui.timer_bar import PHASE_WORDS
from ui.timer_watch import TimerReading

DESIGN_HEIGHT = 1080
"""Sizes below are for a 1080-pixel-high screen and scale with the window."""
CLOCK_PX = 400
TITLE_PX = 64
BODY_PX = 40
SMALL_PX = 32
BAND_PX = 72
MIN_BODY_PX = 24
SIDE_MARGIN = 72


def projector_screen(screens: Sequence[QScreen], laptop: QScreen | None) -> QScreen | None:
    """The screen for the presenter view: one that is not the laptop's, if there is one."""
    return next((screen for screen in screens if screen is not laptop), None)


class PresenterView(QWidget):
    closed = Signal()

    def __init__(self, actions: Sequence[QAction]) -> None:
        super().__init__()
        self.setObjectName("presenter")
        self.setWindowTitle(self.tr("OKR Workshop: presenter view"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setProperty("flash", "off")
        self.setAccessibleName(self.tr("Presenter view"))
        self.addActions(list(actions))
        self.step_line = self._label("presenterSmall")
        self.plan = self._label("presenterSmall")
        self.plan.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.title = self._label("presenterTitle")
        self.title.setWordWrap(True)
        self.clock = self._label("presenterClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock.setProperty("phase", "plenty")
        self.clock.setAccessibleName(self.tr("Time left in this step"))
        self.progress = QProgressBar()
        self.progress.setObjectName("presenterProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setProperty("phase", "plenty")
        self.band = self._label("presenterBand")
        self.band.setText(self.tr("Time is up"))
        self.band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.band.hide()
        self.state = self._label("presenterSmall")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = self._label("presenterNext")
        self.next.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.step_line)
        top.addStretch(1)
        top.addWidget(self.plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SIDE_MARGIN, 40, SIDE_MARGIN, 48)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.clock)
        layout.addWidget(self.state)
        layout.addWidget(self.progress)
        layout.addWidget(self.band)
        layout.addStretch(1)
        layout.addWidget(self.next)
        self._clock_chars = 0
        self._full_title = ""
        self._apply_sizes()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(name)
        return label

    def show_reading(self, reading: TimerReading) -> None:
        self.step_line.setText(reading.step_line)
        self.plan.setText(reading.plan_line)
        if reading.step_title != self._full_title:
            self._full_title = reading.step_title
            self._fit_title()
        self.clock.setText(reading.clock_text)
        set_state(self.clock, "phase", reading.phase.value)
        set_state(self.progress, "phase", reading.phase.value)
        self.progress.setValue(round(reading.progress * 1000))
        self.band.setVisible(reading.time_up)
        warning = reading.phase.value == "warning" and reading.running
        set_state(self.state, "phase", "warning" if warning else "")
        if reading.finished:
            self.state.setText(self.tr("The agenda is complete"))
        elif not reading.has_step:
            self.state.setText("")
        elif warning:
            self.state.setText(PHASE_WORDS["warning"])
        else:
            self.state.setText("" if reading.running else self.tr("Paused"))
        self.next.setText(
            self.tr("Next: {0}").format(reading.next_title) if reading.next_title else ""
        )
        set_state(self, "flash", "on" if reading.flash_on else "off", descendants=True)
        if len(reading.clock_text) != self._clock_chars:
            self._clock_chars = len(reading.clock_text)
            self._apply_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def sizes(self) -> dict[str, int]:
        """Pixel sizes of the type for the window's current height."""
        scale = max(0.5, self.height() / DESIGN_HEIGHT)
        clock = round(CLOCK_PX * scale)
        width = max(1, self.width() - 2 * SIDE_MARGIN)
        sample = "8" * max(5, self._clock_chars)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(clock)
        while clock > 40 and QFontMetrics(font).horizontalAdvance(sample) > width:
            clock -= 8
            font.setPixelSize(clock)
        return {
            "clock": clock,
            "title": max(MIN_BODY_PX, round(TITLE_PX * scale)),
            "body": max(MIN_BODY_PX, round(BODY_PX * scale)),
            "small": max(MIN_BODY_PX, round(SMALL_PX * scale)),
            "band": max(MIN_BODY_PX, round(BAND_PX * scale)),
            "bar": max(12, round(28 * scale)),
        }

    def _fit_title(self) -> None:
        """At most about two lines of the title, so a long one never pushes the clock away."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(self.sizes()["title"])
        width = max(1, self.width() - 2 * SIDE_MARGIN)
        shown = QFontMetrics(font).elidedText(
            " ".join(self._full_title.split()), Qt.TextElideMode.ElideRight, int(1.8 * width)
        )
        self.title.setText(shown)
        self.title.setAccessibleName(self._full_title)

    def _apply_sizes(self) -> None:
        if self._full_title:
            self._fit_title()
        size = self.sizes()
        self.setStyleSheet(
            f"#presenterClock {{ font-size: {size['clock']}px; }}\n"
            f"#presenterTitle {{ font-size: {size['title']}px; }}\n"
            f"#presenterNext {{ font-size: {size['body']}px; }}\n"
            f"#presenterSmall {{ font-size: {size['small']}px; }}\n"
            f"#presenterBand {{ font-size: {size['band']}px; }}\n"
            f"#presenterProgress {{ min-height: {size['bar']}px; max-height: {size['bar']}px; }}"
        )
