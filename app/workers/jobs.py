"""Every background job of the GUI: one bounded thread pool, callbacks bound before the start.

A job function has the signature `fn(report, cancel) -> result`: `report(fraction, label)`
sends progress, `cancel` is a threading.Event the function checks (or hands to a child
process it kills) and answers by raising `Canceled`.

`JobRunner(owner).start(fn, on_succeeded=…, on_failed=…, …)` takes the callbacks with the
function and connects them before the job is queued, so a job that finishes at once still
reports (there is nothing to connect afterwards). The callbacks run on the GUI thread
(queued signal delivery). They belong to the owner: when the owner QObject is destroyed,
its pending callbacks are dropped with it. Each job ends in exactly one typed outcome:
`JobSucceeded(result)`, `JobFailed(error: KilasError)` or `JobCanceled()`. A function
that returned before a cancel reached it succeeded: its result is reported, not thrown away.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.errors import Canceled, KilasError
from app.core.progress import ProgressFn

JobFn = Callable[[ProgressFn, threading.Event], Any]

# Most jobs wait on a child process (ffmpeg, Whisper) or on the disk, so a thread costs little
# while they run; four of them let a quick preview frame or thumbnail start beside up to three
# long exports. The bound (at least the core count) keeps a burst of work from many screens
# (a hundred dropped pictures, every screen loading at once) from starting a thread for each.
MAX_THREADS = max(4, os.cpu_count() or 1)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JobSucceeded:
    result: Any


@dataclass(frozen=True)
class JobFailed:
    error: KilasError


@dataclass(frozen=True)
class JobCanceled:
    pass


Outcome = JobSucceeded | JobFailed | JobCanceled

_pool: QThreadPool | None = None


def shared_pool() -> QThreadPool:
    """The one process-wide pool every JobRunner queues on."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_THREADS)
    return _pool


class JobSignals(QObject):
    progress = Signal(float, str)  # fraction 0..1, label; from the job's thread
    done = Signal(object)  # the Outcome, once


class Job(QRunnable):
    """One queued function; `cancel()` asks it to stop."""

    def __init__(self, fn: JobFn) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (see _Keeper) until its outcome arrived
        self.fn = fn
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.returned = threading.Event()  # set on the pool thread once the outcome is sent

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # on a pool thread
        try:
            self.signals.done.emit(self._outcome())
        finally:
            self.returned.set()

    def _outcome(self) -> Outcome:
        if self.cancel_event.is_set():  # canceled while it waited for a thread
            return JobCanceled()
        try:
            result = self.fn(self._report, self.cancel_event)
        except Canceled:
            return JobCanceled()
        except KilasError as exc:
            return JobFailed(exc)
        except Exception as exc:  # report it to the user, never crash the GUI
            _log.exception("unexpected error in a background job")
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            return JobFailed(
                KilasError(f"Kesalahan tak terduga: {detail}", f"Unexpected error: {detail}")
            )
        return JobSucceeded(result)

    def _report(self, fraction: float, label: str = "") -> None:
        self.signals.progress.emit(float(fraction), label)


class _Keeper(QObject):
    """Holds every queued or running Job until its outcome reached the GUI thread.

    The pool only has a pointer; without this a Job whose owner was destroyed could be
    garbage-collected while a pool thread still runs it.
    """

    def __init__(self) -> None:
        super().__init__()
        self._jobs: dict[JobSignals, Job] = {}

    def hold(self, job: Job) -> None:
        self._jobs[job.signals] = job
        job.signals.done.connect(self.release)  # connected after the owner's delivery

    @Slot(object)
    def release(self, _outcome: object) -> None:
        self._jobs.pop(self.sender(), None)


_keeper: _Keeper | None = None


def _the_keeper() -> _Keeper:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()  # created by the first start(), on the GUI thread
    return _keeper


@dataclass(frozen=True)
class _Callbacks:
    on_progress: ProgressFn | None
    on_succeeded: Callable[[Any], None] | None
    on_failed: Callable[[KilasError], None] | None
    on_canceled: Callable[[], None] | None
    on_finished: Callable[[Outcome], None] | None


class _Delivery(QObject):
    """Receives one job's signals on the GUI thread; a child of the runner, so it dies with
    the owner and Qt drops what was still queued for it."""

    def __init__(self, runner: JobRunner, job: Job, callbacks: _Callbacks) -> None:
        super().__init__(runner)
        self._runner, self._job, self._cb = runner, job, callbacks

    @Slot(float, str)
    def on_progress(self, fraction: float, label: str) -> None:
        if self._cb.on_progress is not None:
            self._cb.on_progress(fraction, label)

    @Slot(object)
    def on_done(self, outcome: Outcome) -> None:
        self._runner._running.pop(self._job, None)  # busy() is false inside the callbacks
        self.deleteLater()
        cb = self._cb
        try:
            if isinstance(outcome, JobSucceeded) and cb.on_succeeded is not None:
                cb.on_succeeded(outcome.result)
            elif isinstance(outcome, JobFailed) and cb.on_failed is not None:
                cb.on_failed(outcome.error)
            elif isinstance(outcome, JobCanceled) and cb.on_canceled is not None:
                cb.on_canceled()
        finally:
            if cb.on_finished is not None:
                cb.on_finished(outcome)


class JobRunner(QObject):
    """A per-owner handle on the shared pool: starts jobs, knows which of them still run."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[Job, None] = {}  # in start order

    def start(
        self,
        fn: JobFn,
        *,
        on_progress: ProgressFn | None = None,
        on_succeeded: Callable[[Any], None] | None = None,
        on_failed: Callable[[KilasError], None] | None = None,
        on_canceled: Callable[[], None] | None = None,
        on_finished: Callable[[Outcome], None] | None = None,
    ) -> Job:
        """Queue fn; the callbacks are bound before it can run, and run on the GUI thread.

        Exactly one of on_succeeded / on_failed / on_canceled is called, then on_finished
        with the outcome.
        """
        job = Job(fn)
        callbacks = _Callbacks(on_progress, on_succeeded, on_failed, on_canceled, on_finished)
        delivery = _Delivery(self, job, callbacks)
        job.signals.progress.connect(delivery.on_progress)
        job.signals.done.connect(delivery.on_done)
        _the_keeper().hold(job)
        self._running[job] = None
        shared_pool().start(job)
        return job

    def busy(self) -> bool:
        """True until the outcome of every job started here has been delivered."""
        return bool(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until this owner's job functions have returned (for shutdown and tests).

        Their callbacks arrive with the next event processing. False if time ran out.
        """
        deadline = time.monotonic() + timeout_ms / 1000
        for job in list(self._running):
            if not job.returned.wait(max(0.0, deadline - time.monotonic())):
                return False
        return True
