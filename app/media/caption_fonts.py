"""Caption fonts measured and painted the way libass draws them.

`font_measure` is the measuring function app.core.caption_layout needs: the family is
resolved exactly as for the overlays (bundled fonts in assets/fonts, the folder libass gets
as `fontsdir`), and the font is scaled like libass does (ASS size = OS/2 winAscent +
winDescent, not the em). Advances are taken at a large pixel size with hinting off and
scaled, so they are the unhinted advances libass uses.

`draw_caption` paints a laid-out caption block (fill, outline, karaoke highlight); the
subtitle editor and the brand preview both paint through it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
    QTransform,
)

from app.core.caption_layout import CaptionBlock
from app.core.errors import InvalidInput
from app.media import fonts
from app.media.qt_app import ensure_gui_application

# Advances and outlines are taken at this pixel size and scaled down: unhinted and exact.
_REFERENCE_PX = 1000


def _reference_font(family: str, bold: bool) -> QFont:
    font = QFont(family)
    font.setPixelSize(_REFERENCE_PX)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font


@lru_cache(maxsize=32)
def _cell_per_em(family: str, bold: bool) -> tuple[float, float]:
    """(winAscent, winDescent) / unitsPerEm of the font file Qt picked for family + bold."""
    raw = QRawFont.fromFont(_reference_font(family, bold))
    os2 = bytes(raw.fontTable("OS/2"))
    upem = raw.unitsPerEm()
    if len(os2) < 78 or upem <= 0:
        raise InvalidInput(
            f"Fon {family} tidak punya metrik OS/2; takarir tidak bisa diatur.",
            f"Font {family} has no OS/2 metrics; captions cannot be laid out.",
        )
    win_ascent, win_descent = struct.unpack(">HH", os2[74:78])
    return win_ascent / upem, win_descent / upem


@dataclass
class QtFontMeasure:
    """app.core.caption_layout.FontMeasure for one family, size and weight."""

    family: str
    size_px: int
    bold: bool
    ascent_px: float = 0.0
    descent_px: float = 0.0
    em_px: float = 0.0  # the font's em at this ASS size
    font: QFont = field(default_factory=QFont)
    _metrics: QFontMetricsF | None = None

    def __post_init__(self) -> None:
        ascent, descent = _cell_per_em(self.family, self.bold)
        self.em_px = self.size_px / (ascent + descent)
        self.ascent_px, self.descent_px = ascent * self.em_px, descent * self.em_px
        self.font = _reference_font(self.family, self.bold)
        self._metrics = QFontMetricsF(self.font)

    @property
    def scale(self) -> float:
        return self.em_px / _REFERENCE_PX

    def advance_px(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text) * self.scale

    def path(self, text: str, left_px: float, baseline_px: float) -> QPainterPath:
        """The outline of `text` on the canvas, its advance starting at left_px."""
        path = QPainterPath()
        path.addText(QPointF(0, 0), self.font, text)
        return QTransform(self.scale, 0, 0, self.scale, left_px, baseline_px).map(path)


def font_measure(family: str, size_px: int, bold: bool) -> QtFontMeasure:
    """The caption_layout Measurer: `family` resolved like every overlay font."""
    ensure_gui_application()
    return QtFontMeasure(fonts.resolve_family(family), int(size_px), bool(bold))


def _qcolor(hex_colour: str) -> QColor:
    colour = QColor(hex_colour)
    return colour if colour.isValid() else QColor("#FFFFFF")


def draw_caption(
    painter: QPainter,
    block: CaptionBlock,
    colour: str,
    highlight_colour: str,
    outline_colour: str,
    lit_words: int = 0,
) -> None:
    """Paint `block` on a canvas-scaled painter as libass burns it: outline under fill, the
    first `lit_words` words in the highlight colour (karaoke: the words already spoken)."""
    if not block.lines:
        return
    fm = font_measure(block.font_family, block.size_px, block.bold)
    space = fm.advance_px(" ")
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    pen = None
    if block.outline_px > 0:
        pen = QPen(_qcolor(outline_colour), block.outline_px * 2)
        pen.setJoinStyle(Qt.RoundJoin)
        pen.setCapStyle(Qt.RoundCap)
    paths: list[tuple[QPainterPath, bool]] = []
    word_no = 0
    for line in block.lines:
        x = line.left_px
        for word in line.text.split(" "):
            paths.append((fm.path(word, x, line.baseline_px), word_no < lit_words))
            x += fm.advance_px(word) + space
            word_no += 1
    if pen is not None:  # every outline first: a fill is never covered by the next outline
        for path, _lit in paths:
            painter.strokePath(path, pen)
    for path, lit in paths:
        painter.fillPath(path, QBrush(_qcolor(highlight_colour if lit else colour)))
    painter.restore()
