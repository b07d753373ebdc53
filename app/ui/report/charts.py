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
from PySide6.QtCore import QMargins, QPointF, Qt
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
        """Bars with their value written at the end in the UI language (12.480, 11,2 %)."""
        self.values = list(items)
        self.value_texts: list[str] = []
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
            categories.append(name if len(name) <= 22 else name[:21] + "…")
            bar_set.append(value)
            self.value_texts.append(fmt(value))
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        series.append(bar_set)
        # QtCharts prints values only C-style ("12480", "11.2"): drawForeground writes them.
        series.setLabelsVisible(False)
        self._series = series
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

    def value_label_positions(self) -> list[tuple[QPointF, str]]:
        """Where each value is written (scene coordinates, just past the bar's end)."""
        series = getattr(self, "_series", None)
        if series is None:
            return []
        out = []
        for index, ((_name, value), text) in enumerate(
            zip(
                list(reversed(self.values)) if self.horizontal else self.values,
                self.value_texts,
                strict=True,
            )
        ):
            end = QPointF(value, index) if self.horizontal else QPointF(index, value)
            out.append((self._chart.mapToScene(self._chart.mapToPosition(end, series)), text))
        return out

    def drawForeground(self, painter: QPainter, rect) -> None:
        super().drawForeground(painter, rect)
        metrics = painter.fontMetrics()
        painter.setPen(QColor("#111827"))
        for point, text in self.value_label_positions():
            width = metrics.horizontalAdvance(text)
            if self.horizontal:
                painter.drawText(QPointF(point.x() + 4, point.y() + metrics.ascent() / 2), text)
            else:
                painter.drawText(QPointF(point.x() - width / 2, point.y() - 4), text)
