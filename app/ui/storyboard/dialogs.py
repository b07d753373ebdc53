"""Storyboard dialogs: 9:16 frame view with platform safe zones, and the video frame picker."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.core.formatting import fmt_seconds
from app.core.platforms import CANVAS_H_PX, CANVAS_W_PX, PLATFORMS, strictest_box
from app.services.storyboard import StoryboardService
from app.services.storyboard_export import StoryboardExports
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner, Outcome


class SafeZoneCanvas(QWidget):
    """A 9:16 frame scaled to the widget, with the UI areas of a platform shaded."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.frame = QImage()
        self.platform = "tiktok"  # key of PLATFORMS or "all" (strictest box)
        self.setMinimumSize(270, 480)

    def set_frame(self, image: QImage) -> None:
        self.frame = image
        self.update()

    def set_platform(self, key: str) -> None:
        self.platform = key
        self.update()

    def frame_rect(self) -> QRectF:
        scale = min(self.width() / CANVAS_W_PX, self.height() / CANVAS_H_PX)
        w, h = CANVAS_W_PX * scale, CANVAS_H_PX * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def safe_box(self) -> tuple[int, int, int, int]:
        if self.platform in PLATFORMS:
            return PLATFORMS[self.platform].safe_zone.box
        return strictest_box([])

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        p.fillRect(self.rect(), QColor("#2a2e35"))
        frame = self.frame_rect()
        if not self.frame.isNull():
            p.drawImage(frame, self.frame)
        s = frame.width() / CANVAS_W_PX
        x0, y0, x1, y1 = self.safe_box()
        safe = QRectF(frame.left() + x0 * s, frame.top() + y0 * s, (x1 - x0) * s, (y1 - y0) * s)
        shade = QColor(200, 30, 30, 90)
        p.fillRect(
            QRectF(frame.left(), frame.top(), frame.width(), safe.top() - frame.top()), shade
        )
        p.fillRect(
            QRectF(frame.left(), safe.bottom(), frame.width(), frame.bottom() - safe.bottom()),
            shade,
        )
        p.fillRect(
            QRectF(frame.left(), safe.top(), safe.left() - frame.left(), safe.height()), shade
        )
        p.fillRect(
            QRectF(safe.right(), safe.top(), frame.right() - safe.right(), safe.height()), shade
        )
        p.setPen(QPen(QColor("#ffe14d"), 2, Qt.DashLine))
        p.drawRect(safe)
        p.end()


class FrameViewDialog(QDialog):
    """The card as it will look in the 9:16 video, under a platform's buttons and captions."""

    def __init__(self, exports: StoryboardExports, card, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bingkai 9:16 — kartu #{0}").format(card.number))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zona aman:")))
        self.platforms = QComboBox()
        for key in ("tiktok", "reels", "shorts"):
            self.platforms.addItem(PLATFORMS[key].label, key)
        self.platforms.addItem(self.tr("Semua platform (paling ketat)"), "all")
        row.addWidget(self.platforms, 1)
        layout.addLayout(row)
        self.canvas = SafeZoneCanvas()
        layout.addWidget(self.canvas, 1)
        note = QLabel(
            self.tr(
                "Area merah tertutup tombol dan teks aplikasi: jangan taruh teks, "
                "logo, atau wajah penting di sana."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.platforms.currentIndexChanged.connect(
            lambda: self.canvas.set_platform(self.platforms.currentData())
        )
        self.canvas.set_frame(exports.animatic_frame(card, 540, 960))
        self.resize(420, 820)


class FramePickerDialog(QDialog):
    """Pick a moment of a video clip with a slider; the preview frame loads in the background."""

    def __init__(
        self, board: StoryboardService, video: Path, duration_s: float, parent=None
    ) -> None:
        """`duration_s` comes from board.video_duration_s, probed off the GUI thread."""
        super().__init__(parent)
        self.board, self.video = board, Path(video)
        self.setWindowTitle(self.tr("Ambil bingkai dari {0}").format(self.video.name))
        self.duration_s = duration_s
        self.runner = JobRunner(self)
        layout = QVBoxLayout(self)
        self.preview = QLabel(alignment=Qt.AlignCenter)
        self.preview.setMinimumSize(480, 300)
        set_role(self.preview, "preview")
        layout.addWidget(self.preview, 1)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setRange(0, max(0, int(self.duration_s * 10) - 1))  # tenths of a second
        layout.addWidget(self.slider)
        self.time_label = QLabel()
        layout.addWidget(self.time_label)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Pakai bingkai ini"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wait until the slider rests a moment: one ffmpeg run per position, not per pixel.
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._load_preview)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self._busy = False
        self._on_slider_moved(0)

    @property
    def time_s(self) -> float:
        return self.slider.value() / 10.0

    def _on_slider_moved(self, _value: int) -> None:
        self.time_label.setText(
            self.tr("Detik {0:.1f} dari {1:.1f}").format(self.time_s, self.duration_s)
        )
        self._debounce.start()

    def _load_preview(self) -> None:
        if self._busy:
            self._debounce.start()
            return
        self._busy = True
        board, video, time_s = self.board, self.video, self.time_s

        def grab(report, cancel: threading.Event):
            return QImage(str(board.video_frame_preview(video, time_s, 640)))

        self.runner.start(
            grab,
            on_succeeded=self._on_preview,
            on_failed=lambda exc: self.preview.setText(exc.message(board.ctx.language)),
            on_finished=self._on_finished,
        )

    def _on_finished(self, _outcome: Outcome) -> None:
        self._busy = False

    def _on_preview(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(
            pixmap.scaled(self.preview.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation)
        )


class ShotListDialog(QDialog):
    """The shoot-day list: shots grouped by location, with time per location."""

    def __init__(self, exports: StoryboardExports, project_id: int, parent=None) -> None:
        from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem

        from app.services.storyboard import SHOT_TYPES, STATUSES, label

        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftar shot per lokasi"))
        lang = exports.ctx.language
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Lokasi / shot"),
                self.tr("Jenis"),
                self.tr("Durasi"),
                self.tr("Status"),
                self.tr("Narasi"),
            ]
        )
        for group in exports.shot_list(project_id):
            top = QTreeWidgetItem(
                [
                    group.location,
                    "",
                    self._seconds(group.duration_s, lang),
                    self.tr("{0} shot").format(len(group.cards)),
                    "",
                ]
            )
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for card in group.cards:
                top.addChild(
                    QTreeWidgetItem(
                        [
                            f"#{card.number}",
                            label(SHOT_TYPES, card.shot_type, lang),
                            self._seconds(card.duration_s, lang),
                            label(STATUSES, card.production_status, lang),
                            card.narration_excerpt,
                        ]
                    )
                )
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.csv_button = QPushButton(self.tr("Simpan CSV…"))
        buttons.addButton(self.csv_button, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)

    @staticmethod
    def _seconds(value_s: float, language: str) -> str:
        return fmt_seconds(value_s, language)
