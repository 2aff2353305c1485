"""Bar charts for the dashboard (QtCharts: imported only once the dashboard is first shown).

Each chart is rebuilt from plain lists on refresh: category names and one or more series
of values, each with its label and colour.
"""

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

# One colour per meaning, the same on every chart.
INVITED, ACCEPTED, ATTENDED, REGISTER, TARGET = "#9fb3c8", "#5b7fa6", "#2f4a6d", "#c9d3de", "#d08c2e"

Series = tuple[str, Sequence[int], str]  # label, one value per category, colour


def chart_view() -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return view


def show_bars(view: QChartView, categories: Sequence[str], series: Sequence[Series], *,
              horizontal: bool) -> None:
    """Replace the chart's bars. Horizontal charts list the first category on top."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    if horizontal:
        categories = list(reversed(categories))
        series = [(label, list(reversed(values)), colour) for label, values, colour in series]
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for label, values, colour in series:
        bar_set = QBarSet(label)
        bar_set.append([float(value) for value in values])
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(bars)
    names, counts = QBarCategoryAxis(), QValueAxis()
    names.append(list(categories))
    top = max((value for _, values, _ in series for value in values), default=0)
    counts.setRange(0, max(top, 1))
    counts.setLabelFormat("%d")
    counts.setTickCount(min(max(top, 1), 5) + 1)
    name_side, count_side = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal \
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(names, name_side)
    chart.addAxis(counts, count_side)
    bars.attachAxis(names)
    bars.attachAxis(counts)
    chart.legend().setVisible(len(series) > 1)
