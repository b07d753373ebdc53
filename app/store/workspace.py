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
from app.store.db import (
    make_engine,
    make_session_factory,
    refuse_writes_in_words,
    sqlite_uri,
)

DB_NAME = "kilas.db"
LOCK_NAME = "kilas.lock"
SUBFOLDERS = ("media", "renders", "models", "backups", "cache")
SQLITE_MAGIC = b"SQLite format 3\x00"

READ_ONLY_IN_USE = "in-use"  # another Kilas holds the workspace
READ_ONLY_FOLDER = "folder"  # the folder cannot be written (a CD, a share without rights)
READ_ONLY_FILE = "file"  # kilas.db itself is marked read-only
READ_ONLY_WORDS = {
    READ_ONLY_IN_USE: (
        "Ruang kerja ini sedang dibuka di Kilas lain: dibuka hanya-baca, perubahan tidak disimpan.",
        "This workspace is open in another Kilas: opened read-only, changes are not saved.",
    ),
    READ_ONLY_FOLDER: (
        "Folder ruang kerja ini tidak bisa ditulisi: dibuka hanya-baca, perubahan tidak "
        "disimpan. Salin foldernya ke tempat yang bisa ditulisi untuk mengubahnya.",
        "This workspace's folder cannot be written to: opened read-only, changes are not "
        "saved. Copy the folder somewhere writable to change it.",
    ),
    READ_ONLY_FILE: (
        "Berkas kilas.db ditandai hanya-baca: dibuka hanya-baca, perubahan tidak disimpan. "
        "Hapus tanda hanya-baca di properti berkasnya untuk mengubahnya.",
        "kilas.db is marked read-only: opened read-only, changes are not saved. Clear the "
        "read-only flag in the file's properties to change it.",
    ),
}


@dataclass
class Workspace:
    root: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool
    backup_made: Path | None = None
    read_only_reason: str = ""  # READ_ONLY_IN_USE | READ_ONLY_FOLDER | READ_ONLY_FILE
    # A team workspace (PostgreSQL): `root` is this computer's path to the team's shared media
    # folder (media paths are stored relative to it, so each computer may map it elsewhere),
    # `location` the database without password, `local_dir` this computer's cache and models.
    team: bool = False
    location: str = ""
    local_dir: Path | None = None
    _lock_file: IO[str] | None = field(default=None, repr=False)

    @property
    def display_name(self) -> str:
        """What the title bar, recent list and messages show: folder or database."""
        return self.location or str(self.root)

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
        return (self.local_dir or self.root) / "models"

    @property
    def cache_dir(self) -> Path:
        return (self.local_dir or self.root) / "cache"

    def session(self) -> Session:
        return self.session_factory()

    def child_args(self) -> list[str]:
        """The options a Kilas child process opens this same workspace with."""
        if not self.team:
            return ["--workspace", str(self.root)]
        return [
            "--workspace",
            self.location,
            "--media-root",
            str(self.root),
            "--local-dir",
            str(self.local_dir),
        ]

    def child_env(self) -> dict[str, str]:
        """Environment for such a child: a team database's password goes through libpq's
        PGPASSWORD (never on a command line, which other users of the computer can read)."""
        password = self.engine.url.password if self.team else None
        return {"PGPASSWORD": str(password)} if password else {}

    def read_only_message(self) -> tuple[str, str]:
        """Why changes are not saved, (Indonesian, English); ("", "") when they are."""
        return READ_ONLY_WORDS.get(self.read_only_reason, ("", ""))

    def close(self) -> None:
        self.engine.dispose()
        if self._lock_file is not None:
            self._lock_file.close()  # closing releases the OS lock
            self._lock_file = None


def _check_database_file(db_path: Path, folder_writable: bool) -> None:
    """Refuse a file that is not a healthy SQLite database, without writing to it."""
    with db_path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise WorkspaceCorrupt(
            f"{db_path} bukan basis data Kilas (bukan berkas SQLite). Berkas tidak diubah.",
            f"{db_path} is not a Kilas database (not an SQLite file). The file was not changed.",
        )
    try:
        uri = sqlite_uri(db_path, read_only=True, immutable=not folder_writable)
        conn = sqlite3.connect(uri, uri=True)
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


def _folder_writable(root: Path) -> bool:
    probe = root / f".kilas-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return False
    return True


def _unwritable(root: Path) -> WorkspaceUnwritable:
    return WorkspaceUnwritable(
        f"Folder {root} tidak bisa ditulisi, dan belum ada ruang kerja di sana. Pilih folder "
        "lain atau periksa izin aksesnya.",
        f"The folder {root} cannot be written to, and there is no workspace in it yet. Choose "
        "another folder or check its permissions.",
    )


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


def open_workspace(
    root: Path | str,
    create: bool = True,
    *,
    media_root: Path | None = None,
    local_dir: Path | None = None,
    password: str | None = None,
) -> Workspace:
    """Open (and create or upgrade) the workspace at `root`: a folder, or a PostgreSQL URL for
    a team workspace (then `media_root` is where this computer sees the team's shared folder
    and `local_dir` where it keeps its own cache and models)."""
    from app.store.team_db import is_team_location

    if is_team_location(root):
        from app.store.team_workspace import open_team_workspace

        return open_team_workspace(
            str(root), media_root, local_dir, password=password, create=create
        )
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
    folder_writable = _folder_writable(root)
    if db_exists:
        _check_database_file(db_path, folder_writable)
    elif not folder_writable:
        raise _unwritable(root)
    if not folder_writable:
        lock, reason = None, READ_ONLY_FOLDER
    elif not os.access(db_path, os.W_OK) and db_exists:
        lock, reason = None, READ_ONLY_FILE
    else:
        lock = _try_lock(root)
        reason = "" if lock is not None else READ_ONLY_IN_USE
    read_only = bool(reason)
    if reason == READ_ONLY_IN_USE and not db_exists:
        raise WorkspaceError(
            f"Ruang kerja {root} sedang dibuat oleh Kilas lain.",
            f"The workspace {root} is being created by another Kilas.",
        )
    if folder_writable:
        for name in SUBFOLDERS:
            (root / name).mkdir(exist_ok=True)
    # Read-only opens read-only in SQLite too: no write can reach the file by any path.
    engine = make_engine(db_path, read_only, immutable=not folder_writable)
    if read_only:
        refuse_writes_in_words(engine, READ_ONLY_WORDS[reason])
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
        session_factory=make_session_factory(
            engine, read_only, READ_ONLY_WORDS.get(reason, ("", ""))
        ),
        read_only=read_only,
        backup_made=backup,
        read_only_reason=reason,
        _lock_file=lock,
    )
