"""The render queue, stored in the workspace database (table render_jobs).

Jobs are claimed atomically by one SQL statement (SQLite serialises writers; PostgreSQL's
`FOR UPDATE SKIP LOCKED` lets the workers of a team pass each other), kept alive by heartbeats
from the runner process, and put back in the queue when their runner died: at once when it
ran on this machine and its process is gone, else once its heartbeat has been silent for
`stale_after_s` (by the database's clock). Outputs are written under a private staging name
and renamed into place, so an output path only ever holds a finished video; a job whose output
already appeared is never rendered a second time.

In a team workspace a job's output inside the shared folder is stored relative to it, so the
computer that renders it writes to the same place through its own mapping of the folder.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select

from app.core.errors import InvalidInput, NotFound
from app.core.machine import machine_name
from app.media.outputs import pid_alive
from app.services.brand import BrandService
from app.services.context import AppContext
from app.services.render_outputs import free_output, output_name, remove_staging
from app.store.models import Project, RenderJob, Setting
from app.store.queries import jobs as job_claims
from app.store.queries.jobs import CANCELED, DONE, FAILED, QUEUED, RUNNING, db_now
from app.store.queries.projects import get_project_or_raise

ACTIVE = (QUEUED, RUNNING)
FINISHED = (DONE, FAILED, CANCELED)
# A pause flag kept in the settings table (the queue is a workspace-wide resource).
PAUSED_KEY = "render_queue_paused"
# Heartbeats come every couple of seconds; a runner silent this long is presumed dead.
STALE_AFTER_S = 120.0
QUALITIES = ("draft", "final")


@dataclass(frozen=True)
class JobView:
    id: int
    project_id: int
    project_title: str
    batch_id: int | None
    status: str
    queue_position: int
    preset: str
    quality: str
    output_path: str
    upload_kit: bool
    options: dict[str, Any]
    attempts: int
    progress: float
    error: str
    claimed_by: str
    machine: str  # the computer that runs or last ran it ("" before its first start)
    heartbeat_at: datetime | None
    result: dict[str, Any]
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def output_name(self) -> str:
        return Path(self.output_path).stem

    @property
    def max_attempts(self) -> int:
        return job_claims.max_attempts_of(self.options)

    @property
    def output_since(self) -> float:
        """Epoch seconds after which a file at output_path belongs to this job."""
        return float(self.options.get("output_since", 0.0))


def _view(job: RenderJob, title: str, root: Path) -> JobView:
    return JobView(
        id=job.id,
        project_id=job.project_id,
        project_title=title,
        batch_id=job.batch_id,
        status=job.status,
        queue_position=job.queue_position,
        preset=job.preset,
        quality=job.quality,
        output_path=str(local_output(job.output_path, root)),
        upload_kit=job.upload_kit,
        options=dict(job.options or {}),
        attempts=job.attempts,
        progress=job.progress,
        error=job.error,
        claimed_by=job.claimed_by,
        machine=job.machine or "",
        heartbeat_at=job.heartbeat_at,
        result=dict(job.result or {}),
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
    )


class JobState(NamedTuple):
    """What a queue view shows of a job, cheap to read for every job at once."""

    status: str
    progress: float
    machine: str
    attempts: int
    claimed_by: str
    queue_position: int


def runner_id() -> str:
    """machine:pid of this process, written into claimed_by (app.core.machine)."""
    return f"{machine_name()}:{os.getpid()}"


def machine_of(runner: str) -> str:
    return runner.rpartition(":")[0] or runner


def runner_is_dead(
    claimed_by: str, heartbeat_at: datetime | None, stale_after_s: float, now: datetime
) -> bool:
    """Whether the runner `claimed_by` is gone: its process, when it ran on this machine (a
    process id of another computer means nothing here), else its silent heartbeat."""
    machine, _, pid = claimed_by.rpartition(":")
    if machine == machine_name() and pid.isdigit() and not pid_alive(int(pid)):
        return True
    if heartbeat_at is None:
        return True
    return now - heartbeat_at > timedelta(seconds=stale_after_s)


def stored_output(path: Path, root: Path, team: bool) -> str:
    """How a job's output path is stored: in a team workspace relative to the shared folder
    when inside it (each computer maps that folder elsewhere), else this computer's path."""
    path, root = Path(path).absolute(), Path(root)
    if team:
        # Both as given and with links followed: `--out` may name the folder either way.
        for inside, folder in ((path, root.absolute()), (path.resolve(), root.resolve())):
            try:
                return inside.relative_to(folder).as_posix()
            except ValueError:
                continue
    return str(path)


def local_output(stored: str, root: Path) -> Path:
    """This computer's path of a stored output path (relative ones are in the shared folder)."""
    path = Path(stored)
    return path if path.is_absolute() else Path(root) / path


def in_shared_folder(path: Path, root: Path) -> bool:
    return not Path(stored_output(path, root, team=True)).is_absolute()


def in_queue_order(jobs: list[JobView]) -> list[JobView]:
    """Running, queued (by position), then finished (newest first): the panel's order."""
    rank = {RUNNING: 0, QUEUED: 1}
    return sorted(
        jobs,
        key=lambda j: (
            rank.get(j.status, 2),
            j.queue_position if j.status in ACTIVE else 0,
            -(j.finished_at or j.created_at).timestamp() if j.status not in ACTIVE else 0,
            j.id,
        ),
    )


class RenderQueue:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Reading ----------------------------------------------------------------------------
    def jobs(self, batch_id: int | None = None, statuses: tuple[str, ...] = ()) -> list[JobView]:
        """Jobs in queue order: running, queued (by position), then finished (newest first)."""
        with self.ctx.workspace.session() as s:
            query = select(RenderJob, Project.title).join(
                Project, Project.id == RenderJob.project_id
            )
            if batch_id is not None:
                query = query.where(RenderJob.batch_id == batch_id)
            if statuses:
                query = query.where(RenderJob.status.in_(statuses))
            root = self.ctx.workspace.root
            rows = [_view(job, title, root) for job, title in s.execute(query)]
        return in_queue_order(rows)

    def get(self, job_id: int) -> JobView:
        with self.ctx.workspace.session() as s:
            job = s.get(RenderJob, job_id)
            if job is None:
                raise NotFound(
                    f"Tugas render {job_id} tidak ada.", f"Render job {job_id} does not exist."
                )
            return _view(job, s.get(Project, job.project_id).title, self.ctx.workspace.root)

    def states(self) -> dict[int, JobState]:
        """Every job's state in one query: what a team's queue view compares every few
        seconds to see what the other computers changed."""
        with self.ctx.workspace.session() as s:
            rows = s.execute(
                select(
                    RenderJob.id,
                    RenderJob.status,
                    RenderJob.progress,
                    RenderJob.machine,
                    RenderJob.attempts,
                    RenderJob.claimed_by,
                    RenderJob.queue_position,
                )
            )
            return {
                r.id: JobState(
                    r.status,
                    round(r.progress, 2),
                    r.machine,
                    r.attempts,
                    r.claimed_by,
                    r.queue_position,
                )
                for r in rows
            }

    def counts(self) -> dict[str, int]:
        with self.ctx.workspace.session() as s:
            rows = s.execute(select(RenderJob.status, func.count()).group_by(RenderJob.status))
            return {status: n for status, n in rows}

    # Adding -----------------------------------------------------------------------------
    def add(
        self,
        project_ids: list[int],
        preset: str = "tiktok",
        quality: str = "final",
        out_dir: Path | None = None,
        output_paths: list[Path] | None = None,
        upload_kit: bool = False,
        batch_id: int | None = None,
        options: dict[str, Any] | None = None,
        first: bool = False,
    ) -> list[int]:
        """Queue one job per project, at the end of the queue (`first`: ahead of every
        queued job, as for a render the user started from the Render screen); returns the
        job ids.

        Without `output_paths`, each video goes to `out_dir` (default: the workspace's
        renders/ folder) as `<title>-<preset>[-draft].mp4`, never onto an existing file.
        """
        if quality not in QUALITIES:
            raise InvalidInput(
                f"Kualitas {quality!r} tidak dikenal.", f"Unknown quality {quality!r}."
            )
        if output_paths is not None and len(output_paths) != len(project_ids):
            raise InvalidInput("Jumlah keluaran tidak cocok.", "Output count does not match.")
        folder = Path(out_dir) if out_dir else self.ctx.workspace.renders_dir
        now_epoch = time.time()
        root, team = self.ctx.workspace.root, self.ctx.workspace.team
        with self.ctx.session() as s:
            taken = {
                local_output(p, root).absolute().as_posix().casefold()
                for p in s.scalars(
                    select(RenderJob.output_path).where(RenderJob.status.in_(ACTIVE))
                )
            }
            if first:
                front = s.scalar(
                    select(func.min(RenderJob.queue_position)).where(RenderJob.status == QUEUED)
                )
                position = (front if front is not None else 1) - len(project_ids)
            else:
                position = (s.scalar(select(func.max(RenderJob.queue_position))) or 0) + 1
            ids = []
            for i, project_id in enumerate(project_ids):
                project = get_project_or_raise(s, project_id)
                if output_paths is not None:
                    target = Path(output_paths[i]).absolute()
                else:
                    stem = Path(output_name(project.title, preset, quality)).stem
                    target = free_output(folder, stem, taken)
                    if upload_kit:  # the kit folder is named after the video
                        target = (folder / target.stem / target.name).absolute()
                key = target.as_posix().casefold()
                if key in taken:
                    raise InvalidInput(
                        f"{target.name} sudah menjadi keluaran tugas lain dalam antrean.",
                        f"{target.name} is already the output of another queued job.",
                    )
                taken.add(key)
                taken.add((folder / f"{target.stem}.mp4").absolute().as_posix().casefold())
                job = RenderJob(
                    project_id=project_id,
                    batch_id=batch_id,
                    status=QUEUED,
                    queue_position=position + i,
                    preset=preset,
                    quality=quality,
                    output_path=stored_output(target, root, team),
                    upload_kit=upload_kit,
                    options={**(options or {}), "output_since": now_epoch},
                )
                s.add(job)
                s.flush()
                ids.append(job.id)
            return ids

    def add_series(self, series: str, **kwargs: Any) -> list[int]:
        """Queue every project of a series (Project.series), in project order."""
        with self.ctx.workspace.session() as s:
            ids = list(
                s.scalars(
                    select(Project.id)
                    .where(Project.series == series, Project.deleted_at.is_(None))
                    .order_by(Project.id)
                )
            )
        if not ids:
            raise NotFound(
                f"Seri {series!r} tidak berisi proyek.", f"Series {series!r} has no project."
            )
        return self.add(ids, **kwargs)

    def series_names(self) -> list[str]:
        with self.ctx.workspace.session() as s:
            names = s.scalars(
                select(Project.series)
                .where(Project.series != "", Project.deleted_at.is_(None))
                .distinct()
            )
            return sorted(names)

    # Runner side ------------------------------------------------------------------------
    def claim(self, runner: str) -> JobView | None:
        """Take the first queued job for `runner` in one atomic statement (None: nothing)."""
        if self.is_paused():
            return None
        with self.ctx.session() as s:
            job_id = job_claims.claim_next(s, runner, db_now(s), machine_of(runner))
        return self.get(job_id) if job_id is not None else None

    def heartbeat(self, job_id: int, runner: str, progress: float | None = None) -> bool:
        """Refresh the claim; False when the job is no longer ours (canceled, taken over)."""
        with self.ctx.session() as s:
            return job_claims.heartbeat(s, job_id, runner, db_now(s), progress)

    def finish(self, job_id: int, runner: str, result: dict[str, Any]) -> bool:
        with self.ctx.session() as s:
            return job_claims.finish(s, job_id, runner, result, db_now(s))

    def fail(self, job_id: int, runner: str, error: str, retry: bool = False) -> str:
        """Record a failure; with `retry` (a crash, not bad input) re-queue while attempts
        remain. Returns the job's new status."""
        with self.ctx.session() as s:
            return job_claims.fail(s, job_id, runner, error, retry, db_now(s))

    def release(self, job_id: int, runner: str, error: str = "") -> None:
        """Give a running job back to the queue without counting the attempt (app closing,
        disk full)."""
        with self.ctx.session() as s:
            job_claims.release(s, job_id, runner, error)

    # User actions -----------------------------------------------------------------------
    def cancel(self, job_id: int) -> str:
        """Cancel a queued or running job (the runner kills a running one's worker)."""
        with self.ctx.session() as s:
            job = self._job(s, job_id)
            previous = job.status
            if previous in ACTIVE:
                job.status = CANCELED
                job.finished_at = db_now(s)
            return previous

    def retry(self, job_id: int) -> None:
        """Put a failed or canceled job back at the end of the queue."""
        with self.ctx.session() as s:
            job = self._job(s, job_id)
            if job.status not in (FAILED, CANCELED):
                return
            taken = s.scalar(
                select(func.count()).where(
                    RenderJob.status.in_(ACTIVE),
                    RenderJob.output_path == job.output_path,
                    RenderJob.id != job.id,
                )
            )
            if taken:
                raise InvalidInput(
                    "Keluaran tugas ini sedang dipakai tugas lain.",
                    "This job's output is in use by another job.",
                )
            job.status = QUEUED
            job.error = ""
            job.progress = 0.0
            job.attempts = 0
            job.claimed_by = ""
            job.finished_at = None
            job.options = {**(job.options or {}), "output_since": time.time()}
            job.queue_position = (s.scalar(select(func.max(RenderJob.queue_position))) or 0) + 1

    def reorder(self, ordered_ids: list[int]) -> list[int]:
        """Give the listed queued jobs these places, in this order; returns the old order."""
        with self.ctx.session() as s:
            queued = list(
                s.scalars(
                    select(RenderJob)
                    .where(RenderJob.status == QUEUED)
                    .order_by(RenderJob.queue_position, RenderJob.id)
                )
            )
            by_id = {j.id: j for j in queued}
            previous = [j.id for j in queued]
            wanted = [i for i in ordered_ids if i in by_id]
            rest = [i for i in previous if i not in set(wanted)]
            slots = sorted(j.queue_position for j in queued)
            # Keep positions unique even if older rows shared one.
            slots = [max(p, slots[0] + k) for k, p in enumerate(slots)] if slots else []
            for pos, jid in zip(slots, wanted + rest, strict=True):
                by_id[jid].queue_position = pos
            return previous

    def move(self, job_id: int, delta: int) -> None:
        """Move a queued job up (delta < 0) or down among the queued jobs."""
        order = [j.id for j in self.jobs(statuses=(QUEUED,))]
        if job_id not in order:
            return
        i = order.index(job_id)
        j = max(0, min(len(order) - 1, i + delta))
        order.insert(j, order.pop(i))
        self.reorder(order)

    def remove_finished(self) -> int:
        """Clear done/failed/canceled jobs from the list (their files stay)."""
        with self.ctx.session() as s:
            jobs = s.scalars(select(RenderJob).where(RenderJob.status.in_(FINISHED))).all()
            for job in jobs:
                s.delete(job)
            return len(jobs)

    def pause(self) -> None:
        self._set_paused(True)

    def resume(self) -> None:
        self._set_paused(False)

    def is_paused(self) -> bool:
        with self.ctx.workspace.session() as s:
            row = s.get(Setting, PAUSED_KEY)
            return bool(row and row.value)

    def _set_paused(self, value: bool) -> None:
        with self.ctx.session() as s:
            row = s.get(Setting, PAUSED_KEY)
            if row is None:
                s.add(Setting(key=PAUSED_KEY, value=value))
            else:
                row.value = value

    def prepare_for_workers(self) -> None:
        """Create once, here, what each render would otherwise create on first use: two
        worker processes both creating the default brand kit collide on its unique name."""
        if self.ctx.read_only:
            return
        self.ctx.service(BrandService).ensure_default()

    # Crash recovery ---------------------------------------------------------------------
    def recover(self, stale_after_s: float = STALE_AFTER_S) -> list[int]:
        """Put jobs whose runner died back in the queue (or fail them after too many tries).

        Half-written staging files are deleted; a job whose finished output is already in
        place is re-queued too: the worker sees the output and only completes the upload kit.
        """
        with self.ctx.session() as s:
            now = db_now(s)
            changed = job_claims.requeue_dead(
                s,
                lambda job: runner_is_dead(job.claimed_by, job.heartbeat_at, stale_after_s, now),
                lambda attempts: self.ctx.msg(
                    f"Render berhenti mendadak {attempts} kali.",
                    f"The render stopped abruptly {attempts} times.",
                ),
                now,
            )
            # Still holding the rows: nobody claims these jobs before the dead attempts'
            # files (of any machine) are gone.
            for job in changed:
                remove_staging(local_output(job.output_path, self.ctx.workspace.root), job.id)
            return [job.id for job in changed]

    def _job(self, s, job_id: int) -> RenderJob:
        job = s.get(RenderJob, job_id)
        if job is None:
            raise NotFound(
                f"Tugas render {job_id} tidak ada.", f"Render job {job_id} does not exist."
            )
        return job


def open_worker_context(
    location: str | Path,
    language: str = "id",
    media_root: Path | None = None,
    local_dir: Path | None = None,
) -> AppContext:
    """A writable context for a render worker process.

    A single-user runner process holds the workspace lock; its worker children share the
    database (SQLite WAL handles the concurrent writers) without taking the lock again. A team
    workspace has no lock: PostgreSQL serves every client. Each worker gets its own cache
    folder: renders cache painted overlays and font folders there, and two processes writing
    the same cache file at once could hand ffmpeg a half file.
    """
    from dataclasses import fields

    from app.store.db import make_engine, make_session_factory
    from app.store.team_db import is_team_location
    from app.store.workspace import DB_NAME, Workspace, open_workspace

    class WorkerWorkspace(Workspace):
        @property
        def cache_dir(self) -> Path:
            return worker_cache_dir(super().cache_dir, os.getpid())

    if is_team_location(location):
        opened = open_workspace(
            str(location), create=False, media_root=media_root, local_dir=local_dir
        )
        workspace = WorkerWorkspace(**{f.name: getattr(opened, f.name) for f in fields(opened)})
    else:
        root = Path(location).absolute()
        engine = make_engine(root / DB_NAME)
        workspace = WorkerWorkspace(
            root=root,
            engine=engine,
            session_factory=make_session_factory(engine, False),
            read_only=False,
        )
    workspace.cache_dir.mkdir(parents=True, exist_ok=True)
    return AppContext(workspace, language=language)


def worker_cache_dir(cache_dir: Path, pid: int) -> Path:
    """Worker `pid`'s own folder inside the workspace's (this computer's) cache folder."""
    return Path(cache_dir) / "render-workers" / str(pid)


def remove_dead_worker_caches(cache_dir: Path) -> None:
    """Cache folders of worker processes that have ended."""
    import shutil

    folder = Path(cache_dir) / "render-workers"
    if not folder.is_dir():
        return
    for child in folder.iterdir():
        if child.is_dir() and (not child.name.isdigit() or not pid_alive(int(child.name))):
            shutil.rmtree(child, ignore_errors=True)
