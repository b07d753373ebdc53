"""Render farm benchmark: claim latency and jobs per minute with 3 workers on a local server.

    .venv/bin/python tests/benchmarks/bench_farm.py [--jobs 60] [--real 9] [--workers 3]

Starts its own PostgreSQL (tests/pg_server.py), a team workspace whose shared folder each
worker sees through its own symlink, and `--workers` `kilas-cli worker` processes with their
own --machine names (one render at a time each), then measures:

1. the claim statement itself (`RenderQueue.claim` on an idle queue of queued jobs, in this
   process): median and 95th percentile;
2. queued → running with every worker idle: a job is added, the time until a worker claimed it
   (polled every 2 ms through the database), median of 20;
3. jobs per minute with no-op renders (1 KB written: the queue's own throughput);
4. jobs per minute with real draft renders of a 2-second project (the default renderer, the
   workers started without the test harness), when --real > 0.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
NOOP = "app.services.render_job:default_render=tests.benchmarks.bench_batch:noop_render"


class Farm:
    def __init__(self, url: str, base: Path, workers: int) -> None:
        from app.services.context import AppContext
        from app.services.render_queue import RenderQueue
        from app.store.workspace import open_workspace

        self.url, self.base, self.n = url, base, workers
        self.shared = base / "bersama"
        self.shared.mkdir(parents=True)
        self.ctx = AppContext(
            open_workspace(url, media_root=self.mapping("admin"), local_dir=base / "lokal")
        )
        self.queue = self.ctx.service(RenderQueue)
        self.procs: list[subprocess.Popen] = []

    def mapping(self, machine: str) -> Path:
        path = self.base / f"drive-{machine}"
        if not path.exists():
            path.symlink_to(self.shared, target_is_directory=True)
        return path

    def start(self, fake: bool) -> None:
        from tests.child_harness import harness_command

        for i in range(self.n):
            machine = f"mesin-{chr(ord('a') + i)}"
            args = ["worker", "--workspace", self.url, "--media-root", str(self.mapping(machine))]
            args += ["--machine", machine, "--jobs", "1"]
            command = (
                harness_command([NOOP], args) if fake else [sys.executable, "-m", "app", *args]
            )
            log = (self.base / f"{machine}.log").open("wb")
            self.procs.append(
                subprocess.Popen(
                    command,
                    cwd=REPO,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "KILAS_LANG": "en"},
                )
            )

    def wait_ready(self, count: int) -> None:
        """Until `count` workers have each started a render process (warm)."""
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            logs = [p.read_text(errors="replace") for p in self.base.glob("mesin-*.log")]
            if sum("ready" in text for text in logs) >= count:
                return
            time.sleep(0.05)
        raise SystemExit("workers did not start")

    def stop(self) -> None:
        for proc in self.procs:
            proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            proc.wait(120)
        self.procs.clear()

    def wait_done(self, ids: list[int], timeout_s: float = 1800) -> None:
        from app.store.models import RenderJob

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.ctx.workspace.session() as s:
                left = s.query(RenderJob).filter(
                    RenderJob.id.in_(ids), RenderJob.status.in_(("queued", "running"))
                )
                if left.count() == 0:
                    return
            time.sleep(0.02)
        raise SystemExit("jobs did not finish")


def _project(ctx, title: str) -> int:
    from app.services.projects import ProjectService

    return ctx.service(ProjectService).create(title)


def bench_claim_statement(farm: Farm, n: int = 200) -> list[float]:
    project = _project(farm.ctx, "Klaim")
    ids = farm.queue.add([project] * n, out_dir=farm.mapping("admin") / "renders" / "klaim")
    times = []
    for _ in ids:
        started = time.perf_counter()
        assert farm.queue.claim("pengukur:1") is not None
        times.append(time.perf_counter() - started)
    farm.queue.remove_finished()
    for job_id in ids:
        farm.queue.cancel(job_id)
    farm.queue.remove_finished()
    return times


def bench_pickup(farm: Farm, n: int = 20) -> list[float]:
    """Add one job at a time to idle workers; time until it is running."""
    project = _project(farm.ctx, "Jemput")
    waits = []
    for i in range(n):
        out = farm.mapping("admin") / "renders" / f"jemput-{i}"
        [job_id] = farm.queue.add([project], out_dir=out)
        started = time.perf_counter()
        while farm.queue.get(job_id).status == "queued":
            time.sleep(0.002)
        waits.append(time.perf_counter() - started)
        farm.wait_done([job_id])
    return waits


def bench_throughput(farm: Farm, project: int, n: int, label: str) -> float:
    """Queue `n` draft renders of `project` at once; jobs per minute until all are done."""
    out = farm.mapping("admin") / "renders" / label
    started = time.perf_counter()
    ids = farm.queue.add([project] * n, out_dir=out, quality="draft")
    farm.wait_done(ids)
    wall = time.perf_counter() - started
    jobs = [farm.queue.get(i) for i in ids]
    assert all(j.status == "done" for j in jobs), [j.error for j in jobs if j.status != "done"]
    per_machine: dict[str, int] = {}
    for j in jobs:
        per_machine[j.machine] = per_machine.get(j.machine, 0) + 1
    print(f"  {label}: {n} jobs in {wall:.1f} s, by machine {dict(sorted(per_machine.items()))}")
    return n / wall * 60


def _real_project(farm: Farm) -> int:
    """A 2-second project: one clip shot with narration text, the default brand kit."""
    from app.services.media_library import MediaLibrary
    from app.services.script import ScriptService
    from tests import media_factory

    clip = media_factory.make_video(farm.base / "klip.mp4", duration_s=2.0, size="640x360")
    project = _project(farm.ctx, "Kecil")
    asset_id = MediaLibrary(farm.ctx).import_file(clip)
    farm.ctx.service(ScriptService).insert_shot(
        project, narration="Layanan publik.", target_duration_s=2.0, media_asset_id=asset_id
    )
    return project


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=60, help="no-op jobs for the throughput")
    parser.add_argument("--real", type=int, default=9, help="real draft renders (0: none)")
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    from tests.pg_server import PostgresServer

    base = Path(tempfile.mkdtemp(prefix="kilas-bench-farm-"))
    base.chmod(0o755)  # the server may run as the postgres user (tests/pg_server.py)
    server = PostgresServer(base / "pg").start()
    try:
        farm = Farm(server.url(server.new_database()), base / "farm", args.workers)
        load = os.getloadavg()[0]
        print(f"CPU: {os.cpu_count()}, {args.workers} workers, load at start {load:.1f}")
        claims = bench_claim_statement(farm)
        print(
            f"claim statement: median {statistics.median(claims) * 1000:.1f} ms, "
            f"p95 {sorted(claims)[int(len(claims) * 0.95)] * 1000:.1f} ms ({len(claims)} claims)"
        )
        farm.start(fake=True)
        farm.wait_ready(args.workers)
        pickups = bench_pickup(farm)
        print(
            f"queued -> running, {args.workers} idle workers: median "
            f"{statistics.median(pickups) * 1000:.0f} ms, max {max(pickups) * 1000:.0f} ms "
            f"({len(pickups)} jobs)"
        )
        rate = bench_throughput(farm, _project(farm.ctx, "Kosong"), args.jobs, "noop")
        print(f"no-op jobs per minute, {args.workers} workers: {rate:.0f}")
        farm.stop()
        if args.real:
            farm.start(fake=False)
            farm.wait_ready(args.workers)
            project = _real_project(farm)
            project_rate = bench_throughput(farm, project, args.real, "nyata")
            print(
                f"real draft renders (2 s video) per minute, {args.workers} workers: "
                f"{project_rate:.1f}"
            )
            farm.stop()
        print(f"load at end {os.getloadavg()[0]:.1f}")
        farm.ctx.workspace.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
