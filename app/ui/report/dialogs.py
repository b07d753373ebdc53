"""Dialogs of the report screen: column mapping for a platform's export, hand entry."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import metrics_parse as mp
from app.core.platforms import PLATFORMS
from app.services.metrics import CsvTable, MetricValues
from app.ui.calendar.dialogs import from_qdatetime, to_qdatetime
from app.ui.style.theme import set_role


def field_labels(widget: QWidget) -> dict[str, str]:
    return {
        "": widget.tr("(abaikan)"),
        "project_id": widget.tr("ID proyek (project_id)"),
        "title": widget.tr("Judul video (title)"),
        "url": widget.tr("Tautan video (url)"),
        "platform": widget.tr("Platform"),
        "posted_at": widget.tr("Tanggal tayang (posted_at)"),
        "views": widget.tr("Tayangan (views)"),
        "likes": widget.tr("Suka (likes)"),
        "comments": widget.tr("Komentar (comments)"),
        "shares": widget.tr("Dibagikan (shares)"),
        "saves": widget.tr("Disimpan (saves)"),
        "watch_time_s": widget.tr("Rata-rata durasi tonton, detik (watch_time_s)"),
        "followers_gained": widget.tr("Pengikut baru (followers_gained)"),
    }


class MappingDialog(QDialog):
    """Which column of the file is which number; remembered under a name for next time."""

    def __init__(
        self,
        table: CsvTable,
        saved: dict[str, dict],
        parent: QWidget | None = None,
        initial: dict[str, str] | None = None,
        platform: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pemetaan kolom"))
        self.table_data = table
        self.saved = saved
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pilih arti setiap kolom berkas. Kolom yang diabaikan tidak diimpor. Perlu kolom "
                "judul atau ID proyek, dan minimal satu angka."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pemetaan tersimpan:"), self))
        self.saved_combo = QComboBox(self)
        self.saved_combo.addItem(self.tr("(baru)"), "")
        for name in saved:
            self.saved_combo.addItem(name, name)
        self.saved_combo.currentIndexChanged.connect(self.on_saved_changed)
        top.addWidget(self.saved_combo, 1)
        top.addWidget(QLabel(self.tr("Platform:"), self))
        self.platform = QComboBox(self)
        self.platform.addItem(self.tr("(dari kolom platform)"), "")
        for key, info in PLATFORMS.items():
            self.platform.addItem(info.label, key)
        self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        top.addWidget(self.platform)
        layout.addLayout(top)
        self.grid = QTableWidget(len(table.headers), 3, self)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Kolom berkas"), self.tr("Contoh"), self.tr("Artinya")]
        )
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.grid.verticalHeader().hide()
        labels = field_labels(self)
        self.combos: list[QComboBox] = []
        sample = next((r for r in table.rows if r), {})
        for row, header in enumerate(table.headers):
            name = QTableWidgetItem(header)
            name.setFlags(Qt.ItemIsEnabled)
            example = QTableWidgetItem(sample.get(header, ""))
            example.setFlags(Qt.ItemIsEnabled)
            self.grid.setItem(row, 0, name)
            self.grid.setItem(row, 1, example)
            combo = QComboBox(self)
            for key, label in labels.items():
                combo.addItem(label, key)
            self.combos.append(combo)
            self.grid.setCellWidget(row, 2, combo)
        self.grid.resizeColumnToContents(0)
        self.grid.setColumnWidth(2, 300)
        layout.addWidget(self.grid, 1)
        save_row = QHBoxLayout()
        self.remember = QCheckBox(self.tr("Ingat pemetaan ini sebagai"), self)
        self.remember.setChecked(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("mis. Ekspor TikTok Studio"))
        save_row.addWidget(self.remember)
        save_row.addWidget(self.name, 1)
        layout.addLayout(save_row)
        self.error = QLabel(self)
        set_role(self.error, "error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Impor"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.apply_columns(initial or {})
        self.resize(760, 480)

    def apply_columns(self, columns: dict[str, str]) -> None:
        """Set each combo from {header: field} or, failing that, the known header names."""
        plan = mp.plan_columns(self.table_data.headers, columns)
        by_header = {h: f for f, h in plan.columns.items()}
        for header, combo in zip(self.table_data.headers, self.combos, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(by_header.get(header, ""))))

    def on_saved_changed(self) -> None:
        name = self.saved_combo.currentData()
        if name:
            saved = self.saved[name]
            self.apply_columns(saved.get("columns", {}))
            self.platform.setCurrentIndex(max(0, self.platform.findData(saved.get("platform", ""))))
            self.name.setText(name)

    def columns(self) -> dict[str, str]:
        return {
            h: c.currentData()
            for h, c in zip(self.table_data.headers, self.combos, strict=True)
            if c.currentData()
        }

    def save_name(self) -> str | None:
        return self.name.text().strip() or None if self.remember.isChecked() else None

    def selected_platform(self) -> str | None:
        return self.platform.currentData() or None

    def accept(self) -> None:
        chosen = list(self.columns().values())
        if len(chosen) != len(set(chosen)):
            self.error.setText(self.tr("Satu arti hanya boleh dipilih untuk satu kolom."))
            return
        plan = mp.plan_columns(list(self.columns()), self.columns())
        if plan.missing:
            self.error.setText(self.tr("Perlu kolom judul atau ID proyek, dan minimal satu angka."))
            return
        if "platform" not in chosen and not self.selected_platform():
            self.error.setText(self.tr("Pilih platform: berkas ini tidak punya kolom platform."))
            return
        if self.remember.isChecked() and not self.name.text().strip():
            self.error.setText(self.tr("Beri nama pemetaan, atau jangan centang 'Ingat'."))
            return
        super().accept()


class HandEntryDialog(QDialog):
    """Type a video's numbers from the platform's app (per platform)."""

    def __init__(
        self,
        projects: list[tuple[int, str]],
        lookup,
        now: datetime,
        parent: QWidget | None = None,
        project_id: int | None = None,
        platform: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isi angka kinerja"))
        self.lookup = lookup  # (project_id, platform) -> MetricValues | None
        self.now = now
        form = QFormLayout(self)
        self.project = QComboBox(self)
        for pid, title in projects:
            self.project.addItem(title, pid)
        if project_id is not None:
            self.project.setCurrentIndex(max(0, self.project.findData(project_id)))
        form.addRow(self.tr("Video"), self.project)
        self.platform = QComboBox(self)
        for key, info in PLATFORMS.items():
            self.platform.addItem(info.label, key)
        if platform:
            self.platform.setCurrentIndex(max(0, self.platform.findData(platform)))
        form.addRow(self.tr("Platform"), self.platform)
        self.posted = QDateTimeEdit(to_qdatetime(now), self)
        self.posted.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.posted.setCalendarPopup(True)
        form.addRow(self.tr("Tanggal tayang"), self.posted)
        labels = field_labels(self)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for name in mp.METRIC_FIELDS:
            spin = QDoubleSpinBox(self) if name == "watch_time_s" else QSpinBox(self)
            spin.setRange(0, 2_000_000_000 if isinstance(spin, QSpinBox) else 100_000)
            spin.setGroupSeparatorShown(True)
            self.spins[name] = spin
            form.addRow(labels[name], spin)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.project.currentIndexChanged.connect(self._load)
        self.platform.currentIndexChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        current = self.lookup(self.project.currentData(), self.platform.currentData())
        values = current or MetricValues(self.now)
        self.posted.setDateTime(to_qdatetime(values.posted_at or self.now))
        for name, spin in self.spins.items():
            spin.setValue(getattr(values, name))

    def values(self) -> tuple[int, str, MetricValues]:
        numbers = {
            n: (s.value() if n == "watch_time_s" else int(s.value())) for n, s in self.spins.items()
        }
        return (
            self.project.currentData(),
            self.platform.currentData(),
            MetricValues(from_qdatetime(self.posted.dateTime()), **numbers),
        )
