"""Runs the render queue: N jobs in parallel, each in a worker process.

`QueueRunner` is plain Python (the CLI uses it as is); `QueueController` wraps it for the
GUI on a background thread and re-emits its events as Qt signals. Worker processes stay
alive between jobs (no per-job start-up cost); a worker that crashes or is killed is
replaced and its job goes back to the queue (or fails after too many attempts).

Several runners may share one queue (a team's render farm: `kilas-cli worker` on each
computer, and every Kilas window): each one heartbeats its own jobs and, every few seconds,
puts back in the queue the jobs of runners that went silent, so a computer that died or lost
the network loses its jobs to the others after `stale_after_s`.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QObject, Signal

from app.core.errors import KilasError
from app.core.machine import machine_name
from app.media.child_process import kill_tree, read_messages, send_request, spawn_child
from app.services.batch_sheet import BatchSheetService
from app.services.context import AppContext
from app.services.render_outputs import remove_staging
from app.services.render_queue import (
    CANCELED,
    FAILED,
    QUEUED,
    STALE_AFTER_S,
    RenderQueue,
    remove_dead_worker_caches,
    runner_id,
)

MAX_SPAWN_FAILURES = 3
TEAM_WATCH_S = 2.0  # how often a team's queue view looks at what the other computers did


def default_parallel_jobs(cpu_count: int | None = None) -> int:
    """x264 already uses every core; two jobs hide each other's single-threaded phases
    (probing, painting, loudness analysis). More than 4 only costs memory."""
    cpus = cpu_count or os.cpu_count() or 1
    return 1 if cpus < 2 else min(4, max(2, cpus // 2))


class JobEventKind(StrEnum):
    """What happened to a job (or to the queue, with job_id 0)."""

    QUEUED = "queued"  # added to the queue (through QueueController.add)
    STARTED = "started"
    PROGRESS = "progress"
    DONE = "done"
    FAILED = "failed"
    REQUEUED = "requeued"  # back in the queue: its worker died, or the runner stopped
    TAKEN_OVER = "taken_over"  # this runner lost the job: its heartbeat was late, another took it
    CHANGED = "changed"  # another computer changed it (a team queue): read it again
    CANCELED = "canceled"
    PAUSED = "paused"  # the disk filled up: the queue paused with this job waiting
    ERROR = "error"  # a problem of the queue itself (workers cannot start, batch ZIP)


@dataclass
class JobEvent:
    job_id: int
    kind: JobEventKind
    progress: float = 0.0
    remaining_s: float | None = None
    label: str = ""
    message: str = ""
    result: dict[str, Any] = field(default_factory=dict)


class WorkerProcess:
    """One render worker child and the thread reading its messages."""

    def __init__(self, ctx: AppContext, log_path: Path, events: queue.Queue) -> None:
        self.log: IO[bytes] = log_path.open("ab")
        self.proc = spawn_child(
            "render-worker",
            *ctx.workspace.child_args(),  # the same workspace, single-user or team
            "--lang",
            ctx.language,
            "--machine",
            machine_name(),  # its part files carry the runner's machine
            env={**os.environ, **ctx.workspace.child_env()},
            stderr=self.log,
        )
        self.job_id: int | None = None
        self.output_path: Path | None = None  # the running job's, on this computer
        self.ready = False
        self.killed_for_cancel = False
        self.started_mono = 0.0
        self.progress = 0.0
        self._events = events
        threading.Thread(target=self._read, daemon=True).start()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for message in read_messages(self.proc.stdout):
            self._events.put(("msg", self, message))
        self.proc.wait()
        self._events.put(("exit", self, None))

    def run_job(self, job_id: int, runner: str, output_path: Path) -> None:
        self.job_id, self.started_mono, self.progress = job_id, time.monotonic(), 0.0
        self.output_path = output_path
        if not send_request(self.proc, "run", job=job_id, runner=runner):
            raise OSError(f"render worker {self.pid} is gone")

    def remaining_s(self) -> float | None:
        if self.progress < 0.01:
            return None
        elapsed = time.monotonic() - self.started_mono
        return max(0.0, elapsed * (1.0 - self.progress) / self.progress)

    def kill(self) -> None:
        kill_tree(self.proc, wait_s=0)

    def remove_staging(self) -> None:
        """This worker's staging file of its job (never another attempt's)."""
        if self.job_id is not None and self.output_path is not None:
            remove_staging(self.output_path, self.job_id, self.pid)

    def quit(self, timeout_s: float = 5.0) -> None:
        send_request(self.proc, "quit")
        try:
            with contextlib.suppress(OSError):
                self.proc.stdin.close()
            self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            kill_tree(self.proc)
        self.log.close()


class QueueRunner:
    """Claims queued jobs and runs them in worker processes until stopped (or idle)."""

    def __init__(
        self,
        ctx: AppContext,
        jobs: int | None = None,
        on_event: Callable[[JobEvent], None] | None = None,
        heartbeat_s: float = 1.0,
        stale_after_s: float = STALE_AFTER_S,
    ) -> None:
        self.ctx = ctx
        self.queue = ctx.service(RenderQueue)
        configured = int(ctx.setting("render_parallel_jobs") or 0)
        self.jobs = max(1, int(jobs or configured or default_parallel_jobs()))
        self.on_event = on_event or (lambda _e: None)
        self.heartbeat_s = heartbeat_s
        self.stale_after_s = stale_after_s
        # How often to look for jobs of silent runners: a few times per timeout, so a job
        # is taken over at most a quarter timeout late.
        self.recover_every_s = max(heartbeat_s, min(stale_after_s / 4, 10.0))
        self.me = runner_id()
        self.workers: list[WorkerProcess] = []
        self._events: queue.Queue = queue.Queue()
        self._stop = threading.Event()  # claim nothing more; end when the running jobs end
        self._stop_now = threading.Event()  # end at once: running jobs go back to the queue
        self._spawn_failures = 0
        self.recovered: list[int] = []
        self._zip_requests: queue.Queue[tuple[int, int] | None] = queue.Queue()
        self._zipper: threading.Thread | None = None
        self.zipped_batches: set[int] = set()  # batches whose ZIP this runner wrote

    # Control (thread-safe) ----------------------------------------------------------------
    def request_stop(self, now: bool = False) -> None:
        """Take no more jobs and end when the running ones end; with `now`, end at once and
        give the running jobs back to the queue (their renders are killed)."""
        self.request_stop_from_signal(now)
        self._events.put(("poke", None, None))

    def request_stop_from_signal(self, now: bool = False) -> None:
        """request_stop for a signal handler: only the flags (putting into the event queue
        there could deadlock on the queue's lock); the loop looks at them 4 times a second."""
        self._stop.set()
        if now:
            self._stop_now.set()

    def poke(self) -> None:
        """Look at the queue now (after a cancel, a new job, a resume)."""
        self._events.put(("poke", None, None))

    def live(self) -> dict[int, tuple[float, float | None]]:
        """job id -> (progress, remaining seconds) of the jobs running now."""
        return {w.job_id: (w.progress, w.remaining_s()) for w in list(self.workers) if w.job_id}

    # Loop -------------------------------------------------------------------------------
    def run(self, until_idle: bool = True) -> None:
        """Recover crashed jobs, then run. With until_idle, return when nothing is left to
        do (queue empty or paused); otherwise run until request_stop()."""
        self.recovered = self.queue.recover(self.stale_after_s)
        remove_dead_worker_caches(self.ctx.workspace.cache_dir)
        self.queue.prepare_for_workers()
        for job_id in self.recovered:
            self._emit(JobEvent(job_id, JobEventKind.REQUEUED))
        last_beat = 0.0
        last_recovery = time.monotonic()
        try:
            while True:
                if not self._stop.is_set():
                    self._fill_slots()
                if self._stop_now.is_set():
                    break  # _shutdown gives the running jobs back
                busy = [w for w in self.workers if w.job_id]
                broken = self._spawn_failures >= MAX_SPAWN_FAILURES
                if not busy and (
                    self._stop.is_set() or broken or (until_idle and not self._has_work())
                ):
                    break
                try:
                    item = self._events.get(timeout=0.25)
                except queue.Empty:
                    item = None
                while item is not None:
                    self._handle(*item)
                    try:
                        item = self._events.get_nowait()
                    except queue.Empty:
                        item = None
                if time.monotonic() - last_beat >= self.heartbeat_s:
                    last_beat = time.monotonic()
                    self._heartbeat()
                if time.monotonic() - last_recovery >= self.recover_every_s:
                    last_recovery = time.monotonic()
                    self._take_over_silent_jobs()
        finally:
            self._shutdown()
            self._finish_zips()
            remove_dead_worker_caches(self.ctx.workspace.cache_dir)

    def _has_work(self) -> bool:
        return not self.queue.is_paused() and bool(self.queue.counts().get(QUEUED))

    def _fill_slots(self) -> None:
        while sum(1 for w in self.workers if w.job_id) < self.jobs:
            if self._spawn_failures >= MAX_SPAWN_FAILURES:
                return
            job = self.queue.claim(self.me)
            if job is None:
                return
            worker = next((w for w in self.workers if not w.job_id), None) or self._spawn()
            try:
                worker.run_job(job.id, self.me, Path(job.output_path))
            except OSError:  # it died while idle: its exit event follows; try another
                worker.job_id = None
                self.workers.remove(worker)
                worker.kill()
                self.queue.release(job.id, self.me)
                continue
            self._emit(JobEvent(job.id, JobEventKind.STARTED, label=job.project_title))

    def _spawn(self) -> WorkerProcess:
        log = self.ctx.workspace.cache_dir / f"render-worker-{len(self.workers) % 8}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        worker = WorkerProcess(self.ctx, log, self._events)
        self.workers.append(worker)
        return worker

    def _handle(self, kind: str, worker: WorkerProcess | None, msg: dict[str, Any] | None) -> None:
        if kind == "exit":
            self._on_exit(worker)
            return
        if kind != "msg" or worker is None or msg is None:
            return
        if msg["type"] == "ready":
            worker.ready = True
            self._spawn_failures = 0
            return
        job_id = msg.get("job")
        if job_id is None or job_id != worker.job_id:
            return  # a late message from a job we already gave up on
        if msg["type"] == "progress":
            worker.progress = max(0.0, min(1.0, float(msg["fraction"])))
            self._emit(
                JobEvent(
                    job_id,
                    JobEventKind.PROGRESS,
                    worker.progress,
                    worker.remaining_s(),
                    msg.get("label", ""),
                )
            )
        elif msg["type"] == "result":
            worker.job_id = None
            if self.queue.finish(job_id, self.me, msg["result"]):
                self._emit(JobEvent(job_id, JobEventKind.DONE, 1.0, 0.0, result=msg["result"]))
                self._after_job(job_id)
        elif msg["type"] == "error":
            worker.job_id = None
            text = msg["message_en"] if self.ctx.language == "en" else msg["message_id"]
            if msg.get("taken_over"):  # not ours any more: its new runner reports on it
                self._emit(JobEvent(job_id, JobEventKind.TAKEN_OVER, message=text))
                return
            if msg.get("disk_full"):
                # Not the job's fault: it waits in the queue, and the queue pauses until
                # the user has made room and resumes.
                self.queue.pause()
                self.queue.release(job_id, self.me, error=text)
                self._emit(JobEvent(job_id, JobEventKind.PAUSED, message=text))
                return
            status = self.queue.fail(job_id, self.me, text, retry=False)
            self._emit(
                JobEvent(
                    job_id,
                    JobEventKind.FAILED if status == FAILED else JobEventKind.REQUEUED,
                    message=text,
                )
            )
            self._after_job(job_id)

    def _on_exit(self, worker: WorkerProcess | None) -> None:
        if worker is None:
            return
        if worker not in self.workers:  # one we already gave up on (canceled)
            worker.log.close()
            return
        self.workers.remove(worker)
        worker.log.close()
        job_id, worker.job_id = worker.job_id, None
        if not worker.ready:
            self._spawn_failures += 1
        if job_id is None or worker.killed_for_cancel:
            if self._spawn_failures >= MAX_SPAWN_FAILURES:
                self._emit(
                    JobEvent(
                        0,
                        JobEventKind.ERROR,
                        message=self.ctx.msg(
                            "Proses render tidak bisa dijalankan; lihat log di folder cache.",
                            "The render process cannot start; see the log in the cache folder.",
                        ),
                    )
                )
            return
        if worker.output_path is not None:
            remove_staging(worker.output_path, job_id, worker.pid)
        text = self.ctx.msg(
            f"Proses render berhenti mendadak (kode {worker.proc.returncode}).",
            f"The render process stopped abruptly (code {worker.proc.returncode}).",
        )
        status = self.queue.fail(job_id, self.me, text, retry=True)
        self._emit(
            JobEvent(
                job_id,
                JobEventKind.REQUEUED if status == QUEUED else JobEventKind.FAILED,
                message=text,
            )
        )
        self._after_job(job_id)

    def _heartbeat(self) -> None:
        for worker in list(self.workers):
            if worker.job_id is None:
                continue
            if not self.queue.heartbeat(worker.job_id, self.me, worker.progress):
                # Canceled by the user, or taken over by another runner after our heartbeat
                # was late: either way its render stops here (cancel is a kill) and only
                # this worker's own staging file goes.
                job_id = worker.job_id
                worker.killed_for_cancel = True
                worker.kill()
                worker.remove_staging()
                worker.job_id = None
                self.workers.remove(worker)  # never hand it another job
                if self.queue.get(job_id).status == CANCELED:
                    self._emit(JobEvent(job_id, JobEventKind.CANCELED))
                    self._after_job(job_id)
                else:
                    self._emit(
                        JobEvent(
                            job_id,
                            JobEventKind.TAKEN_OVER,
                            message=self.ctx.msg(
                                "Tugas ini diambil alih pekerja lain.",
                                "Another worker took this job over.",
                            ),
                        )
                    )

    def _take_over_silent_jobs(self) -> None:
        """Jobs of runners that died or went silent (on any machine) back into the queue;
        the next _fill_slots of some runner (perhaps this one) claims them."""
        for job_id in self.queue.recover(self.stale_after_s):
            self._emit(JobEvent(job_id, JobEventKind.REQUEUED))

    def _after_job(self, job_id: int) -> None:
        """Hand the job's batch to the ZIP thread: writing a big ZIP here would stop the
        heartbeats (and so look like a dead runner) and delay every other job's events."""
        batch_id = self.queue.get(job_id).batch_id
        if batch_id is not None:
            if self._zipper is None:
                self._zipper = threading.Thread(
                    target=self._write_zips, name="kilas-batch-zip", daemon=True
                )
                self._zipper.start()
            self._zip_requests.put((job_id, batch_id))

    def _write_zips(self) -> None:
        """On its own thread: each batch's ZIP once none of its jobs is left to run."""
        batches = self.ctx.service(BatchSheetService)
        while True:
            request = self._zip_requests.get()
            pending = [request]
            while not self._zip_requests.empty():  # several jobs of one batch ended at once
                pending.append(self._zip_requests.get_nowait())
            done: set[int] = set()
            for item in pending:
                if item is None:
                    continue
                job_id, batch_id = item
                if batch_id in done:
                    continue
                done.add(batch_id)
                try:
                    if batches.finish_batch_if_complete(batch_id) is not None:
                        self.zipped_batches.add(batch_id)
                except Exception as exc:  # a ZIP problem must not stop the other renders
                    text = (
                        exc.message(self.ctx.language) if isinstance(exc, KilasError) else str(exc)
                    )
                    self._emit(JobEvent(job_id, JobEventKind.ERROR, message=text))
            if None in pending:
                return

    def _finish_zips(self) -> None:
        if self._zipper is not None:
            self._zip_requests.put(None)
            self._zipper.join()
            self._zipper = None

    def _shutdown(self) -> None:
        busy = [w for w in self.workers if w.job_id]
        for worker in busy:  # first stop every render, then tell the database
            worker.kill()
        for worker in list(self.workers):
            if worker in busy:
                job_id = worker.job_id
                worker.proc.wait()
                worker.remove_staging()
                try:
                    self.queue.release(job_id, self.me)
                except KilasError:
                    # The server may be why we stop (unreachable): the job goes back to the
                    # queue when another runner finds its heartbeat silent.
                    continue
                self._emit(JobEvent(job_id, JobEventKind.REQUEUED))
            else:
                worker.quit()
        self.workers.clear()

    def _emit(self, event: JobEvent) -> None:
        with contextlib.suppress(Exception):  # a listener bug must not kill the queue
            self.on_event(event)


class QueueController(QObject):
    """The GUI's handle on the queue: a QueueRunner on a background thread, with signals.

    One per AppContext (`ctx.service(QueueController)`); start() recovers crashed jobs.

    In a team workspace other computers run and change jobs too: watch() reads the states of
    all jobs every TEAM_WATCH_S on a thread of its own and announces each job that changed,
    and that this process's runner did not report itself, as a CHANGED event (job 0: the
    queue was paused or resumed).
    """

    job_event = Signal(object)  # JobEvent: everything about jobs (their messages included)
    running_changed = Signal(bool)
    message = Signal(str)  # the runner itself failed (not a job)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = ctx.service(RenderQueue)
        self.jobs: int | None = None
        self._runner: QueueRunner | None = None
        self._thread: threading.Thread | None = None
        self._watch: threading.Thread | None = None
        self._watch_stop = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def parallel_jobs(self) -> int:
        return (
            self._runner.jobs
            if self._runner
            else int(
                self.jobs or self.ctx.setting("render_parallel_jobs") or default_parallel_jobs()
            )
        )

    def start(self) -> None:
        self.watch()
        if self.running or self.ctx.read_only:
            return
        self._runner = QueueRunner(self.ctx, self.jobs, self._on_event)
        self._thread = threading.Thread(target=self._run, name="kilas-render-queue", daemon=True)
        self._thread.start()
        self.running_changed.emit(True)

    def _run(self) -> None:
        assert self._runner is not None
        try:
            self._runner.run(until_idle=False)
        except Exception as exc:  # reported, never raised into Qt
            self.message.emit(str(exc))
        self.running_changed.emit(False)

    def stop(self, timeout_s: float = 10.0) -> None:
        """Stop the runner; running jobs are killed and go back to the queue (at once: in
        a team, another computer may take them without waiting for a heartbeat timeout)."""
        self._watch_stop.set()
        if self._runner is not None:
            self._runner.request_stop(now=True)
        if self._thread is not None:
            self._thread.join(timeout_s)
        self._thread = None
        if self._watch is not None:
            self._watch.join(timeout_s)
            self._watch = None

    def watch(self) -> None:
        """In a team workspace, announce what the other computers do to the queue (once)."""
        if not self.ctx.workspace.team or (self._watch is not None and self._watch.is_alive()):
            return
        self._watch_stop.clear()
        self._watch = threading.Thread(
            target=self._watch_team, name="kilas-team-queue-watch", daemon=True
        )
        self._watch.start()

    def _watch_team(self) -> None:  # on its own thread: the GUI thread never waits for it
        mine = runner_id()  # every runner of this process claims under this name
        seen, paused = None, None
        while True:
            try:
                now, now_paused = self.queue.states(), self.queue.is_paused()
            except KilasError:  # the server is unreachable right now: look again later
                now, now_paused = seen, paused
            if seen is not None and now is not None:
                for job_id in sorted(seen.keys() | now.keys()):
                    before, after = seen.get(job_id), now.get(job_id)
                    if before != after and (after or before).claimed_by != mine:
                        self.job_event.emit(JobEvent(job_id, JobEventKind.CHANGED))
                if now_paused != paused:
                    self.job_event.emit(JobEvent(0, JobEventKind.CHANGED))
            seen, paused = now, now_paused
            if self._watch_stop.wait(TEAM_WATCH_S):
                return

    def set_parallel_jobs(self, n: int) -> None:
        self.jobs = max(1, int(n))
        if self._runner is not None:
            self._runner.jobs = self.jobs
            self._runner.poke()

    def poke(self) -> None:
        if self._runner is not None:
            self._runner.poke()

    def live(self) -> dict[int, tuple[float, float | None]]:
        return self._runner.live() if self._runner is not None and self.running else {}

    def add(self, project_ids: list[int], **options: Any) -> list[int]:
        """Queue jobs (RenderQueue.add's options), announce them and run the queue: the
        Render screen and the queue panel add work only through here."""
        ids = self.queue.add(project_ids, **options)
        for job_id in ids:
            self.job_event.emit(JobEvent(job_id, JobEventKind.QUEUED))
        self.start()
        self.poke()
        return ids

    def cancel(self, job_id: int) -> str:
        """Cancel a job. A running one is killed by the runner (which then reports
        CANCELED); a queued one never started, so the event is sent from here."""
        previous = self.queue.cancel(job_id)
        if previous == QUEUED:
            self.job_event.emit(JobEvent(job_id, JobEventKind.CANCELED))
        self.poke()
        return previous

    def _on_event(self, event: JobEvent) -> None:  # on the runner thread
        self.job_event.emit(event)  # queued to the GUI thread's slots
