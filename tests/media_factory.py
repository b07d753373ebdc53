"""Synthetic media for tests, made with the bundled ffmpeg's lavfi sources (no network)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import imageio_ffmpeg

FFMPEG = imageio_ffmpeg.get_ffmpeg_exe()


def _run(args: list[str]) -> None:
    subprocess.run([FFMPEG, "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


def make_video(
    path: Path,
    duration_s: float = 2.0,
    size: str = "1920x1080",
    fps: int = 30,
    with_audio: bool = True,
    codec: str = "libx264",
    rotate_deg: int | None = None,
) -> Path:
    """A test pattern clip (with a 440 Hz tone when with_audio)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    args = ["-f", "lavfi", "-i", f"testsrc2=size={size}:rate={fps}:duration={duration_s}"]
    if with_audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:sample_rate=48000:duration={duration_s}"]
    args += ["-c:v", codec, "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    if with_audio:
        args += ["-c:a", "aac", "-shortest"]
    if rotate_deg is not None:
        args += ["-metadata:s:v:0", f"rotate={rotate_deg}"]
    _run([*args, str(path)])
    return path


def make_audio(
    path: Path, duration_s: float = 2.0, frequency_hz: int = 220, silent: bool = False
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    src = (
        f"anullsrc=r=48000:cl=mono:d={duration_s}"
        if silent
        else f"sine=frequency={frequency_hz}:sample_rate=48000:duration={duration_s}"
    )
    _run(["-f", "lavfi", "-i", src, *(["-t", str(duration_s)] if silent else []), str(path)])
    return path


def make_image(path: Path, size: str = "1920x1080", color: str = "teal") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    _run(["-f", "lavfi", "-i", f"color=c={color}:size={size}:d=1", "-frames:v", "1", str(path)])
    return path
