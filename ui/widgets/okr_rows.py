"""The rows of the objective and key-result pages, and the pieces around them.

Labels and buttons in the room's type, the list of quality findings with their
words highlighted in the text, the lists of objectives and key results with how
each fares in the checks, and the objective chooser.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitation.engine.okrs import KeyResultView, ObjectiveView, key_result_draft
from facilitation.quality import Finding, KeyResultDraft
from ui.i18n import QT_TRANSLATE_NOOP, Words, translate
from ui.reflow import any_width_drop_down, show_every_row
from ui.theme import colour as theme_colour
from ui.widgets.fonts import BODY_PX, LARGE_PX, body_font
from ui.widgets.rows import AnyIndex, RowsModel

SEVERITY_WORDS = Words(
    "okr_widgets",
    {
        "error": QT_TRANSLATE_NOOP("okr_widgets", "Fix"),
        "warning": QT_TRANSLATE_NOOP("okr_widgets", "Check"),
        "hint": QT_TRANSLATE_NOOP("okr_widgets", "Tip"),
    },
)
SEVERITY_MARKS = {"error": "mark_error", "warning": "mark_warning", "hint": "mark_hint"}
"""The theme's colour of each severity's mark; the words above say it without colour."""


def label(
    text: str = "",
    name: str = "pageBody",
    *,
    pixels: int = BODY_PX,
    bold: bool = False,
    wrap: bool = True,
) -> QLabel:
    shown = QLabel(text)
    shown.setObjectName(name)
    shown.setFont(body_font(pixels, bold=bold))
    shown.setWordWrap(wrap)
    return shown


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's name above it; its mnemonic (``&``) moves the focus to the field."""
    shown = label(text, "fieldLabel", bold=True, wrap=False)
    shown.setBuddy(buddy)
    return shown


def button(text: str, accessible: str | None = None, name: str = "pageButton") -> QPushButton:
    pressed = QPushButton(text)
    pressed.setObjectName(name)
    pressed.setFont(body_font())
    pressed.setAccessibleName(accessible or text.replace("&", ""))
    pressed.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    pressed.setMinimumHeight(48)
    return pressed


def entry(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A line for typing something new, added with a button or Return."""
    typed = QLineEdit()
    typed.setFont(body_font())
    typed.setAccessibleName(accessible_name)
    typed.setPlaceholderText(placeholder)
    typed.setMinimumHeight(48)
    return typed


def number_text(value: float | None) -> str:
    """A stored number as a person types it: 40, 12.5, 1200000."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:f}".rstrip("0").rstrip(".")


def utf16_offset(text: str, index: int) -> int:
    """Where a Python character offset falls in Qt's text, which counts in UTF-16 units."""
    return len(text[:index].encode("utf-16-le")) // 2


def mark_findings(editor: QPlainTextEdit, findings: Sequence[Finding]) -> None:
    """Underline and tint the words each finding is about."""
    text = editor.toPlainText()
    selections = []
    for finding in findings:
        if finding.span is None:
            continue
        start, end = finding.span
        if not 0 <= start < end <= len(text):
            continue
        cursor = QTextCursor(editor.document())
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
        marked = QTextCharFormat()
        colour = theme_colour(SEVERITY_MARKS[finding.severity])
        tint = QColor(colour)
        tint.setAlpha(60)
        marked.setBackground(tint)
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        marked.setUnderlineColor(colour)
        marked.setFontUnderline(True)
        marked.setToolTip(finding.message)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = marked
        selections.append(selection)
    editor.setExtraSelections(selections)


class FindingsModel(RowsModel[Finding]):
    """What the quality checks notice, errors first."""

    SeverityRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3
    SpanRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 4

    def key(self, row: Finding) -> Hashable:
        return row

    def row_id(self, row: Finding) -> Any:
        return row.rule_id

    def show(self, row: Finding, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{SEVERITY_WORDS[row.severity]}: {row.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message
        if role == Qt.ItemDataRole.DecorationRole:
            return theme_colour(SEVERITY_MARKS[row.severity])
        if role == self.SeverityRole:
            return row.severity
        if role == self.SpanRole:
            return row.span
        return None


@dataclass(frozen=True)
class CheckedItem:
    """An objective or a key result in a list, with what the checks notice about it."""

    kind: str  # "objective" or "key_result"
    id: int
    text: str
    findings: tuple[Finding, ...]
    prefix: str = ""


def findings_summary(findings: Sequence[Finding]) -> str:
    if not findings:
        return translate("okr_widgets", "✓ reads well")
    counts = {severity: 0 for severity in SEVERITY_WORDS}
    for finding in findings:
        counts[finding.severity] += 1
    parts = [
        translate("okr_widgets", "{0} to fix").format(counts["error"]) if counts["error"] else "",
        translate("okr_widgets", "{0} to check").format(counts["warning"])
        if counts["warning"]
        else "",
        (
            translate("okr_widgets", "1 tip")
            if counts["hint"] == 1
            else translate("okr_widgets", "{0} tips").format(counts["hint"])
        )
        if counts["hint"]
        else "",
    ]
    return ", ".join(part for part in parts if part)


class CheckedItemsModel(RowsModel[CheckedItem]):
    """Objectives and key results, each with a line saying how it fares in the checks."""

    FindingsRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3
    KindRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 4

    def key(self, row: CheckedItem) -> Hashable:
        return (row.kind, row.id)

    def row_id(self, row: CheckedItem) -> Any:
        return (row.kind, row.id)

    def show(self, row: CheckedItem, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = " ".join(row.text.split())
            return f"{row.prefix}{text}\n{findings_summary(row.findings)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == Qt.ItemDataRole.DecorationRole:
            if not row.findings:
                return theme_colour("mark_ok")
            return theme_colour(SEVERITY_MARKS[row.findings[0].severity])
        if role == self.FindingsRole:
            return row.findings
        if role == self.KindRole:
            return row.kind
        return None


def objective_line(objective: ObjectiveView) -> str:
    """The objective with its number, as the sheets print it, ranked or not."""
    return f"{objective.number}. " + " ".join(objective.text.split())


class ObjectivesModel(RowsModel[ObjectiveView]):
    """The live objectives, ranked first."""

    RankRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3

    def key(self, row: ObjectiveView) -> Hashable:
        return row.id

    def row_id(self, row: ObjectiveView) -> Any:
        return row.id

    def show(self, row: ObjectiveView, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return objective_line(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.text
        if role == self.RankRole:
            return row.rank
        return None


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text, so nothing a room needs is cut off."""

    PADDING = 16

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else 400
        decoration = 40 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = QFontMetrics(option.font)
        usable = max(80, width - decoration - 2 * self.PADDING - 8)
        bounds = metrics.boundingRect(
            QRect(0, 0, usable, 100_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + self.PADDING)


def big_list(accessible_name: str, model: QAbstractListModel) -> QListView:
    """A list a room reads: large wrapped rows, chosen by keyboard or click.

    It shows every row: the page scrolls, never the list inside it.
    """
    view = QListView()
    view.setObjectName("roomList")
    view.setModel(model)
    view.setFont(body_font())
    view.setAccessibleName(accessible_name)
    view.setWordWrap(True)
    view.setUniformItemSizes(False)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setSpacing(4)
    view.setItemDelegate(WrapDelegate(view))
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    show_every_row(view)
    return view


def current_id(view: QListView) -> Any:
    """The id of the row the list's cursor is on; None when there is none."""
    index = view.currentIndex()
    return index.data(RowsModel.IdRole) if index.isValid() else None


def select_id(view: QListView, row_id: Any) -> bool:
    """Put the list's cursor on the row with this id, or on the first row; whether it moved."""
    model = view.model()
    assert isinstance(model, RowsModel)
    row = model.row_of(row_id)
    if row < 0:
        row = 0 if model.rowCount() else -1
    if row < 0:
        return False
    index = model.index(row, 0)
    if view.currentIndex() == index:
        return False
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    return True


class FindingsPanel(QWidget):
    """The findings beside the text: a heading, the list, or a line saying all is well."""

    def __init__(self, title: str | None = None) -> None:
        super().__init__()
        if title is None:
            title = translate("FindingsPanel", "What the checks notice")
        self.model = FindingsModel()
        self.title = label(title, "sectionTitle", bold=True)
        self.view = big_list(title, self.model)
        self.all_clear = label(self.tr("Nothing to fix here: it reads well."), "pageNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.all_clear)
        layout.addStretch(0)
        self.set_findings([])

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_rows(findings)
        self.view.setVisible(bool(findings))
        self.all_clear.setVisible(not findings)

    def messages(self) -> list[str]:
        return [f.message for f in self.model.rows]


class ObjectiveChooser(QWidget):
    """Which objective the page works on: a large drop-down of the ranked objectives."""

    def __init__(self, on_change: Callable[[int | None], None]) -> None:
        super().__init__()
        self.model = ObjectivesModel()
        self.combo = QComboBox()
        self.combo.setModel(self.model)
        self.combo.setFont(body_font(LARGE_PX, bold=True))
        self.combo.setObjectName("largeChooser")
        self.combo.setAccessibleName(self.tr("Objective"))
        self.combo.setMinimumHeight(56)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        any_width_drop_down(self.combo)
        self.caption = label(self.tr("Objective"), "sectionTitle", bold=True, wrap=False)
        self.caption.setBuddy(self.combo)
        self.on_change = on_change
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.caption)
        row.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._changed)
        self._chosen: int | None = None

    def set_objectives(self, objectives: Sequence[ObjectiveView]) -> None:
        chosen = self._chosen
        self.combo.blockSignals(True)
        self.model.set_rows(objectives)
        row = self.model.row_of(chosen)
        if row < 0 and self.model.rows:
            row = 0
        self.combo.setCurrentIndex(row)
        self.combo.blockSignals(False)
        now = self.current_id()
        if now != chosen:
            self._chosen = now
            self.on_change(now)

    def current_id(self) -> int | None:
        row = self.combo.currentIndex()
        return self.model.rows[row].id if 0 <= row < len(self.model.rows) else None

    def current(self) -> ObjectiveView | None:
        row = self.combo.currentIndex()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def choose(self, objective_id: int) -> None:
        self.combo.setCurrentIndex(self.model.row_of(objective_id))

    def _changed(self, _row: int) -> None:
        now = self.current_id()
        if now != self._chosen:
            self._chosen = now
            self.on_change(now)


def typed_key_result(kr: KeyResultView, names: Mapping[int, str], **typed: Any) -> KeyResultDraft:
    """What the quality rules read of a KR: what is stored, with anything being typed on top."""
    return replace(key_result_draft(kr, names), **typed)


def empty_state(text: str) -> QLabel:
    shown = label(text, "pageNote")
    shown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return shown
