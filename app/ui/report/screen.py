"""Report screen: a month's reach and engagement with charts; metrics import and hand entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core import reports as core
from app.core.errors import KilasError
from app.core.formatting import fmt_int, fmt_percent, month_label
from app.core.overwrite import Overwrite
from app.core.platforms import PLATFORMS
from app.resources.templates import load_templates
from app.services.calendar import CalendarService
from app.services.metrics import ImportResult, MetricsService, reason_text
from app.services.projects import ProjectService
from app.services.reports import ReportService
from app.ui.calendar.edits import ServiceEdit
from app.ui.common.actions import add_action
from app.ui.common.empty_state import EmptyState
from app.ui.common.screen import Screen
from app.ui.report.charts import BarChart
from app.ui.report.dialogs import HandEntryDialog, MappingDialog
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner, Outcome


class ReportScreen(Screen):
    import_finished = Signal(object)  # ImportResult
    export_finished = Signal(str)  # the file written
    job_failed = Signal(object)  # KilasError
    job_done = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.runner = JobRunner(self)
        self.job = None
        self.reports = ctx.service(ReportService)
        self.metrics = ctx.service(MetricsService)
        self.report: core.MonthlyReport | None = None
        self._rows: list[core.MetricRow] | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QToolBar(self)
        bar.addWidget(QLabel(self.tr("Bulan: "), self))
        self.month = QComboBox(self)
        self.month.setMinimumWidth(160)
        self.month.currentIndexChanged.connect(self.on_month_changed)
        bar.addWidget(self.month)
        bar.addSeparator()
        self.import_action = add_action(
            self,
            bar,
            self.tr("Impor angka (CSV)…"),
            "Ctrl+I",
            self.on_import_triggered,
            icon="file-input",
        )
        self.entry_action = add_action(
            self,
            bar,
            self.tr("Isi angka manual…"),
            "Ctrl+Shift+N",
            self.on_entry_triggered,
            icon="square-pen",
        )
        bar.addSeparator()
        add_action(
            self,
            bar,
            self.tr("Ekspor PDF…"),
            "Ctrl+P",
            lambda: self.on_export_triggered("pdf"),
            icon="printer",
        )
        add_action(
            self,
            bar,
            self.tr("Ekspor CSV…"),
            "Ctrl+E",
            lambda: self.on_export_triggered("csv"),
            icon="file-spreadsheet",
        )
        layout.addWidget(bar)

        kpi_row = QHBoxLayout()
        self.kpis: dict[str, QLabel] = {}
        for key, title in (
            ("views", self.tr("Tayangan")),
            ("interactions", self.tr("Interaksi")),
            ("er", self.tr("Tingkat keterlibatan")),
            ("followers", self.tr("Pengikut baru")),
            ("videos", self.tr("Video tayang")),
            ("best", self.tr("Waktu unggah terbaik")),
        ):
            box = QFrame(self)
            box.setFrameShape(QFrame.StyledPanel)
            set_role(box, "panel")
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 4, 8, 4)
            caption = QLabel(title, box)
            set_role(caption, "muted")
            value = QLabel("–", box)
            value.setTextFormat(Qt.RichText)
            inner.addWidget(caption)
            inner.addWidget(value)
            self.kpis[key] = value
            kpi_row.addWidget(box, 1)
        layout.addLayout(kpi_row)

        self.tabs = QTabWidget(self)
        charts_page = QWidget(self.tabs)
        grid = QGridLayout(charts_page)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        self.chart_platform = BarChart(self.tr("Tayangan per platform"))
        self.chart_months = BarChart(self.tr("Tayangan 6 bulan terakhir"))
        self.chart_weekday = BarChart(self.tr("Rata-rata tayangan per hari unggah"), "#ef6c00")
        self.chart_hour = BarChart(self.tr("Rata-rata tayangan per jam unggah"), "#ef6c00")
        self.chart_template = BarChart(self.tr("Keterlibatan per format (%)"), "#6a1b9a", True)
        self.chart_duration = BarChart(self.tr("Rata-rata tayangan per durasi"), "#00838f")
        self.chart_topic = BarChart(self.tr("Tayangan per topik"), "#2e7d32", True)
        charts = [
            self.chart_platform,
            self.chart_months,
            self.chart_template,
            self.chart_weekday,
            self.chart_hour,
            self.chart_duration,
        ]
        for index, chart in enumerate(charts):
            grid.addWidget(chart, index // 3, index % 3)
        self.tabs.addTab(charts_page, self.tr("Grafik"))
        topic_page = QWidget(self.tabs)
        topic_layout = QVBoxLayout(topic_page)
        topic_layout.addWidget(self.chart_topic)
        self.tabs.addTab(topic_page, self.tr("Topik"))
        self.table = QTableWidget(0, 9, self.tabs)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Judul"),
                self.tr("Platform"),
                self.tr("Tayang"),
                self.tr("Tayangan"),
                self.tr("Suka"),
                self.tr("Komentar"),
                self.tr("Dibagikan"),
                self.tr("Disimpan"),
                self.tr("Keterlibatan"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.itemDoubleClicked.connect(self.on_table_double_clicked)
        self.tabs.addTab(self.table, self.tr("Video"))
        layout.addWidget(self.tabs, 1)
        self.empty = EmptyState(
            "chart-column",
            self.tr(
                "Belum ada angka kinerja bulan ini. Impor CSV dari platform, "
                "atau isi manual (Ctrl+Shift+N)."
            ),
            self.tr("Impor angka (CSV)…"),
            cover=self.tabs,
        )
        self.empty.action_triggered.connect(self.import_action.trigger)
        self.job_box = QWidget(self)
        job_row = QHBoxLayout(self.job_box)
        job_row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar(self.job_box)
        self.cancel_button = QPushButton(self.tr("Batal"), self.job_box)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        job_row.addWidget(self.progress, 1)
        job_row.addWidget(self.cancel_button)
        self.job_box.hide()
        layout.addWidget(self.job_box)

    # data -------------------------------------------------------------------------------------
    def month_label(self, month: str) -> str:
        return month_label(month, self.ctx.language)

    def fmt_int(self, value: float) -> str:
        return fmt_int(value, self.ctx.language)

    def fmt_pct(self, value: float) -> str:
        return fmt_percent(value, self.ctx.language)

    def refresh(self) -> None:
        current = self.month.currentData()
        self._rows = self.reports.rows()  # read once per refresh
        months = self.reports.months(self._rows)
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            self.month.addItem(self.month_label(month), month)
        if current in months:
            self.month.setCurrentIndex(months.index(current))
        else:
            # The newest month that has numbers, else this month.
            with_data = {core.month_key(r.posted_at) for r in self._rows if r.posted_at}
            first = next((i for i, m in enumerate(months) if m in with_data), 0)
            self.month.setCurrentIndex(first)
        self.month.blockSignals(False)
        self.import_action.setEnabled(not self.ctx.read_only)
        self.entry_action.setEnabled(not self.ctx.read_only)
        self.show_month(self.month.currentData())

    def set_month(self, month: str) -> None:
        index = self.month.findData(month)
        if index < 0:
            self.month.addItem(self.month_label(month), month)
            index = self.month.count() - 1
        self.month.setCurrentIndex(index)

    def show_month(self, month: str | None) -> None:
        if not month:
            return
        if self._rows is None:
            self._rows = self.reports.rows()
        report = self.reports.monthly(month, self._rows)
        self.report = report
        tot, prev = report.totals, report.previous
        interactions = tot.likes + tot.comments + tot.shares + tot.saves
        prev_inter = prev.likes + prev.comments + prev.shares + prev.saves

        def change(now: float, before: float) -> str:
            if not before:
                return ""
            delta = (now - before) / before * 100
            colour = "#2e7d32" if delta >= 0 else "#c62828"
            arrow = "▲" if delta >= 0 else "▼"
            amount = fmt_percent(abs(delta) / 100, self.ctx.language, digits=0)
            return f" <span style='color:{colour}; font-size:small'>{arrow}{amount}</span>"

        big = "<span style='font-size:16pt; font-weight:bold'>{0}</span>"
        self.kpis["views"].setText(
            big.format(self.fmt_int(tot.views)) + change(tot.views, prev.views)
        )
        self.kpis["interactions"].setText(
            big.format(self.fmt_int(interactions)) + change(interactions, prev_inter)
        )
        self.kpis["er"].setText(
            big.format(self.fmt_pct(tot.engagement_rate))
            + change(tot.engagement_rate, prev.engagement_rate)
        )
        self.kpis["followers"].setText(
            big.format(self.fmt_int(tot.followers_gained))
            + change(tot.followers_gained, prev.followers_gained)
        )
        self.kpis["videos"].setText(big.format(self.fmt_int(tot.videos)))
        best = core.best_times(report)
        self.kpis["best"].setText(
            big.format(", ".join(core.group_label(b, self.ctx.language) for b in best) or "–")
        )

        def label(key: str) -> str:
            return PLATFORMS[key].label if key in PLATFORMS else key

        lang = self.ctx.language

        def avg(groups) -> list[tuple[str, int]]:
            return [(core.group_label(g.key, lang), round(g.totals.avg_views)) for g in groups]

        count = self.fmt_int
        self.chart_platform.set_values(
            [(label(g.key), g.totals.views) for g in report.by_platform], count
        )
        self.chart_months.set_values(
            [(month_label(g.key, lang, short=True), g.totals.views) for g in report.by_month], count
        )
        titles = {name: tpl.title_in(lang) for name, tpl in load_templates().items()}
        self.chart_template.set_values(
            [(titles.get(g.key, g.key), g.totals.engagement_rate) for g in report.by_template],
            self.fmt_pct,
        )
        self.chart_weekday.set_values(avg(report.by_weekday), count)
        self.chart_hour.set_values(avg(report.by_hour), count)
        self.chart_duration.set_values(avg(report.by_duration), count)
        self.chart_topic.set_values([(g.key, g.totals.views) for g in report.by_topic], count)
        self._fill_table(report)
        self.empty.setVisible(not report.videos)

    def _fill_table(self, report: core.MonthlyReport) -> None:
        self.table.setRowCount(len(report.videos))
        for row, v in enumerate(report.videos):
            rate = v.interactions / v.views if v.views else 0.0
            cells = [
                v.title,
                PLATFORMS[v.platform].label if v.platform in PLATFORMS else v.platform,
                f"{v.posted_at:%d/%m/%Y %H:%M}" if v.posted_at else "",
                self.fmt_int(v.views),
                self.fmt_int(v.likes),
                self.fmt_int(v.comments),
                self.fmt_int(v.shares),
                self.fmt_int(v.saves),
                self.fmt_pct(rate),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, (v.project_id, v.platform))
                if col >= 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, col, item)

    def _show_error(self, exc: KilasError) -> None:
        QMessageBox.warning(self, self.tr("Laporan"), exc.message(self.ctx.language))

    # slots ------------------------------------------------------------------------------------
    def on_month_changed(self) -> None:
        self.show_month(self.month.currentData())

    def on_table_double_clicked(self, item: QTableWidgetItem) -> None:
        project_id, platform = item.data(Qt.UserRole)
        self.open_entry(project_id, platform)

    def on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Impor angka kinerja"),
            str(Path.home()),
            self.tr("Berkas CSV (*.csv *.txt)"),
        )
        if path:
            self.import_file(Path(path), ask_mapping=True)

    def import_file(self, path: Path, ask_mapping: bool = True, dialog_factory=None) -> bool:
        """Import a CSV in the background; a file Kilas cannot read by itself first opens the
        column-mapping dialog. Returns False when nothing was started."""
        if self.job is not None:
            return False
        try:
            table, plan = self.metrics.preview(path)
        except KilasError as exc:
            self._show_error(exc)
            return False
        columns, platform, save_as = None, None, None
        if plan.missing or (ask_mapping and plan.unknown_columns) or "platform" not in plan.columns:
            saved = self.metrics.mappings()
            factory = dialog_factory or MappingDialog
            dialog = factory(table, saved, self)
            if not dialog.exec():
                return False
            columns, platform, save_as = (
                dialog.columns(),
                dialog.selected_platform(),
                dialog.save_name(),
            )
        chosen = (platform, columns, save_as)

        def job(report, cancel):
            before = self.metrics.snapshot()
            result = self.metrics.import_csv(
                path,
                platform=chosen[0],
                columns=chosen[1],
                save_as=chosen[2],
                report=report,
                cancel=cancel,
            )
            return result, before, self.metrics.snapshot()

        self._start_job(self.tr("Mengimpor {0}…").format(path.name), job, self._on_imported)
        return True

    def _on_imported(self, outcome) -> None:
        result, before, after = outcome
        self.undo_stack.push(
            ServiceEdit(
                self.tr("Impor angka kinerja"),
                lambda: self.metrics.restore_snapshot(after),
                lambda: self.metrics.restore_snapshot(before),
                self.refresh,
                self._show_error,
            )
        )
        self.refresh()
        self.import_finished.emit(result)
        self._report_import(result)

    # background jobs ----------------------------------------------------------------------
    def _start_job(self, label: str, fn, on_done) -> None:
        """Run import/export off the GUI thread with a progress bar and Cancel."""
        if self.job is not None:
            return
        self.progress.setValue(0)
        self.progress.setFormat(label + " %p%")
        self.job_box.show()
        self.job = self.runner.start(
            fn,
            on_progress=lambda f, _label: self.progress.setValue(int(f * 100)),
            on_succeeded=on_done,
            on_failed=self._on_job_failed,
            on_canceled=lambda: self.status_message.emit(
                self.tr("Dibatalkan; tidak ada yang diubah.")
            ),
            on_finished=self._on_job_finished,
        )

    def _on_job_failed(self, exc: KilasError) -> None:
        self._show_error(exc)
        self.job_failed.emit(exc)

    def _on_job_finished(self, _outcome: Outcome) -> None:
        self.job = None
        self.job_box.hide()
        self.job_done.emit()

    def on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def import_summary(self, result: ImportResult) -> tuple[str, str]:
        text = self.tr("{0} angka baru, {1} diperbarui.").format(result.created, result.updated)
        lines = []
        if result.unknown_videos:
            text += " " + self.tr("{0} baris menyebut video yang tidak dikenal Kilas.").format(
                len(result.unknown_videos)
            )
        for row in result.unknown_videos:
            name = row.title or f"project_id {row.project_id}"
            lines.append(
                self.tr("Baris {0}: {1} — {2}").format(
                    row.line, name, reason_text(row.reason, self.ctx.language)
                )
            )
        for row in result.bad_rows:
            lines.append(self.tr("Baris {0}: tidak terbaca ({1})").format(row.line, row.reason))
        if result.unknown_columns:
            lines.append(self.tr("Kolom diabaikan: {0}").format(", ".join(result.unknown_columns)))
        return text, "\n".join(lines)

    def _report_import(self, result: ImportResult) -> None:
        text, details = self.import_summary(result)
        self.status_message.emit(text)
        if details:
            box = QMessageBox(
                QMessageBox.Information, self.tr("Hasil impor"), text, QMessageBox.Ok, self
            )
            box.setDetailedText(details)
            box.setInformativeText(details if len(details) < 600 else "")
            box.exec()

    def on_entry_triggered(self) -> None:
        self.open_entry(self.project_id)

    def open_entry(self, project_id: int | None, platform: str | None = None) -> None:
        projects = [(p.id, p.title) for p in self.ctx.service(ProjectService).summaries()]
        if not projects:
            return
        now = self.ctx.service(CalendarService).now_local()
        dialog = HandEntryDialog(projects, self.metrics.get, now, self, project_id, platform)
        if dialog.exec():
            self.record(*dialog.values())

    def record(self, project_id: int, platform: str, values) -> bool:
        try:
            previous = self.metrics.record(project_id, platform, values)
        except KilasError as exc:
            self._show_error(exc)
            return False
        self.undo_stack.push(
            ServiceEdit(
                self.tr("Isi angka kinerja"),
                lambda: self.metrics.record(project_id, platform, values),
                lambda: self.metrics.restore(project_id, platform, previous),
                self.refresh,
                self._show_error,
            )
        )
        self.refresh()
        if values.posted_at:
            self.set_month(core.month_key(values.posted_at))
        return True

    def on_export_triggered(self, fmt: str) -> None:
        month = self.month.currentData()
        if not month:
            return
        suggested = str(Path.home() / f"laporan-kilas-{month}.{fmt}")
        filters = "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor laporan"), suggested, filters)
        if path:
            self.export(month, fmt, Path(path))

    def export(self, month: str, fmt: str, path: Path) -> None:
        """Write the month's report in the background (PDF painting, CSV)."""

        def job(report, cancel):
            report(0.1, "")
            self.reports.export(month, fmt, path, Overwrite.REPLACE)  # the dialog asked
            return str(path)

        def done(out: str) -> None:
            self.status_message.emit(self.tr("Laporan disimpan: {0}").format(out))
            self.export_finished.emit(out)

        self._start_job(self.tr("Menyimpan laporan…"), job, done)
