"""Batch benchmark: ten videos from one sheet against ten runs of one video each.

    .venv/bin/python tests/benchmarks/bench_batch.py [--videos 10] [--seconds 3] [--jobs N]

1. `kilas batch` on a ten-row sheet (parallel workers, each started once) versus ten
   `kilas batch` runs on one-row sheets (what a user does without the batch: one process,
   one workspace opening and one worker start per video). Same renderer, same draft
   quality, same upload kits. Goal: ratio ≤ 0.9.
2. The queue's own overhead per job: jobs whose render does nothing (writes 1 KB), run
   through the real queue (claim, dispatch to a worker process, result, finish); median of
   three runs of 20 jobs, with one and with two workers.
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

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
HEADER = "title,narration,clips,lower_third_name,lower_third_role,preset,output,caption,hashtags,subtitles"


def noop_render(ctx, project_id, preset, quality, out_path, report, cancel):
    """A job that does (almost) nothing: measures the queue, not the renderer."""
    Path(out_path).write_bytes(b"\0" * 1024)
    report(1.0, "")
    return {"size_bytes": 1024}


def _media(folder: Path, seconds: float) -> None:
    from tests import media_factory

    media_factory.make_video(folder / "klip a.mp4", duration_s=seconds / 2, size="640x360")
    media_factory.make_video(folder / "klip b.mp4", duration_s=seconds / 2, size="640x360")
    media_factory.make_audio(folder / "narasi.m4a", duration_s=seconds)


def _row(i: int) -> str:
    return (
        f"Video layanan {i:02d},narasi.m4a,klip a.mp4;klip b.mp4,Budi Santoso,Kepala Dinas,"
        f"tiktok,video-{i:02d},Info layanan publik nomor {i},#layanan #humas,no"
    )


def _kilas(args: list[str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if proc.returncode != 0:
        raise SystemExit(f"kilas {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}")
    return time.perf_counter() - started


def bench_sheet(
    root: Path, videos: int, seconds: float, jobs: int | None
) -> tuple[float, list[float]]:
    media = root / "media"
    media.mkdir()
    _media(media, seconds)
    sheet = media / "sepuluh.csv"
    sheet.write_text(
        "\n".join([HEADER, *(_row(i) for i in range(videos))]) + "\n", encoding="utf-8"
    )
    extra = ["--jobs", str(jobs)] if jobs else []
    batch_s = _kilas(
        ["batch", "--csv", str(sheet), "--out", str(root / "batch"), "--quality", "draft", *extra]
    )
    singles = []
    for i in range(videos):
        one = media / f"satu-{i:02d}.csv"
        one.write_text(f"{HEADER}\n{_row(i)}\n", encoding="utf-8")
        singles.append(
            _kilas(
                [
                    "batch",
                    "--csv",
                    str(one),
                    "--out",
                    str(root / f"single-{i:02d}"),
                    "--quality",
                    "draft",
                    "--jobs",
                    "1",
                ]
            )
        )
    return batch_s, singles


def bench_overhead(
    root: Path, jobs_per_run: int = 20, runs: int = 3
) -> dict[int, tuple[float, float]]:
    """workers -> (median wall per job incl. worker start, median steady per job)."""
    from app.media import child_process
    from app.services.context import AppContext
    from app.services.projects import ProjectService
    from app.services.render_queue import RenderQueue
    from app.store.workspace import open_workspace
    from app.workers.queue_runner import QueueRunner
    from tests.child_harness import child_command_with

    # The workers render with noop_render (tests/child_harness.py).
    child_process.child_command = child_command_with(
        ["app.services.render_job:default_render=tests.benchmarks.bench_batch:noop_render"]
    )

    out: dict[int, tuple[float, float]] = {}
    for workers in (1, 2):
        per_job, steady = [], []
        for run in range(runs):
            ctx = AppContext(open_workspace(root / f"ws-{workers}-{run}"))
            project = ctx.service(ProjectService).create("Kosong")
            queue = ctx.service(RenderQueue)
            outputs = [root / f"o-{workers}-{run}-{i}.mp4" for i in range(jobs_per_run)]
            queue.add([project] * jobs_per_run, output_paths=outputs)
            done_at: list[float] = []

            def on_event(event, _done=done_at) -> None:
                if event.kind == "done":
                    _done.append(time.perf_counter())

            runner = QueueRunner(ctx, jobs=workers, on_event=on_event)
            started = time.perf_counter()
            runner.run(until_idle=True)
            wall = time.perf_counter() - started
            assert all(j.status == "done" for j in queue.jobs())
            per_job.append(wall / jobs_per_run)
            # After the workers are up: time between the first and the last finished job.
            steady.append((done_at[-1] - done_at[0]) / (len(done_at) - 1))
            ctx.workspace.close()
        out[workers] = (statistics.median(per_job), statistics.median(steady))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--videos", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=3.0, help="length of each video")
    parser.add_argument(
        "--jobs", type=int, default=None, help="parallel jobs (default: from CPU count)"
    )
    parser.add_argument("--overhead-only", action="store_true")
    args = parser.parse_args()
    from app.workers.queue_runner import default_parallel_jobs

    with tempfile.TemporaryDirectory(prefix="kilas-bench-batch ") as tmp:
        root = Path(tmp)
        print(
            f"CPU: {os.cpu_count()}, parallel jobs: {args.jobs or default_parallel_jobs()}, "
            f"{args.videos} videos of {args.seconds:g} s, draft quality, load {os.getloadavg()[0] if hasattr(os, 'getloadavg') else 0:.1f}"
        )
        (root / "sheet").mkdir()
        batch_s, singles = (
            (0.0, [1.0])
            if args.overhead_only
            else bench_sheet(root / "sheet", args.videos, args.seconds, args.jobs)
        )
        single_total = sum(singles)
        print(
            f"one sheet of {args.videos}:          {batch_s:7.1f} s  ({batch_s / args.videos:.2f} s per video)"
        )
        print(
            f"{args.videos} runs of one video:      {single_total:7.1f} s  "
            f"(median {statistics.median(singles):.2f} s per run)"
        )
        print(f"ratio sheet / separate runs:   {batch_s / single_total:7.2f}  (goal <= 0.9)")
        (root / "overhead").mkdir()
        overhead = bench_overhead(root / "overhead")
        for workers, (per_job, steady) in overhead.items():
            print(
                f"queue overhead per job, {workers} worker(s): {per_job * 1000:5.0f} ms with worker "
                f"start-up, {steady * 1000:4.0f} ms once running (median of 3 x 20 no-op jobs)"
            )


if __name__ == "__main__":
    main()
