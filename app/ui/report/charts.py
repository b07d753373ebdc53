"""Small QtCharts bar charts for the report screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget


class BarChart(QChartView):
    """One series of bars; horizontal for long labels (templates, topics)."""

    def __init__(
        self,
        title: str,
        colour: str = "#1565c0",
        horizontal: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        self._chart = QChart()
        super().__init__(self._chart, parent)
        self._chart.setTitle(title)
        font = QFont(self._chart.titleFont())
        font.setBold(True)
        self._chart.setTitleFont(font)
        self._chart.legend().hide()
        self._chart.setMargins(QMargins(2, 2, 2, 2))
        self._chart.setAnimationOptions(QChart.NoAnimation)
        self.colour = colour
        self.horizontal = horizontal
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(170)
        self.values: list[tuple[str, float]] = []

    def set_values(self, items: list[tuple[str, float]], fmt: Callable[[float], str] = str) -> None:
        """Bars labelled with their value in the UI language ("TikTok · 12.480")."""
        self.values = list(items)
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bar_set = QBarSet("")
        bar_set.setColor(QColor(self.colour))
        bar_set.setLabelColor(QColor("#111827"))
        categories = []
        # Horizontal charts list the biggest first from the top.
        ordered = list(reversed(items)) if self.horizontal else items
        for name, value in ordered:
            short = name if len(name) <= 22 else name[:21] + "…"
            sep = " · " if self.horizontal else "\n"
            categories.append(f"{short}{sep}{fmt(value)}")
            bar_set.append(value)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bar_set)
        # QtCharts can only print values C-style ("12480", "11.2"); the categories carry them.
        series.setLabelsVisible(False)
        chart.addSeries(series)
        cat_axis = QBarCategoryAxis()
        cat_axis.append(categories or ["–"])
        val_axis = QValueAxis()
        top = max([v for _, v in items] + [0])
        val_axis.setRange(0, top * 1.25 if top else 1)
        val_axis.setTickCount(3)
        val_axis.applyNiceNumbers()
        val_axis.setLabelsVisible(False)
        if self.horizontal:
            chart.addAxis(cat_axis, Qt.AlignLeft)
            chart.addAxis(val_axis, Qt.AlignBottom)
        else:
            chart.addAxis(cat_axis, Qt.AlignBottom)
            chart.addAxis(val_axis, Qt.AlignLeft)
        series.attachAxis(cat_axis)
        series.attachAxis(val_axis)
