"""Worker processes: parallel runs, failures, a full disk, SIGKILL mid-job, cancel = kill."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest

from app.core.machine import machine_name, machine_tag
from app.services.projects import ProjectService
from app.services.render_queue import RenderQueue
from app.store.models import Project
from app.workers.queue_runner import JobEvent, JobEventKind, QueueRunner, default_parallel_jobs

pytestmark = [pytest.mark.usefixtures("fake_render"), pytest.mark.both_backends]


def _project(ctx, title: str, fake: str = "ok") -> int:
    project_id = ctx.service(ProjectService).create(title)
    with ctx.session() as s:
        s.get(Project, project_id).options = {"fake": fake}
    return project_id


def _log(ctx) -> list[str]:
    path = ctx.workspace.root / "fake-renders.log"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


def _all_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


class Background:
    """A runner on a thread, as the GUI runs it."""

    def __init__(self, ctx, jobs: int = 2, **options) -> None:
        self.events: list[JobEvent] = []
        self.runner = QueueRunner(ctx, jobs=jobs, on_event=self.events.append, **options)
        self.thread = threading.Thread(
            target=self.runner.run, kwargs={"until_idle": False}, daemon=True
        )
        self.thread.start()

    def stop(self) -> None:
        self.runner.request_stop()
        self.thread.join(20)


def test_default_parallel_jobs_follow_the_cpu_count() -> None:
    assert default_parallel_jobs(1) == 1
    assert default_parallel_jobs(2) == 2
    assert default_parallel_jobs(16) == 4


def test_jobs_run_in_parallel_workers_and_a_bad_one_does_not_stop_the_rest(ctx, out: Path) -> None:
    queue = ctx.service(RenderQueue)
    ids = queue.add(
        [_project(ctx, "A"), _project(ctx, "B", "fail"), _project(ctx, "C", "slow")],
        output_paths=[out / "a.mp4", out / "b.mp4", out / "c.mp4"],
    )
    events: list[JobEvent] = []
    QueueRunner(ctx, jobs=2, on_event=events.append).run(until_idle=True)
    status = {j.id: j.status for j in queue.jobs()}
    assert status == {ids[0]: "done", ids[1]: "failed", ids[2]: "done"}
    assert queue.get(ids[1]).error == "Klip rusak."
    assert _all_files(out) == ["a.mp4", "c.mp4"]  # no half file of the failed job
    progress = [e for e in events if e.kind == JobEventKind.PROGRESS and e.job_id == ids[2]]
    assert progress and any(e.remaining_s is not None for e in progress)
    assert queue.get(ids[0]).result["size_bytes"] == 2000


def test_a_full_disk_pauses_the_queue_and_leaves_no_half_file(ctx, out: Path) -> None:
    queue = ctx.service(RenderQueue)
    project = _project(ctx, "Penuh", "enospc")
    [job_id] = queue.add([project], output_paths=[out / "penuh.mp4"])
    events: list[JobEvent] = []
    QueueRunner(ctx, jobs=1, on_event=events.append).run(until_idle=True)
    job = queue.get(job_id)
    assert queue.is_paused() and job.status == "queued"
    assert "Disk penuh" in job.error
    assert any(e.kind == JobEventKind.PAUSED for e in events)
    assert _all_files(out) == []
    # Space made: resume, and the video is made once.
    with ctx.session() as s:
        s.get(Project, project).options = {"fake": "ok"}
    queue.resume()
    QueueRunner(ctx, jobs=1).run(until_idle=True)
    assert queue.get(job_id).status == "done" and _all_files(out) == ["penuh.mp4"]


def test_a_worker_killed_mid_job_is_requeued_and_the_output_appears_once(
    ctx, out: Path, qtbot
) -> None:
    queue = ctx.service(RenderQueue)
    [job_id] = queue.add([_project(ctx, "Blok", "block")], output_paths=[out / "blok.mp4"])
    bg = Background(ctx, jobs=1)
    try:
        qtbot.waitUntil(
            lambda: (
                queue.get(job_id).status == "running"
                and bg.runner.live().get(job_id, (0,))[0] >= 0.5
            ),
            timeout=20000,
        )
        # Half written, under a hidden name carrying this machine and the worker's pid.
        [worker] = bg.runner.workers
        assert [p.name for p in out.iterdir()] == [
            f".blok.job{job_id}.{machine_tag()}-{worker.pid}.part.mp4"
        ]
        os.kill(worker.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: queue.get(job_id).attempts == 2, timeout=20000)
        (ctx.workspace.root / "release").write_text("go")
        qtbot.waitUntil(lambda: queue.get(job_id).status == "done", timeout=20000)
    finally:
        bg.stop()
    assert _all_files(out) == ["blok.mp4"]
    assert (out / "blok.mp4").stat().st_size == 2000
    done = [line for line in _log(ctx) if line.startswith("done ")]
    assert len(done) == 1 and f".blok.job{job_id}." in done[0]
    assert any(e.kind == JobEventKind.REQUEUED for e in bg.events)


def test_a_running_runner_takes_over_the_job_of_a_silent_one(ctx, out: Path, qtbot) -> None:
    """Another computer claimed the job and went quiet (crashed, lost the network): once its
    heartbeat is older than the timeout, this runner, already running, renders the job."""
    queue = ctx.service(RenderQueue)
    [job_id] = queue.add([_project(ctx, "Diam")], output_paths=[out / "diam.mp4"])
    queue.claim("komputer-lain:1")  # a fresh heartbeat: alive, as far as anyone can tell
    half = out / f".diam.job{job_id}.komputerlain-1.part.mp4"
    half.write_bytes(b"setengah")
    bg = Background(ctx, jobs=1, stale_after_s=2.0)
    try:
        qtbot.waitUntil(lambda: queue.get(job_id).status == "done", timeout=30000)
    finally:
        bg.stop()
    job = queue.get(job_id)
    assert job.machine == machine_name() and job.attempts == 2
    assert _all_files(out) == ["diam.mp4"]  # the other computer's half file went with it
    assert [e.kind for e in bg.events if e.job_id == job_id][:2] == [
        JobEventKind.REQUEUED,
        JobEventKind.STARTED,
    ]


def test_cancel_kills_the_running_worker(ctx, out: Path, qtbot) -> None:
    queue = ctx.service(RenderQueue)
    [job_id, other] = queue.add(
        [_project(ctx, "Blok", "block"), _project(ctx, "Lain")],
        output_paths=[out / "blok.mp4", out / "lain.mp4"],
    )
    bg = Background(ctx, jobs=1)
    try:
        qtbot.waitUntil(lambda: job_id in bg.runner.live(), timeout=20000)
        [worker] = bg.runner.workers
        pid = worker.pid
        queue.cancel(job_id)
        bg.runner.poke()
        qtbot.waitUntil(lambda: queue.get(other).status == "done", timeout=20000)
    finally:
        bg.stop()
    assert queue.get(job_id).status == "canceled"
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert _all_files(out) == ["lain.mp4"]


def test_an_output_already_in_place_is_not_rendered_again(ctx, out: Path) -> None:
    """The worker died after renaming the video into place but before reporting."""
    from app.core.clock import utc_now
    from app.store.models import RenderJob

    queue = ctx.service(RenderQueue)
    [job_id] = queue.add([_project(ctx, "Sudah")], output_paths=[out / "sudah.mp4"])
    queue.claim("localhost-gone:1")
    (out / "sudah.mp4").write_bytes(b"finished video")
    with ctx.session() as s:
        s.get(RenderJob, job_id).heartbeat_at = utc_now().replace(year=2020)
    QueueRunner(ctx, jobs=1).run(until_idle=True)
    job = queue.get(job_id)
    assert job.status == "done" and job.result.get("reused") is True
    assert _log(ctx) == []  # never rendered a second time
    assert (out / "sudah.mp4").read_bytes() == b"finished video"


def test_heartbeats_go_on_while_a_batch_zip_is_written(ctx, out: Path, monkeypatch) -> None:
    """The ZIP is written off the scheduler loop: a long ZIP must not make the other
    running job look dead (no heartbeat) or hold back its events."""
    from app.services.batch_sheet import BatchSheetService
    from app.store.models import RenderBatch

    with ctx.session() as s:
        batch = RenderBatch(out_dir=str(out), make_zip=True)
        s.add(batch)
        s.flush()
        batch_id = batch.id
    queue = ctx.service(RenderQueue)
    [in_batch] = queue.add(
        [_project(ctx, "Satu")], output_paths=[out / "satu.mp4"], batch_id=batch_id
    )
    [long_job] = queue.add([_project(ctx, "Panjang", "block")], output_paths=[out / "panjang.mp4"])
    zip_started, beat_during_zip = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}
    heartbeat = RenderQueue.heartbeat

    def counting_heartbeat(self, job_id, runner, progress=None):
        if job_id == long_job and zip_started.is_set():
            beat_during_zip.set()
        return heartbeat(self, job_id, runner, progress)

    def slow_zip(self, batch):
        assert batch == batch_id
        zip_started.set()
        seen["beat"] = beat_during_zip.wait(timeout=30)
        (ctx.workspace.root / "release").write_text("go")  # now the long job may end
        return None

    monkeypatch.setattr(RenderQueue, "heartbeat", counting_heartbeat)
    monkeypatch.setattr(BatchSheetService, "finish_batch_if_complete", slow_zip)
    QueueRunner(ctx, jobs=2).run(until_idle=True)
    assert seen == {"beat": True}
    assert queue.get(in_batch).status == "done" and queue.get(long_job).status == "done"


def test_a_users_file_at_the_output_is_never_replaced(ctx, out: Path) -> None:
    queue = ctx.service(RenderQueue)
    [job_id] = queue.add([_project(ctx, "Milik")], output_paths=[out / "milik.mp4"])
    mine = out / "milik.mp4"
    mine.write_bytes(b"the user's own video")
    os.utime(mine, (1_000_000_000, 1_000_000_000))  # from before the job was queued
    QueueRunner(ctx, jobs=1).run(until_idle=True)
    job = queue.get(job_id)
    assert job.status == "failed" and "milik.mp4" in job.error and "tidak ditimpa" in job.error
    assert mine.read_bytes() == b"the user's own video"
    assert _all_files(out) == ["milik.mp4"]
