"""Engine and session factory for a workspace database (SQLite, WAL, foreign keys on).

SQLite's own errors on a write (disk full, busy too long, a file that became unwritable)
reach the user as a KilasError in both languages, never as SQLAlchemy's text, which quotes
the SQL statement and its parameters.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, ExceptionContext
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.core.errors import DiskFull, KilasError, WorkspaceError, WorkspaceReadOnly


def sqlite_uri(db_path: Path, read_only: bool = False, immutable: bool = False) -> str:
    """SQLite's URI form: `mode=ro` refuses every write in SQLite itself; `immutable=1` reads
    a file in a folder nobody may write to (no -wal/-shm files can be made there)."""
    query = "&".join(
        part
        for part in ("mode=ro" if read_only else "", "immutable=1" if immutable else "")
        if part
    )
    return Path(db_path).absolute().as_uri() + (f"?{query}" if query else "")


def _in_words(db_path: Path, exc: sqlite3.OperationalError) -> KilasError:
    """The bilingual error for an SQLite operational failure (its own text has no SQL)."""
    reason = str(exc)
    if "readonly database" in reason:
        return WorkspaceError(
            f"Basis data {db_path} tidak bisa ditulisi; perubahan tidak disimpan. Periksa izin "
            "berkas itu atau buka salinannya di folder lain.",
            f"The database {db_path} cannot be written; changes are not saved. Check the "
            "file's permissions or open a copy in another folder.",
        )
    if "disk is full" in reason:
        return DiskFull.while_writing(str(db_path))
    if "database is locked" in reason:
        return WorkspaceError(
            "Basis data sedang dipakai proses lain terlalu lama; perubahan tidak disimpan. "
            "Ulangi sebentar lagi.",
            "The database was busy in another process for too long; changes are not saved. "
            "Try again in a moment.",
        )
    return WorkspaceError(
        f"Basis data {db_path} menolak perubahan ({reason}).",
        f"The database {db_path} refused the change ({reason}).",
    )


def make_engine(db_path: Path, read_only: bool = False, immutable: bool = False) -> Engine:
    # Connections move between the GUI thread and job threads; the pool hands each one to a
    # single thread at a time, so SQLite's same-thread check is not needed.
    uri = sqlite_uri(db_path, read_only, immutable)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10),
        # "sqlite://" alone would mean an in-memory database and one shared connection; this
        # is a file, so a pool of connections, as SQLAlchemy gives file databases.
        poolclass=QueuePool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # every pooled connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if not read_only:  # choosing the journal mode writes to the file
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    if not read_only:  # a read-only engine says why in words (refuse_writes_in_words)

        @event.listens_for(engine, "handle_error")
        def _failed_in_words(context: ExceptionContext) -> KilasError | None:
            if isinstance(context.original_exception, sqlite3.OperationalError):
                return _in_words(db_path, context.original_exception)
            return None  # integrity and programming errors stay SQLAlchemy's (callers handle)

    return engine


def refuse_writes_in_words(engine: Engine, why: tuple[str, str]) -> None:
    """SQLite's "attempt to write a readonly database" (any write path: ORM, Core, text())
    reaches the user as WorkspaceReadOnly with `why`, never as SQL with its parameters."""

    @event.listens_for(engine, "handle_error")
    def _in_words(context) -> None:
        original = context.original_exception
        if isinstance(original, sqlite3.OperationalError) and "readonly" in str(original):
            raise WorkspaceReadOnly(*why) from original


def make_session_factory(
    engine: Engine, read_only: bool, why: tuple[str, str] = ("", "")
) -> sessionmaker[Session]:
    """Sessions of the workspace; read-only ones refuse a flush with `why` (id, en)."""
    factory = sessionmaker(engine, expire_on_commit=False)
    if read_only:

        @event.listens_for(factory, "before_flush")
        def _refuse(session, _ctx, _instances) -> None:
            if session.new or session.dirty or session.deleted:
                raise WorkspaceReadOnly(*why)

    return factory
