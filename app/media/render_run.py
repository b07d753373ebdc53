"""A render into its output file: ffmpeg through the runner, the file by the output rule.

The video is written to a part file beside its target (app.media.outputs: reserved
exclusively, so two renders never share it) and published only when ffmpeg finished; an
existing file is never overwritten (renders take the next free name, -2, -3...). ffmpeg
runs through `ffmpeg_runner.run_with_progress`: cancel kills its process tree, and on any
failure (a full disk included) the part file is removed, so nothing half-written is left.
"""

from __future__ import annotations

import errno
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

from app.core.errors import DiskFull, FfmpegFailed
from app.core.overwrite import Overwrite
from app.core.progress import ProgressFn
from app.media.ffmpeg_runner import FfmpegResult, run_with_progress
from app.media.outputs import publish, reserve_output


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
    report: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    label: str = "",
    overwrite: Overwrite = Overwrite.NEW_NAME,
    needed_bytes: int = 0,
    *,
    ffmpeg: str = "",
) -> tuple[Path, FfmpegResult]:
    """Render into a part file beside `target`, then publish it; nothing is left on failure.

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
            published = publish(part, final, overwrite) if part.stat().st_size else None
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
