"""Subtitle editor widgets: waveform with cue spans and playhead, styled caption preview."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.brand import CaptionStyle
from app.core.subtitle_formats import (
    CANVAS_W_PX,
    SAFE_BOTTOM_PX,
    SAFE_LEFT_PX,
    SAFE_RIGHT_PX,
    SAFE_TOP_PX,
)


class WaveformView(QWidget):
    """Peaks of the narration, cue spans underneath, the selected cue highlighted and a
    playhead. A click asks to seek there."""

    seek_requested = Signal(int)  # ms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
                self.tr("Belum ada suara narasi."),
            )
        if self.playhead_ms >= 0:
            p.setPen(QPen(QColor("#FF4444"), 2))
            x = self._x(self.playhead_ms)
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        p.end()


class CaptionPreview(QWidget):
    """The styled caption on a 9:16 video frame, scaled down, with the platform safe box.
    Short-form styles highlight the word being spoken at the playhead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: QImage | None = None
        self.style = CaptionStyle()
        self.lines: list[str] = []
        self.words: list[tuple[str, int, int]] = []
        self.at_ms = -1
        self.karaoke = True
        self.uppercase = False
        self.size_px: int | None = None
        self.bold = True
        self.setFixedSize(270, 480)

    def set_frame(self, png: bytes | None) -> None:
        img = QImage()
        self.frame = img if png and img.loadFromData(png) else None
        self.update()

    def set_caption(self, lines: list[str], words: list[tuple[str, int, int]], at_ms: int) -> None:
        self.lines, self.words, self.at_ms = lines, words, at_ms
        self.update()

    def render_image(self) -> QPixmap:
        pm = QPixmap(self.size())
        self.render(pm)
        return pm

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        scale = self.width() / CANVAS_W_PX
        if self.frame is not None:
            p.drawImage(self.rect(), self.frame)
        else:
            p.fillRect(self.rect(), QColor("#2B3A4A"))
            p.setPen(QColor("#7F93A8"))
            p.drawText(
                self.rect().adjusted(10, 40, -10, 0),
                Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
                self.tr("Tidak ada video: pratinjau di latar polos"),
            )
        safe = QRectF(
            SAFE_LEFT_PX * scale,
            SAFE_TOP_PX * scale,
            (SAFE_RIGHT_PX - SAFE_LEFT_PX) * scale,
            (SAFE_BOTTOM_PX - SAFE_TOP_PX) * scale,
        )
        p.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt.DashLine))
        p.drawRect(safe)
        self._paint_caption(p, scale, safe)
        p.end()

    def _paint_caption(self, p: QPainter, scale: float, safe: QRectF) -> None:
        if not self.lines:
            return
        st = self.style
        size = max(55, int(self.size_px or st.size_px)) * scale
        font = QFont(st.font_family or "Montserrat")
        font.setPixelSize(max(6, int(size)))
        font.setBold(self.bold)
        p.setFont(font)
        fm = p.fontMetrics()
        lines = [ln.upper() for ln in self.lines] if self.uppercase else list(self.lines)
        lines = self._wrap(lines, fm, safe.width())  # libass wraps too long lines the same way
        line_h = fm.height()
        baseline = min(st.bottom_y_px, SAFE_BOTTOM_PX) * scale
        current = self._current_word_index()
        word_no = 0
        for k, line in enumerate(lines):
            y = baseline - (len(lines) - 1 - k) * line_h - fm.descent()
            tokens = line.split(" ")
            width = fm.horizontalAdvance(line)
            x = safe.center().x() - width / 2
            for t, token in enumerate(tokens):
                text = token + (" " if t + 1 < len(tokens) else "")
                lit = self.karaoke and current >= 0 and word_no <= current
                colour = QColor(st.highlight_colour if lit else st.colour)
                path = QPainterPath()
                path.addText(QPointF(x, y), font, token)
                pen = QPen(QColor(st.outline_colour), max(1.0, st.outline_px * scale * 2))
                pen.setJoinStyle(Qt.RoundJoin)
                p.strokePath(path, pen)
                p.fillPath(path, colour)
                x += fm.horizontalAdvance(text)
                word_no += 1

    @staticmethod
    def _wrap(lines: list[str], fm, width: float) -> list[str]:
        out: list[str] = []
        for line in lines:
            current = ""
            for token in line.split(" "):
                trial = f"{current} {token}".strip()
                if current and fm.horizontalAdvance(trial) > width:
                    out.append(current)
                    current = token
                else:
                    current = trial
            out.append(current)
        return out

    def _current_word_index(self) -> int:
        if not self.words or self.at_ms < 0:
            return 0 if self.words else -1
        current = -1
        for i, (_, start, _end) in enumerate(self.words):
            if start <= self.at_ms:
                current = i
        return current
