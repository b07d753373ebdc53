"""The queue in the database: order, atomic claims, cancel/retry, pause, crash recovery."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.clock import utc_now
from app.core.errors import InvalidInput
from app.services.projects import ProjectService
from app.services.render_outputs import output_already_made, staging_path
from app.services.render_queue import RenderQueue, runner_id
from app.store.models import RenderJob

pytestmark = pytest.mark.both_backends


@pytest.fixture
def queue(ctx) -> RenderQueue:
    return ctx.service(RenderQueue)


def _projects(ctx, n: int, series: str = "") -> list[int]:
    return [ctx.service(ProjectService).create(f"Video {i}", series=series) for i in range(n)]


def test_jobs_run_in_queue_order_and_reorder_moves_them(ctx, queue) -> None:
    ids = queue.add(_projects(ctx, 3), quality="draft")
    assert [j.id for j in queue.jobs()] == ids
    queue.move(ids[2], -2)
    assert [j.id for j in queue.jobs()] == [ids[2], ids[0], ids[1]]
    queue.reorder([ids[1], ids[0], ids[2]])
    assert queue.claim("host:1").id == ids[1]
    # Default outputs go to the workspace's renders/ folder, never onto each other.
    outputs = {j.output_path for j in queue.jobs()}
    assert len(outputs) == 3 and all(Path(p).parent == ctx.workspace.renders_dir for p in outputs)


def test_a_render_started_from_the_render_screen_goes_first(ctx, queue) -> None:
    waiting = queue.add(_projects(ctx, 2))
    [mine] = queue.add(_projects(ctx, 1), quality="draft", first=True)
    assert [j.id for j in queue.jobs()] == [mine, *waiting]
    assert Path(queue.get(mine).output_path).name == "video-0-tiktok-draft.mp4"
    assert queue.claim("host:1").id == mine


def test_a_whole_series_can_be_queued(ctx, queue) -> None:
    _projects(ctx, 2, series="Kampanye 112")
    _projects(ctx, 1, series="Lain")
    assert len(queue.add_series("Kampanye 112")) == 2
    assert "Kampanye 112" in queue.series_names()


def test_claims_are_atomic_across_threads(ctx, queue) -> None:
    ids = queue.add(_projects(ctx, 12))
    claimed: list[int] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        while (job := queue.claim(f"host:{n}")) is not None:
            with lock:
                claimed.append(job.id)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == ids  # every job once, none twice


def test_cancel_retry_and_pause(ctx, queue) -> None:
    a, b = queue.add(_projects(ctx, 2))
    assert queue.cancel(a) == "queued"
    assert queue.get(a).status == "canceled"
    queue.pause()
    assert queue.claim("host:1") is None  # paused: nothing starts
    queue.resume()
    assert queue.claim("host:1").id == b
    queue.retry(a)
    job = queue.get(a)
    assert job.status == "queued" and job.queue_position > queue.get(b).queue_position


def test_the_same_output_cannot_be_queued_twice(ctx, queue, tmp_path: Path) -> None:
    p1, p2 = _projects(ctx, 2)
    queue.add([p1], output_paths=[tmp_path / "a.mp4"])
    with pytest.raises(InvalidInput):
        queue.add([p2], output_paths=[tmp_path / "a.mp4"])


def test_recovery_requeues_jobs_of_a_dead_runner_and_removes_half_files(
    ctx, queue, tmp_path: Path
) -> None:
    a, b, c = queue.add(_projects(ctx, 3), output_paths=[tmp_path / f"{n}.mp4" for n in "abc"])
    host = runner_id().rpartition(":")[0]
    for _ in range(3):
        assert queue.claim(runner_id()) is not None
    staged = staging_path(tmp_path / "a.mp4", a)
    staged.write_bytes(b"half")
    with ctx.session() as s:
        s.get(RenderJob, a).claimed_by = f"{host}:999999999"  # a pid that does not exist
        s.get(RenderJob, b).heartbeat_at = utc_now() - timedelta(minutes=10)  # silent runner
    assert sorted(queue.recover(stale_after_s=60)) == [a, b]
    assert queue.get(a).status == "queued" and queue.get(b).status == "queued"
    assert queue.get(c).status == "running"  # its runner (this process) is alive
    assert not staged.exists()


def test_a_job_that_keeps_crashing_fails_after_its_attempts(ctx, queue, tmp_path: Path) -> None:
    [a] = queue.add(_projects(ctx, 1), options={"max_attempts": 2})
    for _ in range(2):
        queue.claim("otherhost:1")
        with ctx.session() as s:
            s.get(RenderJob, a).heartbeat_at = utc_now() - timedelta(minutes=10)
        queue.recover(stale_after_s=60)
    job = queue.get(a)
    assert job.status == "failed" and "2" in job.error


def test_output_since_marks_files_made_after_queueing(ctx, queue, tmp_path: Path) -> None:
    old = tmp_path / "lama.mp4"
    old.write_bytes(b"x")
    import os

    os.utime(old, (time.time() - 3600, time.time() - 3600))
    [a] = queue.add(_projects(ctx, 1), output_paths=[old])
    assert not output_already_made(old, queue.get(a).output_since)  # an old file is re-rendered
    old.write_bytes(b"new")
    assert output_already_made(old, queue.get(a).output_since)
