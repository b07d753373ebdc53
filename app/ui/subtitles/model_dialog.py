"""Whisper model dialog: models found and imported, import a `.pt` file or a CTranslate2
folder (validated by loading it in the child process), choose the one in use, download
only on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.context import AppContext
from app.services.whisper_models import WhisperModelService
from app.workers.jobs import JobRunner, Outcome


class ModelDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.svc = ctx.service(WhisperModelService)
        self.runner = JobRunner(self)
        self.job = None
        self.setWindowTitle(self.tr("Model Whisper"))
        self.resize(760, 420)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kilas bekerja tanpa internet. Model berkas .pt (openai-whisper) atau folder "
                "CTranslate2 (faster-whisper, lebih cepat) diimpor dari flashdisk atau folder "
                "bersama; Kilas juga menemukan model di cache biasa dan di folder models/ ruang kerja."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dipakai"),
                self.tr("Nama"),
                self.tr("Mesin"),
                self.tr("Ukuran"),
                self.tr("Lokasi"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_use_button)
        lay.addWidget(self.table, 1)
        # The empty-list hint has its own line: the status line below keeps the outcome of
        # the last action (a failed download), which a refresh used to overwrite.
        self.empty_hint = QLabel(
            self.tr("Belum ada model. Impor berkas .pt atau folder CTranslate2.")
        )
        self.empty_hint.setWordWrap(True)
        lay.addWidget(self.empty_hint)
        row = QHBoxLayout()
        self.use_btn = QPushButton(self.tr("Pakai model ini"))
        self.use_btn.clicked.connect(self.on_use_clicked)
        self.file_btn = QPushButton(self.tr("Impor berkas .pt…"))
        self.file_btn.clicked.connect(self.on_import_file_clicked)
        self.folder_btn = QPushButton(self.tr("Impor folder CTranslate2…"))
        self.folder_btn.clicked.connect(self.on_import_folder_clicked)
        self.copy_box = QCheckBox(self.tr("Salin ke ruang kerja"))
        self.copy_box.setChecked(True)
        for w in (self.use_btn, self.file_btn, self.folder_btn, self.copy_box):
            row.addWidget(w)
        row.addStretch(1)
        lay.addLayout(row)
        dl = QHBoxLayout()
        dl.addWidget(QLabel(self.tr("Unduh model resmi (perlu internet):")))
        self.download_combo = QComboBox()
        self.download_combo.addItems(["base", "small", "tiny", "medium"])
        dl.addWidget(self.download_combo)
        self.download_btn = QPushButton(self.tr("Unduh"))
        self.download_btn.clicked.connect(self.on_download_clicked)
        dl.addWidget(self.download_btn)
        dl.addStretch(1)
        lay.addLayout(dl)
        self.busy = False  # an import or download runs
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.models = []
        self.refresh()

    def refresh(self) -> None:
        self.models = self.svc.list_models()
        current = self.svc.in_use()
        self.table.setRowCount(len(self.models))
        for r, m in enumerate(self.models):
            used = current is not None and m.path == current.path
            size = f"{m.size_bytes / 1e6:.0f} MB" if m.size_bytes else ""
            where = {
                "workspace": self.tr("ruang kerja"),
                "bundled": self.tr("bawaan aplikasi"),
                "cache": self.tr("cache"),
                "imported": self.tr("impor"),
            }
            cells = [
                "✔" if used else "",
                m.name,
                m.engine,
                size,
                f"{where.get(m.source, m.source)}: {m.path}",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if m.missing:
                    item.setForeground(Qt.red)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.empty_hint.setVisible(not self.models)
        self._update_use_button()

    def _update_use_button(self) -> None:
        row = self.table.currentRow()
        chosen = 0 <= row < len(self.models) and bool(self.table.selectedItems())
        self.use_btn.setEnabled(chosen and not self.busy)

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        for w in (self.file_btn, self.folder_btn, self.download_btn):
            w.setEnabled(not busy)
        self.progress.setVisible(busy)
        self._update_use_button()

    def _run(self, fn, done_text: str) -> None:
        self._busy(True)
        self.progress.setValue(0)
        self.job = self.runner.start(
            fn,
            on_progress=lambda f, _label: self.progress.setValue(int(f * 100)),
            on_succeeded=lambda _r: self.status.setText(done_text),
            on_failed=lambda exc: self.status.setText(exc.message(self.ctx.language)),
            on_canceled=lambda: self.status.setText(self.tr("Dibatalkan.")),
            on_finished=self.on_job_finished,
        )

    def on_job_finished(self, _outcome: Outcome) -> None:
        self._busy(False)
        self.job = None
        self.refresh()

    def _import(self, path: Path) -> None:
        copy = self.copy_box.isChecked()
        self.status.setText(self.tr("Memvalidasi model (memuat di proses terpisah)…"))
        self._run(
            lambda report, cancel: self.svc.import_model(
                path, copy=copy, progress=report, cancel=cancel
            ),
            self.tr("Model diimpor, diperiksa, dan dipakai."),
        )

    def on_import_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih model .pt"), "", self.tr("Model Whisper (*.pt)")
        )
        if path:
            self._import(Path(path))

    def on_import_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder model CTranslate2"))
        if path:
            self._import(Path(path))

    def on_use_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.models):
            return
        m = self.models[row]
        if m.id is None:
            self._import(m.path)  # found on disk: validate and record it first
            return
        self.svc.set_in_use(m.id)
        self.refresh()

    def on_download_clicked(self) -> None:
        name = self.download_combo.currentText()
        self.status.setText(self.tr("Mengunduh {0}…").format(name))
        self._run(
            lambda report, cancel: self.svc.download(name, progress=report, cancel=cancel),
            self.tr("Model diunduh dan dipakai."),
        )

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
        super().reject()
