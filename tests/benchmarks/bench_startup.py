"""Start-up and preview: cold start to a shown main window, and a preview frame.

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--frames 20] [--xvfb]

- cold start: each run is a new process (`python -m app --workspace DIR --quit-after-show`),
  so Python, Qt and Kilas imports are all counted; the clock runs from just before the
  process is started to the moment the main window has painted for the first time (the app
  prints it; `--quit-after-show`), CPU seconds of the process beside it; the sample
  workspace is built once beforehand (the OS file cache is warm: "cold" is a new process,
  not a cold disk); median of `--runs` (goal <= 1.2 s), load average beside each run. By
  default on Qt's offscreen platform; `--xvfb` starts a private X server and uses xcb, as
  a desktop would;
- preview frame: `RenderService.preview_frame` on the sample's first project (with captions
  imported, so libass is in the graph) at `--frames` times spread over the video, after one
  warm-up frame that builds the plan; the plan is then cached, so this is the price of
  scrubbing (goal: median <= 150 ms); also with the PNG decoded into a QImage, as the
  render screen does. The caption files the render cache holds are checked to be neither
  rewritten nor added while scrubbing.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def cold_start(workspace: Path, env: dict[str, str], runs: int) -> list[float]:
    times_s = []
    for n in range(runs):
        load = _load()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        launched_unix_s = time.time()
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "app", "--workspace", str(workspace), "--quit-after-show"],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        total_s = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        shown = [ln for ln in proc.stdout.splitlines() if ln.startswith("kilas-shown-unix-s ")]
        if not shown:
            sys.exit(f"the window never painted:\n{proc.stdout}\n{proc.stderr[-2000:]}")
        times_s.append(float(shown[-1].split()[1]) - launched_unix_s)
        cpu_s = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(
            f"  start {n + 1}: shown after {times_s[-1]:.2f} s (process {total_s:.2f} s with "
            f"exit, CPU {cpu_s:.2f} s; load {load})",
            flush=True,
        )
    return times_s


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """A private X server (1600x1000) for xcb runs; returns it and its DISPLAY."""
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    return server, f":{server.stdout.readline().strip()}"


HEAVY = (
    "torch",
    "whisper",
    "faster_whisper",
    "ctranslate2",
    "moviepy",
    "numpy",
    "alembic",
    "PIL",
    "av",
)


def heavy_modules(workspace: Path, env: dict[str, str]) -> str:
    """Which heavy modules a start to the shown window imported (none should be)."""
    probe = (
        f"import sys; sys.argv=['kilas','--workspace',{str(workspace)!r},'--quit-after-show'];"
        "from app.main import run; run(sys.argv[1:]);"
        f"print('heavy:', ','.join(m for m in {HEAVY!r} if m in sys.modules) or 'none')"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
    ).stdout
    lines = [ln for ln in out.splitlines() if ln.startswith("heavy: ")]
    return lines[-1].removeprefix("heavy: ") if lines else "unknown (the probe failed)"


def preview(workspace: Path, frames: int) -> tuple[list[float], list[float], list[str]]:
    """Milliseconds per preview frame with the plan cached; caption files changed meanwhile."""
    from PySide6.QtGui import QImage
    from sqlalchemy import select

    from app.cli.common import ensure_gui_application
    from app.services.context import AppContext
    from app.services.render import RenderService
    from app.services.subtitles import SubtitleService
    from app.store.models import Project
    from app.store.workspace import open_workspace

    ensure_gui_application()
    ctx = AppContext(open_workspace(workspace))
    with ctx.session() as s:
        project_id = min(s.scalars(select(Project.id)))
    srt = workspace.parent / "captions.srt"
    cues = [
        f"{n + 1}\n00:00:{n * 2:02d},500 --> 00:00:{n * 2 + 1:02d},900\nNomor darurat 112\n"
        for n in range(25)
    ]
    srt.write_text("\n".join(cues), encoding="utf-8")
    ctx.service(SubtitleService).import_srt(project_id, srt)
    service = ctx.service(RenderService)
    service.preview_frame(project_id, 0.5)  # warm-up: builds and caches the plan
    duration_s = service.build_plan(project_id, "tiktok", "draft").duration_s
    cache = ctx.workspace.cache_dir / "render"
    before = {p: p.stat().st_mtime_ns for p in cache.glob("*.ass")}
    times_ms, shown_ms = [], []
    for k in range(frames):
        t_s = (k + 0.5) * duration_s / frames
        start = time.perf_counter()
        png = service.preview_frame(project_id, t_s)
        times_ms.append((time.perf_counter() - start) * 1000)
        image = QImage.fromData(png, "PNG")  # what the render screen does with it
        shown_ms.append((time.perf_counter() - start) * 1000)
        assert png.startswith(b"\x89PNG") and image.width() == 1080
    after = {p: p.stat().st_mtime_ns for p in cache.glob("*.ass")}
    changed = [p.name for p in after if before.get(p) != after[p]]
    ctx.workspace.close()
    return times_ms, shown_ms, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frames", type=int, default=20)
    parser.add_argument("--xvfb", action="store_true", help="start under Xvfb with xcb")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KILAS_DATA_DIR"] = tempfile.mkdtemp()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    server = None
    if args.xvfb:
        server, display = start_xvfb()
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    from render_projects import make_sample_project

    workspace, _project_id = make_sample_project(Path(tempfile.mkdtemp()), quick=False)
    print(f"{os.cpu_count()} CPUs, platform {env['QT_QPA_PLATFORM']}, load {_load()}", flush=True)
    try:
        times_s = cold_start(workspace, env, args.runs)
        heavy = heavy_modules(workspace, env)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    load = _load()
    times_ms, shown_ms, changed = preview(workspace, args.frames)
    print(
        f"cold start to shown window: median {statistics.median(times_s):.2f} s (goal <= 1.2 s; "
        f"runs: {', '.join(f'{t:.2f}' for t in times_s)})"
    )
    print(f"heavy modules imported at start-up: {heavy}")
    print(
        f"preview frame, plan cached: median {statistics.median(times_ms):.0f} ms "
        f"(goal <= 150 ms; min {min(times_ms):.0f}, max {max(times_ms):.0f}; {args.frames} frames; "
        f"load {load} before); with the PNG decoded for display "
        f"{statistics.median(shown_ms):.0f} ms"
    )
    print(f"caption files written while scrubbing: {', '.join(changed) if changed else 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
