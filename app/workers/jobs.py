"""Background jobs on Qt's thread pool, reporting progress and a typed outcome by signals.

A job function has the signature `fn(report, cancel) -> result`, where `report(fraction,
label)` sends progress and `cancel` is a threading.Event the function checks (or hands to a
child process it kills). The GUI thread only receives signals; it never waits.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core.errors import Canceled, KilasError

ReportFn = Callable[[float, str], None]
JobFn = Callable[[ReportFn, threading.Event], Any]


class JobSignals(QObject):
    progress = Signal(float, str)  # fraction 0..1, label
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # a KilasError (or a wrapped unexpected exception)
    canceled = Signal()
    finished = Signal()  # after any of the three above


class Job(QRunnable):
    def __init__(self, fn: JobFn) -> None:
        super().__init__()
        self.fn = fn
        self.signals = JobSignals()
        self.cancel_event = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it until `finished`

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:  # on a pool thread
        sig = self.signals
        emit = _safe_emit
        try:
            result = self.fn(
                lambda f, label="": emit(sig.progress, float(f), label), self.cancel_event
            )
        except Canceled:
            emit(sig.canceled)
        except KilasError as exc:
            emit(sig.failed, exc)
        except Exception as exc:  # report, never crash the GUI
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            emit(
                sig.failed,
                KilasError(f"Kesalahan tak terduga: {detail}", f"Unexpected error: {detail}"),
            )
        else:
            if self.cancel_event.is_set():
                emit(sig.canceled)
            else:
                emit(sig.succeeded, result)
        emit(sig.finished)


def _safe_emit(signal, *args) -> None:
    """Emit unless the receiving side is gone (a window closed while its job finished)."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


class JobRunner(QObject):
    """Starts jobs and keeps them alive until they finish."""

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self._running: set[Job] = set()

    def start(self, fn: JobFn) -> Job:
        job = Job(fn)
        self._running.add(job)
        job.signals.finished.connect(lambda: self._running.discard(job))
        self.pool.start(job)
        return job

    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, timeout_ms: int = 30000) -> bool:
        return self.pool.waitForDone(timeout_ms)
