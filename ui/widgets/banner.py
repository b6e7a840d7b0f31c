"""The one banner: where a refusal or a problem shows, in place, until dismissed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """A rule's refusal or a problem, shown where the facilitator is looking.

    Hidden when there is nothing to say; the next action or "Dismiss" clears it.
    Its colours come from the theme (``#banner`` in the stylesheet).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setAccessibleName(self.tr("Message"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("bannerText")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Why that did not happen"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setObjectName("bannerDismiss")
        self.dismiss.setAccessibleName(self.tr("Dismiss the message"))
        self.dismiss.clicked.connect(self.clear_message)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.hide()

    def text(self) -> str:
        """What the banner says, "" when it is hidden."""
        return self.message.text() if not self.isHidden() else ""
