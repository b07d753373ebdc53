"""Storyboard screen: the project's shots as a grid of cards, a side panel, exports, animatic."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.services.shots import ShotService
from app.services.storyboard import AddResult, StoryboardService
from app.services.storyboard_export import StoryboardExports
from app.ui.common.actions import add_action
from app.ui.common.empty_state import EmptyState
from app.ui.common.screen import Screen
from app.ui.storyboard import commands
from app.ui.storyboard.board_view import BoardView
from app.ui.storyboard.delegate import CardDelegate
from app.ui.storyboard.model import CardModel
from app.ui.storyboard.panel import CardPanel
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner, Outcome

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff *.heic"
VIDEO_FILTER = "*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.3gp"
VIDEO_SUFFIXES = {s.lstrip("*") for s in VIDEO_FILTER.split()}


class StoryboardScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board = ctx.service(StoryboardService)
        self.exports = ctx.service(StoryboardExports)
        self.shots = ctx.service(ShotService)
        self.runner = JobRunner(self)
        self.job = None  # the one long job shown in the progress strip
        self.last_rejected: tuple[tuple[str, str], ...] = ()
        self._build()

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QToolBar()
        self.act_add = add_action(
            self,
            bar,
            self.tr("Kartu dari gambar…"),
            QKeySequence("Ctrl+I"),
            self.on_add_triggered,
            icon="image-plus",
        )
        self.act_paste = add_action(
            self,
            bar,
            self.tr("Tempel gambar"),
            QKeySequence.Paste,
            self.on_paste_triggered,
            icon="clipboard-paste",
        )
        self.act_delete = add_action(
            self,
            bar,
            self.tr("Hapus kartu"),
            QKeySequence.Delete,
            self.on_delete_triggered,
            icon="trash-2",
        )
        bar.addSeparator()
        self.act_play = add_action(
            self,
            bar,
            self.tr("Putar animatik"),
            QKeySequence("Ctrl+P"),
            self.on_play_triggered,
            icon="play",
        )
        self.act_animatic = add_action(
            self,
            bar,
            self.tr("Ekspor animatik MP4…"),
            QKeySequence("Ctrl+Shift+M"),
            self.on_animatic_triggered,
            icon="file-video",
        )
        self.act_pdf = add_action(
            self,
            bar,
            self.tr("Cetak PDF…"),
            QKeySequence("Ctrl+Shift+P"),
            self.on_pdf_triggered,
            icon="printer",
        )
        self.act_csv = add_action(
            self,
            bar,
            self.tr("Daftar shot CSV…"),
            QKeySequence("Ctrl+Shift+L"),
            self.on_csv_triggered,
            icon="file-spreadsheet",
        )
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Zoom ")))
        self.zoom = QSlider(Qt.Horizontal, minimum=100, maximum=320, value=170)
        self.zoom.setMaximumWidth(160)
        self.zoom.setToolTip(self.tr("Ukuran kartu (Ctrl+= / Ctrl+-)"))
        self.zoom.valueChanged.connect(self.on_zoom_changed)
        bar.addWidget(self.zoom)
        zoom_in = QAction(self, shortcut=QKeySequence.ZoomIn)
        zoom_in.triggered.connect(lambda: self.zoom.setValue(self.zoom.value() + 20))
        zoom_out = QAction(self, shortcut=QKeySequence.ZoomOut)
        zoom_out.triggered.connect(lambda: self.zoom.setValue(self.zoom.value() - 20))
        move_left = QAction(self, shortcut=QKeySequence("Ctrl+Left"))
        move_left.triggered.connect(lambda: self.move_selected(-1))
        move_right = QAction(self, shortcut=QKeySequence("Ctrl+Right"))
        move_right.triggered.connect(lambda: self.move_selected(+1))
        for act in (zoom_in, zoom_out, move_left, move_right):
            act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.addActions([zoom_in, zoom_out, move_left, move_right])
        layout.addWidget(bar)

        self.summary = QLabel()
        layout.addWidget(self.summary)
        split = QSplitter()
        self.model = CardModel(self.board, self)
        self.delegate = CardDelegate(self.model, self.ctx.language, self)
        self.view = BoardView(self.model, self.delegate)
        self.view.cards_moved.connect(self.on_view_cards_moved)
        self.view.files_dropped.connect(self.on_view_files_dropped)
        self.view.doubleClicked.connect(lambda _i: self.on_frame_view_requested())
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.on_view_context_menu)
        self.view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        split.addWidget(self.view)
        self.empty = EmptyState(
            "image-plus",
            self.tr("Belum ada kartu. Tulis shot di Naskah, atau buat kartu dari gambar."),
            self.tr("Kartu dari gambar…"),
            cover=self.view.viewport(),
        )
        self.empty.action_triggered.connect(self.act_add.trigger)
        self.panel = CardPanel(self.ctx.language)
        self.panel.field_edited.connect(self.on_panel_field_edited)
        self.panel.picture_from_file.connect(self.on_picture_file_triggered)
        self.panel.picture_from_clipboard.connect(self.on_paste_triggered)
        self.panel.picture_from_video.connect(self.on_picture_video_triggered)
        self.panel.picture_from_sketch.connect(self.on_sketch_triggered)
        self.panel.picture_cleared.connect(self.on_picture_cleared)
        self.panel.frame_view_requested.connect(self.on_frame_view_requested)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 1)
        layout.addWidget(split, 1)

        strip = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress = QProgressBar(maximum=1000)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        strip.addWidget(self.progress_label, 1)
        strip.addWidget(self.progress)
        strip.addWidget(self.cancel_button)
        self.progress_strip = QWidget()
        self.progress_strip.setLayout(strip)
        self.progress_strip.hide()
        layout.addWidget(self.progress_strip)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        set_role(self.notice, "error")
        self.notice.hide()
        layout.addWidget(self.notice)
        if self.ctx.read_only:
            for act in (self.act_add, self.act_paste, self.act_delete):
                act.setEnabled(False)
            self.panel.setEnabled(False)
            self.view.setAcceptDrops(False)

    # Data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_ids()
        if self.project_id is None:
            self.model.set_cards([])
            self.summary.setText(self.tr("Pilih proyek di layar Proyek untuk melihat storyboard."))
            self.panel.show_cards([])
            return
        try:
            cards = self.board.cards(self.project_id)
        except KilasError as exc:
            self.model.set_cards([])
            self.summary.setText(exc.message(self.ctx.language))
            return
        self.model.set_cards(cards)
        self.empty.setVisible(not cards)
        total_s = sum(c.duration_s for c in cards)
        missing = sum(1 for c in cards if c.picture_missing)
        text = self.tr("{0} kartu · {1:.0f} dtk").format(len(cards), total_s)
        if missing:
            text += self.tr(" · {0} gambar hilang").format(missing)
        self.summary.setText(text)
        self.select_ids(selected)

    def _changed(self) -> None:
        self.refresh()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.cards[r].shot_id for r in rows if r < len(self.model.cards)]

    def select_ids(self, ids: list[int]) -> None:
        sel = self.view.selectionModel()
        sel.clearSelection()
        for sid in ids:
            row = self.model.row_of(sid)
            if row >= 0:
                sel.select(self.model.index(row), QItemSelectionModel.Select)
        if ids and self.model.row_of(ids[0]) >= 0:
            self.view.scrollTo(self.model.index(self.model.row_of(ids[0])))
        self.on_selection_changed()

    def selected_cards(self):
        ids = set(self.selected_ids())
        return [c for c in self.model.cards if c.shot_id in ids]

    def current_card(self):
        cards = self.selected_cards()
        return cards[0] if len(cards) == 1 else None

    def on_selection_changed(self, *_args) -> None:
        self.panel.show_cards(self.selected_cards())

    def _error(self, exc: KilasError) -> None:
        self.show_notice(exc.message(self.ctx.language))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self.status_message.emit(text)

    # Zoom -----------------------------------------------------------------------------
    def on_zoom_changed(self, width_px: int) -> None:
        self.model.card_width_px = width_px
        self.model.forget_pictures()
        self.delegate.clear_cache()
        self.view.doItemsLayout()  # uniform item sizes: the delegate's size changed

    # Reorder and edit -----------------------------------------------------------------
    def on_view_cards_moved(self, ids: list[int], row: int) -> None:
        if self.project_id is None:
            return
        current = self.model.ids()
        order = commands.new_order(current, ids, row)
        if order != current:
            self.undo_stack.push(
                commands.ReorderCards(self.shots, self.project_id, order, current, self._changed)
            )
            self.select_ids(ids)

    def move_selected(self, step: int) -> None:
        """Ctrl+Left / Ctrl+Right: move the selected cards one place (keyboard reorder)."""
        ids = self.selected_ids()
        if not ids:
            return
        rows = [self.model.row_of(i) for i in ids]
        row = min(rows) - 1 if step < 0 else max(rows) + 2
        if 0 <= row <= self.model.rowCount():
            self.on_view_cards_moved(ids, row)

    def on_view_context_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        from app.services.storyboard import SHOT_TYPES, STATUSES, label

        if not self.selected_ids():
            return
        menu = QMenu(self)
        status_menu = menu.addMenu(self.tr("Status"))
        for key in STATUSES:
            status_menu.addAction(
                label(STATUSES, key, self.ctx.language),
                lambda k=key: self.on_panel_field_edited("production_status", k),
            )
        type_menu = menu.addMenu(self.tr("Jenis shot"))
        for key in SHOT_TYPES:
            type_menu.addAction(
                label(SHOT_TYPES, key, self.ctx.language),
                lambda k=key: self.on_panel_field_edited("shot_type", k),
            )
        menu.addSeparator()
        menu.addAction(self.tr("Bingkai 9:16"), self.on_frame_view_requested)
        menu.addAction(self.act_delete)
        menu.popup(self.view.viewport().mapToGlobal(pos))
        self.context_menu = menu

    def on_panel_field_edited(self, field: str, value: Any) -> None:
        ids = self.selected_ids()
        if ids:
            try:
                self.undo_stack.push(
                    commands.UpdateCards(self.shots, ids, {field: value}, self._changed)
                )
            except KilasError as exc:
                self._error(exc)

    def on_delete_triggered(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(commands.DeleteCards(self.board, ids, self._changed))

    # Long jobs ------------------------------------------------------------------------
    def run_job(
        self,
        label: str,
        fn: Callable,
        on_done: Callable[[Any], None],
        on_canceled: Callable[[], None] | None = None,
    ):
        """Run fn(report, cancel) in the background with the progress strip and Cancel."""
        if self.job is not None:
            self.show_notice(self.tr("Tunggu pekerjaan yang sedang berjalan selesai."))
            return None
        self.show_notice("")
        self.progress_label.setText(label)
        self.progress.setValue(0)
        self.progress_strip.show()
        job = self.runner.start(
            fn,
            on_progress=lambda f, _l: self.progress.setValue(int(f * 1000)),
            on_succeeded=on_done,
            on_failed=self._error,
            on_canceled=on_canceled or (lambda: self.status_message.emit(self.tr("Dibatalkan."))),
            on_finished=self._on_job_finished,
        )
        self.job = job
        return job

    def _on_job_finished(self, _outcome: Outcome) -> None:
        self.job = None
        self.progress_strip.hide()

    def on_cancel_clicked(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # Pictures -------------------------------------------------------------------------
    def on_view_files_dropped(self, paths: list[Path], shot_id: int | None, row: int) -> None:
        if shot_id is not None and paths[0].suffix.lower() in VIDEO_SUFFIXES:
            self.select_ids([shot_id])  # a clip dropped on a card: pick one of its frames
            self.on_picture_video_triggered(paths[0])
        elif shot_id is not None:
            self.set_picture_from(shot_id, lambda: self.board.import_picture(paths[0]))
        else:
            self.add_images(paths, row)

    def add_images(self, paths: list[Path], row: int | None = None):
        if self.project_id is None:
            return None
        board, project_id = self.board, self.project_id
        paths = [Path(p) for p in paths]

        holder: dict[str, AddResult] = {}

        def work(report, cancel: threading.Event) -> AddResult:
            holder["result"] = board.add_cards_from_images(project_id, paths, row, report, cancel)
            return holder["result"]

        def done(result: AddResult) -> None:
            self.last_rejected = result.rejected
            if result.created_ids:
                self.undo_stack.push(
                    commands.AddCards(self.board, list(result.created_ids), self._changed)
                )
                self.select_ids(list(result.created_ids))
            if result.rejected:
                names = "; ".join(f"{name}: {msg}" for name, msg in result.rejected[:3])
                more = len(result.rejected) - 3
                self.show_notice(
                    self.tr("{0} berkas dilewati. {1}").format(len(result.rejected), names)
                    + (f" (+{more})" if more > 0 else "")
                )
            self.status_message.emit(self.tr("{0} kartu baru.").format(len(result.created_ids)))

        def canceled() -> None:
            # Canceled part-way: the cards made so far stay, and one Ctrl+Z removes them.
            if "result" in holder:
                done(holder["result"])
            self.status_message.emit(self.tr("Dibatalkan."))

        return self.run_job(
            self.tr("Mengimpor {0} gambar…").format(len(paths)), work, done, canceled
        )

    def set_picture_from(self, shot_id: int, make_asset: Callable[[], int]):
        """Import in the background (copy, hash, probe), then an undoable picture change."""

        def work(report, cancel):
            return make_asset()

        def done(asset_id: int) -> None:
            previous = self.board.set_picture_asset(shot_id, asset_id)
            self.undo_stack.push(
                commands.SetPicture(
                    self.board, shot_id, asset_id, previous, self._changed, done=True
                )
            )

        return self.run_job(self.tr("Menyalin gambar…"), work, done)

    def on_picture_file_triggered(self) -> None:
        card = self.current_card()
        if card is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih gambar"), "", self.tr("Gambar ({0})").format(IMAGE_FILTER)
        )
        if path:
            self.set_picture_from(card.shot_id, lambda: self.board.import_picture(Path(path)))

    def on_add_triggered(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Kartu baru dari gambar"),
            "",
            self.tr("Gambar ({0})").format(IMAGE_FILTER),
        )
        if paths:
            rows = [self.model.row_of(i) for i in self.selected_ids()]
            self.add_images([Path(p) for p in paths], max(rows) + 1 if rows else None)

    def paste_data(self) -> tuple[bytes, list[Path]]:
        """The clipboard as PNG bytes (an image) or as files (copied in a file manager)."""
        mime = QGuiApplication.clipboard().mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if files:
            return b"", files
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            return b"", []
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data), []

    def on_paste_triggered(self) -> None:
        data, files = self.paste_data()
        card = self.current_card()
        if files:
            if card is not None and len(files) == 1:
                self.set_picture_from(card.shot_id, lambda: self.board.import_picture(files[0]))
            else:
                self.add_images(files)
            return
        if not data:
            self.show_notice(self.tr("Papan klip tidak berisi gambar."))
            return
        if card is None:
            self.show_notice(self.tr("Pilih satu kartu dulu, lalu tempel gambarnya."))
            return
        self.set_picture_from(
            card.shot_id, lambda: self.board.import_picture_bytes(data, "tempel.png")
        )

    def on_picture_video_triggered(self, video: Path | None = None) -> None:
        from app.ui.storyboard.dialogs import FramePickerDialog

        # The picker opens when the clip's length is known (a probe in the background).

        card = self.current_card()
        if card is None:
            return
        if not video:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Pilih video"), "", self.tr("Video ({0})").format(VIDEO_FILTER)
            )
            if not path:
                return
            video = Path(path)
        board, shot_id = self.board, card.shot_id

        def open_picker(duration_s: float) -> None:
            dialog = FramePickerDialog(board, video, duration_s, self)
            self.frame_picker = dialog
            if dialog.exec():
                self.pick_frame(shot_id, video, dialog.time_s)

        # Probing a long clip reads the file: off the GUI thread, then the picker opens.
        self.runner.start(
            lambda _r, _c: board.video_duration_s(video),
            on_succeeded=open_picker,
            on_failed=self._error,
        )

    def pick_frame(self, shot_id: int, video: Path, time_s: float):
        return self.set_picture_from(shot_id, lambda: self.board.import_video_frame(video, time_s))

    def on_sketch_triggered(self) -> None:
        from app.ui.storyboard.sketch import SketchDialog

        card = self.current_card()
        if card is None:
            return
        dialog = SketchDialog(self)
        if dialog.exec() and not dialog.canvas.is_blank():
            data = dialog.canvas.png_bytes()
            self.set_picture_from(
                card.shot_id,
                lambda: self.board.import_picture_bytes(data, f"sketsa-{card.number}.png"),
            )

    def on_picture_cleared(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(
                commands.UpdateCards(self.shots, ids, {"picture_asset_id": None}, self._changed)
            )

    def on_frame_view_requested(self) -> None:
        from app.ui.storyboard.dialogs import FrameViewDialog

        card = self.current_card()
        if card is not None:
            self.frame_view = FrameViewDialog(self.exports, card, self)
            self.frame_view.show()

    # Outputs --------------------------------------------------------------------------
    def on_play_triggered(self) -> None:
        from app.ui.storyboard.animatic_player import AnimaticPlayer

        if self.project_id is None or not self.model.cards:
            return
        self.player = AnimaticPlayer(self.exports, self.project_id, self.model.cards, self)
        self.player.show()

    def _save_path(self, title: str, suffix: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, title, f"storyboard-{self.project_id}{suffix}", pattern
        )
        if not path:
            return None
        return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)

    def on_animatic_triggered(self) -> None:
        out = self._save_path(self.tr("Ekspor animatik"), ".mp4", "MP4 (*.mp4)")
        if out is not None:
            self.export_animatic_to(out)

    def export_animatic_to(self, out: Path, size_px: tuple[int, int] = (1080, 1920), fps: int = 30):
        exports, project_id = self.exports, self.project_id

        def work(report, cancel):
            # The save dialog asked before replacing a file.
            return exports.export_animatic(
                project_id, out, report, cancel, size_px, fps, Overwrite.REPLACE
            )

        return self.run_job(self.tr("Mengekspor animatik…"), work, self._saved)

    def on_pdf_triggered(self) -> None:
        out = self._save_path(self.tr("Cetak storyboard (PDF)"), ".pdf", "PDF (*.pdf)")
        if out is not None:
            self.export_to(out, "pdf")

    def on_shotlist_triggered(self) -> None:
        from app.ui.storyboard.dialogs import ShotListDialog

        if self.project_id is None:
            return
        self.shotlist = ShotListDialog(self.exports, self.project_id, self)
        self.shotlist.csv_button.clicked.connect(self.on_csv_triggered)
        self.shotlist.show()

    def on_csv_triggered(self) -> None:
        out = self._save_path(self.tr("Daftar shot per lokasi (CSV)"), ".csv", "CSV (*.csv)")
        if out is not None:
            self.export_to(out, "csv")

    def export_to(self, out: Path, fmt: str):
        exports, project_id = self.exports, self.project_id
        fn = exports.export_pdf if fmt == "pdf" else exports.export_csv
        return self.run_job(
            self.tr("Mengekspor…"), lambda r, c: fn(project_id, out, Overwrite.REPLACE), self._saved
        )

    def _saved(self, path) -> None:
        self.status_message.emit(self.tr("Tersimpan: {0}").format(path))
        self.show_notice("")
        QTimer.singleShot(0, lambda: self.progress_label.setText(""))
