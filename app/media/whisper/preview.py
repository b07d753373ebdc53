"""A still frame for the subtitle editor's caption preview (9:16, cover-cropped), grabbed
by the bundled ffmpeg. Lives beside the Whisper adapter because only the subtitle editor
uses it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.media.ffmpeg_exe import ffmpeg_path


def frame_png(
    path: Path, at_s: float, width_px: int = 360, height_px: int = 640, ffmpeg_override: str = ""
) -> bytes | None:
    """PNG bytes of the frame at `at_s`, cropped to cover width×height; None on failure."""
    vf = (
        f"scale={width_px}:{height_px}:force_original_aspect_ratio=increase,"
        f"crop={width_px}:{height_px}"
    )
    cmd = [
        ffmpeg_path(ffmpeg_override),
        "-hide_banner",
        "-nostdin",
        "-loglevel",
        "error",
        "-ss",
        f"{max(0.0, at_s):.3f}",
        "-i",
        str(path),
        "-frames:v",
        "1",
        "-vf",
        vf,
        "-f",
        "image2pipe",
        "-vcodec",
        "png",
        "-",
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return proc.stdout if proc.returncode == 0 and proc.stdout else None
