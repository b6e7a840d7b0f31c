"""The cockpit's shortcuts while someone types in a text field.

A text field claims many key combinations before any shortcut sees them: on Linux
Ctrl+E goes to the end of the line and Ctrl+K deletes to it, so the cockpit's
"Export" and "Skip" would do nothing while the cursor is in a field. While a field of
the cockpit's window has the focus, this filter lets the cockpit's shortcuts through,
except the keys a person needs to type and edit text (``EDITING_KEYS``). For those
the cockpit offers other keys that fields leave alone (``TYPING_ALTERNATIVES``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.i18n import translate

StandardKey = QKeySequence.StandardKey

EDITING_KEYS = (
    StandardKey.MoveToNextWord,
    StandardKey.MoveToPreviousWord,
    StandardKey.SelectNextWord,
    StandardKey.SelectPreviousWord,
    StandardKey.DeleteStartOfWord,
    StandardKey.DeleteEndOfWord,
    StandardKey.Undo,
    StandardKey.Redo,
    StandardKey.Copy,
    StandardKey.Cut,
    StandardKey.Paste,
    StandardKey.SelectAll,
    StandardKey.Delete,
    StandardKey.Backspace,
)
"""What the field keeps: moving and selecting by word, undoing typing, the clipboard."""

TYPING_ALTERNATIVES = {
    "Ctrl+Right": "Ctrl+PgDown",
    "Ctrl+Left": "Ctrl+PgUp",
    "Space": "F5",
}
"""For a cockpit key that a text field keeps, another that works while typing."""


def with_typing_alternative(key: str) -> list[str]:
    """The key, and the one to use instead while typing if a text field keeps it."""
    return [key, TYPING_ALTERNATIVES[key]] if key in TYPING_ALTERNATIVES else [key]


def typing_note() -> str:
    """One line for the shortcuts sheet: which keys a text field keeps, and what to use."""
    pairs = "; ".join(
        translate("typing_keys", "{0} for {1}").format(alt, key)
        for key, alt in TYPING_ALTERNATIVES.items()
    )
    return translate(
        "typing_keys",
        "While you type in a field, the field keeps its own keys (Space, "
        "Ctrl+Left and Ctrl+Right, Ctrl+Z): use {0}, and Undo in the Edit "
        "menu. Every other shortcut works while you type.",
    ).format(pairs)


def is_text_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox))


def is_editing_key(event: QKeyEvent) -> bool:
    """Typing, and the keys that edit text: the field keeps them."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
    if plain and (event.text().isprintable() and event.text() != ""):
        return True
    if (
        event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        and modifiers & Qt.KeyboardModifier.AltModifier
    ):
        return True  # the page's own keys for moving a note or a card
    return any(event.matches(key) for key in EDITING_KEYS)


class ShortcutsWhileTyping(QObject):
    """Lets the window's shortcuts through a focused text field of ``owner``'s window."""

    def __init__(self, owner: QWidget, actions: Sequence[QAction]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.actions = list(actions)
        self.watched: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self.following = True

    def stop(self) -> None:
        """Let go of the focused field and stop following the focus (the window is leaving)."""
        app = QApplication.instance()
        if self.following and isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        self.following = False
        self._watch(None)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ours = new is not None and new.window() is self.owner.window()
        self._watch(new if ours and is_text_field(new) else None)

    def _watch(self, field: QWidget | None) -> None:
        if self.watched is not None:
            # A field on a page that has gone is already deleted, filter and all.
            with contextlib.suppress(RuntimeError):
                self.watched.removeEventFilter(self)
        self.watched = field
        if field is not None:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and not is_editing_key(event)
            and self._is_shortcut(event)
        ):
            event.ignore()
            return True  # the field never claims it, so the shortcut runs
        return False

    def _is_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            action.isEnabled() and key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self.actions
            for key in action.shortcuts()
        )
