"""The one way Kilas runs ffmpeg: find the executable, run it, turn its failures into errors.

- `ffmpeg_path(setting)`: the bundled imageio-ffmpeg binary, unless the user's `ffmpeg_path`
  setting (or $KILAS_FFMPEG) names another one.
- `run(args)`: to completion; stdout comes back as bytes (a PNG, raw audio), stderr as text
  (loudnorm's JSON, ebur128's summary).
- `run_with_progress(args, duration_s, report)`: long jobs; ffmpeg reports on
  `-progress pipe:1` and `report` gets the fraction of `duration_s` done, ending with 1.0.

Arguments never include the executable; graphs built with ffmpeg-python are compiled with
`compile(cmd=[])`. ffmpeg runs in a process group of its own (child_process) so `cancel`
(a threading.Event) kills it with everything it started and raises Canceled. A failure is
one of: DiskFull, MissingInput (names the file), FfmpegFailed (a sentence saying what went
wrong in words; ffmpeg's last lines are kept in `stderr_tail`, never shown raw).
"""

from __future__ import annotations

import collections
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import imageio_ffmpeg

from app.core.errors import Canceled, DiskFull, FfmpegFailed, FfmpegMissing, MissingInput
from app.core.progress import ProgressFn
from app.media.child_process import group_popen_kwargs, kill_tree

# How often a run with a cancel event looks at it while ffmpeg is quiet.
_CANCEL_POLL_S = 0.1
# stderr lines kept: enough for loudnorm's JSON and ebur128's summary at the end.
_STDERR_KEEP_LINES = 2000
_TAIL_LINES = 6


@dataclass(frozen=True)
class FfmpegResult:
    stdout: bytes  # empty for run_with_progress (stdout carries the progress reports)
    stderr: str
    wall_s: float
    peak_memory_mb: float | None  # of the ffmpeg process (POSIX), None when unknown


# Finding ffmpeg -----------------------------------------------------------------------------
def ffmpeg_path(override: str = "") -> str:
    """The ffmpeg to run: `override` (user setting), $KILAS_FFMPEG, or the bundled one."""
    candidate = override or os.environ.get("KILAS_FFMPEG", "")
    if candidate:
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if not found:
            raise FfmpegMissing(
                f"ffmpeg tidak ditemukan di {candidate}. Periksa pengaturan ffmpeg_path "
                "(kosongkan untuk memakai ffmpeg bawaan).",
                f"ffmpeg not found at {candidate}. Check the ffmpeg_path setting "
                "(leave it empty to use the bundled ffmpeg).",
            )
        return found
    return _bundled()


@lru_cache(maxsize=1)
def _bundled() -> str:
    try:
        return imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError as exc:  # the wheel has no binary for this platform
        raise FfmpegMissing(
            "ffmpeg bawaan (imageio-ffmpeg) tidak tersedia di komputer ini; isi pengaturan "
            "ffmpeg_path dengan ffmpeg lain.",
            "The bundled ffmpeg (imageio-ffmpeg) is not available on this computer; set "
            "ffmpeg_path to another ffmpeg.",
        ) from exc


# Running ------------------------------------------------------------------------------------
def run(
    args: Sequence[str], *, ffmpeg: str = "", cancel: threading.Event | None = None
) -> FfmpegResult:
    """Run ffmpeg with `args` to completion; raises DiskFull, MissingInput, Canceled or
    FfmpegFailed."""
    return _execute(list(args), ffmpeg, cancel, on_line=None)


def run_with_progress(
    args: Sequence[str],
    duration_s: float,
    report: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    label: str = "",
    *,
    ffmpeg: str = "",
) -> FfmpegResult:
    """Run a long ffmpeg job, reporting (fraction of `duration_s` written, label)."""

    def on_line(line: str) -> None:
        if report is None or duration_s <= 0 or not line.startswith("out_time_us="):
            return
        value = line.split("=", 1)[1]
        if value.lstrip("-").isdigit():  # "N/A" before the first frame
            report(min(max(int(value) / 1e6 / duration_s, 0.0), 1.0), label)

    progress_args = ["-nostats", "-progress", "pipe:1", "-stats_period", "0.5"]
    result = _execute([*progress_args, *args], ffmpeg, cancel, on_line)
    if report is not None:
        report(1.0, label)
    return result


def _execute(
    args: list[str],
    ffmpeg: str,
    cancel: threading.Event | None,
    on_line: Callable[[str], None] | None,
) -> FfmpegResult:
    cmd = [ffmpeg_path(ffmpeg), "-hide_banner", "-nostdin", *args]
    if cancel is not None and cancel.is_set():
        raise Canceled()
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            **group_popen_kwargs(),
        )
    except OSError as exc:
        raise FfmpegMissing(
            f"ffmpeg di {cmd[0]} tidak bisa dijalankan: {exc.strerror or exc}.",
            f"The ffmpeg at {cmd[0]} cannot be started: {exc.strerror or exc}.",
        ) from exc
    # stdout is read on one thread and handed over here (progress lines are reported on the
    # caller's thread); stderr is collected on another, so neither pipe can fill and block.
    events: queue.Queue[str | None] = queue.Queue()
    chunks: list[bytes] = []
    err_lines: collections.deque[str] = collections.deque(maxlen=_STDERR_KEEP_LINES)

    def pump_stdout() -> None:
        assert proc.stdout is not None
        if on_line is None:
            chunks.extend(iter(lambda: proc.stdout.read(1 << 16), b""))
        else:
            for raw in proc.stdout:
                events.put(raw.decode("utf-8", "replace").strip())
        events.put(None)

    def pump_stderr() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            err_lines.append(raw.decode("utf-8", "replace").rstrip())

    threads = [threading.Thread(target=f, daemon=True) for f in (pump_stdout, pump_stderr)]
    for thread in threads:
        thread.start()
    try:
        while True:
            if cancel is not None and cancel.is_set():
                raise Canceled()
            try:
                line = events.get(timeout=_CANCEL_POLL_S if cancel is not None else None)
            except queue.Empty:
                continue
            if line is None:
                break
            if on_line is not None:
                on_line(line)
    except BaseException:
        kill_tree(proc)
        raise
    code, peak_mb = _wait(proc)
    for thread in threads:
        thread.join()
    if code != 0:
        raise failure(args, list(err_lines))
    return FfmpegResult(b"".join(chunks), "\n".join(err_lines), time.monotonic() - started, peak_mb)


def _wait(proc: subprocess.Popen) -> tuple[int, float | None]:
    """Exit code and peak resident memory in MB (via wait4 where the OS has it)."""
    if hasattr(os, "wait4"):
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        except ChildProcessError:
            return proc.wait(), None
        proc.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is in kilobytes on Linux, bytes on macOS.
        divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
        return proc.returncode, usage.ru_maxrss / divisor
    return proc.wait(), None


# What went wrong ----------------------------------------------------------------------------
# ffmpeg states causes only as text (its AVERROR strings and the OS's strerror).
_DISK_FULL = ("No space left on device", "ENOSPC", "error code: -28", "Disk quota exceeded")
_NOT_FOUND = "No such file or directory"
_CAUSES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        (
            "Invalid data found when processing input",
            "moov atom not found",
            "could not find codec parameters",
            "Error while decoding",
        ),
        "{name} rusak atau bukan berkas video/audio yang bisa dibaca.",
        "{name} is damaged or is not a video or audio file that can be read.",
    ),
    (
        ("Permission denied", "Operation not permitted"),
        "Tidak ada izin untuk membuka {name}.",
        "No permission to open {name}.",
    ),
    (
        ("matches no streams", "does not contain any stream", "Output file is empty"),
        "{name} tidak punya gambar atau suara yang dibutuhkan.",
        "{name} has no picture or sound where one is needed.",
    ),
    (
        ("Unknown encoder", "Encoder not found", "No such filter", "Unrecognized option"),
        "ffmpeg ini tidak punya fitur yang dibutuhkan ({line}). Pakai ffmpeg bawaan "
        "(kosongkan pengaturan ffmpeg_path).",
        "This ffmpeg lacks a feature Kilas needs ({line}). Use the bundled ffmpeg "
        "(clear the ffmpeg_path setting).",
    ),
    (
        ("Cannot allocate memory",),
        "Memori komputer tidak cukup untuk ffmpeg. Tutup program lain lalu ulangi.",
        "Not enough memory for ffmpeg. Close other programs and try again.",
    ),
)
_LOG_PREFIX = re.compile(r"^\[[^\]]* @ (0x)?[0-9a-fA-F]+\]\s*")
_ERRNO = re.compile(r"\[Errno -?\d+\]\s*")
_NOISE = ("frame=", "size=", "Conversion failed", "Press [q]", "Input #", "Stream mapping")


def failure(
    args: Sequence[str], stderr_lines: Sequence[str]
) -> DiskFull | MissingInput | FfmpegFailed:
    """The typed error for an ffmpeg run with `args` that printed `stderr_lines` and failed."""
    text = "\n".join(stderr_lines)
    tail = "\n".join(list(stderr_lines)[-_TAIL_LINES:])
    if any(marker in text for marker in _DISK_FULL):
        return DiskFull.while_writing(_output_name(args, text))
    if _NOT_FOUND in text:
        missing = next((p for p in input_files(args) if not Path(p).exists()), None)
        if missing is not None:
            return MissingInput(missing)
        output = Path(_output_name(args, text))
        if not output.parent.is_dir():
            return FfmpegFailed(
                f"Folder {output.parent} tidak ada; hasil ffmpeg tidak bisa ditulis.",
                f"The folder {output.parent} does not exist; ffmpeg cannot write there.",
                tail,
            )
        return FfmpegFailed(
            f"{output} tidak bisa ditulis di sana.", f"{output} cannot be written there.", tail
        )
    for markers, message_id, message_en in _CAUSES:
        said = [line for line in stderr_lines if any(marker in line for marker in markers)]
        if said:
            line = _clean(said[0])[:200]
            # "Error opening output x.mp4: Permission denied" is about the output.
            about_output = "Error opening output" in said[0]
            name = Path(_output_name(args, text)).name if about_output else _input_name(args, text)
            return FfmpegFailed(
                message_id.format(name=name or "Berkas masukan", line=line),
                message_en.format(name=name or "The input file", line=line),
                tail,
            )
    line = _last_meaningful(stderr_lines)
    return FfmpegFailed(f"ffmpeg gagal: {line}", f"ffmpeg failed: {line}", tail)


def media_error_message(text: str, name: str) -> tuple[str, str]:
    """(Indonesian, English) for an ffmpeg/libav error text about the file `name`, e.g. the
    '[Errno 1094995529] Invalid data found when processing input' PyAV raises."""
    for markers, message_id, message_en in _CAUSES:
        if any(marker in text for marker in markers):
            line = _clean(text)
            return message_id.format(name=name, line=line), message_en.format(name=name, line=line)
    reason = _clean(text)
    return (
        f"{name} tidak bisa dibaca: {reason}",
        f"{name} cannot be read: {reason}",
    )


def input_files(args: Sequence[str]) -> list[str]:
    """The `-i` arguments that are files (not lavfi graphs, pipes or URLs)."""
    files, fmt = [], ""
    for i, arg in enumerate(args):
        if arg == "-f" and i + 1 < len(args):
            fmt = args[i + 1]
        elif arg == "-i" and i + 1 < len(args):
            value = args[i + 1]
            if fmt != "lavfi" and not re.match(r"^[a-z][a-z0-9+]+:", value):
                files.append(value)
            fmt = ""
    return files


def _input_name(args: Sequence[str], text: str) -> str:
    found = re.findall(r"Error opening input file (.+?)\.?$", text, re.M)
    if found:
        return Path(found[-1]).name
    files = input_files(args)
    return Path(files[0]).name if files else ""


def _output_name(args: Sequence[str], text: str) -> str:
    found = re.findall(r"Error opening output (?!files:)(?:file )?(.+?)(?::\s|\.$)", text, re.M)
    if found:
        return found[0]
    return args[-1] if args else "?"


def _clean(line: str) -> str:
    return _ERRNO.sub("", _LOG_PREFIX.sub("", line.strip())).strip()


def _last_meaningful(lines: Sequence[str]) -> str:
    for raw in reversed(lines):
        line = _clean(raw)
        if line and not line.startswith(_NOISE) and "Error opening input files" not in line:
            return line[:200]
    return "?"


# What this ffmpeg can do ----------------------------------------------------------------
@lru_cache(maxsize=4)
def capabilities(ffmpeg: str = "") -> dict[str, set[str]]:
    """Encoders and filters this ffmpeg has (for `doctor`)."""

    def listing(flag: str) -> list[list[str]]:
        out = run([flag], ffmpeg=ffmpeg).stdout.decode("utf-8", "replace")
        return [line.split() for line in out.splitlines()]

    # Encoder rows: "V....D libx264 ..."; filter rows: "TS scale V->V ...".
    encoders = {
        p[1] for p in listing("-encoders") if len(p) >= 2 and len(p[0]) == 6 and p[1] != "="
    }
    filters = {p[1] for p in listing("-filters") if len(p) >= 3 and "->" in p[2]}
    return {"encoders": encoders, "filters": filters}
