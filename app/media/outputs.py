"""The one way Kilas writes a file the user asked for: beside the target, then into place.

Rules, the same for the GUI and the CLI:
- Nothing the user has is replaced silently. A target that exists is either refused with a
  clear message, or replaced because the user said so (a save dialog that asked, or the CLI's
  `--overwrite`), or, for renders, given a new name (-2, -3, …).
- A file appears at its final name only when it is complete: it is written as a hidden part
  file in the same folder (same disk, so the rename is atomic) and renamed at the end. A
  failure or a cancel removes the part file.
- Part files carry the computer's name (app.core.machine: a render worker's --machine, else
  the host name) and the writer's process id, so the leftovers of a killed writer on this
  computer are recognised and removed, and never hold a name that is free. A part of another
  computer is never judged by its process id here (that id means nothing on this computer):
  the render queue removes those of a job whose heartbeat stopped.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from app.core.errors import DiskFull, KilasError
from app.core.machine import machine_tag
from app.core.overwrite import Overwrite


class OutputExists(KilasError):
    pass


class OutputWriteFailed(KilasError):
    pass


def part_path(target: Path) -> Path:
    """The hidden part file for `target`, owned by this process on this computer.

    The suffix stays last so that tools which infer a format from the name still can."""
    target = Path(target)
    return target.with_name(f".{target.stem}.{machine_tag()}-{os.getpid()}.part{target.suffix}")


_PART_RE = re.compile(
    r"^\.(?P<stem>.+)\.(?P<host>[A-Za-z0-9_-]+)-(?P<pid>\d+)\.part(?P<suffix>.*)$"
)


def pid_alive(pid: int) -> bool:
    """Whether process `pid` on this computer still runs (a zombie, killed but not yet
    reaped by its parent, counts as ended)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        process_query_limited_information, still_active = 0x1000, 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ")[-1][:1] != "Z"
    except OSError:  # no /proc (macOS) or it ended just now
        return True


def stale_parts(folder: Path) -> list[Path]:
    """Part files in `folder` left by a writer on this computer that no longer runs."""
    found = []
    host = machine_tag()
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            match = _PART_RE.match(entry.name)
            if match and match["host"] == host and not pid_alive(int(match["pid"])):
                found.append(entry)
    return sorted(found)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Delete the leftovers of killed writers in `folder`; returns what was removed."""
    removed = []
    for part in stale_parts(folder):
        with contextlib.suppress(OSError):
            part.unlink()
            removed.append(part)
    return removed


def exists_message(target: Path) -> OutputExists:
    return OutputExists(
        f"Berkas {target} sudah ada; tidak ditimpa. Pilih nama lain atau izinkan menimpa "
        "(di baris perintah: --overwrite).",
        f"{target} already exists; it is not overwritten. Choose another name or allow "
        "replacing it (on the command line: --overwrite).",
    )


def _next_name(target: Path, n: int) -> Path:
    return target.with_name(f"{target.stem}-{n}{target.suffix}")


def reserve_output(target: Path, overwrite: Overwrite = Overwrite.REFUSE) -> tuple[Path, Path]:
    """(final path, part file) for writing `target` under the `overwrite` rule.

    The part file is created exclusively, so two writers never share one; leftovers of dead
    writers in the folder are removed first."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(target.parent)
    candidate, n = target, 2
    while candidate.exists() and overwrite != Overwrite.REPLACE:
        if overwrite == Overwrite.REFUSE:
            raise exists_message(candidate)
        candidate, n = _next_name(target, n), n + 1
    part = part_path(candidate)
    with contextlib.suppress(FileNotFoundError):
        part.unlink()  # our own, from an earlier attempt in this process
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    return candidate, part


def publish(part: Path, target: Path, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    """Move the finished part file to `target` under the `overwrite` rule; returns the name
    it got. A name taken meanwhile (another writer, the user) is never replaced unless the
    rule says so."""
    part, target = Path(part), Path(target)
    if overwrite == Overwrite.REPLACE:
        os.replace(part, target)
        return target
    candidate, n = target, 2
    while True:
        try:
            os.link(part, candidate)  # fails if the name was taken meanwhile
        except FileExistsError:
            pass
        except OSError:  # no hard links (FAT, some network drives): check, then rename
            if not candidate.exists():
                os.replace(part, candidate)
                return candidate
        else:
            part.unlink()
            return candidate
        if overwrite == Overwrite.REFUSE:
            part.unlink(missing_ok=True)
            raise exists_message(candidate)
        candidate, n = _next_name(target, n), n + 1


def write_failed(target: Path, exc: OSError) -> KilasError:
    """The user's words for an OS error while writing `target` (no errno numbers)."""
    folder = Path(target).parent
    if exc.errno == errno.ENOSPC:
        return DiskFull(
            f"Disk penuh: {target.name} tidak bisa ditulis di {folder}. Kosongkan ruang lalu coba lagi.",
            f"The disk is full: {target.name} could not be written in {folder}. Free some space and try again.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputWriteFailed(
            f"Folder {folder} tidak bisa ditulisi (hanya-baca atau tanpa izin). Pilih folder lain.",
            f"The folder {folder} cannot be written to (read-only or no permission). Choose another folder.",
        )
    reason = exc.strerror or type(exc).__name__
    return OutputWriteFailed(
        f"{target.name} tidak bisa ditulis di {folder}: {reason}.",
        f"{target.name} could not be written in {folder}: {reason}.",
    )


def write_output(
    target: Path,
    write: Callable[[Path], object],
    overwrite: Overwrite = Overwrite.REFUSE,
    require_content: bool = False,
) -> Path:
    """Run `write(part)` beside `target`, then publish it; returns the final path.

    A failure or cancel inside `write` removes the part and leaves `target` as it was; an
    OS error becomes a message in the user's words. With `require_content`, an empty result
    (a writer that failed without saying so) is an error too."""
    target = Path(target)
    if target.is_dir():
        raise OutputWriteFailed(
            f"{target} adalah folder. Tulis juga nama berkasnya.",
            f"{target} is a folder. Give a file name too.",
        )
    if not target.parent.is_dir():  # a mistyped folder is an error, not a new folder
        raise OutputWriteFailed(
            f"Folder {target.parent} tidak ada.", f"The folder {target.parent} does not exist."
        )
    try:
        final, part = reserve_output(target, overwrite)
    except OSError as exc:
        raise write_failed(target, exc) from exc
    try:
        write(part)
        if require_content and (not part.is_file() or part.stat().st_size == 0):
            raise OutputWriteFailed(
                f"Berkas {final.name} gagal dibuat.", f"{final.name} could not be written."
            )
        return publish(part, final, overwrite)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise write_failed(final, exc) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def copy_output(source: Path, target: Path, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    """Copy `source` to `target` under the `overwrite` rule; returns the name it got."""
    return write_output(target, lambda part: shutil.copyfile(source, part), overwrite)


def write_bytes_output(target: Path, data: bytes, overwrite: Overwrite = Overwrite.REFUSE) -> Path:
    return write_output(target, lambda part: part.write_bytes(data), overwrite)


def write_text_output(
    target: Path, text: str, overwrite: Overwrite = Overwrite.REFUSE, encoding: str = "utf-8"
) -> Path:
    return write_bytes_output(target, text.encode(encoding), overwrite)
