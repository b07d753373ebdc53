"""Subtitle editor: cue table, waveform, playback from a cue, styled preview, edits with
undo, transcription with progress and Cancel, model import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.captions import Cue
from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.services.context import AppContext
from app.services.subtitle_preview import SubtitlePreview
from app.services.subtitles import (
    EditedCuesExist,
    SubtitleService,
    caption_templates,
    load_rules,
)
from app.services.whisper_models import WhisperModelService
from app.ui.common.empty_state import EmptyState
from app.ui.common.screen import Screen
from app.ui.style.theme import set_role
from app.ui.subtitles.commands import CueEdit
from app.ui.subtitles.model_dialog import ModelDialog
from app.ui.subtitles.widgets import CaptionPreview, WaveformView
from app.workers.jobs import JobRunner, Outcome

NUDGE_MS = 100


def fmt_ms(ms: int) -> str:
    m, rest = divmod(max(0, ms), 60_000)
    return f"{m:02d}:{rest / 1000:06.3f}"


def parse_ms(text: str) -> int | None:
    try:
        if ":" in text:
            m, s = text.split(":", 1)
            return int(round((int(m) * 60 + float(s)) * 1000))
        return int(round(float(text) * 1000))
    except ValueError:
        return None


class SubtitlesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.svc = ctx.service(SubtitleService)
        self.preview_svc = ctx.service(SubtitlePreview)
        self.models = ctx.service(WhisperModelService)
        self.runner = JobRunner(self)
        self.job = None
        self.cues: list[Cue] = []
        self.media_path: Path | None = None
        self._filling = False
        self.player = None
        self._waveform_for: int | None = None
        self._frame_for: tuple[int, int] | None = None
        self._build()
        self._init_player()

    # Layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Gaya:")))
        self.style_combo = QComboBox()
        for name, label in caption_templates(self.ctx.language).items():
            self.style_combo.addItem(label, name)
        self.style_combo.activated.connect(self.on_style_activated)
        top.addWidget(self.style_combo)
        self.model_label = QLabel()
        top.addWidget(self.model_label, 1)
        self.model_btn = QPushButton(self.tr("Impor model…"))
        self.model_btn.clicked.connect(self.on_model_clicked)
        top.addWidget(self.model_btn)
        self.transcribe_btn = QPushButton(self.tr("Transkripsi (Ctrl+T)"))
        self.transcribe_btn.setShortcut(QKeySequence("Ctrl+T"))
        self.transcribe_btn.clicked.connect(self.on_transcribe_clicked)
        top.addWidget(self.transcribe_btn)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.cancel_btn = QPushButton(self.tr("Batal"))
        self.cancel_btn.clicked.connect(self.on_cancel_clicked)
        for w in (self.progress, self.cancel_btn):
            w.hide()
            top.addWidget(w)
        for text, slot in (
            (self.tr("Impor SRT…"), self.on_import_srt_clicked),
            (self.tr("Ekspor SRT…"), self.on_export_srt_clicked),
            (self.tr("Ekspor ASS…"), self.on_export_ass_clicked),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            top.addWidget(b)
        root.addLayout(top)

        self.no_model = QLabel(
            self.tr(
                "<b>Belum ada model Whisper.</b> Transkripsi otomatis butuh model, tanpa internet: "
                "klik <i>Impor model…</i> lalu pilih berkas <code>.pt</code> (openai-whisper, mis. "
                "base.pt) atau folder CTranslate2 (faster-whisper, lebih cepat) dari flashdisk atau "
                "folder bersama. Model di <code>~/.cache/whisper</code>, cache Hugging Face, atau "
                "folder <code>models/</code> ruang kerja ditemukan otomatis. Takarir tetap bisa "
                "diimpor dari SRT dan disunting tanpa model."
            )
        )
        self.no_model.setWordWrap(True)
        set_role(self.no_model, "notice")
        root.addWidget(self.no_model)

        split = QSplitter(Qt.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Mulai"), self.tr("Selesai"), self.tr("Teks"), self.tr("Naskah")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.setSelectionMode(QTableWidget.SingleSelection)
        self.table.itemChanged.connect(self.on_table_item_changed)
        self.table.currentCellChanged.connect(self.on_table_current_changed)
        self.table.cellDoubleClicked.connect(lambda r, c: self.play_cue(r) if c == 3 else None)
        lv.addWidget(self.table, 1)
        self.empty = EmptyState(
            "captions",
            self.tr("Belum ada takarir. Jalankan Transkripsi atau impor SRT."),
            self.tr("Transkripsi"),
        )
        self.empty.action_triggered.connect(self.on_transcribe_clicked)
        lv.addWidget(self.empty, 1)

        edits = QHBoxLayout()
        actions = [
            (self.tr("Pisah"), "Ctrl+K", self.on_split_clicked),
            (self.tr("Gabung"), "Ctrl+M", self.on_merge_clicked),
            (self.tr("Hapus"), "Ctrl+Del", self.on_delete_clicked),
            (self.tr("Mulai −"), "Alt+Left", lambda: self.nudge(-NUDGE_MS, 0)),
            (self.tr("Mulai +"), "Alt+Right", lambda: self.nudge(NUDGE_MS, 0)),
            (self.tr("Akhir −"), "Alt+Shift+Left", lambda: self.nudge(0, -NUDGE_MS)),
            (self.tr("Akhir +"), "Alt+Shift+Right", lambda: self.nudge(0, NUDGE_MS)),
        ]
        self.cue_buttons: list[QPushButton] = []  # enabled only while a cue is selected
        for text, key, slot in actions:
            b = QPushButton(text)
            b.setToolTip(key)
            b.clicked.connect(slot)
            QShortcut(QKeySequence(key), self, activated=slot)
            edits.addWidget(b)
            self.cue_buttons.append(b)
        edits.addStretch(1)
        edits.addWidget(QLabel(self.tr("Geser semua (ms):")))
        self.shift_spin = QSpinBox()
        self.shift_spin.setRange(-60_000, 60_000)
        self.shift_spin.setSingleStep(100)
        edits.addWidget(self.shift_spin)
        shift_btn = QPushButton(self.tr("Geser"))
        shift_btn.clicked.connect(self.on_shift_clicked)
        edits.addWidget(shift_btn)
        self.all_cue_buttons: list[QWidget] = [self.shift_spin, shift_btn]  # need any cue
        lv.addLayout(edits)

        find = QHBoxLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Cari (Ctrl+H)"))
        QShortcut(QKeySequence("Ctrl+H"), self, activated=self.find_edit.setFocus)
        self.replace_edit = QLineEdit()
        self.replace_edit.setPlaceholderText(self.tr("Ganti dengan"))
        replace_btn = QPushButton(self.tr("Ganti semua"))
        replace_btn.clicked.connect(self.on_replace_clicked)
        for w in (self.find_edit, self.replace_edit, replace_btn):
            find.addWidget(w)
        self.all_cue_buttons.append(replace_btn)
        lv.addLayout(find)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.preview = CaptionPreview(self.preview_svc)
        rv.addWidget(self.preview, 1)
        play = QHBoxLayout()
        self.play_btn = QPushButton(self.tr("Putar dari takarir (Ctrl+P)"))
        self.play_btn.clicked.connect(lambda: self.play_cue(self.table.currentRow()))
        QShortcut(
            QKeySequence("Ctrl+P"), self, activated=lambda: self.play_cue(self.table.currentRow())
        )
        self.stop_btn = QPushButton(self.tr("Henti"))
        self.stop_btn.clicked.connect(self.on_stop_clicked)
        play.addWidget(self.play_btn)
        play.addWidget(self.stop_btn)
        rv.addLayout(play)
        self.play_note = QLabel("")
        self.play_note.setWordWrap(True)
        rv.addWidget(self.play_note)
        rv.addStretch(1)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        root.addWidget(split, 1)

        self.waveform = WaveformView()
        self.waveform.seek_requested.connect(self.on_waveform_seek)
        root.addWidget(self.waveform)
        self.status = QLabel("")
        root.addWidget(self.status)
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._load_preview_frame)

    def _init_player(self) -> None:
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player = QMediaPlayer(self)
            self.audio_out = QAudioOutput(self)
            self.player.setAudioOutput(self.audio_out)
            self.player.positionChanged.connect(self.on_player_position)
        except Exception as exc:  # the multimedia backend may be missing on some systems
            self.player = None
            self.play_btn.setEnabled(False)
            self.play_note.setText(
                self.tr("Pemutaran tidak tersedia di komputer ini ({0}).").format(
                    type(exc).__name__
                )
            )

    # Data -------------------------------------------------------------------------------
    def refresh(self) -> None:
        model = self.models.in_use()
        self.no_model.setVisible(model is None)
        self.model_label.setText(
            self.tr("Model: {0} ({1})").format(model.name, model.engine)
            if model
            else self.tr("Model: belum ada")
        )
        has_project = self.project_id is not None
        self.transcribe_btn.setEnabled(has_project and model is not None and self.job is None)
        if not has_project:
            self.cues = []
            self._fill_table()
            self.waveform.set_data([], 0.0)
            return
        track = self.svc.active_track(self.project_id)
        style = track["style"] if track else "short"
        idx = self.style_combo.findData(load_rules(style).name)
        self.style_combo.setCurrentIndex(max(0, idx))
        self.media_path = self.svc.narration_media(self.project_id)
        self._apply_preview_style()
        self._reload_cues()
        self._preview_timer.start()
        # Decoding the narration takes a moment: off the GUI thread, latest request wins.
        pid = self.project_id
        self._waveform_for = pid
        self.waveform.set_loading()
        self.runner.start(
            lambda _r, _c: self.svc.waveform(pid),
            on_succeeded=lambda result: self.on_waveform_ready(pid, result),
        )

    def on_waveform_ready(self, project_id: int, result) -> None:
        if project_id == self._waveform_for:
            self.waveform.set_data(*result)

    def _apply_preview_style(self) -> None:
        style = self.style_combo.currentData() or "short"
        self.preview.set_lookup(self.preview_svc.lookup(self.project_id, style))

    def _reload_cues(self) -> None:
        row = self.table.currentRow()
        self.cues = self.svc.cues(self.project_id) if self.project_id is not None else []
        self._fill_table()
        if self.cues:
            self.table.setCurrentCell(min(max(row, 0), len(self.cues) - 1), 2)
        self._update_views()

    def _fill_table(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self.cues))
        for r, c in enumerate(self.cues):
            mark = self.tr("menyimpang") if c.departs_from_script else ""
            if c.edited:
                mark = (mark + " " if mark else "") + self.tr("disunting")
            values = [fmt_ms(c.start_ms), fmt_ms(c.end_ms), c.text.replace("\n", " / "), mark]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                    item.setToolTip(
                        self.tr("Ucapan berbeda dari naskah") if c.departs_from_script else ""
                    )
                if c.departs_from_script:
                    item.setBackground(QBrush(QColor("#FBE3DC")))
                self.table.setItem(r, col, item)
        self._filling = False
        self.table.setVisible(bool(self.cues))
        self.empty.setVisible(not self.cues)

    def _update_views(self, at_ms: int | None = None) -> None:
        row = self.table.currentRow()
        for button in self.cue_buttons:
            button.setEnabled(0 <= row < len(self.cues))
        for widget in self.all_cue_buttons:
            widget.setEnabled(bool(self.cues))
        spans = [(c.start_ms, c.end_ms, c.departs_from_script) for c in self.cues]
        self.waveform.set_spans(spans, row)
        cue = self.cues[row] if 0 <= row < len(self.cues) else None
        if at_ms is not None:
            cue = next((c for c in self.cues if c.start_ms <= at_ms < c.end_ms), None)
        self.preview.set_cue(cue, at_ms)

    def _load_preview_frame(self) -> None:
        if self.project_id is None:
            return
        row = self.table.currentRow()
        at_ms = self.cues[row].start_ms if 0 <= row < len(self.cues) else 0
        pid = self.project_id
        request = (pid, at_ms)
        self._frame_for = request  # latest request wins: an older frame never replaces it
        self.runner.start(
            lambda _r, _c: self.preview_svc.frame(pid, at_ms),
            on_succeeded=lambda png: self._on_frame(request, png, ""),
            on_failed=lambda exc: self._on_frame(request, None, exc.message(self.ctx.language)),
        )

    def _on_frame(self, request: tuple[int, int], png: bytes | None, problem: str) -> None:
        if request != self._frame_for:
            return
        if png is None:
            self.preview.set_frame_problem(problem)
        else:
            self.preview.set_frame(png)

    # Edits ------------------------------------------------------------------------------
    def _edit(self, text: str, action) -> CueEdit | None:
        if self.project_id is None:
            return None
        try:
            cmd = CueEdit(self.svc, self.project_id, text, action, self._reload_cues)
        except KilasError as exc:
            self.status.setText(exc.message(self.ctx.language))
            self.status_message.emit(exc.message(self.ctx.language))
            return None
        self.undo_stack.push(cmd)
        return cmd

    def _row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.cues) else None

    def on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.project_id is None:
            return
        r, col = item.row(), item.column()
        cue, pid = self.cues[r], self.project_id
        if col == 2:
            text = item.text().replace(" / ", "\n")
            if text != cue.text:
                self._edit(self.tr("Ubah teks"), lambda: self.svc.set_text(pid, r, text))
            return
        ms = parse_ms(item.text())
        start, end = (ms, cue.end_ms) if col == 0 else (cue.start_ms, ms)
        if ms is None or start is None or end is None or end <= start:
            self.status.setText(self.tr("Waktu tidak valid (mm:ss.mmm, akhir setelah mulai)."))
            QTimer.singleShot(0, self._reload_cues)
            return
        self._edit(self.tr("Ubah waktu"), lambda: self.svc.set_times(pid, r, start, end))

    def on_table_current_changed(self, *_args) -> None:
        self._update_views()
        self._preview_timer.start()

    def on_split_clicked(self) -> None:
        if (r := self._row()) is not None:
            pid = self.project_id
            self._edit(self.tr("Pisah takarir"), lambda: self.svc.split(pid, r))

    def on_merge_clicked(self) -> None:
        if (r := self._row()) is not None:
            pid = self.project_id
            self._edit(self.tr("Gabung takarir"), lambda: self.svc.merge_with_next(pid, r))

    def on_delete_clicked(self) -> None:
        if (r := self._row()) is not None:
            pid = self.project_id
            self._edit(self.tr("Hapus takarir"), lambda: self.svc.delete_cue(pid, r))

    def nudge(self, start_delta_ms: int, end_delta_ms: int) -> None:
        if (r := self._row()) is not None:
            pid = self.project_id
            self._edit(
                self.tr("Geser waktu"), lambda: self.svc.nudge(pid, r, start_delta_ms, end_delta_ms)
            )

    def on_shift_clicked(self) -> None:
        delta, pid = self.shift_spin.value(), self.project_id
        if delta:
            self._edit(self.tr("Geser semua"), lambda: self.svc.shift_all(pid, delta))

    def on_replace_clicked(self) -> None:
        find, repl, pid = self.find_edit.text(), self.replace_edit.text(), self.project_id
        if not find or pid is None:
            return
        cmd = self._edit(self.tr("Cari dan ganti"), lambda: self.svc.find_replace(pid, find, repl))
        self.status.setText(self.tr("{0} penggantian.").format(cmd.result if cmd else 0))

    def on_style_activated(self, _index: int) -> None:
        style, pid = self.style_combo.currentData(), self.project_id
        self._apply_preview_style()
        if pid is None or not self.cues:
            self.preview.update()
            return
        overwrite = False
        if any(c.edited for c in self.cues):
            overwrite = self._ask_overwrite()
            if not overwrite:
                return
        self._edit(
            self.tr("Ganti gaya takarir"),
            lambda: self.svc.restyle(pid, style, overwrite_edited=overwrite),
        )

    def _ask_overwrite(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Timpa suntingan?"),
            self.tr("Beberapa takarir sudah disunting. Ganti semuanya dengan hasil baru?"),
            QMessageBox.Yes | QMessageBox.No,
            QMessageBox.No,
        )
        return answer == QMessageBox.Yes

    # Transcription ---------------------------------------------------------------------------
    def on_transcribe_clicked(self) -> None:
        if self.project_id is None or self.job is not None:
            return
        overwrite = False
        if any(c.edited for c in self.cues):
            overwrite = self._ask_overwrite()
            if not overwrite:
                return
        pid, style = self.project_id, self.style_combo.currentData() or "short"
        before = self.svc.cues(pid)
        self.progress.setValue(0)
        for w in (self.progress, self.cancel_btn):
            w.show()
        self.transcribe_btn.setEnabled(False)
        self.status.setText(self.tr("Transkripsi berjalan di proses terpisah…"))
        self.job = self.runner.start(
            lambda report, cancel: self.svc.transcribe_project(
                pid, style=style, overwrite_edited=overwrite, progress=report, cancel=cancel
            ),
            on_progress=self.on_job_progress,
            on_succeeded=lambda outcome: self.on_transcribed(pid, before, outcome),
            on_failed=self.on_job_failed,
            on_canceled=lambda: self.status.setText(self.tr("Transkripsi dibatalkan.")),
            on_finished=self.on_job_finished,
        )

    def on_job_progress(self, fraction: float, label: str) -> None:
        self.progress.setValue(int(fraction * 100))
        labels = {
            "decode_audio": self.tr("membaca suara"),
            "speech_gate": self.tr("mencari ucapan"),
            "load_model": self.tr("memuat model"),
            "transcribe": self.tr("mentranskripsi"),
        }
        self.status.setText(self.tr("Transkripsi: {0}…").format(labels.get(label, label)))

    def on_transcribed(self, pid: int, before, outcome) -> None:
        after = self.svc.cues(pid)
        self.undo_stack.push(
            CueEdit(self.svc, pid, self.tr("Transkripsi"), None, self._reload_cues, before, after)
        )
        stats = outcome.stats
        text = self.tr("{0} takarir dari {1:.0f} s suara.").format(
            len(outcome.events), outcome.duration_s
        )
        if stats is not None:
            text += " " + self.tr("{0} kata sesuai naskah, {1} menyimpang.").format(
                stats.matched, stats.departed
            )
        if not outcome.events:
            text = self.tr(
                "Tidak ada ucapan terdengar (hening atau musik): tidak ada takarir dibuat."
            )
        self.status.setText(text)
        self.status_message.emit(text)

    def on_job_failed(self, exc: KilasError) -> None:
        if isinstance(exc, EditedCuesExist):
            self.status.setText(exc.message(self.ctx.language))
            return
        self.status.setText(exc.message(self.ctx.language))
        QMessageBox.warning(self, self.tr("Transkripsi gagal"), exc.message(self.ctx.language))

    def on_job_finished(self, _outcome: Outcome) -> None:
        self.job = None
        for w in (self.progress, self.cancel_btn):
            w.hide()
        self.refresh()

    def on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()  # the service kills the child process
            self.status.setText(self.tr("Membatalkan…"))

    def on_model_clicked(self) -> None:
        ModelDialog(self.ctx, self).exec()
        self.refresh()

    # Files --------------------------------------------------------------------------------
    def on_import_srt_clicked(self) -> None:
        if self.project_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor SRT"), "", self.tr("Subtitle (*.srt)")
        )
        if not path:
            return
        pid = self.project_id
        overwrite = any(c.edited for c in self.cues) and self._ask_overwrite()
        if any(c.edited for c in self.cues) and not overwrite:
            return
        cmd = self._edit(
            self.tr("Impor SRT"),
            lambda: self.svc.import_srt(pid, Path(path), overwrite_edited=True),
        )
        result = cmd.result if cmd else None
        if result is not None and result.problems:
            self.status.setText(
                self.tr("Diimpor; waktu diperbaiki: {0}").format(", ".join(result.problems))
            )

    def on_export_srt_clicked(self) -> None:
        self._export("srt")

    def on_export_ass_clicked(self) -> None:
        self._export("ass")

    def _export(self, kind: str) -> None:
        if self.project_id is None or not self.cues:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor"), f"takarir.{kind}", f"*.{kind}"
        )
        if not path:
            return
        try:
            # The save dialog asked before replacing a file: the user's answer stands.
            if kind == "srt":
                self.svc.export_srt(self.project_id, Path(path), Overwrite.REPLACE)
            else:
                self.svc.write_ass(self.project_id, Path(path), Overwrite.REPLACE)
            self.status.setText(self.tr("Disimpan: {0}").format(path))
        except (KilasError, OSError) as exc:
            msg = exc.message(self.ctx.language) if isinstance(exc, KilasError) else str(exc)
            QMessageBox.warning(self, self.tr("Ekspor gagal"), msg)

    def closeEvent(self, event) -> None:
        self.runner.cancel_all()  # a running transcription's child process is killed
        self.runner.wait(5000)
        super().closeEvent(event)

    # Playback -----------------------------------------------------------------------------
    def play_cue(self, row: int) -> None:
        if self.player is None or not (0 <= row < len(self.cues)):
            return
        if self.media_path is None:
            self.play_note.setText(self.tr("Tidak ada narasi untuk diputar."))
            return
        if self.player.source() != QUrl.fromLocalFile(str(self.media_path)):
            self.player.setSource(QUrl.fromLocalFile(str(self.media_path)))
        self.player.setPosition(self.cues[row].start_ms)
        self.player.play()

    def on_stop_clicked(self) -> None:
        if self.player is not None:
            self.player.stop()

    def on_player_position(self, ms: int) -> None:
        self.waveform.set_playhead(ms)
        self._update_views(at_ms=ms)

    def on_waveform_seek(self, ms: int) -> None:
        row = next((i for i, c in enumerate(self.cues) if c.start_ms <= ms < c.end_ms), -1)
        if row >= 0:
            self.table.setCurrentCell(row, 2)
        self.waveform.set_playhead(ms)
        if self.player is not None and self.media_path is not None:
            if self.player.source() != QUrl.fromLocalFile(str(self.media_path)):
                self.player.setSource(QUrl.fromLocalFile(str(self.media_path)))
            self.player.setPosition(ms)
