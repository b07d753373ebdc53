"""Start-up and preview: cold start to a shown main window, and a preview frame.

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--frames 20]

- cold start: each run is a new process (`python -m app --workspace DIR --quit-after-show`),
  so Python, Qt and Kilas imports are all counted; the sample workspace is built once
  beforehand; median of `--runs` (goal <= 1.2 s), load average printed beside each run;
- preview frame: `RenderService.preview_frame` on the sample's first project (with captions
  imported, so libass is in the graph) at `--frames` times spread over the video, after one
  warm-up frame that builds the plan; the plan is then cached, so this is the price of
  scrubbing (goal: median <= 150 ms). The caption files the render cache holds are checked
  to be neither rewritten nor added while scrubbing.
"""

from __future__ import annotations

import argparse
import os
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
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "app", "--workspace", str(workspace), "--quit-after-show"],
            check=True,
            cwd=ROOT,
            env=env,
            capture_output=True,
        )
        times_s.append(time.perf_counter() - start)
        print(f"  start {n + 1}: {times_s[-1]:.2f} s (load {load})", flush=True)
    return times_s


def heavy_modules(workspace: Path, env: dict[str, str]) -> str:
    probe = (
        f"import sys; sys.argv=['kilas','--workspace',{str(workspace)!r},'--quit-after-show'];"
        "from app.main import run; run(sys.argv[1:]);"
        "print(','.join(m for m in ('torch','whisper','faster_whisper','moviepy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
    ).stdout.strip()
    lines = out.splitlines()
    return lines[-1] if lines and lines[-1] else "none"


def preview(workspace: Path, frames: int) -> tuple[list[float], list[str]]:
    """Milliseconds per preview frame with the plan cached; caption files changed meanwhile."""
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
    times_ms = []
    for k in range(frames):
        t_s = (k + 0.5) * duration_s / frames
        start = time.perf_counter()
        png = service.preview_frame(project_id, t_s)
        times_ms.append((time.perf_counter() - start) * 1000)
        assert png.startswith(b"\x89PNG")
    after = {p: p.stat().st_mtime_ns for p in cache.glob("*.ass")}
    changed = [p.name for p in after if before.get(p) != after[p]]
    ctx.workspace.close()
    return times_ms, changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frames", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KILAS_DATA_DIR"] = tempfile.mkdtemp()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    from render_projects import make_sample_project

    workspace, _project_id = make_sample_project(Path(tempfile.mkdtemp()), quick=False)
    print(f"{os.cpu_count()} CPUs, load {_load()}", flush=True)
    times_s = cold_start(workspace, env, args.runs)
    heavy = heavy_modules(workspace, env)
    load = _load()
    times_ms, changed = preview(workspace, args.frames)
    print(
        f"cold start to shown window: median {statistics.median(times_s):.2f} s (goal <= 1.2 s; "
        f"runs: {', '.join(f'{t:.2f}' for t in times_s)})"
    )
    print(f"heavy modules imported at start-up: {heavy}")
    print(
        f"preview frame, plan cached: median {statistics.median(times_ms):.0f} ms "
        f"(goal <= 150 ms; min {min(times_ms):.0f}, max {max(times_ms):.0f}; {args.frames} frames; "
        f"load {load} before)"
    )
    print(f"caption files written while scrubbing: {', '.join(changed) if changed else 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
