"""The timer bar, always in view above the step page."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
)

from ui.i18n import QT_TRANSLATE_NOOP, Words
from ui.reflow import Columns, OneLineLabel, keep_place
from ui.theme import set_state
from ui.timer_watch import TimerReading

PROGRESS_STEPS = 1000


PHASE_WORDS = Words(
    "TimerBar",
    {
        "warning": QT_TRANSLATE_NOOP("TimerBar", "⚠ Almost time"),
        "overtime": QT_TRANSLATE_NOOP("TimerBar", "Time is up"),
    },
)
"""What the band says beside the clock's colour, so the phase reads without colour too."""


def show_phase_band(band: QLabel, reading: TimerReading) -> None:
    """The band beside the clock: "almost time" in the warning phase, "time is up" after."""
    phase = "overtime" if reading.time_up else reading.phase.value
    words = PHASE_WORDS.get(phase, "")
    band.setText(words)
    set_state(band, "phase", phase)
    band.setVisible(bool(words))


def action_button(action: QAction, name: str) -> QToolButton:
    """A button that shows, triggers and follows an action, reachable with Tab."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setObjectName(name)
    button.setAccessibleName(action.text().replace("&", ""))
    action.changed.connect(lambda: button.setAccessibleName(action.text().replace("&", "")))
    return button


class TimerBar(QFrame):
    def __init__(self, actions: Sequence[QAction]) -> None:
        super().__init__()
        self.setObjectName("timerBar")
        self.setProperty("flash", "off")
        self.clock = QLabel("--:--")
        self.clock.setObjectName("timerClock")
        self.clock.setProperty("phase", "plenty")
        self.clock.setAccessibleName(self.tr("Time left in this step"))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.clock.setMinimumWidth(260)
        self.time_up = QLabel(self.tr("Time is up"))
        self.time_up.setObjectName("timeUpBand")
        self.time_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_up.setAccessibleName(self.tr("Time is up"))
        keep_place(self.time_up)
        self.time_up.hide()
        self.step_line = OneLineLabel()
        self.step_line.setTextFormat(Qt.TextFormat.PlainText)
        self.step_line.setObjectName("timerStep")
        self.step_line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.progress = QProgressBar()
        self.progress.setObjectName("timerProgress")
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Share of the step's time used"))
        self.progress.setProperty("phase", "plenty")
        self.plan = QLabel()
        self.plan.setTextFormat(Qt.TextFormat.PlainText)
        self.plan.setObjectName("timerPlan")
        self.plan.setAccessibleName(self.tr("Projected end of the workshop"))
        self.plan.setProperty("behind", "no")
        self.plan.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # One line under the whole bar, its place kept when there is no advice: the
        # whole text is in its tip.
        self.advice = OneLineLabel()
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setObjectName("timerAdvice")
        self.advice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        keep_place(self.advice)
        self.advice.hide()

        # The buttons wrap onto a second line on a narrow screen instead of widening it.
        buttons = Columns(spacing=8)
        self.buttons = [action_button(action, "timerButton") for action in actions]
        for button in self.buttons:
            buttons.add(button, stretch=0, least=0)

        middle = QVBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self.step_line)
        middle.addWidget(self.progress)
        middle.addLayout(buttons)

        # The time-up band and the advice keep their places when hidden, so the bar is
        # as tall on every step and in every state.
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.plan)
        right.addWidget(self.time_up, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)

        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.clock)
        row.addLayout(middle, 1)
        row.addLayout(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 6)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.advice)

    def show_reading(self, reading: TimerReading) -> None:
        self.clock.setText(reading.clock_text)
        set_state(self.clock, "phase", reading.phase.value)
        set_state(self.progress, "phase", reading.phase.value)
        self.progress.setValue(round(reading.progress * PROGRESS_STEPS))
        if reading.has_step:
            state = "" if reading.running else self.tr(" · paused")
            if reading.finished:
                state = self.tr(" · agenda complete")
            self.step_line.setText(f"{reading.step_line}{state} · {reading.step_title}")
        else:
            self.step_line.setText(reading.step_title)
        self.plan.setText(reading.plan_line)
        set_state(self.plan, "behind", "yes" if reading.behind else "no")
        self.advice.setText(reading.plan_advice)
        self.advice.setVisible(bool(reading.plan_advice))
        show_phase_band(self.time_up, reading)
        set_state(self, "flash", "on" if reading.flash_on else "off", descendants=True)
