"""Play the board as a timed slideshow with narration text (and the narration track)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.core.formatting import fmt_decimal
from app.services.storyboard import Card
from app.services.storyboard_export import StoryboardExports
from app.ui.i18n import current_language
from app.ui.storyboard.dialogs import SafeZoneCanvas
from app.workers.jobs import JobRunner

_FRAME_W_PX, _FRAME_H_PX = 405, 720


class AnimaticPlayer(QDialog):
    def __init__(
        self, exports: StoryboardExports, project_id: int, cards: list[Card], parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Animatik"))
        self.exports, self.cards = exports, list(cards)
        self.frames: list = []
        self.current = -1
        self.runner = JobRunner(self)
        layout = QVBoxLayout(self)
        self.canvas = SafeZoneCanvas()
        self.canvas.set_platform("all")
        layout.addWidget(self.canvas, 1)
        controls = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Putar (Spasi)"))
        self.play_button.setEnabled(False)
        self.play_button.clicked.connect(self.toggle)
        self.position = QLabel(self.tr("Menyiapkan bingkai…"))
        controls.addWidget(self.play_button)
        controls.addWidget(self.position, 1)
        layout.addLayout(controls)
        QShortcut(QKeySequence("Space"), self, activated=self.toggle)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.next_card)
        self.audio = None
        track = exports.narration_track(project_id)
        if track is not None:
            self._setup_audio(track)
        self.resize(460, 860)
        self._paint_frames()

    def _setup_audio(self, track) -> None:
        # Imported here: QtMultimedia costs start-up time and only the player needs it.
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self.audio = QMediaPlayer(self)
        self.audio.setAudioOutput(QAudioOutput(self))
        self.audio.setSource(QUrl.fromLocalFile(str(track)))

    def _paint_frames(self) -> None:
        exports, cards = self.exports, self.cards

        def paint(report, cancel: threading.Event):
            frames = []
            for i, card in enumerate(cards):
                if cancel.is_set():
                    break
                frames.append(exports.animatic_frame(card, _FRAME_W_PX, _FRAME_H_PX))
                report((i + 1) / max(1, len(cards)), "")
            return frames

        self.job = self.runner.start(
            paint,
            on_progress=lambda f, _l: self.position.setText(
                self.tr("Menyiapkan bingkai… {0}%").format(int(f * 100))
            ),
            on_succeeded=self._on_frames,
        )

    def _on_frames(self, frames: list) -> None:
        self.frames = frames
        self.play_button.setEnabled(bool(frames))
        self.show_card(0)

    def show_card(self, i: int) -> None:
        if not self.frames:
            return
        self.current = i
        self.canvas.set_frame(self.frames[i])
        total = sum(c.duration_s for c in self.cards)
        start = sum(c.duration_s for c in self.cards[:i])
        self.position.setText(
            self.tr("Kartu {0} dari {1} · {2} / {3} dtk").format(
                i + 1,
                len(self.frames),
                fmt_decimal(start, 1, current_language()),
                fmt_decimal(total, 1, current_language()),
            )
        )

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if not self.frames:
            return
        if self.playing:
            self.timer.stop()
            if self.audio is not None:
                self.audio.pause()
            self.play_button.setText(self.tr("Putar (Spasi)"))
            return
        if self.current >= len(self.frames) - 1 or self.current < 0:
            self.show_card(0)
        if self.audio is not None:
            self.audio.setPosition(
                int(sum(c.duration_s for c in self.cards[: self.current]) * 1000)
            )
            self.audio.play()
        self.play_button.setText(self.tr("Jeda (Spasi)"))
        self.timer.start(int(max(0.2, self.cards[self.current].duration_s) * 1000))

    def next_card(self) -> None:
        if self.current + 1 >= len(self.frames):
            self.play_button.setText(self.tr("Putar (Spasi)"))
            if self.audio is not None:
                self.audio.stop()
            return
        self.show_card(self.current + 1)
        self.timer.start(int(max(0.2, self.cards[self.current].duration_s) * 1000))

    def done(self, result: int) -> None:
        self.timer.stop()
        self.runner.cancel_all()
        if self.audio is not None:
            self.audio.stop()
        super().done(result)
