"""Render-job claims: the render queue's state changes, each one statement or one locked row.

Every change that depends on who holds a job is a compare-and-set on (status, claimed_by),
so a runner that lost its job (canceled, re-queued as stale) cannot overwrite it. Written with
SQLAlchemy constructs only, so the same functions run on SQLite (writers are serialised by
the database) and on PostgreSQL (`FOR UPDATE SKIP LOCKED` lets concurrent runners pass each
other's claimed row; SQLite's compiler leaves that clause out).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.core.clock import utc_now
from app.store.models import RenderJob

QUEUED, RUNNING, DONE, FAILED, CANCELED = "queued", "running", "done", "failed", "canceled"
DEFAULT_MAX_ATTEMPTS = 3


def db_now(session: Session) -> datetime:
    """Now by the database's clock (naive UTC). In a team every computer stamps heartbeats and
    judges them by the server's clock: a computer whose clock runs ahead must not see live
    workers as silent and take their jobs; one that runs behind must not look dead."""
    if session.get_bind().dialect.name == "postgresql":
        return session.scalar(select(func.timezone("UTC", func.now())))
    return utc_now()


def max_attempts_of(options: dict[str, Any] | None) -> int:
    """How many times a job may start before a crash fails it (job option, else 3)."""
    return int((options or {}).get("max_attempts", DEFAULT_MAX_ATTEMPTS))


def claim_next(session: Session, runner: str, now: datetime, machine: str = "") -> int | None:
    """Mark the first queued job (queue order) running for `runner` of `machine`; its id, or
    None.

    One UPDATE … WHERE id = (first queued) RETURNING id: two runners claiming at once never
    get the same job. A plain read first, so an idle runner polling an empty queue never
    takes the write lock.
    """
    if session.scalar(select(RenderJob.id).where(RenderJob.status == QUEUED).limit(1)) is None:
        return None
    first_queued = (
        select(RenderJob.id)
        .where(RenderJob.status == QUEUED)
        .order_by(RenderJob.queue_position, RenderJob.id)
        .limit(1)
        .with_for_update(skip_locked=True)
        .scalar_subquery()
    )
    claimed = session.execute(
        update(RenderJob)
        .where(RenderJob.status == QUEUED, RenderJob.id == first_queued)
        .values(
            status=RUNNING,
            claimed_by=runner,
            machine=machine,
            heartbeat_at=now,
            started_at=now,
            finished_at=None,
            attempts=RenderJob.attempts + 1,
            progress=0.0,
            error="",
        )
        .returning(RenderJob.id)
        .execution_options(synchronize_session=False)
    ).first()
    return claimed[0] if claimed else None


def _held(job_id: int, runner: str):
    return update(RenderJob).where(
        RenderJob.id == job_id, RenderJob.claimed_by == runner, RenderJob.status == RUNNING
    )


def heartbeat(
    session: Session, job_id: int, runner: str, now: datetime, progress: float | None = None
) -> bool:
    """Refresh the claim; False when the job is no longer `runner`'s."""
    values: dict[str, Any] = {"heartbeat_at": now}
    if progress is not None:
        values["progress"] = max(0.0, min(1.0, float(progress)))
    done = session.execute(
        _held(job_id, runner).values(**values).execution_options(synchronize_session=False)
    )
    return done.rowcount == 1


def finish(
    session: Session, job_id: int, runner: str, result: dict[str, Any], now: datetime
) -> bool:
    """Mark the job done with its result; False when it is no longer `runner`'s."""
    done = session.execute(
        _held(job_id, runner)
        .values(status=DONE, progress=1.0, result=result, finished_at=now, error="")
        .execution_options(synchronize_session=False)
    )
    return done.rowcount == 1


def _locked_job(session: Session, job_id: int) -> RenderJob | None:
    return session.get(RenderJob, job_id, with_for_update=True, populate_existing=True)


def fail(session: Session, job_id: int, runner: str, error: str, retry: bool, now: datetime) -> str:
    """Record a failure; with `retry` re-queue while attempts remain. The job's new status
    (its current one, untouched, when it is no longer `runner`'s)."""
    job = _locked_job(session, job_id)
    if job is None or job.status != RUNNING or job.claimed_by != runner:
        return job.status if job else FAILED
    job.status = QUEUED if retry and job.attempts < max_attempts_of(job.options) else FAILED
    job.error = error
    job.claimed_by = ""
    job.finished_at = now if job.status == FAILED else None
    return job.status


def release(session: Session, job_id: int, runner: str, error: str = "") -> bool:
    """Give a running job back to the queue without counting the attempt."""
    job = _locked_job(session, job_id)
    if job is None or job.status != RUNNING or job.claimed_by != runner:
        return False
    job.status = QUEUED
    job.claimed_by = ""
    job.progress = 0.0
    job.error = error
    job.attempts = max(0, job.attempts - 1)
    return True


def requeue_dead(
    session: Session,
    is_dead: Callable[[RenderJob], bool],
    exhausted_error: Callable[[int], str],
    now: datetime,
) -> list[RenderJob]:
    """Running jobs whose runner `is_dead` go back to the queue, or fail with
    `exhausted_error(attempts)` once they used up their attempts. Returns those jobs.

    Every worker of a team runs this every few seconds: a row locked right now (its runner's
    heartbeat, another worker recovering it) is skipped, not waited for; it is looked at again
    next time."""
    running = session.scalars(
        select(RenderJob).where(RenderJob.status == RUNNING).with_for_update(skip_locked=True)
    ).all()
    changed = []
    for job in running:
        if not is_dead(job):
            continue
        if job.attempts >= max_attempts_of(job.options):
            job.status = FAILED
            job.finished_at = now
            job.error = exhausted_error(job.attempts)
        else:
            job.status = QUEUED
        job.claimed_by = ""
        job.progress = 0.0
        changed.append(job)
    return changed
