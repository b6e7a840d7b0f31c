"""What the cockpit shows beside the step page: the offer after a long stop and the
embedding worksheet in a window of its own."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.agenda import Interruption
from facilitation.timer import away_text
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.pages import PageContext, let_go, page_for


class ResumeOffer(QFrame):
    """After a long stop with the timer running: count the time away, or leave it out."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("The timer stopped"))
        self.message = QLabel()
        self.message.setObjectName("bannerText")
        self.message.setWordWrap(True)
        self.count = QPushButton()
        self.leave_out = QPushButton(self.tr("Carry on without them"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.leave_out)
        self.hide()

    def offer(self, interruption: Interruption | None) -> None:
        if interruption is None:
            self.hide()
            return
        away = away_text(interruption.seconds)
        self.message.setText(
            self.tr(
                "The timer of “{0}” was running when the app stopped, {1} ago. Count "
                "that time on the step?"
            ).format(interruption.step_title, away)
        )
        self.message.setAccessibleDescription(self.message.text())
        self.count.setText(self.tr("Count the {0} and carry on").format(away))
        self.count.setAccessibleName(self.count.text())
        self.show()


WORKSHEET_KIND = "worksheet"
WORKSHEET_TITLE = QT_TRANSLATE_NOOP("side_windows", "Embedding OKR worksheet")


class WorksheetWindow(QDialog):
    """The embedding worksheet beside the day's agenda, opened from the menu."""

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("side_windows", WORKSHEET_TITLE))
        self.setAccessibleName(translate("side_windows", WORKSHEET_TITLE))
        self.page = page_for(WORKSHEET_KIND, context)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setAccessibleName(translate("side_windows", WORKSHEET_TITLE))
        self.area.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.resize(parent.window().size().boundedTo(QSize(1400, 900)))

    def retire(self) -> None:
        """Save what is typed and stop following the history, then go."""
        let_go(self.page)
        self.close()
        self.deleteLater()
