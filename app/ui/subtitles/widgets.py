"""Subtitle editor widgets: waveform with cue spans and playhead, the caption preview."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.captions import Cue
from app.services.subtitle_preview import CaptionLookup, SubtitlePreview


class WaveformView(QWidget):
    """Peaks of the narration, cue spans underneath, the selected cue highlighted and a
    playhead. A click asks to seek there."""

    seek_requested = Signal(int)  # ms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False
        self.peaks: list[float] = []
        self.duration_ms = 0
        self.spans: list[tuple[int, int, bool]] = []  # start, end, departs from script
        self.selected = -1
        self.playhead_ms = -1
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setToolTip(self.tr("Gelombang suara narasi. Klik untuk memutar dari titik itu."))

    def sizeHint(self) -> QSize:
        return QSize(600, 110)

    def set_data(self, peaks: list[float], duration_s: float) -> None:
        self.peaks, self.duration_ms = peaks, int(duration_s * 1000)
        self.loading = False
        self.update()

    def set_loading(self) -> None:
        """The narration is being decoded: say so, not "no narration"."""
        self.peaks, self.loading = [], True
        self.update()

    def set_spans(self, spans: list[tuple[int, int, bool]], selected: int) -> None:
        self.spans, self.selected = spans, selected
        self.update()

    def set_playhead(self, ms: int) -> None:
        self.playhead_ms = ms
        self.update()

    def _total_ms(self) -> int:
        return max(self.duration_ms, max((e for _, e, _ in self.spans), default=0), 1)

    def _x(self, ms: int) -> float:
        return ms / self._total_ms() * self.width()

    def mousePressEvent(self, event) -> None:
        self.seek_requested.emit(
            int(event.position().x() / max(1, self.width()) * self._total_ms())
        )

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#1E2430"))
        h = self.height() - 18
        for i, (s, e, departs) in enumerate(self.spans):
            colour = QColor(
                "#F2A900" if i == self.selected else ("#B5523B" if departs else "#3C6E9F")
            )
            colour.setAlpha(110 if i == self.selected else 70)
            p.fillRect(QRectF(self._x(s), 0, max(1.0, self._x(e) - self._x(s)), h), colour)
            p.fillRect(QRectF(self._x(s), h + 4, max(1.0, self._x(e) - self._x(s)), 10), colour)
        if self.peaks:
            p.setPen(QPen(QColor("#9FD3FF"), 1))
            n = len(self.peaks)
            mid = h / 2
            w = self.width()
            for x in range(w):
                v = self.peaks[min(n - 1, int(x / max(1, w) * n))]
                p.drawLine(QPointF(x, mid - v * mid), QPointF(x, mid + v * mid))
        else:
            p.setPen(QColor("#8899AA"))
            p.drawText(
                self.rect().adjusted(0, 0, 0, -18),
                Qt.AlignCenter,
                self.tr("Memuat gelombang suara narasi…")
                if self.loading
                else self.tr("Belum ada suara narasi."),
            )
        if self.playhead_ms >= 0:
            p.setPen(QPen(QColor("#FF4444"), 2))
            x = self._x(self.playhead_ms)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()


class CaptionPreview(QWidget):
    """The timeline frame at the cue's time with the cue painted as the export burns it
    (the subtitle preview service composes the picture; this widget only shows it).
    Short-form styles light up the words already spoken at the playhead."""

    def __init__(self, preview: SubtitlePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self.frame: bytes | None = None
        self.frame_problem = ""  # why there is no frame (shown over the plain background)
        self.lookup: CaptionLookup | None = None
        self.cue: Cue | None = None
        self.at_ms: int | None = None
        # 9:16, 270×480 when there is room; it shrinks on a 1366×768 laptop (down to 135×240)
        # instead of setting the window's height.
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(135, 240)

    def set_lookup(self, lookup: CaptionLookup) -> None:
        self.lookup = lookup
        self.update()

    def set_frame(self, png: bytes | None) -> None:
        self.frame, self.frame_problem = png or None, ""
        self.update()

    def set_frame_problem(self, text: str) -> None:
        self.frame, self.frame_problem = None, text
        self.update()

    def set_cue(self, cue: Cue | None, at_ms: int | None = None) -> None:
        self.cue, self.at_ms = cue, at_ms
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(270, 480)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 16 // 9

    def frame_rect(self) -> QRect:
        """The largest 9:16 box inside the widget, centred: where the picture is shown."""
        w, h = self.width(), self.height()
        if w * 16 > h * 9:
            w = h * 9 // 16
        else:
            h = w * 16 // 9
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    def image(self) -> QImage:
        """What the preview shows, at the size it is shown."""
        box = self.frame_rect()
        if self.lookup is None:
            image = QImage(box.size(), QImage.Format_ARGB32_Premultiplied)
            image.fill(QColor("#2B3A4A"))
            return image
        return self._preview.image(self.frame, self.lookup, self.cue, self.at_ms, box.width())

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        box = self.frame_rect()
        p.drawImage(box, self.image())
        if self.frame is None:
            p.setPen(QColor("#DDE6EF"))
            p.drawText(
                box.adjusted(10, 40, -10, 0),
                Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                self.frame_problem or self.tr("Memuat bingkai video…"),
            )
        p.end()
