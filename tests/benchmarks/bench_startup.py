"""Cold start to a shown main window on the sample workspace (median of 5).

Run: .venv/bin/python tests/benchmarks/bench_startup.py
Each run is a new process (`python -m app --workspace DIR --quit-after-show`), so Python,
Qt and Kilas imports are all counted; the sample is built once beforehand.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(runs: int = 5) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KILAS_DATA_DIR=tempfile.mkdtemp())
    workspace = Path(tempfile.mkdtemp()) / "Contoh Kampanye 112"
    subprocess.run(
        [sys.executable, "-m", "app", "sample", "--workspace", str(workspace), "--json"],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    times_s = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app", "--workspace", str(workspace), "--quit-after-show"],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        times_s.append(time.perf_counter() - start)
    probe = (
        f"import sys; sys.argv=['kilas','--workspace',{str(workspace)!r},'--quit-after-show'];"
        "from app.main import run; run(sys.argv[1:]);"
        "print(','.join(m for m in ('torch','whisper','faster_whisper','moviepy') if m in sys.modules))"
    )
    heavy = (
        subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
        )
        .stdout.strip()
        .splitlines()
    )
    print(
        f"cold start to shown window: median {statistics.median(times_s):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times_s)})"
    )
    print(f"heavy modules imported at start-up: {heavy[-1] if heavy and heavy[-1] else 'none'}")


if __name__ == "__main__":
    main()
