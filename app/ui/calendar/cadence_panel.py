"""Cadence chart (published vs target for 8 weeks past, planned vs target for 4 ahead) and
the warnings the team should act on."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.core.platforms import PLATFORMS
from app.services.calendar import CadenceView
from app.ui.calendar.grid import status_labels


class CadencePanel(QWidget):
    project_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Ritme unggah per minggu"))
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.legend().setAlignment(Qt.AlignBottom)
        self.chart.setAnimationOptions(QChart.NoAnimation)
        self.view = QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.Antialiasing)
        self.view.setMinimumHeight(200)
        layout.addWidget(self.view)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings.itemDoubleClicked.connect(self._on_warning_activated)
        self.series: QStackedBarSeries | None = None
        self.target_line: QLineSeries | None = None

    def show_cadence(self, view: CadenceView) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        published = QBarSet(self.tr("Tayang"))
        planned = QBarSet(self.tr("Direncanakan"))
        published.setColor(QColor("#2e7d32"))
        planned.setColor(QColor("#1565c0"))
        # Target as a line over the bars: one bar per week stays readable at 12 weeks.
        target = QLineSeries()
        target.setName(self.tr("Target"))
        target.setPen(QPen(QColor("#ef6c00"), 2, Qt.DashLine))
        categories = []
        for index, week in enumerate(view.weeks):
            # Day of month only: twelve "28/09" labels do not fit a side panel.
            categories.append(str(week.week_start.day))
            published.append(week.count if week.kind == "published" else 0)
            planned.append(week.count if week.kind == "planned" else 0)
            target.append(index, week.target)
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        for bar_set in (published, planned):
            series.append(bar_set)
        self.chart.addSeries(series)
        self.chart.addSeries(target)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        if view.weeks:
            first, last = view.weeks[0].week_start, view.weeks[-1].week_start
            axis_x.setTitleText(
                self.tr("minggu mulai tanggal ({0} – {1})").format(
                    f"{first:%d/%m}", f"{last:%d/%m/%Y}"
                )
            )
            title_font = axis_x.titleFont()
            title_font.setPointSizeF(max(6.0, title_font.pointSizeF() * 0.8))
            title_font.setBold(False)
            axis_x.setTitleFont(title_font)
        small = axis_x.labelsFont()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        axis_x.setLabelsFont(small)
        axis_y = QValueAxis()
        top = max([w.count for w in view.weeks] + [w.target for w in view.weeks] + [1])
        axis_y.setRange(0, top + 1)
        axis_y.setTickCount(top + 2 if top < 8 else 5)
        axis_y.setLabelFormat("%d")
        self.chart.addAxis(axis_x, Qt.AlignBottom)
        self.chart.addAxis(axis_y, Qt.AlignLeft)
        for item in (series, target):
            item.attachAxis(axis_x)
            item.attachAxis(axis_y)
        self.series, self.target_line = series, target
        self._fill_warnings(view)

    def _fill_warnings(self, view: CadenceView) -> None:
        labels = status_labels(self)
        self.warnings.clear()
        empty: dict[object, list[str]] = {}
        for w in view.warnings:
            platform = PLATFORMS[w.platform].label if w.platform in PLATFORMS else ""
            if w.kind == "empty_week":
                empty.setdefault(w.when, []).append(platform)
                continue
            if w.kind == "overdue_approved":
                text = self.tr(
                    "‼ Lewat jadwal: “{0}” sudah disetujui tetapi belum tayang di {1} (jadwal {2})."
                ).format(w.title, platform, f"{w.when:%d/%m}")
                colour = "#ffebee"
            else:
                text = self.tr("⚠ Tayang {0} di {1}: “{2}” masih berstatus {3}.").format(
                    f"{w.when:%d/%m}", platform, w.title, labels.get(w.status, w.status)
                )
                colour = "#fff8e1"
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, w.project_id)
            item.setBackground(QColor(colour))
            self.warnings.addItem(item)
        for when, platforms in empty.items():
            item = QListWidgetItem(
                self.tr("○ Minggu {0}: belum ada jadwal di {1}.").format(
                    f"{when:%d/%m}", ", ".join(platforms)
                )
            )
            self.warnings.addItem(item)
        if not self.warnings.count():
            self.warnings.addItem(QListWidgetItem(self.tr("✓ Tidak ada peringatan.")))

    def _on_warning_activated(self, item: QListWidgetItem) -> None:
        project_id = item.data(Qt.UserRole)
        if project_id:
            self.project_activated.emit(int(project_id))
