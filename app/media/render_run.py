"""Running the one ffmpeg render process: progress, cancel, atomic output.

The file is written beside its target as `<name>.part` (reserved exclusively, so two
renders never share it) and moved into place only when ffmpeg finished; an existing file
is never overwritten (the name gets -2, -3...). Cancel kills the process tree and removes
the part file; a full disk gives a clear error and leaves no partial file behind.
"""

from __future__ import annotations

import collections
import errno
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import Canceled, KilasError

ReportFn = Callable[[float, str], None]


class RenderFailed(KilasError):
    def __init__(self, message_id: str, message_en: str, stderr_tail: str = "") -> None:
        super().__init__(message_id, message_en)
        self.stderr_tail = stderr_tail


class DiskFull(RenderFailed, OSError):
    """Also an OSError with errno ENOSPC, so callers handling a full disk catch it."""

    def __init__(self, message_id: str, message_en: str, stderr_tail: str = "") -> None:
        super().__init__(message_id, message_en, stderr_tail)
        self.errno = errno.ENOSPC


class OutputExists(KilasError):
    pass


@dataclass(frozen=True)
class RunStats:
    wall_s: float
    peak_memory_mb: float | None  # of the ffmpeg process (POSIX), None when unknown


# Output naming --------------------------------------------------------------------------
def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def reserve_output(target: Path, overwrite: str = "suffix") -> tuple[Path, Path]:
    """(final path, reserved part file). overwrite: "suffix" (add -2, -3) or "refuse"."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    stem, suffix, n = target.stem, target.suffix, 2
    candidate = target
    while True:
        if candidate.exists():
            if overwrite == "refuse":
                raise OutputExists(
                    f"Berkas {candidate} sudah ada; tidak ditimpa.",
                    f"{candidate} already exists; it is not overwritten.",
                )
        else:
            part = part_path(candidate)
            try:
                # O_EXCL: a parallel render aiming at the same name takes the next one.
                os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
                return candidate, part
            except FileExistsError:
                pass
        candidate = target.with_name(f"{stem}-{n}{suffix}")
        n += 1


def publish(part: Path, target: Path) -> Path:
    """Move the finished part file into place without overwriting anything."""
    candidate, stem, suffix, n = target, target.stem, target.suffix, 2
    while True:
        try:
            os.link(part, candidate)  # fails if the name was taken meanwhile
            part.unlink()
            return candidate
        except FileExistsError:
            candidate = target.with_name(f"{stem}-{n}{suffix}")
            n += 1
        except OSError:  # no hard links (FAT, some network drives)
            if candidate.exists():
                candidate = target.with_name(f"{stem}-{n}{suffix}")
                n += 1
                continue
            os.replace(part, candidate)
            return candidate


def check_free_space(folder: Path, needed_bytes: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed_bytes:
        raise DiskFull(
            f"Ruang disk tidak cukup di {folder}: perlu sekitar {needed_bytes / 1e6:.0f} MB, "
            f"tersedia {free / 1e6:.0f} MB.",
            f"Not enough disk space in {folder}: about {needed_bytes / 1e6:.0f} MB needed, "
            f"{free / 1e6:.0f} MB free.",
        )


# Running --------------------------------------------------------------------------------
def popen_kwargs() -> dict:
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    # Its own process group (kill takes the whole tree); on Linux it also dies with us, so
    # a killed app or worker never leaves ffmpeg writing on.
    return {"start_new_session": True, "preexec_fn": _die_with_parent if _PRCTL else None}


def _load_prctl():
    if sys.platform != "linux":
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


# Resolved once here: the child runs only this call between fork and exec.
_PRCTL = _load_prctl()


def _die_with_parent() -> None:
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def kill_tree(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        if sys.platform == "win32":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True)
        else:
            os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, OSError):
        proc.kill()


def _wait(proc: subprocess.Popen) -> tuple[int, float | None]:
    """Exit code and peak resident memory in MB (via wait4 where the OS has it)."""
    if hasattr(os, "wait4"):
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in kilobytes on Linux, bytes on macOS.
            divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
            return proc.returncode, usage.ru_maxrss / divisor
        except ChildProcessError:
            pass
    return proc.wait(), None


def is_disk_full(stderr_text: str) -> bool:
    # ffmpeg reports ENOSPC only as text; this is the OS's own message, not ours.
    return "No space left on device" in stderr_text or "ENOSPC" in stderr_text


def run_with_progress(
    args: list[str],
    duration_s: float,
    report: ReportFn | None = None,
    cancel: threading.Event | None = None,
    label: str = "",
) -> RunStats:
    """Run ffmpeg with `-progress pipe:1`, reporting (fraction of the video done, label)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        **popen_kwargs(),
    )
    lines: queue.Queue[str | None] = queue.Queue()
    tail: collections.deque[str] = collections.deque(maxlen=40)

    def pump_stdout() -> None:
        for raw in proc.stdout:
            lines.put(raw.decode("utf-8", "replace").strip())
        lines.put(None)

    def pump_stderr() -> None:
        for raw in proc.stderr:
            tail.append(raw.decode("utf-8", "replace").rstrip())

    threads = [threading.Thread(target=f, daemon=True) for f in (pump_stdout, pump_stderr)]
    for t in threads:
        t.start()
    done = False
    try:
        while not done:
            if cancel is not None and cancel.is_set():
                kill_tree(proc)
                raise Canceled()
            try:
                line = lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                done = True
            elif line.startswith("out_time_us=") and report and duration_s > 0:
                try:
                    done_s = int(line.split("=", 1)[1]) / 1e6
                except ValueError:
                    continue
                fraction = min(max(done_s / duration_s, 0.0), 1.0)
                report(fraction, label)
    except BaseException:
        kill_tree(proc)
        proc.wait()
        raise
    code, peak_mb = _wait(proc)
    for t in threads:
        t.join(timeout=2)
    if cancel is not None and cancel.is_set():
        raise Canceled()
    if code != 0:
        text = "\n".join(tail)
        short = "\n".join(list(tail)[-6:])
        if is_disk_full(text):
            raise DiskFull(
                "Disk penuh saat merender. Kosongkan ruang disk lalu ulangi; tidak ada berkas "
                "setengah jadi yang ditinggalkan.",
                "The disk filled up during the render. Free some space and try again; no "
                "half-written file was left behind.",
                short,
            )
        raise RenderFailed(
            "ffmpeg gagal merender:\n" + short, "ffmpeg failed to render:\n" + short, short
        )
    if report:
        report(1.0, label)
    return RunStats(wall_s=time.monotonic() - started, peak_memory_mb=peak_mb)


def remaining_s(fraction: float, elapsed_s: float) -> float | None:
    """Seconds left, extrapolated from the time taken so far."""
    if fraction <= 0.01:
        return None
    return elapsed_s * (1 - fraction) / fraction


def run_to_file(
    args_for: Callable[[Path], list[str]],
    target: Path,
    duration_s: float,
    report: ReportFn | None = None,
    cancel: threading.Event | None = None,
    label: str = "",
    overwrite: str = "suffix",
    needed_bytes: int = 0,
) -> tuple[Path, RunStats]:
    """Render into `<target>.part` and move it into place; nothing is left on failure."""
    final, part = reserve_output(Path(target), overwrite)
    try:
        if needed_bytes:
            check_free_space(part.parent, needed_bytes)
        stats = run_with_progress(args_for(part), duration_s, report, cancel, label)
        if part.stat().st_size == 0:
            raise RenderFailed("ffmpeg tidak menulis apa pun.", "ffmpeg wrote nothing.")
        return publish(part, final), stats
    finally:
        if part.exists():
            part.unlink()
