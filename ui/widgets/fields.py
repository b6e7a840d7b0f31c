"""Text fields that save once per finished edit, and never lose what is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy

from ui.widgets.fonts import BODY_PX, LARGE_PX, body_font

Commit = Callable[[str], bool]


class CommitLineEdit(QLineEdit):
    """One line; commits when Return is pressed or focus leaves, if the text changed.

    Text the user typed and has not got saved (a refusal) is never overwritten by a
    refresh, so nothing typed is lost.
    """

    def __init__(self, accessible_name: str, on_commit: Commit, placeholder: str = "") -> None:
        super().__init__()
        self.setFont(body_font())
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setMinimumHeight(48)
        self.on_commit = on_commit
        self.value = ""
        self.editingFinished.connect(self.finish)

    def set_value(self, text: str, *, force: bool = False) -> None:
        self.value = text
        if self.isModified() and not force:
            return
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)
        self.setModified(False)

    def finish(self) -> None:
        text = self.text()
        if text == self.value:
            self.setModified(False)
            return
        if self.on_commit(text):
            self.value = text
            self.setModified(False)


class CommitTextEdit(QPlainTextEdit):
    """Wrapped text; commits when focus leaves (or on Ctrl+Return), if the text changed.

    ``single_line`` fields also commit on Return instead of starting a new line.
    Tab moves to the next field.
    """

    def __init__(
        self,
        accessible_name: str,
        on_commit: Commit,
        *,
        placeholder: str = "",
        lines: int = 3,
        pixels: int = BODY_PX,
        single_line: bool = False,
    ) -> None:
        super().__init__()
        self.setFont(body_font(pixels))
        if pixels >= LARGE_PX:
            self.setObjectName("largeText")
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.on_commit = on_commit
        self.single_line = single_line
        self.value = ""
        self.setFixedHeight(round(pixels * 1.25 * lines) + 20)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_value(self, text: str, *, force: bool = False) -> None:
        self.value = text
        if self.document().isModified() and not force:
            return
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def finish(self) -> None:
        text = self.toPlainText()
        if text == self.value:
            self.document().setModified(False)
            return
        if self.on_commit(text):
            self.value = text
            self.document().setModified(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_return = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if is_return and (self.single_line or control):
            self.finish()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish()
        super().focusOutEvent(event)
