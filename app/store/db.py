"""Engine and session factory for a workspace database (SQLite, WAL, foreign keys on)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.core.errors import WorkspaceReadOnly


def sqlite_uri(db_path: Path, read_only: bool = False, immutable: bool = False) -> str:
    """SQLite's URI form: `mode=ro` refuses every write in SQLite itself; `immutable=1` reads
    a file in a folder nobody may write to (no -wal/-shm files can be made there)."""
    query = "&".join(
        part
        for part in ("mode=ro" if read_only else "", "immutable=1" if immutable else "")
        if part
    )
    return Path(db_path).absolute().as_uri() + (f"?{query}" if query else "")


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
