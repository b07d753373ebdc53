"""The queue shared by several computers: machines on jobs, outputs through each computer's
mapping of the shared folder, claims judged by heartbeat across machines, takeover, and a
worker that lost its job never publishing a second copy."""

from __future__ import annotations

import os
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from app.core import machine
from app.core.errors import InvalidInput, JobTakenOver
from app.core.machine import machine_tag
from app.services.projects import ProjectService
from app.services.render_job import execute_job
from app.services.render_outputs import remove_staging, staging_path
from app.services.render_queue import RenderQueue, runner_id
from app.store.models import RenderJob
from app.store.queries.jobs import db_now

pytestmark = pytest.mark.both_backends

DEAD_PID = 999_999_999  # no process has it


@pytest.fixture
def queue(ctx) -> RenderQueue:
    return ctx.service(RenderQueue)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


def _project(ctx, title: str = "Video") -> int:
    return ctx.service(ProjectService).create(title)


def _silence(ctx, job_id: int, minutes: float) -> None:
    """The job's runner last beat `minutes` ago (by the database's clock)."""
    with ctx.session() as s:
        job = s.get(RenderJob, job_id)
        job.heartbeat_at = db_now(s) - timedelta(minutes=minutes)


def test_a_claim_records_the_machine_and_keeps_it_after_the_job(ctx, queue) -> None:
    [job_id] = queue.add([_project(ctx)])
    assert queue.get(job_id).machine == ""
    claimed = queue.claim("ruang-editor:4242")
    assert claimed.id == job_id and claimed.machine == "ruang-editor"
    assert queue.finish(job_id, "ruang-editor:4242", {"size_bytes": 1})
    job = queue.get(job_id)
    assert job.status == "done" and job.machine == "ruang-editor"


def test_a_dead_process_id_is_only_believed_on_its_own_machine(ctx, queue) -> None:
    here, there = queue.add([_project(ctx, "Sini"), _project(ctx, "Sana")])
    queue.claim(f"{machine.machine_name()}:{DEAD_PID}")
    queue.claim(f"komputer-lain:{DEAD_PID}")  # that pid may well run over there
    assert queue.recover(stale_after_s=60) == [here]
    assert queue.get(there).status == "running"
    _silence(ctx, there, minutes=2)  # its heartbeat stopped: now it is taken over
    assert queue.recover(stale_after_s=60) == [there]
    assert queue.get(there).status == "queued" and queue.get(there).claimed_by == ""


def test_taking_over_removes_the_dead_attempts_files_of_any_machine(ctx, queue, out: Path) -> None:
    target = out / "video.mp4"
    [job_id] = queue.add([_project(ctx)], output_paths=[target])
    queue.claim(f"komputer-lain:{DEAD_PID}")
    theirs = target.with_name(f".video.job{job_id}.komputerlain-77.part.mp4")
    nested = theirs.with_name(f".{theirs.stem}.komputerlain-77.part.mp4")  # the renderer's
    for leftover in (theirs, nested):
        leftover.write_bytes(b"half")
    someone_elses = out / ".video.job12345.lain-1.part.mp4"  # another job's
    someone_elses.write_bytes(b"x")
    _silence(ctx, job_id, minutes=5)
    assert queue.recover(stale_after_s=60) == [job_id]
    assert sorted(p.name for p in out.iterdir()) == [someone_elses.name]


def test_a_worker_removes_only_its_own_staging_file(tmp_path: Path) -> None:
    target = tmp_path / "video.mp4"
    mine = staging_path(target, 7)
    assert mine.name == f".video.job7.{machine_tag()}-{os.getpid()}.part.mp4"
    other_worker = staging_path(target, 7, pid=os.getpid() + 1)
    for part in (mine, other_worker):
        part.write_bytes(b"half")
    remove_staging(target, 7, os.getpid())
    assert [p.name for p in tmp_path.iterdir()] == [other_worker.name]


def test_a_worker_that_lost_its_job_does_not_publish(ctx, queue, out: Path) -> None:
    target = out / "video.mp4"
    [job_id] = queue.add([_project(ctx)], output_paths=[target])
    me = runner_id()
    job = queue.claim(me)
    _silence(ctx, job_id, minutes=5)
    assert queue.recover(stale_after_s=60) == [job_id]  # our heartbeat was late: taken
    assert queue.claim("komputer-lain:1").id == job_id

    def render(ctx, project_id, preset, quality, out_path, report, cancel):
        Path(out_path).write_bytes(b"video")
        return {}

    with pytest.raises(JobTakenOver):
        execute_job(
            ctx,
            job,
            render,
            lambda *a: None,
            threading.Event(),
            lambda: queue.heartbeat(job_id, me),
        )
    assert list(out.iterdir()) == []  # neither a video nor a part file
    assert queue.get(job_id).claimed_by == "komputer-lain:1"  # the new owner's claim holds


def test_a_worker_that_still_holds_its_job_publishes_and_refreshes_the_claim(
    ctx, queue, out: Path
) -> None:
    target = out / "video.mp4"
    [job_id] = queue.add([_project(ctx)], output_paths=[target])
    me = runner_id()
    job = queue.claim(me)
    _silence(ctx, job_id, minutes=1)

    def render(ctx, project_id, preset, quality, out_path, report, cancel):
        Path(out_path).write_bytes(b"video")
        return {}

    result = execute_job(
        ctx, job, render, lambda *a: None, threading.Event(), lambda: queue.heartbeat(job_id, me)
    )
    assert result["output_path"] == str(target) and target.read_bytes() == b"video"
    assert [p.name for p in out.iterdir()] == ["video.mp4"]
    assert queue.recover(stale_after_s=30) == []  # the check before publishing beat


def test_machine_names_are_checked() -> None:
    for bad in ("", "   ", "a" * 65, "baris\nbaru"):
        with pytest.raises(InvalidInput):
            machine.check_machine_name(bad)
    assert machine.check_machine_name("  render-1 ") == "render-1"
    # Names that differ only in characters a file name drops still get different tags.
    assert machine_tag("Komputer Budi") != machine_tag("KomputerBudi")
    assert machine_tag("render-1") == "render-1"


@pytest.mark.sqlite_only
def test_a_single_user_queue_stores_outputs_as_given(ctx, queue, tmp_path: Path) -> None:
    [job_id] = queue.add([_project(ctx)])
    with ctx.session() as s:
        stored = s.get(RenderJob, job_id).output_path
    assert Path(stored).is_absolute()
    assert Path(stored).parent == ctx.workspace.renders_dir


def test_a_team_job_is_written_through_each_computers_mapping(team_url, tmp_path: Path) -> None:
    from app.services.context import AppContext
    from app.store.workspace import open_workspace

    shared = tmp_path / "folder bersama"
    shared.mkdir()
    contexts = []
    for name in ("komputer-a", "komputer-b"):
        (tmp_path / name).symlink_to(shared)  # each computer sees the folder elsewhere
        ws = open_workspace(
            team_url, media_root=tmp_path / name, local_dir=tmp_path / f"{name}-lokal"
        )
        contexts.append(AppContext(ws))
    a, b = contexts
    try:
        project = _project(a)
        [inside] = RenderQueue(a).add([project], out_dir=a.workspace.root / "renders" / "kampanye")
        [outside] = RenderQueue(a).add([project], out_dir=tmp_path / "lokal a")
        with a.session() as s:
            assert s.get(RenderJob, inside).output_path == "renders/kampanye/video-tiktok.mp4"
        seen_by_b = RenderQueue(b).get(inside).output_path
        assert seen_by_b == str(tmp_path / "komputer-b" / "renders/kampanye/video-tiktok.mp4")
        # A folder outside the shared one is this computer's own: kept as it is.
        assert RenderQueue(b).get(outside).output_path == str(
            tmp_path / "lokal a" / "video-tiktok.mp4"
        )
    finally:
        for ctx in contexts:
            ctx.workspace.close()
