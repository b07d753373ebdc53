"""A simple sketch pad (pen, eraser, undo) for teams without photos; the sketch is the picture."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

SKETCH_W_PX, SKETCH_H_PX = 540, 960  # 9:16, half the video size: enough for a sketch
_UNDO_LIMIT = 40


class SketchCanvas(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.image = QImage(SKETCH_W_PX, SKETCH_H_PX, QImage.Format_RGB32)
        self.image.fill(Qt.white)
        self.history: list[QImage] = []
        self.eraser = False
        self.pen_px = 6
        self._last: QPoint | None = None
        self.setFixedSize(SKETCH_W_PX // 2 + 90, SKETCH_H_PX // 2 + 160)
        self.setCursor(Qt.CrossCursor)

    def _to_image(self, pos) -> QPoint:
        scale = SKETCH_W_PX / self.width()
        return QPoint(round(pos.x() * scale), round(pos.y() * scale))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.history.append(self.image.copy())
            del self.history[:-_UNDO_LIMIT]
            self._last = self._to_image(event.position())
            self.stroke_to(self._last)

    def mouseMoveEvent(self, event) -> None:
        if self._last is not None:
            self.stroke_to(self._to_image(event.position()))

    def mouseReleaseEvent(self, event) -> None:
        self._last = None

    def stroke_to(self, point: QPoint) -> None:
        p = QPainter(self.image)
        p.setRenderHint(QPainter.Antialiasing)
        width = self.pen_px * (4 if self.eraser else 1)
        p.setPen(
            QPen(
                QColor("white" if self.eraser else "#1b1b1b"),
                width,
                Qt.SolidLine,
                Qt.RoundCap,
                Qt.RoundJoin,
            )
        )
        p.drawLine(self._last or point, point)
        p.end()
        self._last = point
        self.update()

    def begin_stroke(self, point: QPoint) -> None:
        """Start a stroke at an image point (for keyboard-free tests and scripted use)."""
        self.history.append(self.image.copy())
        self._last = point
        self.stroke_to(point)

    def undo(self) -> None:
        if self.history:
            self.image = self.history.pop()
            self.update()

    def clear(self) -> None:
        self.history.append(self.image.copy())
        self.image.fill(Qt.white)
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.drawImage(self.rect(), self.image)
        p.setPen(QColor("#888"))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()

    def png_bytes(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        self.image.save(buffer, "PNG")
        return bytes(data)

    def is_blank(self) -> bool:
        blank = QImage(self.image.size(), self.image.format())
        blank.fill(Qt.white)
        return self.image == blank


class SketchDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sketsa kartu"))
        layout = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.pen_button = QPushButton(self.tr("Pena (P)"), checkable=True, checked=True)
        self.eraser_button = QPushButton(self.tr("Penghapus (E)"), checkable=True)
        group = QButtonGroup(self)
        group.addButton(self.pen_button)
        group.addButton(self.eraser_button)
        self.width_slider = QSlider(Qt.Horizontal, minimum=2, maximum=24, value=6)
        undo = QPushButton(self.tr("Urungkan (Ctrl+Z)"))
        clear = QPushButton(self.tr("Bersihkan"))
        for w in (
            self.pen_button,
            self.eraser_button,
            QLabel(self.tr("Tebal")),
            self.width_slider,
            undo,
            clear,
        ):
            tools.addWidget(w)
        layout.addLayout(tools)
        self.canvas = SketchCanvas()
        layout.addWidget(self.canvas, 0, Qt.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Jadikan gambar kartu"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pen_button.toggled.connect(lambda on: setattr(self.canvas, "eraser", not on))
        self.width_slider.valueChanged.connect(lambda v: setattr(self.canvas, "pen_px", v))
        undo.clicked.connect(self.canvas.undo)
        clear.clicked.connect(self.canvas.clear)
        QShortcut(QKeySequence.Undo, self, activated=self.canvas.undo)
        QShortcut(QKeySequence("P"), self, activated=lambda: self.pen_button.setChecked(True))
        QShortcut(QKeySequence("E"), self, activated=lambda: self.eraser_button.setChecked(True))
