"""The one base of every step page, and its one frame.

Every page has the same frame: its title, a line saying what the room does (its
hint), the banner where refusals show, then its own ``body``. It declares the title
and hint in English as ``page_title`` and ``page_hint``, marked with
``QT_TRANSLATE_NOOP`` under the class's own name, and the base shows them in the
window's language (a page whose title depends on what it shows, such as the booth's,
passes both to ``__init__`` instead). It names what it shows (``shows``, in the terms
of ``ui.commands.Changes``), reads it in ``reload()``, and changes the workshop only
by ``run(command)`` (its widgets come from ``ui.widgets``, its commands from a
``*_commands`` module)::

    class ObjectivesPage(Page):
        page_title = QT_TRANSLATE_NOOP("ObjectivesPage", "Our objectives")
        page_hint = QT_TRANSLATE_NOOP("ObjectivesPage", "Word each idea as one objective.")
        shows = Changes(okrs=True)

        def __init__(self, context: PageContext) -> None:
            super().__init__(context)
            self.model = ObjectivesModel()
            self.body.addWidget(big_list(self.tr("Objectives"), self.model))
            self.refresh()

        def reload(self) -> None:
            self.model.set_rows(self.engine.okrs.objectives())

        def add(self, text: str) -> None:
            self.run(add_objective(self.engine.okrs, text))

After any command, done or undone, a page whose ``shows`` meets the command's
changes reads again (at once when on screen, when next shown otherwise). A refusal
of a command the page ran shows once, in that page's banner. Its looks come from
the one stylesheet (``#stepPage`` in ``resources/styles/workshop.qss``).
"""

from __future__ import annotations

from typing import ClassVar, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitation.rules import RuleError
from ui.commands import Changes, EngineCommand, UndoStack
from ui.i18n import refusal_text, translate
from ui.pages.context import PageContext
from ui.widgets.banner import Banner
from ui.widgets.fields import CommitLineEdit, CommitTextEdit
from ui.widgets.fonts import body_font
from workshop.store import StoreError


@runtime_checkable
class Leaving(Protocol):
    """A page, or a step made of pages, that can leave for good (``Page.let_go``)."""

    def let_go(self) -> None: ...


class Page(QWidget):
    """A step page: it reads what it shows, and runs the user's actions as commands.

    The frame: ``title_label`` in the ``heading`` row (a page may add widgets beside
    it), ``hint_label`` (hidden when there is no hint), ``banner``, then ``body``.
    """

    page_title: ClassVar[str] = ""
    """The page's title in English, marked ``QT_TRANSLATE_NOOP("<its class>", ...)``."""

    page_hint: ClassVar[str] = ""
    """What the room does on the page, in English, marked like ``page_title``; may be empty."""

    shows: ClassVar[Changes] = Changes()
    """What this page shows; a command that changes none of it leaves the page as it is."""

    def __init__(
        self, context: PageContext, title: str | None = None, hint: str | None = None
    ) -> None:
        """``title`` and ``hint``, when given, are already in the window's language."""
        super().__init__()
        title = self._declared_text("page_title") if title is None else title
        hint = self._declared_text("page_hint") if hint is None else hint
        self.context = context
        self.engine = context.engine
        self.following = True
        self._stale = False
        self.setObjectName("stepPage")
        self.setFont(body_font())
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(10)
        self.heading = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.heading.addWidget(self.title_label, 1)
        outer.addLayout(self.heading)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("pageHint")
        self.hint_label.setWordWrap(True)
        outer.addWidget(self.hint_label)
        self.hint_label.setHidden(not hint)
        self.banner = Banner()
        outer.addWidget(self.banner)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body)
        # A page shorter than the screen keeps its height; the room below stays empty.
        outer.addStretch(1)
        context.undo_stack.changed.connect(self._history_changed)

    def _declared_text(self, name: str) -> str:
        """The class's ``page_title`` or ``page_hint``, in the context of the class declaring it."""
        cls = next(c for c in type(self).__mro__ if name in vars(c))
        text: str = vars(cls)[name]
        return translate(cls.__name__, text) if text else ""

    # What a page writes

    def reload(self) -> None:
        """Read what the page shows from the engine and show it."""
        raise NotImplementedError

    # The one way to act

    def run(self, command: EngineCommand) -> bool:
        """Do one user action through the undo history; whether the rules let it happen.

        A refusal shows in this page's banner, once.
        """
        self.banner.clear_message()
        return self.undo_stack.run(command, self.banner.show_message)

    @property
    def undo_stack(self) -> UndoStack:
        return self.context.undo_stack

    def refresh(self) -> None:
        """Read the page again; a refusal (something removed meanwhile) shows in the banner."""
        try:
            self.reload()
        except (RuleError, StoreError) as error:
            self.banner.show_message(refusal_text(error))

    def show_changes(self, changes: Changes) -> None:
        """Repaint after a command that touched what this page shows; by default, read all."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(object)
    def _history_changed(self, changes: Changes) -> None:
        if self.following and shiboken6.isValid(self) and changes.meets(self.shows):
            self.show_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # Leaving

    def commit_pending(self) -> None:
        """Save what is typed in the page's fields but not yet finished."""
        for field in self.findChildren(CommitLineEdit) + self.findChildren(CommitTextEdit):
            field.finish()

    def let_go(self) -> None:
        """The page leaves for good: it saves what is typed and stops following the history.

        Done at once, not when Qt gets round to deleting it, so that a command pushed
        meanwhile never wakes a page that is on its way out.
        """
        if self.following and shiboken6.isValid(self.context.undo_stack):
            self.commit_pending()
        self.leave_history()

    def leave_history(self) -> None:
        """Stop following the undo history.

        The history usually stays (the next page uses it); when the whole workshop
        closes it may already be gone, and then there is nothing to leave.
        """
        if not self.following:
            return
        self.following = False
        stack = self.context.undo_stack
        if shiboken6.isValid(stack):
            stack.changed.disconnect(self._history_changed)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.following and shiboken6.isValid(self.context.undo_stack):
            self.commit_pending()
        super().hideEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DeferredDelete:
            self.let_go()
        return super().event(event)
