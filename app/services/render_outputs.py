"""Where a render job's video goes: its file name, a free name beside existing files, and
the hidden staging name it is written under before the rename into place."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path


def staging_path(output_path: Path, job_id: int) -> Path:
    """Where a job writes before the rename: hidden, beside the target (same disk)."""
    output_path = Path(output_path)
    return output_path.with_name(f".{output_path.stem}.job{job_id}.part{output_path.suffix}")


def remove_staging(output_path: Path, job_id: int) -> None:
    staged = staging_path(output_path, job_id)
    for leftover in staged.parent.glob(f".{Path(output_path).stem}.job{job_id}.part*"):
        leftover.unlink(missing_ok=True)


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
