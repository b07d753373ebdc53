"""Locating and running ffmpeg (bundled by imageio-ffmpeg unless a setting points elsewhere)."""

from __future__ import annotations

import os
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from app.core.errors import KilasError


class FfmpegMissing(KilasError):
    pass


class FfmpegFailed(KilasError):
    def __init__(self, message_id: str, message_en: str, stderr_tail: str = "") -> None:
        super().__init__(message_id, message_en)
        self.stderr_tail = stderr_tail


def ffmpeg_path(override: str = "") -> str:
    """The ffmpeg to run: `override` (user setting), $KILAS_FFMPEG, or the bundled one."""
    candidate = override or os.environ.get("KILAS_FFMPEG", "")
    if candidate:
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if not found:
            raise FfmpegMissing(
                f"ffmpeg tidak ditemukan di {candidate}.", f"ffmpeg not found at {candidate}."
            )
        return found
    return _bundled()


@lru_cache(maxsize=1)
def _bundled() -> str:
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except Exception as exc:  # the wheel may be missing its binary on odd platforms
        raise FfmpegMissing(
            "ffmpeg bawaan (imageio-ffmpeg) tidak tersedia.",
            f"The bundled ffmpeg (imageio-ffmpeg) is unavailable: {exc}",
        ) from exc


def run_ffmpeg(args: list[str], override: str = "", timeout_s: float | None = None) -> str:
    """Run ffmpeg with `args` (without the executable); returns stderr; raises FfmpegFailed."""
    cmd = [ffmpeg_path(override), "-hide_banner", "-nostdin", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=timeout_s)
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-6:])
        raise FfmpegFailed("ffmpeg gagal:\n" + tail, "ffmpeg failed:\n" + tail, tail)
    return proc.stderr


@lru_cache(maxsize=4)
def capabilities(exe: str) -> dict[str, set[str]]:
    """Encoders and filters this ffmpeg has (for `doctor`)."""

    def listing(flag: str) -> list[list[str]]:
        out = subprocess.run(
            [exe, "-hide_banner", flag], capture_output=True, text=True, errors="replace"
        ).stdout
        return [line.split() for line in out.splitlines()]

    # Encoder rows: "V....D libx264 ..."; filter rows: "TS scale V->V ...".
    encoders = {
        p[1] for p in listing("-encoders") if len(p) >= 2 and len(p[0]) == 6 and p[1] != "="
    }
    filters = {p[1] for p in listing("-filters") if len(p) >= 3 and "->" in p[2]}
    return {"encoders": encoders, "filters": filters}
