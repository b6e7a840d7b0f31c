"""Each key result's trend: the actual against the line from baseline to target, and the
confidence week by week, drawn with pyqtgraph.

The list on the left names every key result, the ones to talk about first marked;
the chart on the right shows the one selected.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from facilitation.engine.cycle import CycleKeyResult
from facilitation.scoring import WEEKS_IN_CYCLE
from ui.cycle.parts import CONFIDENCE_BANDS, CyclePage
from ui.i18n import translate
from ui.pages.context import PageContext
from ui.theme import colour
from ui.widgets.parts import band_fill

KR_ROLE = Qt.ItemDataRole.UserRole + 1
AXIS_PX = 20


def watch_list(key_results: list[CycleKeyResult]) -> str:
    """The key results the room should talk about, in one line."""
    flagged = [
        f"{kr.number} ({', '.join(kr.trend.warnings)})" for kr in key_results if kr.trend.warnings
    ]
    if not flagged:
        return translate("trends", "Every key result is on its line, with confidence above 0.4.")
    return translate("trends", "Talk about: ") + "; ".join(flagged)


class TrendChart(pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """Two plots over the twelve weeks: actual and the line on top, confidence below."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Trend of the selected key result"))
        ink = colour("text")
        self.setBackground(colour("panel"))
        font = QFont()
        font.setPixelSize(AXIS_PX)
        self.actual_plot = self.addPlot(row=0, col=0)
        self.confidence_plot = self.addPlot(row=1, col=0)
        self.ci.layout.setRowStretchFactor(0, 3)
        self.ci.layout.setRowStretchFactor(1, 2)
        for plot, label in (
            (self.actual_plot, self.tr("Actual")),
            (self.confidence_plot, self.tr("Confidence")),
        ):
            plot.setXRange(0, WEEKS_IN_CYCLE + 0.5, padding=0)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setLabel("left", label, color=ink.name(), **{"font-size": f"{AXIS_PX}px"})
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setTickFont(font)
                axis.setTextPen(pg.mkPen(ink))
                axis.setPen(pg.mkPen(ink))
            bottom = plot.getAxis("bottom")
            bottom.setTicks([[(w, f"W{w}") for w in range(1, WEEKS_IN_CYCLE + 1)]])
            bottom.setHeight(AXIS_PX * 2)
            plot.getAxis("left").setWidth(AXIS_PX * 4)
        self.confidence_plot.setYRange(-0.05, 1.1, padding=0)
        self.confidence_plot.getAxis("left").setTicks([[(v, f"{v:g}") for v in (0, 0.4, 0.7, 1)]])
        self.confidence_plot.setXLink(self.actual_plot)

    def show_key_result(self, kr: CycleKeyResult) -> None:
        self.actual_plot.clear()
        self.confidence_plot.clear()
        if kr.baseline is not None and kr.target is not None:
            self.actual_plot.plot(
                [0, WEEKS_IN_CYCLE],
                [kr.baseline, kr.target],
                pen=pg.mkPen(colour("trend_line"), width=3, style=Qt.PenStyle.DashLine),
                name=self.tr("The line to the target"),
            )
        points = [p for p in kr.trend.points if p.actual is not None]
        if points:
            self.actual_plot.plot(
                [p.week for p in points],
                [p.actual for p in points],
                pen=pg.mkPen(band_fill("blue"), width=4),
                symbol="o",
                symbolSize=14,
                symbolBrush=band_fill("blue"),
                symbolPen=None,
                name=self.tr("Actual"),
            )
        confidences = [p for p in kr.trend.points if p.confidence is not None]
        for point in confidences:
            assert point.confidence is not None
            fill = band_fill(CONFIDENCE_BANDS[point.confidence])
            self.confidence_plot.addItem(
                pg.BarGraphItem(
                    x=[point.week],
                    height=[max(point.confidence, 0.03)],
                    width=0.6,
                    brush=fill,
                    pen=pg.mkPen(fill),
                )
            )
        low = pg.InfiniteLine(
            pos=0.4, angle=0, pen=pg.mkPen(band_fill("red"), width=2, style=Qt.PenStyle.DotLine)
        )
        self.confidence_plot.addItem(low)
        self.actual_plot.enableAutoRange(axis="y")
        self.confidence_plot.setYRange(-0.05, 1.1, padding=0)


class TrendsPage(CyclePage):
    def __init__(self, context: PageContext) -> None:
        super().__init__(
            context,
            translate("TrendsPage", "Trends"),
            translate(
                "TrendsPage",
                "Each key result's actual against the line from baseline to target, "
                "and its confidence week by week. Marked ones are low on confidence or "
                "behind the line.",
            ),
        )
        self.watch = QLabel()
        self.watch.setWordWrap(True)
        self.watch.setObjectName("emphasis")
        self.watch.setAccessibleName(self.tr("Key results to talk about"))
        self.body.addWidget(self.watch)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Key results"))
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(520)
        self.list.currentRowChanged.connect(self._chosen)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = TrendChart()
        self.legend = QLabel(
            self.tr(
                "Solid: the actual, week by week. Dashed: the line from baseline to "
                "target. Bars: confidence, in the scale's colours; dotted: 0.4."
            )
        )
        self.legend.setObjectName("pageHint")
        self.legend.setWordWrap(True)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        holder = QVBoxLayout()
        holder.addWidget(self.title)
        holder.addWidget(self.chart, 1)
        holder.addWidget(self.legend)
        columns.addLayout(holder, 5)
        self.body.addLayout(columns, 1)
        self.key_results: list[CycleKeyResult] = []
        self.refresh()

    def reload(self) -> None:
        self.key_results = [kr for o in self.engine.cycle.objectives() for kr in o.key_results]
        self.watch.setText(watch_list(self.key_results))
        row = max(self.list.currentRow(), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for kr in self.key_results:
            mark = "⚠ " if kr.trend.warnings else ""
            item = QListWidgetItem(f"{mark}{kr.number}  {kr.text}")
            item.setData(KR_ROLE, kr.id)
            if kr.trend.warnings:
                item.setForeground(colour("overtime"))
                item.setToolTip(", ".join(kr.trend.warnings))
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.key_results:
            self.list.setCurrentRow(min(row, len(self.key_results) - 1))
            self._chosen(self.list.currentRow())

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.key_results):
            return
        kr = self.key_results[row]
        warnings = f"  ⚠ {', '.join(kr.trend.warnings)}" if kr.trend.warnings else ""
        self.title.setText(self.tr("KR {0}: {1}{2}").format(kr.number, kr.text, warnings))
        self.chart.show_key_result(kr)

    def focus_first(self) -> None:
        self.list.setFocus()
