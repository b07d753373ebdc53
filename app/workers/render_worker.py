"""The render worker process (`--kilas-child render-worker --workspace DIR|URL --lang L
[--machine NAME]`).

It stays alive for many jobs (no per-job start-up cost) and speaks the child-process
protocol (app.media.child_process):
  in   {"type": "run", "job": ID, "runner": R}  run that job, claimed by runner R (the
                                      claim is checked before the video is published)
       {"type": "quit"}
  out  {"type": "ready", "pid": PID}  once, when the imports are done
       {"type": "progress", "job": ID, "fraction": F, "label": S}
       {"type": "result", "job": ID, "result": {...}}   (output_path, size_bytes, wall_s, ...)
       {"type": "error", "job": ID, "message_id": S, "message_en": S, "disk_full": B,
        "taken_over": B}
A crash or a kill cannot take the GUI down; cancel is a kill of the worker's process tree
(which also stops its ffmpeg). When the runner goes away (stdin closes), the worker ends
itself and its children, so no orphan keeps writing.
"""

from __future__ import annotations

import argparse
import os
import threading
import traceback
from pathlib import Path

from app.media.child_process import MessageChannel


def child_main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="render-worker")
    parser.add_argument("--workspace", required=True)  # a folder or a team database URL
    parser.add_argument("--media-root", type=Path, default=None)
    parser.add_argument("--local-dir", type=Path, default=None)
    parser.add_argument("--lang", default="id")
    parser.add_argument("--machine", default="")  # the runner's machine (its part files)
    options = parser.parse_args(args)
    channel = MessageChannel()  # first: nothing a library prints can reach the runner's pipe

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.core.errors import DiskFull, JobTakenOver, KilasError
    from app.core.machine import use_machine_name
    from app.services import render_job
    from app.services.render_queue import RenderQueue, open_worker_context

    if options.machine:
        use_machine_name(options.machine)
    ctx = open_worker_context(
        options.workspace, options.lang, options.media_root, options.local_dir
    )
    requests = channel.serve()
    channel.send("ready", pid=os.getpid())
    rq = RenderQueue(ctx)
    while True:
        request = requests.get()
        if request["type"] != "run":
            return 0
        job_id = int(request["job"])
        runner = str(request.get("runner") or "")
        try:
            result = render_job.execute_job(
                ctx,
                rq.get(job_id),
                render_job.default_render,
                lambda f, label="", _id=job_id: channel.progress(f, label, job=_id),
                threading.Event(),
                (lambda _id=job_id, _r=runner: rq.heartbeat(_id, _r)) if runner else None,
            )
            channel.send("result", job=job_id, result=result)
        except KilasError as exc:
            channel.send(
                "error",
                job=job_id,
                message_id=exc.message_id,
                message_en=exc.message_en,
                disk_full=isinstance(exc, DiskFull),
                taken_over=isinstance(exc, JobTakenOver),
            )
        except Exception as exc:  # report, then carry on with the next job
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            traceback.print_exc()
            channel.send(
                "error",
                job=job_id,
                message_id=f"Kesalahan tak terduga: {detail}",
                message_en=f"Unexpected error: {detail}",
                disk_full=False,
            )
