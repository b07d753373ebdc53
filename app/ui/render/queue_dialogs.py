"""Dialogs of the queue panel: add projects or a series, import a batch sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.batch_sheet import known_presets
from app.services.context import AppContext
from app.services.projects import ProjectService


def _preset_combo(parent: QWidget, allow_sheet: bool = False) -> QComboBox:
    combo = QComboBox(parent)
    if allow_sheet:
        combo.addItem(QCoreApplication.translate("QueueDialogs", "Sesuai lembar"), "")
    for key in known_presets():
        combo.addItem(key, key)
    return combo


def _quality_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("QueueDialogs", "Final"), "final")
    combo.addItem(QCoreApplication.translate("QueueDialogs", "Draf (cepat)"), "draft")
    return combo


class AddJobsDialog(QDialog):
    """Pick projects (or a whole series) to queue, with preset and quality."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        series_mode: bool = False,
        project_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Tambah seri ke antrean")
            if series_mode
            else self.tr("Tambah proyek ke antrean")
        )
        summaries = ctx.service(ProjectService).summaries()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.series = QComboBox(self)
        self.series.addItem(self.tr("(pilih sendiri)"), "")
        for name in sorted({p.series for p in summaries if p.series}):
            self.series.addItem(name, name)
        self.series.currentIndexChanged.connect(self.on_series_changed)
        form.addRow(self.tr("Seri:"), self.series)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        for p in summaries:
            label = f"{p.title}  —  {p.series}" if p.series else p.title
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.UserRole, p.id)
            item.setData(Qt.UserRole + 1, p.series)
            item.setSelected(p.id == project_id and not series_mode)
        form.addRow(self.tr("Proyek:"), self.list)
        self.preset_box = _preset_combo(self)
        form.addRow(self.tr("Preset:"), self.preset_box)
        self.quality_box = _quality_combo(self)
        form.addRow(self.tr("Kualitas:"), self.quality_box)
        self.kit = QCheckBox(self.tr("Buat paket unggah (MP4, SRT, sampul, caption)"), self)
        form.addRow("", self.kit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Masukkan antrean"))
        layout.addWidget(buttons)
        self.list.itemSelectionChanged.connect(lambda: self.ok.setEnabled(bool(self.project_ids())))
        self.ok.setEnabled(bool(self.project_ids()))
        if series_mode and self.series.count() > 1:
            self.series.setCurrentIndex(1)
            self.series.setFocus()

    def on_series_changed(self) -> None:
        name = self.series.currentData()
        if not name:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setSelected(item.data(Qt.UserRole + 1) == name)

    def project_ids(self) -> list[int]:
        return [i.data(Qt.UserRole) for i in self.list.selectedItems()]

    def preset(self) -> str:
        return self.preset_box.currentData()

    def quality(self) -> str:
        return self.quality_box.currentData()

    def upload_kit(self) -> bool:
        return self.kit.isChecked()


class SheetDialog(QDialog):
    """Choose a CSV/XLSX sheet and the output folder of its upload kits."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Impor lembar batch"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet = QLineEdit(self)
        self.sheet.setPlaceholderText(self.tr("berkas .csv atau .xlsx"))
        form.addRow(self.tr("Lembar:"), self._with_browse(self.sheet, self.on_browse_sheet_clicked))
        self.out = QLineEdit(self)
        self.out.setText(str(ctx.workspace.renders_dir))
        form.addRow(
            self.tr("Folder keluaran:"), self._with_browse(self.out, self.on_browse_out_clicked)
        )
        self.preset_box = _preset_combo(self, allow_sheet=True)
        form.addRow(self.tr("Preset:"), self.preset_box)
        self.quality_box = _quality_combo(self)
        form.addRow(self.tr("Kualitas:"), self.quality_box)
        self.zip = QCheckBox(self.tr("Satu ZIP untuk seluruh batch"), self)
        form.addRow("", self.zip)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("Impor dan antrekan"))
        layout.addWidget(buttons)
        self.sheet.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(False)
        self.resize(560, self.sizeHint().height())

    def _with_browse(self, edit: QLineEdit, slot) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Pilih…"), box)
        button.clicked.connect(slot)
        row.addWidget(button)
        return box

    def on_browse_sheet_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih lembar batch"),
            "",
            self.tr("Lembar (*.csv *.xlsx);;Semua berkas (*)"),
        )
        if path:
            self.sheet.setText(path)
            if not self.out.text().strip() or self.out.text() == self.out.placeholderText():
                self.out.setText(str(Path(path).parent / "keluaran"))

    def on_browse_out_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder keluaran"), self.out.text())
        if path:
            self.out.setText(path)

    def values(self) -> tuple[Path, Path, str | None, str, bool]:
        return (
            Path(self.sheet.text().strip()),
            Path(self.out.text().strip()),
            self.preset_box.currentData() or None,
            self.quality_box.currentData(),
            self.zip.isChecked(),
        )
