"""The render's output file: reserved beside its target, published atomically.

The file is written beside its target as `<name>.part` (reserved exclusively, so two
renders never share it) and moved into place only when ffmpeg finished; an existing file
is never overwritten (the name gets -2, -3...). ffmpeg itself runs through
`ffmpeg_runner.run_with_progress`: cancel kills its process tree, and on any failure
(a full disk included) the part file is removed, so nothing half-written is left behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from app.core.errors import DiskFull, FfmpegFailed, KilasError
from app.media.ffmpeg_runner import FfmpegResult, ReportFn, run_with_progress


class OutputExists(KilasError):
    pass


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


# Running ------------------------------------------------------------------------------------
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
    *,
    ffmpeg: str = "",
) -> tuple[Path, FfmpegResult]:
    """Render into `<target>.part` and move it into place; nothing is left on failure.

    `args_for(part)` gives ffmpeg's arguments writing to `part`; `ffmpeg` is the user's
    ffmpeg_path setting.
    """
    final, part = reserve_output(Path(target), overwrite)
    try:
        if needed_bytes:
            check_free_space(part.parent, needed_bytes)
        try:
            stats = run_with_progress(
                args_for(part), duration_s, report, cancel, label, ffmpeg=ffmpeg
            )
            published = publish(part, final) if part.stat().st_size else None
        except DiskFull as exc:
            raise disk_full(final) from exc
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise disk_full(final) from exc
            raise
        if published is None:
            raise FfmpegFailed("ffmpeg tidak menulis apa pun.", "ffmpeg wrote nothing.")
        return published, stats
    finally:
        if part.exists():
            part.unlink()


def disk_full(target: Path) -> DiskFull:
    return DiskFull(
        f"Disk penuh saat menulis {target.name} di {target.parent}. Kosongkan ruang disk, "
        "lalu ulangi atau lanjutkan antrean (berkas setengah jadi sudah dihapus).",
        f"The disk filled up while writing {target.name} in {target.parent}. Free some "
        "space, then try again or resume the queue (the half-written file was removed).",
    )
