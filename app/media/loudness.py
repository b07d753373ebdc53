"""Two-pass loudness normalisation: the first pass measures the plan's mixed audio.

The second pass is part of the render graph (`loudnorm` with the measured values and
`linear=true`, then back to 48 kHz). Silence cannot be normalised: it returns None.
"""

from __future__ import annotations

import json
import math
import threading
from pathlib import Path

from app.core.errors import FfmpegFailed
from app.core.render_plan import RenderPlan
from app.media import ffmpeg_runner
from app.media.render_graph import LoudnessMeasurement, loudness_measure_args

SILENCE_LUFS = -70.0


def parse_loudnorm_json(stderr_text: str) -> LoudnessMeasurement | None:
    """The JSON block loudnorm prints at the end of the first pass."""
    end = stderr_text.rfind("}")
    start = stderr_text.rfind("{", 0, end)
    if start < 0 or end < 0:
        return None
    try:
        data = json.loads(stderr_text[start : end + 1])
        values = [
            float(data[k])
            for k in ("input_i", "input_tp", "input_lra", "input_thresh", "target_offset")
        ]
    except (ValueError, KeyError):
        return None
    if not all(math.isfinite(v) for v in values) or values[0] < SILENCE_LUFS:
        return None
    return LoudnessMeasurement(*values)


def measure(
    plan: RenderPlan, ffmpeg: str = "", cancel: threading.Event | None = None
) -> LoudnessMeasurement | None:
    """Run the first pass (audio only, nothing written). None for silence."""
    if plan.audio.is_silent:
        return None
    result = ffmpeg_runner.run(loudness_measure_args(plan), ffmpeg=ffmpeg, cancel=cancel)
    return parse_loudnorm_json(result.stderr)


def _ebur128_summary(path: Path, ffmpeg: str) -> list[str]:
    args = ["-nostats", "-i", str(path), "-vn", "-af", "ebur128=peak=true", "-f", "null", "-"]
    return [line.strip() for line in ffmpeg_runner.run(args, ffmpeg=ffmpeg).stderr.splitlines()]


def _summary_value(path: Path, ffmpeg: str, prefix: str, unit: str) -> float | None:
    value = None
    for line in _ebur128_summary(path, ffmpeg):
        if line.startswith(prefix) and unit in line:
            value = float(line.split()[1])
    return value


def integrated_lufs(path: Path, ffmpeg: str = "") -> float:
    """Integrated loudness of a finished file (for tests and checks), via ebur128."""
    value = _summary_value(path, ffmpeg, "I:", "LUFS")
    if value is None:
        raise FfmpegFailed("Kenyaringan tidak terbaca.", "Could not read the loudness.")
    return value


def true_peak_dbtp(path: Path, ffmpeg: str = "") -> float:
    """True peak of a finished file (dBTP), as a platform's loudness check measures it."""
    value = _summary_value(path, ffmpeg, "Peak:", "dBFS")
    if value is None:
        raise FfmpegFailed("Puncak suara tidak terbaca.", "Could not read the true peak.")
    return value
