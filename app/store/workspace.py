"""A workspace folder: kilas.db plus the media it owns, opened safely.

Opening never modifies a database it cannot read (corrupt, not SQLite, newer schema); a
workspace held by another running Kilas opens read-only; an unwritable folder is reported.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import WorkspaceCorrupt, WorkspaceError, WorkspaceUnwritable
from app.store import migrate
from app.store.db import make_engine, make_session_factory

DB_NAME = "kilas.db"
LOCK_NAME = "kilas.lock"
SUBFOLDERS = ("media", "renders", "models", "backups", "cache")
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class Workspace:
    root: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool
    backup_made: Path | None = None
    _lock_file: IO[str] | None = field(default=None, repr=False)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def renders_dir(self) -> Path:
        return self.root / "renders"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def cache_dir(self) -> Path:
        return self.root / "cache"

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock_file is not None:
            self._lock_file.close()  # closing releases the OS lock
            self._lock_file = None


def _check_database_file(db_path: Path) -> None:
    """Refuse a file that is not a healthy SQLite database, without writing to it."""
    with db_path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise WorkspaceCorrupt(
            f"{db_path} bukan basis data Kilas (bukan berkas SQLite). Berkas tidak diubah.",
            f"{db_path} is not a Kilas database (not an SQLite file). The file was not changed.",
        )
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        result = (str(exc),)
    if not result or result[0] != "ok":
        detail = result[0] if result else "?"
        raise WorkspaceCorrupt(
            f"Basis data {db_path} rusak ({detail}). Berkas tidak diubah; pulihkan dari "
            "folder backups/ atau salinan lain.",
            f"The database {db_path} is corrupt ({detail}). The file was not changed; restore it "
            "from the backups/ folder or another copy.",
        )


def _check_writable(root: Path) -> None:
    probe = root / f".kilas-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise WorkspaceUnwritable(
            f"Folder ruang kerja {root} tidak bisa ditulisi ({exc.strerror}). Pilih folder lain "
            "atau periksa izin aksesnya.",
            f"The workspace folder {root} is not writable ({exc.strerror}). Choose another "
            "folder or check its permissions.",
        ) from exc


def _try_lock(root: Path) -> IO[str] | None:
    """An OS-level exclusive lock; released by the OS if Kilas dies, so never stale."""
    fh = (root / LOCK_NAME).open("a+", encoding="utf-8")
    try:
        if sys.platform == "win32":
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        return None
    fh.seek(0)
    fh.truncate()
    fh.write(f"{os.getpid()}\n")
    fh.flush()
    return fh


def open_workspace(root: Path, create: bool = True) -> Workspace:
    """Open (and create or upgrade) the workspace at `root`."""
    root = Path(root).expanduser().absolute()
    db_path = root / DB_NAME
    if not root.exists():
        if not create:
            raise WorkspaceError(
                f"Ruang kerja {root} tidak ada.", f"The workspace {root} does not exist."
            )
        try:
            root.mkdir(parents=True)
        except OSError as exc:
            raise WorkspaceUnwritable(
                f"Folder ruang kerja {root} tidak bisa dibuat ({exc.strerror}).",
                f"The workspace folder {root} cannot be created ({exc.strerror}).",
            ) from exc
    if not root.is_dir():
        raise WorkspaceError(f"{root} bukan folder.", f"{root} is not a folder.")
    db_exists = db_path.exists() and db_path.stat().st_size > 0
    if db_exists:
        _check_database_file(db_path)
    _check_writable(root)
    lock = _try_lock(root)
    read_only = lock is None
    if read_only and not db_exists:
        raise WorkspaceError(
            f"Ruang kerja {root} sedang dibuat oleh Kilas lain.",
            f"The workspace {root} is being created by another Kilas.",
        )
    for name in SUBFOLDERS:
        (root / name).mkdir(exist_ok=True)
    engine = make_engine(db_path)
    try:
        if read_only:
            migrate.check_not_newer(engine)
            backup = None
        else:
            backup = migrate.upgrade(engine, db_path, root / "backups")
    except Exception:
        engine.dispose()
        if lock is not None:
            lock.close()
        raise
    return Workspace(
        root=root,
        engine=engine,
        session_factory=make_session_factory(engine, read_only),
        read_only=read_only,
        backup_made=backup,
        _lock_file=lock,
    )
