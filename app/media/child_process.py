"""The one way Kilas starts, talks to and stops its child processes.

Every child the app starts (the render worker, the Whisper transcriber, ffmpeg) leads a
process group of its own, and what a Kilas child starts in turn (its ffmpeg decoder or
encoder) stays in that group, so one kill takes the whole tree. On Linux a child also dies
with its parent (PR_SET_PDEATHSIG), so a crashed app never leaves ffmpeg writing on; a
child whose parent closes its stdin ends itself and its own children (`MessageChannel`).

Kilas's own children are started through `child_command(role)`: from a checkout or a wheel
that is `python -m app --kilas-child ROLE`; inside a frozen bundle (PyInstaller) there is no
`python -m`, so it is the frozen executable itself with the same arguments. `app.main.run`
dispatches `--kilas-child ROLE` before anything else (as multiprocessing's freeze support
does). No PYTHONPATH or working-directory tricks: the child imports the same `app` package
its parent runs.

Protocol: one JSON object per line on the child's stdout, each with a `type` ("progress",
"result", "error", "log" or a role's own types). The child side (`MessageChannel`) moves
stdout away from file descriptor 1 before any library is imported, so a stray print from
torch, tqdm or a C library lands on stderr and can never corrupt a message.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import IO, Any, NoReturn

CHILD_FLAG = "--kilas-child"


# Starting ---------------------------------------------------------------------------------
def child_command(role: str, *args: str) -> list[str]:
    """The command line that runs Kilas child `role` with `args`, frozen or not."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG, role, *args]
    return [sys.executable, "-m", "app", CHILD_FLAG, role, *args]


def group_popen_kwargs() -> dict[str, Any]:
    """Popen keyword arguments: a process group of its own (and, on Linux, death with us).

    Inside a Kilas child the new process stays in the child's group instead, so that the
    parent's one kill of that group also takes it (killing ffmpeg alone still works:
    `kill_tree` falls back to the process itself when it leads no group)."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    return {"start_new_session": not _in_child, "preexec_fn": _die_with_parent if _PRCTL else None}


def spawn_child(
    role: str,
    *args: str,
    env: dict[str, str] | None = None,
    stderr: int | IO[bytes] | None = None,
) -> subprocess.Popen:
    """Start Kilas child `role`: stdin and stdout are pipes (requests in, messages out).

    stderr goes to `stderr` (a file for a log or a crash tail; None: ours)."""
    child_env = dict(os.environ if env is None else env)
    child_env.setdefault("PYTHONIOENCODING", "utf-8")
    return subprocess.Popen(
        child_command(role, *args),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=stderr,
        env=child_env,
        **group_popen_kwargs(),
    )


def _load_prctl():
    if sys.platform != "linux":
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


# Resolved once here: the forked child runs only this call between fork and exec.
_PRCTL = _load_prctl()
_PR_SET_PDEATHSIG = 1
# True in a Kilas child (set by MessageChannel): it leads its own process group already.
_in_child = False


def _die_with_parent() -> None:
    if _PRCTL is not None:
        _PRCTL(_PR_SET_PDEATHSIG, signal.SIGKILL)


# Stopping ---------------------------------------------------------------------------------
def kill_tree(proc: subprocess.Popen, wait_s: float = 5.0) -> None:
    """Kill `proc` and everything it started, then reap it. Safe to call twice."""
    if proc.poll() is None:
        try:
            if sys.platform == "win32":
                subprocess.run(
                    ["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                    capture_output=True,
                    check=False,
                )
            elif os.getpgid(proc.pid) == proc.pid:
                os.killpg(proc.pid, signal.SIGKILL)
            else:  # started inside a Kilas child: it shares that child's group
                proc.kill()
        except (ProcessLookupError, PermissionError, OSError):
            with contextlib.suppress(OSError):
                proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=wait_s)


# Messages ---------------------------------------------------------------------------------
def encode_message(message_type: str, **fields: Any) -> bytes:
    """One protocol line: a JSON object with `type`, UTF-8, newline-terminated."""
    return (json.dumps({"type": message_type, **fields}, ensure_ascii=False) + "\n").encode("utf-8")


def decode_message(raw: bytes | str) -> dict[str, Any] | None:
    """The message on one line, or None for a line that is not a protocol message."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    text = text.strip()
    if not text.startswith("{"):
        return None
    try:
        message = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        return None
    return message


def read_messages(stream: IO[bytes]) -> Iterator[dict[str, Any]]:
    """The messages a child writes, until it closes its stdout (non-protocol lines skipped)."""
    for raw in stream:
        message = decode_message(raw)
        if message is not None:
            yield message


def send_request(proc: subprocess.Popen, message_type: str, **fields: Any) -> bool:
    """Write one message to the child's stdin; False when the child is already gone."""
    assert proc.stdin is not None
    try:
        proc.stdin.write(encode_message(message_type, **fields))
        proc.stdin.flush()
    except (BrokenPipeError, OSError, ValueError):
        return False
    return True


class MessageChannel:
    """The child's side: messages to the parent on the original stdout, requests from stdin.

    Create it first thing in the child: it points file descriptor 1 (and `sys.stdout`) at
    stderr, so only `send` writes to the parent's message pipe.
    """

    def __init__(self) -> None:
        global _in_child
        _in_child = True
        self._out = os.fdopen(os.dup(1), "wb", buffering=0)
        self._lock = threading.Lock()
        sys.stdout.flush()
        os.dup2(2, 1)
        sys.stdout = sys.stderr

    def send(self, message_type: str, **fields: Any) -> None:
        """Write one message (from any thread); a parent that is gone is not an error here."""
        line = encode_message(message_type, **fields)
        with self._lock, contextlib.suppress(BrokenPipeError, OSError):
            self._out.write(line)

    def progress(self, fraction: float, label: str = "", **fields: Any) -> None:
        self.send("progress", fraction=float(fraction), label=label, **fields)

    def requests(self) -> Iterator[dict[str, Any]]:
        """Messages from the parent on stdin; ends when the parent closes it (or dies)."""
        for raw in sys.stdin.buffer:
            message = decode_message(raw)
            if message is not None:
                yield message

    def serve(self) -> queue.Queue[dict[str, Any]]:
        """The parent's requests, read on a thread into a queue. The parent keeps our stdin
        open while it needs us: EOF means it quit or died, and we end at once with our own
        children (no orphan transcription or ffmpeg keeps running)."""
        requests: queue.Queue[dict[str, Any]] = queue.Queue()

        def read() -> None:
            try:
                for message in self.requests():
                    requests.put(message)
            finally:
                end_own_tree()

        threading.Thread(target=read, daemon=True).start()
        return requests


def exit_child(code: int) -> NoReturn:
    """End a Kilas child that has finished its work. Without interpreter shutdown: the
    request reader still blocks on stdin, which the parent keeps open until we are gone."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(code)


def end_own_tree(code: int = 3) -> NoReturn:
    """End this Kilas child now, with every process it started (its process group)."""
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    if _in_child and hasattr(os, "killpg") and os.getpgid(0) == os.getpid():
        with contextlib.suppress(OSError):
            os.killpg(0, signal.SIGKILL)
    os._exit(code)
