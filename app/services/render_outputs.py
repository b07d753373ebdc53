"""Where a render job's video goes: its file name, a free name beside existing files, and
the hidden staging name it is written under before the rename into place.

A staging name carries the job, the machine and the process that writes it
(`.<name>.job<ID>.<machine>-<pid>.part.mp4`, the part-file form of app.media.outputs): in a
team, a worker on one computer may still be writing a job that another computer took over,
and each must remove only its own file, or, taking the job over, the dead one's.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from pathlib import Path

from app.core.machine import machine_tag


def staging_path(output_path: Path, job_id: int, pid: int | None = None) -> Path:
    """Where process `pid` (default: this one) of this machine writes job `job_id` before the
    rename: hidden, beside the target (same disk, so the rename is atomic)."""
    output_path = Path(output_path)
    owner = f"{machine_tag()}-{pid or os.getpid()}"
    return output_path.with_name(
        f".{output_path.stem}.job{job_id}.{owner}.part{output_path.suffix}"
    )


def remove_staging(output_path: Path, job_id: int, pid: int | None = None) -> None:
    """Remove the staging files of job `job_id`: those of process `pid` of this machine (and
    the renderer's own part file beside them), or with `pid` None every attempt's, of any
    machine: only for a job nobody runs any more (its worker died, or it was just claimed)."""
    output_path = Path(output_path)
    if pid is None:
        prefix = f".{output_path.stem}.job{job_id}."
        prefixes = (prefix, f".{prefix}")
    else:
        own = staging_path(output_path, job_id, pid)
        prefixes = (own.name, f".{own.stem}.")
    try:
        entries = list(output_path.parent.iterdir())
    except OSError:  # the folder is gone, or the share unreachable
        return
    for entry in entries:
        if ".part" in entry.name and entry.name.startswith(prefixes):
            # Another computer may hold it open (Windows refuses then): its worker, which
            # lost the job, removes it itself.
            with contextlib.suppress(OSError):
                entry.unlink()


def output_already_made(output_path: Path, since_epoch_s: float) -> bool:
    """A finished file at the output path, made by this job (after it was queued)."""
    try:
        st = Path(output_path).stat()
    except OSError:
        return False
    return st.st_size > 0 and st.st_mtime >= since_epoch_s - 1.0


def slug(title: str, max_len: int = 60) -> str:
    """A file name from a title: ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    out = re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower()
    return out[:max_len].strip("-") or "video"


def output_name(title: str, preset: str, quality: str) -> str:
    """The video's file name: `<title>-<preset>[-draft].mp4` (one rule, GUI, CLI and queue)."""
    return f"{slug(title)}-{preset}{'-draft' if quality == 'draft' else ''}.mp4"


def free_output(folder: Path, stem: str, taken: set[str]) -> Path:
    candidate, n = folder / f"{stem}.mp4", 2
    while (
        candidate.exists()
        or candidate.with_suffix("").exists()  # a kit folder of that name
        or candidate.absolute().as_posix().casefold() in taken
    ):
        candidate = folder / f"{stem}-{n}.mp4"
        n += 1
    return candidate.absolute()
