"""Layouts that fit any room screen, from a 1280x720 projector to 1920x1080.

A page never assumes 1920 pixels: its columns sit side by side while the width
allows and wrap below one another when it does not, and its lists show every row
so that the page's own scroll bar is the only one the room has to follow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QStyle,
    QTableView,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

COLUMN_SPACING = 24
LEAST_COLUMN_WIDTH = 360
"""Below this a column of wrapped 26-pixel text reads as a ladder of single words."""


@dataclass
class _Column:
    item: QLayoutItem
    stretch: int
    least: int

    def least_width(self) -> int:
        return max(self.least, self.item.minimumSize().width())

    def preferred_width(self) -> int:
        return max(self.least_width(), self.item.sizeHint().width())

    def height_for(self, width: int) -> int:
        item = self.item
        if item.hasHeightForWidth():
            height = item.heightForWidth(width)
        else:
            height = item.sizeHint().height()
        return max(height, item.minimumSize().height())

    def grows_down(self) -> bool:
        return bool(item_expands(self.item) & Qt.Orientation.Vertical)


def item_expands(item: QLayoutItem) -> Qt.Orientation:
    """The directions an item takes extra room in (a hidden widget takes none)."""
    widget = item.widget()
    if widget is not None and widget.isHidden():
        return Qt.Orientation(0)
    return item.expandingDirections()


class Columns(QLayout):
    """Columns side by side while each gets its least width; the rest wrap below.

    Each column is given its least width (``least`` when added, or the column's own
    minimum if that is larger); what is left of a row's width goes to its columns in
    proportion to their stretch. A row is as tall as its tallest column, and extra
    height goes to the rows whose columns grow downwards.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = COLUMN_SPACING) -> None:
        super().__init__(parent)
        self._columns: list[_Column] = []
        self._adding = (1, LEAST_COLUMN_WIDTH)
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # Adding

    def add(
        self, what: QWidget | QLayout, stretch: int = 1, least: int = LEAST_COLUMN_WIDTH
    ) -> None:
        """Add a column: a widget or a layout, its share of spare width, its least width.

        A layout is put in a widget of its own: the layout then has no children, so
        nothing calls back into it while Python tears a page down.
        """
        if isinstance(what, QLayout):
            holder = QWidget()
            margins = what.contentsMargins()
            holder.setLayout(what)
            what.setContentsMargins(margins)
            what = holder
        # Through addWidget the widget belongs to the layout, not to Python: a widget
        # Python owned would be deleted by the collector under its parent's feet.
        self._adding = (stretch, least)
        self.addWidget(what)

    def addItem(self, item: QLayoutItem) -> None:
        stretch, least = self._adding
        self._adding = (1, LEAST_COLUMN_WIDTH)
        self._columns.append(_Column(item, stretch, least))
        self.invalidate()

    def count(self) -> int:
        return len(self._columns)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._columns[index].item if 0 <= index < len(self._columns) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._columns):
            return None
        column = self._columns.pop(index)
        self.invalidate()
        return column.item

    # Measuring

    def _shown(self) -> list[_Column]:
        return [c for c in self._columns if not c.item.isEmpty()]

    def _margins(self) -> tuple[int, int, int, int]:
        margins = self.contentsMargins()
        return margins.left(), margins.top(), margins.right(), margins.bottom()

    def rows_for(self, width: int) -> list[list[tuple[_Column, int]]]:
        """The columns of each row at this inner width, each with the width it gets."""
        spacing = self.spacing()
        rows: list[list[_Column]] = []
        used = 0
        for column in self._shown():
            need = column.least_width()
            if rows and used + spacing + need <= width:
                rows[-1].append(column)
                used += spacing + need
            else:
                rows.append([column])
                used = need
        return [self._share(row, width) for row in rows]

    def _share(self, row: list[_Column], width: int) -> list[tuple[_Column, int]]:
        widths = [c.least_width() for c in row]
        spare = width - sum(widths) - self.spacing() * (len(row) - 1)
        # Columns that take no stretch first grow to the width they would like.
        for i, column in enumerate(row):
            if column.stretch == 0 and spare > 0:
                grow = min(spare, column.preferred_width() - widths[i])
                widths[i] += max(grow, 0)
                spare -= max(grow, 0)
        growing = [i for i, c in enumerate(row) if c.stretch > 0]
        while spare > 0 and growing:
            total = sum(row[i].stretch for i in growing)
            given = 0
            capped = []
            for i in growing:
                share = spare * row[i].stretch // total
                room = row[i].item.maximumSize().width() - widths[i]
                if share >= room:
                    share = room
                    capped.append(i)
                widths[i] += share
                given += share
            spare -= given
            growing = [i for i in growing if i not in capped]
            if not capped:
                break
        if spare > 0 and growing:
            widths[growing[-1]] += spare
        return list(zip(row, widths, strict=True))

    def _row_heights(self, rows: list[list[tuple[_Column, int]]]) -> list[int]:
        return [max(c.height_for(w) for c, w in row) for row in rows]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        left, top, right, bottom = self._margins()
        rows = self.rows_for(width - left - right)
        if not rows:
            return top + bottom
        heights = self._row_heights(rows)
        return sum(heights) + self.spacing() * (len(rows) - 1) + top + bottom

    def minimumSize(self) -> QSize:
        left, top, right, bottom = self._margins()
        shown = self._shown()
        width = max((c.least_width() for c in shown), default=0)
        height = max((c.item.minimumSize().height() for c in shown), default=0)
        return QSize(width + left + right, height + top + bottom)

    def sizeHint(self) -> QSize:
        left, _top, right, _bottom = self._margins()
        shown = self._shown()
        width = sum(c.preferred_width() for c in shown) + self.spacing() * max(len(shown) - 1, 0)
        return QSize(width + left + right, self.heightForWidth(width + left + right))

    def expandingDirections(self) -> Qt.Orientation:
        directions = Qt.Orientation(0)
        for column in self._shown():
            directions |= item_expands(column.item)
        return directions

    # Placing

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        left, top, right, bottom = self._margins()
        inner = rect.adjusted(left, top, -right, -bottom)
        rows = self.rows_for(inner.width())
        if not rows:
            return
        heights = self._row_heights(rows)
        spare = inner.height() - sum(heights) - self.spacing() * (len(rows) - 1)
        growing = [i for i, row in enumerate(rows) if any(c.grows_down() for c, _ in row)]
        if spare > 0 and growing:
            for n, i in enumerate(growing):
                heights[i] += spare // len(growing) + (1 if n < spare % len(growing) else 0)
        y = inner.y()
        parent = self.parentWidget()
        rtl = parent is not None and parent.isRightToLeft()
        for row, height in zip(rows, heights, strict=True):
            x = inner.x()
            for column, width in row:
                # A column that does not grow downwards keeps its own height, at the top.
                tall = height if column.grows_down() else min(height, column.height_for(width))
                place = QRect(x, y, width, tall)
                if rtl:
                    place.moveLeft(inner.x() + inner.right() - place.right())
                column.item.setGeometry(place)
                x += width + self.spacing()
            y += height + self.spacing()


def columns(
    *parts: QWidget | QLayout | tuple[QWidget | QLayout, int, int],
    spacing: int = COLUMN_SPACING,
) -> Columns:
    """A ``Columns`` layout of these parts; a tuple gives a part's stretch and least width."""
    layout = Columns(spacing=spacing)
    for part in parts:
        if isinstance(part, tuple):
            layout.add(*part)
        else:
            layout.add(part)
    return layout


class WholeList(QObject):
    """Keeps a list view as tall as all its rows, so the page scrolls, not the list."""

    def __init__(self, view: QListView | QTableView, least_rows: int) -> None:
        super().__init__(view)
        self.view = view
        self.least_rows = least_rows
        self.watched: QAbstractItemModel | None = None
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        policy = view.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        view.setSizePolicy(policy)
        view.installEventFilter(self)
        self.fit()

    def _watch(self, model: QAbstractItemModel) -> None:
        self.watched = model
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self, *_args: object) -> None:
        view = self.view
        if not isValid(view):
            return  # a list's own model says goodbye while the list is being deleted
        model = view.model()
        if model is not None and model is not self.watched:
            self._watch(model)
        rows = model.rowCount() if model is not None else 0
        spacing = view.spacing() if isinstance(view, QListView) else 0
        bottom = 0
        if isinstance(view, QTableView):
            bottom = view.horizontalHeader().height() + sum(
                view.rowHeight(row) for row in range(rows)
            )
        elif rows:
            view.doItemsLayout()
            for row in range(rows):
                bottom = max(bottom, view.rectForIndex(model.index(row, 0)).bottom() + 1)
        if rows < self.least_rows:
            grid = view.gridSize() if isinstance(view, QListView) else QSize()
            one_row = grid.height() if grid.isValid() else view.fontMetrics().height() + 16
            one_row += 2 * spacing
            bottom += (self.least_rows - rows) * one_row
        height = bottom + spacing + 2 * view.frameWidth()
        if view.minimumHeight() != height or view.maximumHeight() != height:
            view.setFixedHeight(height)


def show_every_row(view: QListView | QTableView, least_rows: int = 1) -> WholeList:
    """The list grows to show all its rows (and room for at least ``least_rows``).

    A view that changes its rows' heights itself calls the returned ``fit`` after.
    """
    return WholeList(view, least_rows)


class OneLineLabel(QLabel):
    """A label kept to one line: what does not fit ends in "…", the whole text in its tip.

    ``text()`` stays the whole text. A bar that must not change height between steps
    uses it for a title of any length.
    """

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, hint.height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()) | int(Qt.TextFlag.TextSingleLine), shown)


def keep_place(widget: QWidget) -> None:
    """The widget keeps its room in the layout while hidden, so nothing jumps when it shows."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


def any_width_drop_down(combo: QComboBox, characters: int = 12) -> None:
    """A drop-down as narrow as ``characters`` letters, however long its choices are.

    By default a drop-down is as wide as its longest choice, which can push a page
    wider than the screen; its list still opens wide enough to read every choice.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def _current_height(page: QWidget, width: int) -> int:
    height = page.heightForWidth(width) if page.hasHeightForWidth() else -1
    if height < 0:
        height = page.sizeHint().height()
    return max(height, page.minimumSizeHint().height())


class _CurrentPageLayout(QStackedLayout):
    """A stacked layout measured by its current page only."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return 0 if page is None else _current_height(page, width)

    def minimumSize(self) -> QSize:
        page = self.currentWidget()
        return QSize(0, 0) if page is None else page.minimumSizeHint()

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return QSize(0, 0) if page is None else page.sizeHint()


class FittedStack(QWidget):
    """Pages on top of one another, as large as the page on show, not as the largest.

    A stacked widget is as wide and as tall as its largest page, so one wide page
    would make the others scroll sideways and a long one would leave the rest
    scrolling into blank space.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pages = _CurrentPageLayout(self)
        self.pages.currentChanged.connect(lambda _index: self.pages.invalidate())

    def addWidget(self, page: QWidget) -> int:
        return self.pages.addWidget(page)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def setCurrentIndex(self, index: int) -> None:
        self.pages.setCurrentIndex(index)

    def currentWidget(self) -> QWidget | None:
        return self.pages.currentWidget()

    def currentIndex(self) -> int:
        return self.pages.currentIndex()


class FittedTabs(QTabWidget):
    """Tabs as large as the tab on show, not as the largest of them (see ``FittedStack``)."""

    def __init__(self) -> None:
        super().__init__()
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def _frame(self) -> QSize:
        """The room the tab bar and the pane's frame take around the page.

        Worked out from the style, never from the current geometry: a size that depended
        on the last one would make the scrolling area resize the tabs again and again.
        """
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth) + 4
        return QSize(frame, self.tabBar().sizeHint().height() + frame)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        frame = self._frame()
        return _current_height(page, width - frame.width()) + frame.height()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        frame = self._frame()
        least = page.minimumSizeHint()
        width = max(least.width() + frame.width(), self.tabBar().minimumSizeHint().width())
        return QSize(width, least.height() + frame.height())

    def sizeHint(self) -> QSize:
        least = self.minimumSizeHint()
        return QSize(least.width(), self.heightForWidth(max(self.width(), least.width())))


def room_on_screen(widget: QWidget, bottom_margin: int = 16) -> int:
    """The height from the widget's top to the bottom of what the room sees of its page.

    Inside a scrolling page that is the bottom of the scrolling area's view, so a grid
    sized to it fits on screen without scrolling when it can.
    """
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    inside = None if parent is None else parent.widget()
    if parent is None or inside is None:
        top = widget.window()
        return top.height() - widget.mapTo(top, QPoint(0, 0)).y() - bottom_margin
    return parent.viewport().height() - widget.mapTo(inside, QPoint(0, 0)).y() - bottom_margin
