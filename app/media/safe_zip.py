"""Reading zip archives a user was sent (brand kits, spreadsheets, model packs) safely.

A crafted archive can declare small sizes and inflate to gigabytes, hold thousands of
entries, or name files outside the folder it is extracted to. Every archive Kilas opens from
outside goes through here: entries and sizes are limited while reading (the declared sizes
are not trusted), names must stay inside the archive, and nothing is written anywhere until
the whole archive has passed.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app.core.errors import KilasError

_CHUNK_BYTES = 1 << 16


class UnsafeArchive(KilasError):
    """`reason_id`/`reason_en`: why, as a clause, for callers that word the sentence."""

    def __init__(self, message_id: str, message_en: str, reason_id: str, reason_en: str) -> None:
        super().__init__(message_id, message_en)
        self.reason_id, self.reason_en = reason_id, reason_en


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int
    max_member_bytes: int  # one entry, inflated
    max_total_bytes: int  # all entries, inflated


def _unsafe(path: Path, why_id: str, why_en: str) -> UnsafeArchive:
    return UnsafeArchive(
        f"{Path(path).name} ditolak: {why_id}. Berkas ini tidak dibuka agar komputer aman.",
        f"{Path(path).name} was refused: {why_en}. It was not opened, to keep this computer safe.",
        why_id,
        why_en,
    )


def safe_member_name(path: Path, name: str) -> PurePosixPath:
    """The entry's name as a relative path inside the archive, or an UnsafeArchive."""
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
        raise _unsafe(
            path, f"nama isi {name!r} keluar dari arsip", f"entry {name!r} leaves the archive"
        )
    return pure


def check_archive(path: Path, limits: ZipLimits) -> None:
    """Inflate every entry once, counting real bytes; stops at the first limit passed."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            if len(infos) > limits.max_entries:
                raise _unsafe(
                    path,
                    f"berisi {len(infos)} berkas (batas {limits.max_entries})",
                    f"it holds {len(infos)} files (limit {limits.max_entries})",
                )
            total = 0
            for info in infos:
                safe_member_name(path, info.filename)
                total += len(read_member(zf, info.filename, limits.max_member_bytes, path))
                if total > limits.max_total_bytes:
                    raise _too_big(path, limits.max_total_bytes)
    except zipfile.BadZipFile:
        why_id, why_en = "bukan zip atau rusak", "not a zip file or damaged"
        raise UnsafeArchive(
            f"{path.name} {why_id}.", f"{path.name} is {why_en}.", why_id, why_en
        ) from None


def _too_big(path: Path, limit_bytes: int) -> UnsafeArchive:
    mb = limit_bytes / 1e6
    return _unsafe(
        path,
        f"isinya lebih dari {mb:.0f} MB setelah dibuka",
        f"it unpacks to more than {mb:.0f} MB",
    )


def read_member(zf: zipfile.ZipFile, name: str, max_bytes: int, path: Path | None = None) -> bytes:
    """One entry's bytes, refusing (without reading further) once it passes `max_bytes`."""
    where = Path(path or zf.filename or "arsip")
    chunks, size = [], 0
    try:
        with zf.open(name) as member:
            while chunk := member.read(_CHUNK_BYTES):
                size += len(chunk)
                if size > max_bytes:
                    raise _too_big(where, max_bytes)
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
        why_id, why_en = f"{name} rusak", f"{name} is damaged"
        raise UnsafeArchive(
            f"{name} di dalam {where.name} rusak.",
            f"{name} inside {where.name} is damaged.",
            why_id,
            why_en,
        ) from exc
    return b"".join(chunks)
