"""A render worker process: `python -m app.workers.render_worker --workspace DIR [--fn M:F]`.

It stays alive for many jobs (no per-job start-up cost) and talks JSON lines:
  stdin  {"job": ID}                  run that job
  stdout {"ready": PID}               once, when the imports are done
         {"job": ID, "progress": F, "label": S}
         {"job": ID, "done": {...}}   result (output_path, size_bytes, wall_s, ...)
         {"job": ID, "failed": {"id": S, "en": S, "disk_full": B}}
A crash or a kill cannot take the GUI down; cancel is a kill of the worker's process group
(which also stops its ffmpeg). When the runner dies (stdin closes), the worker ends itself
and its children, so no orphan keeps writing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import signal
import sys
import threading
import traceback
from pathlib import Path
from typing import IO, Any


def _killpg_self() -> None:
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(os.getpgid(0), signal.SIGKILL)
    os._exit(3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="render_worker")
    parser.add_argument("--workspace", required=True, type=Path)
    parser.add_argument("--fn", default="")
    parser.add_argument("--lang", default="id")
    args = parser.parse_args(argv)

    # Keep the protocol channel private: anything else printing to stdout (a library, a
    # child process) goes to stderr instead.
    out: IO[str] = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    lock = threading.Lock()

    def send(msg: dict[str, Any]) -> None:
        with lock:
            out.write(json.dumps(msg, ensure_ascii=False, default=str) + "\n")
            out.flush()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.core.errors import DiskFull, KilasError
    from app.services.render_job import DEFAULT_RENDER_TARGET, execute_job, load_target
    from app.services.render_queue import RenderQueue, open_worker_context

    target = args.fn or DEFAULT_RENDER_TARGET
    ctx = open_worker_context(args.workspace, args.lang)
    render_fn = load_target(target)

    commands: queue.Queue[dict[str, Any] | None] = queue.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            line = line.strip()
            if line:
                commands.put(json.loads(line))
        # The runner is gone: end now, with our ffmpeg children.
        _killpg_self()

    threading.Thread(target=read_stdin, daemon=True).start()
    send({"ready": os.getpid()})
    rq = RenderQueue(ctx)
    while True:
        cmd = commands.get()
        if cmd is None or cmd.get("quit"):
            return 0
        job_id = int(cmd["job"])
        cancel = threading.Event()
        try:
            job = rq.get(job_id)
            result = execute_job(
                ctx,
                job,
                render_fn,
                lambda f, label="", _id=job_id: send(
                    {"job": _id, "progress": float(f), "label": label}
                ),
                cancel,
            )
            send({"job": job_id, "done": result})
        except KilasError as exc:
            send(
                {
                    "job": job_id,
                    "failed": {
                        "id": exc.message_id,
                        "en": exc.message_en,
                        "disk_full": isinstance(exc, DiskFull),
                    },
                }
            )
        except Exception as exc:  # report, then carry on with the next job
            detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            traceback.print_exc()
            send(
                {
                    "job": job_id,
                    "failed": {
                        "id": f"Kesalahan tak terduga: {detail}",
                        "en": f"Unexpected error: {detail}",
                        "disk_full": False,
                    },
                }
            )


if __name__ == "__main__":
    sys.exit(main())
