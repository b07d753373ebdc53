"""The one caption layout: where each line of a caption goes on the 1080×1920 canvas.

The ASS writer pins this layout in the file libass burns (explicit `\\N` line breaks,
`\\an2\\pos(x,y)`, no libass wrapping), and the previews paint the same lines at the same
positions, so a preview shows what the export burns.

Pure: the font is measured by a `FontMeasure` the caller passes in (app/media/caption_fonts.py
measures the very font file libass is given). Sizes follow libass: a font at ASS size S is
scaled so that its ascent + descent (OS/2 win metrics) is S pixels, and every line is S high.

Rules (STANDARDS.md): never below 55 px, at most 2 lines while the size can still shrink to
55 px, lines balanced and broken where the segmentation rules prefer, the block inside the
strictest safe box (x 65–930, y 270–1248) with its last baseline at the style's bottom_y_px.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.captions import break_cost
from app.core.platforms import STRICTEST_BOX

MIN_FONT_PX = 55
MAX_LINES = 2
SAFE_LEFT_PX, SAFE_TOP_PX, SAFE_RIGHT_PX, SAFE_BOTTOM_PX = STRICTEST_BOX


class FontMeasure(Protocol):
    """One font at one ASS size, measured as libass measures it (canvas pixels)."""

    family: str  # the family actually used (what the ASS file must name)
    size_px: int
    bold: bool
    ascent_px: float
    descent_px: float

    def advance_px(self, text: str) -> float: ...


Measurer = Callable[[str, int, bool], FontMeasure]  # (family, size_px, bold) → FontMeasure


@dataclass(frozen=True)
class CaptionLook:
    """How captions look, from the brand's caption style and the caption template."""

    font_family: str = "Inter"
    size_px: int = 72
    bold: bool = True
    uppercase: bool = False
    outline_px: int = 6
    bottom_y_px: int = 1220  # baseline of the last line


@dataclass(frozen=True)
class CaptionLine:
    text: str
    left_px: float  # start of the line's advance (lines are centred one by one)
    baseline_px: float
    width_px: float


@dataclass(frozen=True)
class CaptionBlock:
    lines: tuple[CaptionLine, ...]
    font_family: str
    size_px: int
    bold: bool
    outline_px: int
    pos_x_px: float  # `\an2\pos(x,y)`: the middle of the block's bottom edge
    pos_y_px: float

    @property
    def box(self) -> tuple[int, int, int, int]:
        """Where ink may appear (advance box, line heights, outline) as x0, y0, x1, y1."""
        if not self.lines:
            return (0, 0, 0, 0)
        pad = self.outline_px
        x0 = min(line.left_px for line in self.lines) - pad
        x1 = max(line.left_px + line.width_px for line in self.lines) + pad
        y0 = self.pos_y_px - self.size_px * len(self.lines) - pad
        return (int(x0), int(y0), int(round(x1 + 0.5)), int(round(self.pos_y_px + pad + 0.5)))


def _balanced(words: Sequence[str], fm: FontMeasure, width_px: float) -> list[str]:
    """`words` as few lines as fit `width_px`; two lines are balanced and broken where the
    segmentation rules prefer; a single word wider than the box stays whole."""
    text = " ".join(words)
    if len(words) < 2 or fm.advance_px(text) <= width_px:
        return [text]
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        w1, w2 = fm.advance_px(first), fm.advance_px(second)
        if w1 > width_px or w2 > width_px:
            continue
        # One px of imbalance weighs like a fiftieth of a character height's cost unit.
        cost = break_cost(words, i) + abs(w1 - w2) * 25.0 / fm.size_px
        if best is None or cost < best[0]:
            best = (cost, [first, second])
    if best is not None:
        return best[1]
    # Too long for two lines: fill greedily (the caller shrinks the font first).
    return greedy_wrap(words, fm.advance_px, width_px)


def greedy_wrap(
    words: Sequence[str], advance_px: Callable[[str], float], width_px: float
) -> list[str]:
    """Words into lines, each as full as `width_px` allows (a too-wide word stays whole)."""
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if current and advance_px(trial) > width_px:
            lines.append(current)
            current = word
        else:
            current = trial
    return [*lines, current]


def _lines(text: str, fm: FontMeasure, width_px: float) -> list[str]:
    out: list[str] = []
    for paragraph in text.splitlines():
        words = paragraph.split()
        if words:
            out.extend(_balanced(words, fm, width_px))
    return out


def layout_caption(text: str, look: CaptionLook, measure: Measurer) -> CaptionBlock:
    """Lines, size and position of one caption; explicit line breaks in `text` are kept."""
    if look.uppercase:
        text = text.upper()
    outline = max(0, int(look.outline_px))
    width_px = SAFE_RIGHT_PX - SAFE_LEFT_PX - 2 * outline
    size = max(MIN_FONT_PX, int(look.size_px))
    fm = measure(look.font_family, size, look.bold)
    lines = _lines(text, fm, width_px)
    # More than two lines: shrink towards 55 px before taking a third line.
    while len(lines) > MAX_LINES and size > MIN_FONT_PX:
        size = max(MIN_FONT_PX, size - 2)
        fm = measure(look.font_family, size, look.bold)
        lines = _lines(text, fm, width_px)
    centre_x = float(round((SAFE_LEFT_PX + SAFE_RIGHT_PX) / 2))
    block_h = size * len(lines)
    bottom = look.bottom_y_px + fm.descent_px
    bottom = min(bottom, SAFE_BOTTOM_PX - outline)
    bottom = max(bottom, SAFE_TOP_PX + outline + block_h)
    bottom = float(round(bottom))  # whole pixels: `\pos` and the painters agree exactly
    placed = []
    for row, line in enumerate(lines):
        width = fm.advance_px(line)
        baseline = bottom - (len(lines) - 1 - row) * size - fm.descent_px
        placed.append(CaptionLine(line, centre_x - width / 2, baseline, width))
    return CaptionBlock(tuple(placed), fm.family, size, look.bold, outline, centre_x, bottom)
