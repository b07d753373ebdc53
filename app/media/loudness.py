"""Two-pass loudness normalisation: the first pass measures the plan's mixed audio.

The second pass is part of the render graph (`loudnorm` with the measured values and
`linear=true`, then back to 48 kHz). Silence cannot be normalised: it returns None.
"""

from __future__ import annotations

import json
import math
import subprocess
import threading
from pathlib import Path

from app.core.errors import Canceled
from app.core.render_plan import RenderPlan
from app.media.render_graph import LoudnessMeasurement, loudness_measure_args
from app.media.render_run import RenderFailed, kill_tree, popen_kwargs

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
    plan: RenderPlan, exe: str, cancel: threading.Event | None = None
) -> LoudnessMeasurement | None:
    """Run the first pass (audio only, nothing written). None for silence."""
    if plan.audio.is_silent:
        return None
    proc = subprocess.Popen(
        loudness_measure_args(plan, exe),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        **popen_kwargs(),
    )
    watcher = None
    if cancel is not None:
        stop = threading.Event()

        def watch() -> None:
            while not stop.wait(0.1):
                if cancel.is_set():
                    kill_tree(proc)
                    return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
    _out, err = proc.communicate()
    if watcher is not None:
        stop.set()
    if cancel is not None and cancel.is_set():
        raise Canceled()
    text = err.decode("utf-8", "replace")
    if proc.returncode != 0:
        tail = "\n".join(text.strip().splitlines()[-6:])
        raise RenderFailed(
            "Pengukuran kenyaringan gagal:\n" + tail, "Loudness measurement failed:\n" + tail, tail
        )
    return parse_loudnorm_json(text)


def _ebur128_summary(path: Path, exe: str) -> list[str]:
    proc = subprocess.run(
        [
            exe,
            "-hide_banner",
            "-nostdin",
            "-nostats",
            "-i",
            str(path),
            "-vn",
            "-af",
            "ebur128=peak=true",
            "-f",
            "null",
            "-",
        ],
        capture_output=True,
        text=True,
        errors="replace",
    )
    return [line.strip() for line in proc.stderr.splitlines()]


def integrated_lufs(path: Path, exe: str) -> float:
    """Integrated loudness of a finished file (for tests and checks), via ebur128."""
    value = None
    for line in _ebur128_summary(path, exe):
        if line.startswith("I:") and "LUFS" in line:
            value = float(line.split()[1])
    if value is None:
        raise RenderFailed("Kenyaringan tidak terbaca.", "Could not read the loudness.")
    return value


def true_peak_dbtp(path: Path, exe: str) -> float:
    """True peak of a finished file (dBTP), as a platform's loudness check measures it."""
    value = None
    for line in _ebur128_summary(path, exe):
        if line.startswith("Peak:") and "dBFS" in line:
            value = float(line.split()[1])
    if value is None:
        raise RenderFailed("Puncak suara tidak terbaca.", "Could not read the true peak.")
    return value
