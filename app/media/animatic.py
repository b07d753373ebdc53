"""Animatic: the storyboard as a timed slideshow with narration text, written with moviepy.

Each card becomes one still frame painted by QPainter (picture cover-cropped to 9:16,
narration text inside the strictest platform safe zone), held for the card's duration. The
project narration track, when there is one, is laid under it. Speed matters less than
simplicity here (ARCHITECTURE.md: moviepy for quick storyboard animatics).
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.core.errors import Canceled, KilasError
from app.core.platforms import CANVAS_H_PX, CANVAS_W_PX, STRICTEST_BOX
from app.media.thumbnails import ImageUnsupported, cover_crop, load_scaled, placeholder

ReportFn = Callable[[float, str], None]


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


def qimage_to_rgb(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format_RGB888)
    w, h, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    arr = np.frombuffer(rgb.constBits(), np.uint8, count=stride * h).reshape(h, stride)
    return arr[:, : w * 3].reshape(h, w, 3).copy()


def _logger(report: ReportFn, cancel: threading.Event, start: float, span: float):
    import proglog

    class _Logger(proglog.ProgressBarLogger):
        """moviepy progress → report(); a set cancel event stops the writer."""

        def bars_callback(self, bar, attr, value, old_value=None):
            if cancel.is_set():
                raise Canceled()
            if attr == "index":
                total = self.bars[bar].get("total") or 0
                if total:
                    report(start + span * min(1.0, value / total), "video")

    return _Logger()


def write_animatic(
    cards: list[AnimaticCard],
    out_path: Path,
    *,
    audio: Path | None = None,
    width_px: int = CANVAS_W_PX,
    height_px: int = CANVAS_H_PX,
    fps: int = 30,
    pipe_fps: int = 10,
    labels: dict[str, str] | None = None,
    report: ReportFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the slideshow as H.264/AAC MP4 to out_path (renamed into place when complete).

    The cards are still pictures, so moviepy hands ffmpeg only `pipe_fps` frames a second
    (card timing to 0.1 s) and ffmpeg repeats them up to `fps`: a third of the raw 6 MB
    frames to pipe, and the file still plays at 30 fps.
    """
    from moviepy import AudioFileClip, ImageClip, concatenate_videoclips

    from app.media.ffmpeg_runner import ffmpeg_path

    report = report or (lambda f, label="": None)
    cancel = cancel or threading.Event()
    if not cards:
        raise AnimaticFailed("Storyboard kosong: belum ada kartu.", "The storyboard has no cards.")
    os.environ.setdefault("IMAGEIO_FFMPEG_EXE", ffmpeg_path())
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    clips = []
    for i, card in enumerate(cards):
        if cancel.is_set():
            raise Canceled()
        frame = qimage_to_rgb(paint_card_frame(card, width_px, height_px, labels))
        clips.append(ImageClip(frame).with_duration(max(0.2, card.duration_s)))
        report(0.15 * (i + 1) / len(cards), "frames")
    video = concatenate_videoclips(clips, method="chain")
    audio_clip = None
    if audio is not None and Path(audio).is_file():
        audio_clip = AudioFileClip(str(audio))
        video = video.with_audio(audio_clip.subclipped(0, min(audio_clip.duration, video.duration)))
    tmp = out_path.with_name(f"{out_path.stem}.part{out_path.suffix or '.mp4'}")
    try:
        with tempfile.TemporaryDirectory(prefix="kilas-animatic-") as tmpdir:
            video.write_videofile(
                str(tmp),
                fps=min(fps, pipe_fps),
                codec="libx264",
                preset="veryfast",
                audio_codec="aac",
                audio_fps=48000,
                audio_bitrate="128k",
                temp_audiofile=str(Path(tmpdir) / "audio.m4a"),
                ffmpeg_params=[
                    "-pix_fmt",
                    "yuv420p",
                    "-crf",
                    "23",
                    "-movflags",
                    "+faststart",
                    "-r",
                    str(fps),
                ],
                logger=_logger(report, cancel, 0.15, 0.85),
            )
    except Canceled:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, RuntimeError) as exc:
        tmp.unlink(missing_ok=True)
        raise AnimaticFailed(
            f"Animatik gagal ditulis: {exc}", f"The animatic could not be written: {exc}"
        ) from exc
    finally:
        video.close()
        if audio_clip is not None:
            audio_clip.close()
    tmp.replace(out_path)
    report(1.0, "done")
    return out_path
