"""Trend charts of the key results, drawn with ReportLab's own charts.

Each chart has the actual week by week against the dashed line from baseline (week
0) to target (week 12) on top, and the confidence of each week as bars in the
scale's tints below, with a dotted line at 0.4.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.platypus import Flowable, Spacer

from exports.flowables import ACCENT, INK, LINE_LIGHT, MUTED
from exports.fonts import sheet_font
from exports.language import decimal, t
from exports.renderer import Renderer, table_style
from exports.sheets.common import measure, objective_title, score
from exports.table import SheetTable
from okr_rules.scores import WEEKS_IN_CYCLE
from workshop.snapshot import KeyResultSnapshot, ObjectiveSnapshot

CONFIDENCE_TINTS = {
    1.0: colors.HexColor("#2f9e44"),
    0.7: colors.HexColor("#1c7ed6"),
    0.4: colors.HexColor("#f59f00"),
    0.0: colors.HexColor("#e03131"),
}
WARNING = colors.HexColor("#c92a2a")
LINE_GREY = colors.HexColor("#868e96")
CHART_HEIGHT = 150.0
AXIS_SIZE = 9.0
LOW_CONFIDENCE = 0.4


def kr_number(objective_number: int, kr_number: int) -> str:
    """ "2.3": objective 2, key result 3, as every sheet prints it."""
    return f"{objective_number}.{kr_number}"


def warning_line(r: Renderer, kr: KeyResultSnapshot) -> list[Flowable]:
    """What the room should talk about on this key result, if anything."""
    if not kr.trend.warnings:
        return []
    said = ", ".join(_warning(warning) for warning in kr.trend.warnings)
    return [r.rich([(t("Talk about it: "), "b"), (said, "")], "hint")]


def _warning(warning: str) -> str:
    """One of ``okr_rules.cycle``'s warnings ("confidence 0.4", "behind the line") in words."""
    kind, _, value = warning.partition(" ")
    if kind == "confidence" and value:
        return t("confidence {score}", score=decimal(value))
    return t(warning)


def has_trends(objectives: tuple[ObjectiveSnapshot, ...]) -> bool:
    return any(kr.checkins for o in objectives for kr in o.final_key_results)


def trend_chart(kr: KeyResultSnapshot, width: float, height: float = CHART_HEIGHT) -> Drawing:
    font = sheet_font().font_name("regular")
    drawing = Drawing(width, height)
    drawing.initialFontName = font  # the sheet's font from the start, never the PDF default
    left, right = 34.0, 6.0
    bars_height = height * 0.28
    line_points = (
        [(0.0, kr.baseline), (float(WEEKS_IN_CYCLE), kr.target)]
        if kr.baseline is not None and kr.target is not None
        else []
    )
    actuals = [(float(week), value) for week, value in kr.trend.actuals]
    series = [points for points in (line_points, actuals) if points]
    if series:
        plot = LinePlot()
        plot.x, plot.y = left, bars_height + 22
        plot.width, plot.height = width - left - right, height - bars_height - 30
        plot.data = series
        index = 0
        if line_points:
            plot.lines[index].strokeColor = LINE_GREY
            plot.lines[index].strokeWidth = 1
            plot.lines[index].strokeDashArray = (3, 2)
            index += 1
        if actuals:
            plot.lines[index].strokeColor = ACCENT
            plot.lines[index].strokeWidth = 1.6
            plot.lines[index].symbol = makeMarker("FilledCircle", size=3.2, fillColor=ACCENT)
        plot.xValueAxis.valueMin = 0
        plot.xValueAxis.valueMax = WEEKS_IN_CYCLE
        plot.xValueAxis.valueSteps = list(range(0, WEEKS_IN_CYCLE + 1, 4))
        plot.lineLabels.fontName = font
        values = [value for points in series for _, value in points]
        low, high = min(values), max(values)
        spread = (high - low) or max(abs(high), 1.0)
        plot.yValueAxis.valueMin = low - spread * 0.1
        plot.yValueAxis.valueMax = high + spread * 0.1
        plot.yValueAxis.maximumTicks = 4
        for axis in (plot.xValueAxis, plot.yValueAxis):
            axis.labels.fontName = font
            axis.labels.fontSize = AXIS_SIZE
            axis.labels.fillColor = MUTED
            axis.strokeColor = LINE_LIGHT
        plot.yValueAxis.labelTextFormat = _short
        drawing.add(plot)
    else:
        drawing.add(
            String(
                left,
                height * 0.6,
                t("No baseline, target or numeric actual to draw yet."),
                fontName=font,
                fontSize=AXIS_SIZE + 1,
                fillColor=MUTED,
            )
        )
    drawing.add(_confidence_bars(kr, left, width - left - right, bars_height, font))
    return drawing


def _short(value: float) -> str:
    return decimal(f"{value:.3g}")


def _confidence_bars(
    kr: KeyResultSnapshot, left: float, width: float, height: float, font: str
) -> Group:
    group = Group()
    chart = VerticalBarChart()
    chart.x, chart.y = left, 10
    chart.width, chart.height = width, height - 4
    weeks = range(1, WEEKS_IN_CYCLE + 1)
    scores = [kr.checkin(week) for week in weeks]
    chart.data = [[entry.score if entry and entry.score is not None else 0.0 for entry in scores]]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 1
    chart.valueAxis.valueSteps = [0, LOW_CONFIDENCE, 0.7, 1]
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = AXIS_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = LINE_LIGHT
    chart.valueAxis.labelTextFormat = score
    chart.categoryAxis.categoryNames = [str(week) for week in weeks]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = AXIS_SIZE
    chart.categoryAxis.labels.fillColor = MUTED
    chart.categoryAxis.strokeColor = LINE_LIGHT
    chart.barLabels.fontName = font
    chart.barSpacing = 1
    chart.groupSpacing = 3
    chart.bars.strokeColor = None
    for index, entry in enumerate(scores):
        if entry is not None and entry.score is not None:
            tint = CONFIDENCE_TINTS.get(round(entry.score, 1), INK)
            chart.bars[(0, index)].fillColor = tint
    group.add(chart)
    low = chart.y + chart.height * LOW_CONFIDENCE
    group.add(
        Line(
            left,
            low,
            left + width,
            low,
            strokeColor=WARNING,
            strokeWidth=0.6,
            strokeDashArray=(1, 1.5),
        )
    )
    return group


def trend_section(r: Renderer, objectives: tuple[ObjectiveSnapshot, ...]) -> list[Flowable]:
    """Every key result's chart, two to a row, under its objective, warnings first."""
    flow: list[Flowable] = [
        r.para(t("Trends"), "title"),
        r.para(
            t(
                "Each key result's actual against the dashed line from baseline to target, "
                "and its confidence week by week (bars; the dotted line is 0.4)."
            ),
            "tagline",
        ),
        Spacer(1, 6),
    ]
    column = r.width / 2
    for number, objective in enumerate(objectives, 1):
        cells: list[list[Flowable]] = []
        for index, kr in enumerate(objective.final_key_results, 1):
            label = f"{kr_number(number, index)}  {kr.text}"
            details = measure(kr)
            cell: list[Flowable] = [r.rich([(label, "b")], "cell")]
            if details:
                cell.append(r.para(details, "hint"))
            cell += warning_line(r, kr)
            cell.append(trend_chart(kr, column - 12))
            cells.append(cell)
        if not cells:
            continue
        if len(cells) % 2:
            cells.append([])
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        table = SheetTable(
            [[[r.para(objective_title(number, objective.text), "label")], []], *rows],
            colWidths=[column, column],
            repeatRows=1,
        )
        table.setStyle(
            table_style(
                [
                    ("SPAN", (0, 0), (-1, 0)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 8),
                ]
            )
        )
        flow += [table, Spacer(1, 8)]
    return flow
