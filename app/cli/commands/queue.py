"""`queue add|list` and `worker`: the render queue from the command line, and a render farm.

    kilas-cli queue add PROJECT… [--preset P] [--quality Q] [--out DIR]   queue only
    kilas-cli queue list [--json]
    kilas-cli worker [--machine NAME] [--jobs N] [--heartbeat-timeout S]

With a team workspace (`--workspace postgresql://… --media-root DIR`) `worker` on any computer
takes jobs from the team's queue until stopped (SIGTERM: at once, its running renders go back
to the queue; Ctrl-C: after the running renders, or at once on a second Ctrl-C). A worker that dies or loses the network has its jobs taken over by
the others once its heartbeat has been silent for the timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

from app.cli.commands.batch import STATUS_TEXT
from app.cli.common import command, emit_json, language_from, open_context, say, warn
from app.core.presets import PRESET_ORDER, QUALITIES

MIN_HEARTBEAT_TIMEOUT_S = 2.0  # heartbeats come every second: less would take live jobs
RECONNECT_S = 5.0  # after the server became unreachable, try again this often


def register(sub) -> None:
    group = sub.add_parser("queue", help="antrean render / the render queue")
    leaves = group.add_subparsers(dest="queue_command", metavar="SUBCOMMAND")
    leaves.required = True
    p = command(
        leaves,
        "add",
        "masukkan proyek ke antrean tanpa merender / queue projects without rendering",
        cmd_queue_add,
    )
    p.add_argument("projects", type=int, nargs="+", metavar="PROJECT")
    p.add_argument("--preset", choices=PRESET_ORDER, default="tiktok")
    p.add_argument("--quality", choices=QUALITIES, default="final")
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder keluaran (bawaan: renders/ di ruang kerja; di ruang kerja tim sebaiknya "
        "di dalam folder bersama) / output folder (default: the workspace's renders/)",
    )
    command(leaves, "list", "daftar tugas render / list render jobs", cmd_queue_list)

    p = command(
        sub,
        "worker",
        "render tugas dari antrean sampai dihentikan / render queued jobs until stopped",
        cmd_worker,
    )
    p.add_argument(
        "--machine",
        default="",
        metavar="NAME",
        help="nama komputer ini di antrean (bawaan: nama host) / this computer's name in the "
        "queue (default: the host name)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="render paralel di komputer ini / parallel renders on this computer",
    )
    p.add_argument(
        "--heartbeat-timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="ambil alih tugas pekerja yang diam selama ini (bawaan 120) / take over the jobs "
        "of a worker silent this long (default 120)",
    )


# queue add / list ---------------------------------------------------------------------------
def cmd_queue_add(args: argparse.Namespace) -> int:
    from app.core.errors import InvalidInput
    from app.services.render_queue import RenderQueue, in_shared_folder

    ctx = open_context(args)
    if ctx.read_only:
        raise InvalidInput(*ctx.workspace.read_only_message())
    out = args.out.expanduser().absolute() if args.out else None
    if out is not None and ctx.workspace.team and not in_shared_folder(out, ctx.workspace.root):
        warn(
            args,
            f"Peringatan: {out} di luar folder bersama {ctx.workspace.root}: videonya ditulis di "
            "komputer yang merendernya.",
            f"Warning: {out} is outside the shared folder {ctx.workspace.root}: the videos are "
            "written on whichever computer renders them.",
        )
    queue = ctx.service(RenderQueue)
    ids = queue.add(args.projects, preset=args.preset, quality=args.quality, out_dir=out)
    jobs = [queue.get(i) for i in ids]
    if args.json:
        emit_json([{"id": j.id, "project_id": j.project_id, "output": j.output_path} for j in jobs])
    else:
        for j in jobs:
            print(f"{j.id}\t{j.project_title}\t{j.output_path}", flush=True)
        say(
            args,
            f"{len(ids)} tugas masuk antrean (belum dirender: jalankan kilas-cli worker).",
            f"{len(ids)} jobs queued (not rendered yet: run kilas-cli worker).",
        )
    return 0


def job_dict(job) -> dict:
    return {
        "id": job.id,
        "status": job.status,
        "machine": job.machine,
        "project_id": job.project_id,
        "project": job.project_title,
        "preset": job.preset,
        "quality": job.quality,
        "output": job.output_path,
        "progress": round(job.progress, 3),
        "attempts": job.attempts,
        "error": job.error,
        "started_at": job.started_at.isoformat() if job.started_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }


def cmd_queue_list(args: argparse.Namespace) -> int:
    from app.services.render_queue import RenderQueue

    ctx = open_context(args)
    jobs = ctx.service(RenderQueue).jobs()
    if args.json:
        emit_json([job_dict(j) for j in jobs])
        return 0
    english = language_from(args) == "en"
    head = (
        ("ID", "Status", "Computer", "Progress", "Project", "Output")
        if english
        else ("ID", "Status", "Komputer", "Progres", "Proyek", "Keluaran")
    )
    rows = [head] + [
        (
            str(j.id),
            STATUS_TEXT.get(j.status, (j.status, j.status))[english],
            j.machine or "-",
            f"{int(j.progress * 100)}%" if j.status == "running" else "",
            j.project_title,
            j.output_path,
        )
        for j in jobs
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row[:5], widths, strict=True)) + "  " + row[5])
    if not jobs:
        say(args, "Antrean kosong.", "The queue is empty.")
    return 0


# worker -------------------------------------------------------------------------------------
class _Stop:
    """SIGTERM: stop now, the running renders go back to the queue. Ctrl-C: take no more jobs
    and end after the running ones; a second Ctrl-C stops now. Plain flags: a signal handler
    must not take a lock the main thread may hold (the runner looks at its flags 4 times a
    second)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.requested = False
        self.now = False
        self.runner = None

    def __call__(self, signum, _frame) -> None:
        self.now = self.now or signum != signal.SIGINT or self.requested
        if not self.requested and not self.now:
            text = (
                "Finishing the running renders; Ctrl-C again to stop now (they go back to the "
                "queue)."
                if language_from(self.args) == "en"
                else "Menyelesaikan render yang berjalan; Ctrl-C sekali lagi untuk berhenti "
                "sekarang (render itu kembali ke antrean)."
            )
            # One write call, not print: the main thread may be inside a print right now.
            os.write(sys.stderr.fileno(), (text + "\n").encode("utf-8"))
        self.requested = True
        if self.runner is not None:
            self.runner.request_stop_from_signal(now=self.now)


def cmd_worker(args: argparse.Namespace) -> int:
    from app.core.errors import InvalidInput, KilasError
    from app.core.machine import machine_name, use_machine_name
    from app.services.render_queue import STALE_AFTER_S, RenderQueue
    from app.workers.queue_runner import QueueRunner

    if args.machine:
        use_machine_name(args.machine)  # before connecting: the server shows it too
    timeout_s = STALE_AFTER_S if args.heartbeat_timeout is None else args.heartbeat_timeout
    if timeout_s < MIN_HEARTBEAT_TIMEOUT_S:
        raise InvalidInput(
            f"--heartbeat-timeout minimal {MIN_HEARTBEAT_TIMEOUT_S:g} detik.",
            f"--heartbeat-timeout must be at least {MIN_HEARTBEAT_TIMEOUT_S:g} seconds.",
        )
    if args.jobs is not None and args.jobs < 1:
        raise InvalidInput("--jobs minimal 1.", "--jobs must be at least 1.")
    stop = _Stop(args)
    previous = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        ctx = open_context(args)
        if ctx.read_only:
            raise InvalidInput(*ctx.workspace.read_only_message())
        me = machine_name()
        say(
            args,
            f"Pekerja render {me} siap: mengambil tugas dari {ctx.workspace.display_name} "
            "(Ctrl-C untuk berhenti).",
            f"Render worker {me} ready: taking jobs from {ctx.workspace.display_name} "
            "(Ctrl-C to stop).",
        )
        report = _reporter(args, ctx)
        queue = ctx.service(RenderQueue)
        outage = ""  # the message of the server problem we are waiting out
        while not stop.requested:
            try:
                if outage:
                    queue.counts()  # still unreachable: raises again
                    outage = ""
                    say(args, "Terhubung lagi ke server.", "Connected to the server again.")
                runner = QueueRunner(ctx, jobs=args.jobs, on_event=report, stale_after_s=timeout_s)
                stop.runner = runner
                if stop.requested:  # the signal came while the runner was being made
                    break
                runner.run(until_idle=False)
            except KilasError as exc:
                # The server went away (network, restart): this worker's renders were
                # stopped and their jobs go back to the queue, or to another worker after
                # the heartbeat timeout. Keep trying, as a farm machine should.
                if exc.message("en") != outage:
                    warn(args, *_unreachable(exc))
                outage = exc.message("en")
                _wait(stop, RECONNECT_S)
                continue
            break
        say(args, f"Pekerja render {me} berhenti.", f"Render worker {me} stopped.")
        return 0
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _unreachable(exc) -> tuple[str, str]:
    return (
        f"{exc.message('id')} Render yang berjalan dihentikan; mencoba lagi tiap "
        f"{RECONNECT_S:g} detik…",
        f"{exc.message('en')} The running renders were stopped; trying again every "
        f"{RECONNECT_S:g} seconds…",
    )


def _wait(stop: _Stop, seconds: float) -> None:
    """Wait up to `seconds`, ending early when a stop is requested (short steps: the flag is
    set from a signal handler, which must not be waited on with a lock)."""
    deadline = time.monotonic() + seconds
    while not stop.requested and time.monotonic() < deadline:
        time.sleep(0.2)


def _reporter(args: argparse.Namespace, ctx):
    """One line per job event that matters (JSON lines with --json)."""
    from app.core.errors import KilasError
    from app.services.render_queue import RenderQueue
    from app.workers.queue_runner import JobEventKind

    english = language_from(args) == "en"
    words = {
        JobEventKind.STARTED: ("mulai", "started"),
        JobEventKind.DONE: ("selesai", "done"),
        JobEventKind.FAILED: ("gagal", "failed"),
        JobEventKind.REQUEUED: ("kembali ke antrean", "back in the queue"),
        JobEventKind.TAKEN_OVER: ("diambil alih", "taken over"),
        JobEventKind.CANCELED: ("dibatalkan", "canceled"),
        JobEventKind.PAUSED: ("antrean dijeda", "queue paused"),
        JobEventKind.ERROR: ("galat", "error"),
    }
    queue = ctx.service(RenderQueue)

    def report(event) -> None:
        if event.kind not in words:
            return  # progress: the queue list shows it
        title = ""
        if event.job_id:
            try:
                title = queue.get(event.job_id).project_title
            except KilasError:
                title = ""
        if args.json:
            line = {"job": event.job_id, "event": str(event.kind), "project": title}
            if event.message:
                line["message"] = event.message
            if event.kind == JobEventKind.DONE:
                line["output"] = event.result.get("output_path", "")
            print(json.dumps(line, ensure_ascii=False), flush=True)
            return
        text = f"#{event.job_id} {title}: {words[event.kind][english]}"
        if event.message:
            text += f" — {event.message}"
        stream = sys.stderr if event.kind in (JobEventKind.FAILED, JobEventKind.ERROR) else None
        print(text, file=stream or sys.stdout, flush=True)

    return report
