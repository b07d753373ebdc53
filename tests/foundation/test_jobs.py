"""The one GUI job runner: no result is lost, cancel is honoured, one bounded pool."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from app.core.errors import Canceled, KilasError
from app.workers.jobs import (
    MAX_THREADS,
    JobCanceled,
    JobFailed,
    JobRunner,
    JobSucceeded,
    shared_pool,
)


@pytest.fixture
def owner(qapp):
    obj = QObject()
    yield obj
    for runner in obj.findChildren(JobRunner):
        runner.cancel_all()
        assert runner.wait(10_000)
    obj.deleteLater()


def test_thousand_instant_jobs_each_deliver_their_result(qtbot, owner) -> None:
    runner = JobRunner(owner)
    results: list[int] = []
    outcomes = []
    for i in range(1000):
        # The function returns at once, possibly before start() itself returns.
        runner.start(
            lambda _r, _c, i=i: i, on_succeeded=results.append, on_finished=outcomes.append
        )
    qtbot.waitUntil(lambda: not runner.busy(), timeout=30_000)
    assert sorted(results) == list(range(1000))
    assert sorted(o.result for o in outcomes) == list(range(1000))
    assert all(isinstance(o, JobSucceeded) for o in outcomes)


def test_a_job_that_returned_before_the_cancel_reports_its_result(qtbot, owner) -> None:
    runner = JobRunner(owner)
    got = []
    job = runner.start(lambda _r, _c: "selesai", on_finished=got.append)
    assert runner.wait(10_000)  # the function has returned; its outcome is still queued
    job.cancel()
    qtbot.waitUntil(lambda: bool(got))
    assert got == [JobSucceeded("selesai")]


def test_cancel_mid_job_gives_canceled_and_no_result(qtbot, owner) -> None:
    runner = JobRunner(owner)
    started = threading.Event()
    calls = {"succeeded": 0, "canceled": 0}
    got = []

    def work(report, cancel: threading.Event):
        started.set()
        assert cancel.wait(10)  # a long job that checks its cancel event
        raise Canceled()

    job = runner.start(
        work,
        on_succeeded=lambda _r: calls.update(succeeded=calls["succeeded"] + 1),
        on_canceled=lambda: calls.update(canceled=calls["canceled"] + 1),
        on_finished=got.append,
    )
    assert started.wait(10)
    job.cancel()
    qtbot.waitUntil(lambda: bool(got))
    assert got == [JobCanceled()] and calls == {"succeeded": 0, "canceled": 1}


def test_a_job_canceled_before_it_ran_never_runs(qtbot, owner) -> None:
    runner = JobRunner(owner)
    gate = threading.Event()
    blockers = [runner.start(lambda _r, _c: gate.wait(10)) for _ in range(MAX_THREADS)]
    ran = threading.Event()
    got = []
    queued = runner.start(lambda _r, _c: ran.set(), on_finished=got.append)
    queued.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10_000)
    assert got == [JobCanceled()] and not ran.is_set()
    assert len(blockers) == MAX_THREADS


def test_exceptions_become_failed_with_a_kilas_error(qtbot, owner) -> None:
    runner = JobRunner(owner)
    errors = []

    def broken(_r, _c):
        raise ValueError("angka rusak")

    def refused(_r, _c):
        raise KilasError("Berkas bukan gambar.", "The file is not a picture.")

    outcomes = []
    runner.start(broken, on_failed=errors.append, on_finished=outcomes.append)
    runner.start(refused, on_failed=errors.append, on_finished=outcomes.append)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=10_000)
    assert all(isinstance(o, JobFailed) for o in outcomes)
    assert all(isinstance(e, KilasError) for e in errors) and len(errors) == 2
    messages = sorted(e.message("en") for e in errors)
    assert messages[0] == "The file is not a picture."
    assert "angka rusak" in messages[1] and messages[1].startswith("Unexpected error")


def test_progress_arrives_on_the_gui_thread_before_the_outcome(qtbot, owner) -> None:
    runner = JobRunner(owner)
    seen = []

    def work(report, _cancel):
        for i in range(5):
            report(i / 4, f"langkah {i}")
        return "ok"

    gui = threading.current_thread()
    runner.start(
        work,
        on_progress=lambda f, label: seen.append((f, label, threading.current_thread() is gui)),
        on_finished=lambda o: seen.append(o),
    )
    qtbot.waitUntil(lambda: not runner.busy())
    assert seen[:-1] == [(i / 4, f"langkah {i}", True) for i in range(5)]
    assert seen[-1] == JobSucceeded("ok")


def test_one_bounded_pool_however_many_runners(qtbot, owner) -> None:
    shared_pool().waitForDone(10_000)
    runners = [JobRunner(owner) for _ in range(12)]
    lock = threading.Lock()
    active = {"now": 0, "most": 0}
    gate = threading.Event()

    def work(_r, _c):
        with lock:
            active["now"] += 1
            active["most"] = max(active["most"], active["now"])
        gate.wait(10)
        with lock:
            active["now"] -= 1

    for runner in runners:
        for _ in range(3):
            runner.start(work)
    qtbot.waitUntil(lambda: active["now"] == MAX_THREADS, timeout=10_000)
    assert shared_pool().activeThreadCount() == MAX_THREADS
    gate.set()
    qtbot.waitUntil(lambda: not any(r.busy() for r in runners), timeout=10_000)
    assert active["most"] == MAX_THREADS
    assert shared_pool().maxThreadCount() == MAX_THREADS


def test_a_destroyed_owner_drops_its_pending_callbacks(qtbot, qapp) -> None:
    owner = QObject()
    runner = JobRunner(owner)
    gate = threading.Event()
    called = []
    runner.start(lambda _r, _c: gate.wait(10), on_finished=called.append)
    job = runner.start(lambda _r, _c: gate.wait(10) and "x", on_finished=called.append)
    del runner
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    gate.set()
    assert job.returned.wait(10)
    shared_pool().waitForDone(10_000)
    qapp.processEvents()
    assert called == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
