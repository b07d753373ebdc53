"""A 9:16 picture that fits the space it is given: the preview canvases of Render, Brand kit
and Subtitle. A fixed-size label would set the window's minimum height (512 px of preview
plus controls does not fit a 1366×768 laptop); this one shrinks with the window and keeps
the aspect ratio, so the layout, not the picture, decides the size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.style.theme import PALETTE

ASPECT_W, ASPECT_H = 9, 16
MIN_WIDTH_PX = 135  # 135×240: still readable as a layout check


class FrameView(QWidget):
    def __init__(self, preferred_width_px: int = 288, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._text = ""
        self._preferred = QSize(preferred_width_px, preferred_width_px * ASPECT_H // ASPECT_W)
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.background = QColor(PALETTE.preview_bg)
        self.text_colour = QColor(PALETTE.preview_text)

    # What it shows --------------------------------------------------------------------
    def set_image(self, image: QImage | QPixmap) -> None:
        self._pixmap = image if isinstance(image, QPixmap) else QPixmap.fromImage(image)
        self._text = ""
        self.update()

    def set_text(self, text: str) -> None:
        """A message in place of the picture (no project, preparing, an error)."""
        self._pixmap, self._text = QPixmap(), text
        self.update()

    def text(self) -> str:
        return self._text

    def pixmap(self) -> QPixmap:
        """What is shown (a null pixmap while a message is shown), as QLabel.pixmap()."""
        return self._pixmap

    def image_rect(self) -> QRect:
        """Where the picture is painted: the largest 9:16 box inside the widget, centred."""
        w, h = self.width(), self.height()
        if w * ASPECT_H > h * ASPECT_W:
            w = h * ASPECT_W // ASPECT_H
        else:
            h = w * ASPECT_H // ASPECT_W
        return QRect((self.width() - w) // 2, (self.height() - h) // 2, w, h)

    # Size -----------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return self._preferred

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_WIDTH_PX, MIN_WIDTH_PX * ASPECT_H // ASPECT_W)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * ASPECT_H // ASPECT_W

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        box = self.image_rect()
        painter.fillRect(box, self.background)
        if not self._pixmap.isNull():
            painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
            painter.drawPixmap(box, self._pixmap)
        elif self._text:
            painter.setPen(self.text_colour)
            painter.drawText(
                box.adjusted(12, 12, -12, -12), Qt.AlignCenter | Qt.TextWordWrap, self._text
            )
        painter.end()
