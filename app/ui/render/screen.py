"""Render screen: preview any frame of the plan, choose preset and quality, render, cancel.

The preview is a PNG made by the same ffmpeg graph as the export (RenderService.
preview_frame), fetched on a worker thread. Render puts a job at the head of the
workspace's render queue (a worker process, like every queued render) and follows it with
a progress bar, remaining time and Cancel; the lower pane is that queue's panel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.core.formatting import fmt_decimal
from app.services.projects import ProjectService
from app.services.render import RenderService
from app.services.render_queue import CANCELED, DONE, FAILED, RUNNING, RenderQueue
from app.ui.common.desktop import open_folder_of, play
from app.ui.common.frame_view import FrameView
from app.ui.common.screen import Screen
from app.ui.i18n import current_language
from app.ui.render.queue_panel import QueuePanel
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner
from app.workers.queue_runner import JobEvent, JobEventKind, QueueController

PREVIEW_W_PX = 288  # preferred width of the 9:16 preview (it shrinks to fit)


def _clock(seconds: float) -> str:
    """0:58,0 / 0:58.0: minutes and seconds with the UI language's decimal mark."""
    seconds = max(0.0, seconds)
    return f"{int(seconds // 60)}:{fmt_decimal(seconds % 60, 1, current_language()).zfill(4)}"


class RenderScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = ctx.service(RenderService)
        self.runner = JobRunner(self)
        self.controller = ctx.service(QueueController)
        self.plan = None
        self.render_job_id: int | None = None
        self._plan_job = None
        self._preview_job = None
        self._preview_pending: float | None = None
        self._plan_token = 0
        self._build()
        self.controller.job_event.connect(self.on_queue_job_event)

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(Qt.Vertical)
        outer.addWidget(self.splitter)
        top = QWidget()
        row = QHBoxLayout(top)
        row.addLayout(self._build_preview(), 0)
        controls = QWidget()
        controls.setMaximumWidth(560)
        controls.setLayout(self._build_controls())
        row.addWidget(controls, 1)
        row.addLayout(self._build_shot_list(), 1)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self._build_queue_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([600, 200])

        self._debounce = QTimer(self, singleShot=True, interval=120)
        self._debounce.timeout.connect(self._request_preview)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.on_render_clicked)
        QShortcut(QKeySequence(Qt.Key_Escape), self, activated=self.on_cancel_clicked)
        QShortcut(QKeySequence(Qt.Key_PageDown), self, activated=lambda: self._step_shot(1))
        QShortcut(QKeySequence(Qt.Key_PageUp), self, activated=lambda: self._step_shot(-1))
        self._set_running(False)

    def _build_preview(self) -> QVBoxLayout:
        col = QVBoxLayout()
        self.preview = FrameView(PREVIEW_W_PX)
        self.preview.set_text(self.tr("Pilih proyek untuk melihat pratinjau."))
        col.addWidget(self.preview, 1)
        self.scrubber = QSlider(Qt.Horizontal)
        self.scrubber.setToolTip(
            self.tr("Geser untuk melihat bingkai mana pun (PageUp/PageDown: shot)")
        )
        self.scrubber.valueChanged.connect(self.on_scrubber_moved)
        col.addWidget(self.scrubber)
        self.time_label = QLabel("0:00.0 / 0:00.0")
        col.addWidget(self.time_label)
        self.shot_row = QHBoxLayout()
        self.shot_row.setSpacing(2)
        col.addLayout(self.shot_row)
        col.addStretch(1)
        return col

    def _build_controls(self) -> QVBoxLayout:
        col = QVBoxLayout()
        self.title = QLabel()
        set_role(self.title, "subtitle")
        self.title.setWordWrap(True)
        col.addWidget(self.title)
        self.duration_note = QLabel()  # why the video's length differs from the script's
        set_role(self.duration_note, "muted")
        self.duration_note.setWordWrap(True)
        col.addWidget(self.duration_note)
        form = QFormLayout()
        self.preset_box = QComboBox()
        for key, label in self.service.presets():
            self.preset_box.addItem(label, key)
        self.preset_box.currentIndexChanged.connect(self.on_preset_changed)
        form.addRow(self.tr("Platform:"), self.preset_box)
        self.quality_box = QComboBox()
        self.quality_box.addItem(self.tr("Final (untuk unggah)"), "final")
        self.quality_box.addItem(self.tr("Draf (cepat, untuk cek)"), "draft")
        form.addRow(self.tr("Kualitas:"), self.quality_box)
        out_row = QHBoxLayout()
        self.out_edit = QLineEdit(str(self.ctx.workspace.renders_dir))
        out_row.addWidget(self.out_edit, 1)
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self.on_browse_clicked)
        out_row.addWidget(browse)
        form.addRow(self.tr("Folder hasil:"), out_row)
        col.addLayout(form)
        buttons = QHBoxLayout()
        self.render_button = QPushButton(self.tr("Render (Ctrl+R)"))
        self.render_button.setDefault(True)
        self.render_button.clicked.connect(self.on_render_clicked)
        self.cancel_button = QPushButton(self.tr("Batal (Esc)"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        buttons.addWidget(self.render_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        col.addWidget(self.progress)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        col.addWidget(self.status)
        done_row = QHBoxLayout()  # what to do with the finished video
        self.open_folder_button = QPushButton(self.tr("Buka folder"))
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.play_button = QPushButton(self.tr("Putar"))
        self.play_button.clicked.connect(self.on_play_clicked)
        done_row.addWidget(self.open_folder_button)
        done_row.addWidget(self.play_button)
        done_row.addStretch(1)
        col.addLayout(done_row)
        self.finished_path: Path | None = None
        self._show_finished(None)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        set_role(self.warnings, "warning")
        col.addWidget(self.warnings)
        col.addStretch(1)
        return col

    def _build_shot_list(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.addWidget(QLabel(self.tr("Urutan video (klik untuk melompat):")))
        self.shot_list = QListWidget()
        self.shot_list.itemActivated.connect(self.on_shot_item_activated)
        self.shot_list.itemClicked.connect(self.on_shot_item_activated)
        col.addWidget(self.shot_list, 1)
        return col

    def _fill_shot_list(self) -> None:
        self.shot_list.clear()
        kinds = {
            "video": self.tr("video"),
            "image": self.tr("foto"),
            "colour": self.tr("latar warna"),
        }
        fills = {"hold": self.tr("tahan bingkai akhir"), "loop": self.tr("diulang")}
        for index, shot in enumerate(self.plan.shots):
            parts = [
                self.tr("Shot {0}").format(shot.number),
                f"{_clock(shot.start_s)}–{_clock(shot.end_s)}",
                kinds.get(shot.kind, shot.kind),
            ]
            if shot.fill in fills:
                parts.append(fills[shot.fill])
            if shot.transition_s > 0:
                parts.append(self.tr("transisi silang"))
            layers = [
                o.label
                for o in self.plan.overlays
                if shot.start_s - 1e-3 <= o.start_s < shot.end_s - 1e-3
            ]
            names = {
                "title_card": self.tr("kartu judul"),
                "lower_third": self.tr("keterangan nama"),
                "on_screen_text": self.tr("teks layar"),
                "end_card": self.tr("kartu penutup"),
                "logo": self.tr("logo"),
            }
            if layers:
                parts.append(" + ".join(names.get(name, name) for name in layers))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.UserRole, index)
            self.shot_list.addItem(item)
        audio = []
        if self.plan.audio.narration:
            audio.append(self.tr("narasi"))
        if any(c.role == "clip" for c in self.plan.audio.clips):
            audio.append(self.tr("suara klip"))
        if self.plan.audio.music is not None:
            audio.append(self.tr("musik (meredup saat narasi)"))
        if self.plan.captions_ass:
            audio.append(self.tr("subtitle"))
        summary = QListWidgetItem(
            self.tr("Suara: {0}").format(", ".join(audio) if audio else self.tr("hening"))
        )
        summary.setFlags(Qt.ItemIsEnabled)
        self.shot_list.addItem(summary)

    def on_shot_item_activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.UserRole)
        if index is not None:
            self.jump_to_shot(int(index))

    def _build_queue_pane(self) -> QWidget:
        self.queue_panel = QueuePanel(self.ctx, self)
        return self.queue_panel

    # Project and plan -----------------------------------------------------------------
    def refresh(self) -> None:
        self.queue_panel.set_project(self.project_id)
        self.plan = None
        self._clear_shots()
        self.shot_list.clear()
        if self.project_id is None:
            self.title.setText(self.tr("Belum ada proyek yang dipilih."))
            self.preview.set_text(self.tr("Pilih proyek untuk melihat pratinjau."))
            self.render_button.setEnabled(False)
            return
        self.preview.set_text(self.tr("Menyiapkan pratinjau…"))
        self._load_plan()

    def _load_plan(self) -> None:
        self._plan_token += 1
        token, project_id, preset = self._plan_token, self.project_id, self.current_preset()

        def work(report, cancel):
            plan = self.service.build_plan(project_id, preset, "draft")
            return plan, self.service.plan_warnings(project_id, preset, "draft")

        self._plan_job = self.runner.start(
            work,
            on_succeeded=lambda result: self.on_plan_ready(token, result),
            on_failed=lambda exc: self.on_plan_failed(token, exc),
        )

    def on_plan_ready(self, token: int, result) -> None:
        if token != self._plan_token:
            return
        self.plan, warnings = result
        self.render_button.setEnabled(self.render_job_id is None)
        duration_ms = int(self.plan.duration_s * 1000)
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, max(0, duration_ms - 1))
        self.scrubber.setSingleStep(int(1000 / self.plan.fps))
        self.scrubber.setPageStep(1000)
        self.scrubber.setValue(min(self.scrubber.value(), duration_ms - 1))
        self.scrubber.blockSignals(False)
        self.title.setText(
            self.tr("Video {0} · {1} shot").format(
                _clock(self.plan.duration_s), len(self.plan.shots)
            )
        )
        script_s = self.ctx.service(ProjectService).summary(self.project_id).estimated_s
        differs = abs(self.plan.duration_s - script_s) >= 1.0
        # Naskah counts spoken time per shot; the video adds holds, transitions and cards.
        self.duration_note.setText(
            self.tr(
                "Naskah ±{0} dtk; video berbeda karena jeda, transisi dan kartu penutup."
            ).format(round(script_s))
            if differs
            else ""
        )
        self.duration_note.setVisible(differs)
        self.warnings.setText("\n".join(warnings))
        self._clear_shots()
        for index, shot in enumerate(self.plan.shots):
            button = QPushButton(str(shot.number))
            button.setFixedWidth(
                max(24, min(64, int(220 * shot.duration_s / self.plan.duration_s)))
            )
            button.setToolTip(
                self.tr("Shot {0}: {1} – {2}").format(
                    shot.number, _clock(shot.start_s), _clock(shot.end_s)
                )
            )
            button.clicked.connect(lambda _=False, i=index: self.jump_to_shot(i))
            self.shot_row.addWidget(button)
        self.shot_row.addStretch(1)
        self._fill_shot_list()
        self._update_time_label()
        self._request_preview()

    def on_plan_failed(self, token: int, exc: KilasError) -> None:
        if token != self._plan_token:
            return
        self.plan = None
        self.render_button.setEnabled(False)
        message = exc.message(self.ctx.language)
        self.preview.set_text(message)
        self.status.setText(message)
        self.status_message.emit(message)

    def _clear_shots(self) -> None:
        while self.shot_row.count():
            item = self.shot_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    # Preview --------------------------------------------------------------------------
    def current_time_s(self) -> float:
        return self.scrubber.value() / 1000.0

    def current_preset(self) -> str:
        return self.preset_box.currentData() or "tiktok"

    def jump_to_shot(self, index: int) -> None:
        if self.plan is None:
            return
        index = max(0, min(index, len(self.plan.shots) - 1))
        # A little past the cut, so the frame shown belongs to the shot.
        self.scrubber.setValue(int((self.plan.shots[index].start_s + 0.1) * 1000))

    def _step_shot(self, delta: int) -> None:
        if self.plan is not None:
            self.jump_to_shot(self.plan.shot_index_at(self.current_time_s()) + delta)

    def on_scrubber_moved(self, _value: int) -> None:
        self._update_time_label()
        self._debounce.start()

    def on_preset_changed(self, _index: int) -> None:
        if self.project_id is not None:
            self._load_plan()

    def _update_time_label(self) -> None:
        if self.plan is None:
            return
        t = self.current_time_s()
        index = self.plan.shot_index_at(t)
        self.time_label.setText(
            self.tr("{0} / {1} · shot {2} dari {3}").format(
                _clock(t), _clock(self.plan.duration_s), index + 1, len(self.plan.shots)
            )
        )

    def _request_preview(self) -> None:
        if self.plan is None or self.project_id is None:
            return
        t = self.current_time_s()
        if self._preview_job is not None:  # one at a time; the newest request wins
            self._preview_pending = t
            return
        project_id, preset = self.project_id, self.current_preset()
        self._preview_job = self.runner.start(
            lambda report, cancel: self.service.preview_frame(project_id, t, preset),
            on_succeeded=self.on_preview_ready,
            on_failed=lambda exc: self.status.setText(exc.message(self.ctx.language)),
            on_finished=lambda _outcome: self.on_preview_finished(),
        )

    def on_preview_ready(self, png: bytes) -> None:
        pixmap = QPixmap()
        if pixmap.loadFromData(png, "PNG"):
            self.preview.set_image(pixmap)

    def on_preview_finished(self) -> None:
        self._preview_job = None
        if self._preview_pending is not None:
            self._preview_pending = None
            self._request_preview()

    # Render ---------------------------------------------------------------------------
    def on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder hasil render"), self.out_edit.text()
        )
        if folder:
            self.out_edit.setText(folder)

    def on_render_clicked(self) -> None:
        """The render is a job at the head of the workspace's render queue: it runs in a
        worker process (a crash in ffmpeg or painting cannot take the window down), shows
        in the queue panel, and is followed here through the queue's events."""
        if self.project_id is None or self.render_job_id is not None:
            return
        quality = self.quality_box.currentData()
        out = Path(self.out_edit.text().strip() or self.ctx.workspace.renders_dir)
        try:
            [job_id] = self.controller.add(
                [self.project_id],
                preset=self.current_preset(),
                quality=quality,
                out_dir=out,
                first=True,
            )
        except KilasError as exc:
            self.on_render_failed(exc.message(self.ctx.language))
            return
        self.render_job_id = job_id
        self.progress.setValue(0)
        self.progress.setFormat("%p%")
        if self.ctx.service(RenderQueue).is_paused():
            self.status.setText(
                self.tr("Antrean render dijeda: render dimulai setelah antrean dilanjutkan.")
            )
        else:
            self.status.setText(self.tr("Menunggu giliran di antrean render…"))
        self._set_running(True)

    def on_cancel_clicked(self) -> None:
        if self.render_job_id is not None:
            self.controller.cancel(self.render_job_id)
            self.status.setText(self.tr("Membatalkan…"))

    def on_queue_job_event(self, event: JobEvent) -> None:
        if self.render_job_id is None or event.job_id != self.render_job_id:
            return
        kind = event.kind
        if kind == JobEventKind.STARTED:
            self.status.setText(self.tr("Menyiapkan render…"))
        elif kind == JobEventKind.PROGRESS:
            self.on_render_progress(event.progress, event.label)
        elif kind == JobEventKind.DONE:
            self.on_render_succeeded(event.result)
        elif kind == JobEventKind.FAILED:
            self.on_render_failed(event.message)
        elif kind == JobEventKind.CANCELED:
            self.on_render_canceled()
        elif kind == JobEventKind.CHANGED:
            self._follow_other_computer()
        elif (
            kind in (JobEventKind.REQUEUED, JobEventKind.PAUSED, JobEventKind.TAKEN_OVER)
            and event.message
        ):
            # Still this screen's job: it waits in the queue (worker crashed, disk full), or
            # another computer of the team renders it now.
            self.status.setText(event.message)

    def _follow_other_computer(self) -> None:
        """In a team, another computer's worker may render this screen's job: follow it
        through the queue (its progress comes with each heartbeat)."""
        job = self.ctx.service(RenderQueue).get(self.render_job_id)
        if job.status == RUNNING:
            self.on_render_progress(
                job.progress, self.tr("Dirender di komputer {0}").format(job.machine)
            )
        elif job.status == DONE:
            # The worker's own paths are its computer's: this one's is job.output_path.
            self.on_render_succeeded({**job.result, "output_path": job.output_path})
        elif job.status == FAILED:
            self.on_render_failed(job.error)
        elif job.status == CANCELED:
            self.on_render_canceled()

    def on_render_progress(self, fraction: float, label: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(f"{fraction * 100:.0f}%")
        if label:  # the renderer's step, with its time left ("Merender · sisa 0:42")
            self.status.setText(label)

    def on_render_succeeded(self, result: dict) -> None:
        self._set_running(False)
        self.progress.setValue(1000)
        path = Path(result["output_path"])
        text = self.tr("Selesai: {0}\ndi {1}\n({2:.1f} MB, {3:.0f} detik)").format(
            path.name, path.parent, result.get("size_bytes", 0) / 1e6, result.get("wall_s", 0.0)
        )
        self.status.setText(text)
        self.status_message.emit(text)
        self._show_finished(path)

    def _show_finished(self, path: Path | None) -> None:
        self.finished_path = path
        for button in (self.open_folder_button, self.play_button):
            button.setVisible(path is not None)

    def on_open_folder_clicked(self) -> None:
        if self.finished_path is not None:
            open_folder_of(self.finished_path)

    def on_play_clicked(self) -> None:
        if self.finished_path is not None:
            play(self.finished_path)

    def on_render_failed(self, text: str) -> None:
        self._set_running(False)
        self.status.setText(text)
        self.status_message.emit(text)

    def on_render_canceled(self) -> None:
        self._set_running(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Render dibatalkan; tidak ada berkas yang tertinggal."))

    def _set_running(self, running: bool) -> None:
        if running:
            self._show_finished(None)
        if not running:
            self.render_job_id = None
        self.render_button.setEnabled(not running and self.plan is not None)
        self.cancel_button.setEnabled(running)
        self.preset_box.setEnabled(not running)
        self.quality_box.setEnabled(not running)
