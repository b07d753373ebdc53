"""Animatic: the storyboard as a timed slideshow with narration text.

Each card becomes one still frame painted by QPainter (picture cover-cropped to 9:16,
narration text inside the strictest platform safe zone), held for the card's duration. The
project narration track, when there is one, is laid under it. ffmpeg (through the one
runner) turns the painted stills into the MP4.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.core.errors import Canceled, KilasError
from app.core.overwrite import Overwrite
from app.core.platforms import CANVAS_H_PX, CANVAS_W_PX, STRICTEST_BOX
from app.core.progress import ProgressFn
from app.media import ffmpeg_runner
from app.media.outputs import write_output
from app.media.thumbnails import ImageUnsupported, cover_crop, load_scaled, placeholder


class AnimaticFailed(KilasError):
    pass


@dataclass(frozen=True)
class AnimaticCard:
    number: int
    duration_s: float
    narration: str
    picture: Path | None  # None: no picture; a path that is gone: "picture missing"
    focus_x: float = 0.5
    focus_y: float = 0.5
    caption: str = ""  # small line at the top, e.g. "Shot 3 · Close-up"


def paint_card_frame(
    card: AnimaticCard,
    width_px: int = CANVAS_W_PX,
    height_px: int = CANVAS_H_PX,
    labels: dict[str, str] | None = None,
) -> QImage:
    """One 9:16 frame for the card: picture, shot caption and narration text."""
    labels = labels or {}
    frame = QImage(width_px, height_px, QImage.Format_RGB32)
    frame.fill(QColor("#1d2127"))
    picture: QImage | None = None
    note = labels.get("no_picture", "Belum ada gambar")
    if card.picture is not None:
        try:
            picture = load_scaled(card.picture, width_px, height_px, cover=True)
        except ImageUnsupported:
            note = labels.get("missing", "Gambar hilang")
    p = QPainter(frame)
    p.setRenderHint(QPainter.Antialiasing)
    p.setRenderHint(QPainter.SmoothPixmapTransform)
    if picture is not None and not picture.isNull():
        p.drawImage(0, 0, cover_crop(picture, width_px, height_px, card.focus_x, card.focus_y))
    else:
        p.drawImage(0, 0, placeholder(width_px, height_px, note, missing=card.picture is not None))
    sx = width_px / CANVAS_W_PX
    sy = height_px / CANVAS_H_PX
    x0, y0, x1, y1 = (
        STRICTEST_BOX[0] * sx,
        STRICTEST_BOX[1] * sy,
        STRICTEST_BOX[2] * sx,
        STRICTEST_BOX[3] * sy,
    )
    if card.caption:
        font = QFont()
        font.setPixelSize(max(8, round(40 * sy)))
        font.setBold(True)
        p.setFont(font)
        box = QRectF(x0, y0, x1 - x0, font.pixelSize() * 1.8)
        p.fillRect(box, QColor(0, 0, 0, 150))
        p.setPen(Qt.white)
        p.drawText(
            box.adjusted(12 * sx, 0, -12 * sx, 0), Qt.AlignVCenter | Qt.AlignLeft, card.caption
        )
    if card.narration.strip():
        font = QFont()
        font.setPixelSize(max(8, round(56 * sy)))  # STANDARDS: captions never below 55 px
        font.setBold(True)
        p.setFont(font)
        pad = 24 * sx
        width = x1 - x0
        flags = Qt.AlignHCenter | Qt.AlignBottom | Qt.TextWordWrap
        needed = p.boundingRect(QRectF(0, 0, width - 2 * pad, y1 - y0), flags, card.narration)
        h = min(needed.height() + 2 * pad, y1 - y0)
        box = QRectF(x0, y1 - h, width, h)
        p.fillRect(box, QColor(0, 0, 0, 170))
        p.setPen(Qt.white)
        p.drawText(box.adjusted(pad, pad, -pad, -pad), flags, card.narration)
    p.end()
    return frame


def write_animatic(
    cards: list[AnimaticCard],
    out_path: Path,
    *,
    audio: Path | None = None,
    width_px: int = CANVAS_W_PX,
    height_px: int = CANVAS_H_PX,
    fps: int = 30,
    labels: dict[str, str] | None = None,
    report: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    ffmpeg: str = "",
    overwrite: Overwrite = Overwrite.REFUSE,
) -> Path:
    """Write the slideshow as H.264/AAC MP4 to out_path (renamed into place when complete).

    Each card is painted once to a PNG; ffmpeg's concat demuxer holds every picture for its
    card's duration and repeats it up to `fps`, so no frame is piped more than once.
    """
    report = report or (lambda f, label="": None)
    cancel = cancel or threading.Event()
    if not cards:
        raise AnimaticFailed("Storyboard kosong: belum ada kartu.", "The storyboard has no cards.")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    durations_s = [max(0.2, card.duration_s) for card in cards]
    total_s = sum(durations_s)
    with tempfile.TemporaryDirectory(prefix="kilas-animatic-") as tmpdir:
        folder = Path(tmpdir)
        listing = []
        for i, (card, duration_s) in enumerate(zip(cards, durations_s, strict=True)):
            if cancel.is_set():
                raise Canceled()
            picture = folder / f"card{i:04d}.png"
            if not paint_card_frame(card, width_px, height_px, labels).save(str(picture)):
                raise AnimaticFailed(
                    f"Gambar kartu tidak bisa ditulis ke {folder}.",
                    f"The card picture could not be written to {folder}.",
                )
            listing.append(f"file '{picture.name}'\nduration {duration_s:.3f}\n")
            report(0.15 * (i + 1) / len(cards), "frames")
        # The concat demuxer takes the last entry's duration only if the file follows again.
        listing.append(f"file '{picture.name}'\n")
        cards_txt = folder / "cards.txt"
        cards_txt.write_text("".join(listing), encoding="utf-8")
        args = ["-y", "-f", "concat", "-safe", "0", "-i", str(cards_txt)]
        if audio is not None:
            args += ["-i", str(audio), "-map", "0:v:0", "-map", "1:a:0"]
            args += ["-c:a", "aac", "-b:a", "128k", "-ar", "48000"]
        args += ["-vf", f"fps={fps},format=yuv420p", "-c:v", "libx264", "-preset", "veryfast"]
        args += ["-crf", "23", "-t", f"{total_s:.3f}", "-movflags", "+faststart", "-f", "mp4"]

        def encode(part: Path) -> None:
            ffmpeg_runner.run_with_progress(
                [*args, str(part)],
                total_s,
                lambda f, label: report(0.15 + 0.85 * f, label),
                cancel,
                "video",
                ffmpeg=ffmpeg,
            )

        out_path = write_output(out_path, encode, overwrite, require_content=True)
    report(1.0, "done")
    return out_path
