"""Engine and session factory for a workspace database (SQLite, WAL, foreign keys on)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import WorkspaceReadOnly


def make_engine(db_path: Path) -> Engine:
    # Connections move between the GUI thread and job threads; the pool hands each one to a
    # single thread at a time, so SQLite's same-thread check is not needed.
    engine = create_engine(
        f"sqlite:///{db_path}", connect_args={"check_same_thread": False, "timeout": 10}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:  # every pooled connection
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    return engine


def make_session_factory(engine: Engine, read_only: bool) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    if read_only:

        @event.listens_for(factory, "before_flush")
        def _refuse(session, _ctx, _instances) -> None:
            if session.new or session.dirty or session.deleted:
                raise WorkspaceReadOnly(
                    "Ruang kerja ini sedang dibuka Kilas lain; perubahan tidak disimpan.",
                    "This workspace is open in another Kilas; changes are not saved.",
                )

    return factory
