"""Media for the embedded sample workspace, made at creation time (no large files in git).

Stills are painted with QPainter, moving clips and music come from ffmpeg's lavfi sources.
"""

from __future__ import annotations

import math
from pathlib import Path

from app.media import ffmpeg_runner

SCENE_COLOURS = [
    ("#0B4F8A", "#1C8ED6"),
    ("#7A1F1F", "#D62828"),
    ("#1E5631", "#4CAF50"),
    ("#4A2C6F", "#8E5CC4"),
    ("#6B4E16", "#F2A900"),
]


def paint_still(
    path: Path, index: int, caption: str, size_px: tuple[int, int] = (1920, 1080)
) -> Path:
    """An illustrative landscape picture: gradient, soft shapes and a small caption."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QLinearGradient, QPainter, QPen

    from app.media.qt_app import ensure_gui_application

    ensure_gui_application()
    w, h = size_px
    dark, light = SCENE_COLOURS[index % len(SCENE_COLOURS)]
    img = QImage(w, h, QImage.Format_RGB32)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    grad = QLinearGradient(0, 0, w, h)
    grad.setColorAt(0, QColor(dark))
    grad.setColorAt(1, QColor(light))
    p.fillRect(0, 0, w, h, grad)
    p.setPen(Qt.NoPen)
    for k in range(7):  # soft circles give the crop-to-9:16 something to show
        angle = (index * 1.7 + k) * 1.3
        cx, cy = w * (0.5 + 0.35 * math.cos(angle)), h * (0.5 + 0.35 * math.sin(angle * 1.1))
        colour = QColor(255, 255, 255, 28 + 10 * (k % 3))
        p.setBrush(colour)
        r = h * (0.12 + 0.05 * (k % 4))
        p.drawEllipse(QPointF(cx, cy), r, r)
    # A subject in the centre, where the default focus point crops.
    p.setBrush(QColor(255, 255, 255, 220))
    p.drawRoundedRect(QRectF(w / 2 - h * 0.18, h * 0.28, h * 0.36, h * 0.44), 40, 40)
    p.setPen(QPen(QColor(dark), 10))
    p.setFont(QFont("Sans Serif", int(h * 0.12), QFont.Bold))
    p.drawText(
        QRectF(w / 2 - h * 0.18, h * 0.28, h * 0.36, h * 0.44), Qt.AlignCenter, str(index + 1)
    )
    p.setPen(QColor(255, 255, 255, 230))
    p.setFont(QFont("Sans Serif", int(h * 0.028)))
    p.drawText(
        QRectF(w / 2 - h * 0.26, h * 0.76, h * 0.52, h * 0.2),  # inside the 9:16 crop
        Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap,
        f"Ilustrasi: {caption}",
    )
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not img.save(str(path), quality=90):
        raise OSError(f"cannot write {path}")
    return path


def paint_logo(path: Path, initials: str = "DK", colour: str = "#0B4F8A") -> Path:
    """A round emblem with initials on a transparent background."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

    from app.media.qt_app import ensure_gui_application

    ensure_gui_application()
    size = 512
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(QPen(QColor("#F2A900"), 24))
    p.drawEllipse(QRectF(16, 16, size - 32, size - 32))
    p.setPen(QColor("#FFFFFF"))
    p.setFont(QFont("Sans Serif", 150, QFont.Bold))
    p.drawText(QRectF(0, 0, size, size), Qt.AlignCenter, initials)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(str(path))
    return path


def make_clip(path: Path, index: int, duration_s: float = 6.0, ffmpeg: str = "") -> Path:
    """A moving landscape clip (animated gradients) with soft room tone."""
    dark, light = SCENE_COLOURS[index % len(SCENE_COLOURS)]
    path.parent.mkdir(parents=True, exist_ok=True)
    ffmpeg_runner.run(
        [
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"gradients=size=960x540:rate=30:duration={duration_s}:c0={dark}:c1={light}:speed=0.02:seed={index}",
            "-f",
            "lavfi",
            "-i",
            f"anoisesrc=color=pink:amplitude=0.02:duration={duration_s}:sample_rate=48000",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-crf",
            "26",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "64k",
            "-shortest",
            str(path),
        ],
        ffmpeg=ffmpeg,
    )
    return path


def make_music(path: Path, duration_s: float = 70.0, ffmpeg: str = "") -> Path:
    """A calm synthetic pad (C major chord with slow movement), fades in and out."""
    # Four sine sources mixed and gently pulsed: much faster than a per-sample aevalsrc.
    freqs_hz = (261.63, 329.63, 392.0, 523.25)
    args = ["-y"]
    for f in freqs_hz:
        args += ["-f", "lavfi", "-i", f"sine=frequency={f}:sample_rate=48000:duration={duration_s}"]
    mix = "".join(f"[{i}:a]" for i in range(len(freqs_hz)))
    graph = (
        f"{mix}amix=inputs={len(freqs_hz)}:normalize=1,volume=0.5,tremolo=f=0.2:d=0.4,"
        f"afade=t=in:d=2,afade=t=out:st={duration_s - 3}:d=3,aformat=channel_layouts=stereo[a]"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    ffmpeg_runner.run(
        [*args, "-filter_complex", graph, "-map", "[a]", "-c:a", "aac", "-b:a", "96k", str(path)],
        ffmpeg=ffmpeg,
    )
    return path
