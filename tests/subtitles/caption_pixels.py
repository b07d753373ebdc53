"""Where a caption's ink is in a picture: the pixels that differ from the same picture
without the caption, its bounding box and its number of lines."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

# A pixel belongs to the caption when it differs this much (sum of |ΔR|+|ΔG|+|ΔB|).
INK_THRESHOLD = 60


def png_rgb(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(BytesIO(png)).convert("RGB")).astype(int)


def qimage_rgb(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


@dataclass(frozen=True)
class Ink:
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (inclusive)
    lines: int
    highlight_box: tuple[int, int, int, int] | None  # where the highlight colour is


def _runs(rows: np.ndarray, min_gap: int = 3) -> int:
    """Runs of True separated by at least `min_gap` False rows."""
    count, gap = 0, min_gap
    for on in rows:
        if on:
            if gap >= min_gap:
                count += 1
            gap = 0
        else:
            gap += 1
    return count


def _box(mask: np.ndarray) -> tuple[int, int, int, int] | None:
    ys, xs = np.nonzero(mask)
    if not len(xs):
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def ink(
    with_caption: np.ndarray, without: np.ndarray, fill: str, highlight: str | None = None
) -> Ink:
    """The caption's box; lines are counted on the fill (and highlight) colour, which the
    outline separates from the next line."""
    mask = np.abs(with_caption - without).sum(axis=2) > INK_THRESHOLD
    box = _box(mask)
    assert box is not None, "no caption in the picture"

    def near(colour: str) -> np.ndarray:
        rgb = np.array([int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)])
        return np.abs(with_caption - rgb).sum(axis=2) < 60

    lit = near(highlight) & mask if highlight else np.zeros_like(mask)
    letters = (near(fill) & mask) | lit
    return Ink(box, _runs(letters.any(axis=1)), _box(lit) if highlight else None)
