"""Opening safety: corrupt, newer, unwritable, already open; migrations with a backup."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import (
    WorkspaceCorrupt,
    WorkspaceReadOnly,
    WorkspaceTooNew,
    WorkspaceUnwritable,
)
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.store import migrate
from app.store.workspace import open_workspace


def test_new_workspace_has_schema_wal_and_foreign_keys(workspace_dir: Path) -> None:
    ws = open_workspace(workspace_dir)
    try:
        assert (workspace_dir / "kilas.db").is_file()
        for sub in ("media", "renders", "models", "backups"):
            assert (workspace_dir / sub).is_dir()
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert migrate.current_revisions(ws.engine) == migrate.head_revisions()
    finally:
        ws.close()


def test_corrupt_database_is_refused_and_left_untouched(workspace_dir: Path) -> None:
    workspace_dir.mkdir(parents=True)
    db = workspace_dir / "kilas.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    before = db.read_bytes()
    with pytest.raises(WorkspaceCorrupt) as info:
        open_workspace(workspace_dir)
    assert "rusak" in info.value.message("id") and "corrupt" in info.value.message("en")
    assert db.read_bytes() == before


def test_non_sqlite_file_is_refused_and_left_untouched(workspace_dir: Path) -> None:
    workspace_dir.mkdir(parents=True)
    db = workspace_dir / "kilas.db"
    db.write_text("ini bukan basis data", encoding="utf-8")
    with pytest.raises(WorkspaceCorrupt):
        open_workspace(workspace_dir)
    assert db.read_text(encoding="utf-8") == "ini bukan basis data"
    assert not (workspace_dir / "kilas.db-wal").exists()


def test_newer_schema_gives_clear_message_and_no_change(workspace_dir: Path) -> None:
    open_workspace(workspace_dir).close()
    db = workspace_dir / "kilas.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num='9999_future'")
    before = db.read_bytes()
    with pytest.raises(WorkspaceTooNew) as info:
        open_workspace(workspace_dir)
    assert "lebih baru" in info.value.message("id")
    assert db.read_bytes() == before


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_folder_is_reported(workspace_dir: Path) -> None:
    workspace_dir.mkdir(parents=True)
    workspace_dir.chmod(0o500)
    try:
        with pytest.raises(WorkspaceUnwritable):
            open_workspace(workspace_dir)
    finally:
        workspace_dir.chmod(0o700)


def test_unwritable_folder_is_reported_even_as_root(workspace_dir: Path, monkeypatch) -> None:
    # Root bypasses permission bits, so simulate the OS refusing the write probe.
    real_write = Path.write_bytes

    def refuse(self, data):
        if self.name.startswith(".kilas-write-test"):
            raise PermissionError(13, "Permission denied")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(WorkspaceUnwritable) as info:
        open_workspace(workspace_dir)
    assert "tidak bisa ditulisi" in info.value.message("id")


def test_second_instance_opens_read_only_and_cannot_write(workspace_dir: Path) -> None:
    first = open_workspace(workspace_dir)
    ProjectService(AppContext(first)).create("Proyek pertama")
    first.close()
    # The other Kilas is another process holding the workspace open.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from app.store.workspace import open_workspace; "
            f"w=open_workspace({str(workspace_dir)!r}); print(w.read_only, flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        assert holder.stdout.readline().strip() == "False"
        second = open_workspace(workspace_dir)
        try:
            assert second.read_only
            ctx = AppContext(second)
            assert [p.title for p in ProjectService(ctx).summaries()] == ["Proyek pertama"]
            with pytest.raises(WorkspaceReadOnly):
                ProjectService(ctx).create("Tidak boleh")
        finally:
            second.close()
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_lock_held_in_process_means_read_only(workspace_dir: Path) -> None:
    first = open_workspace(workspace_dir)
    try:
        second = open_workspace(workspace_dir)
        try:
            assert second.read_only and not first.read_only
            with pytest.raises(WorkspaceReadOnly):
                ProjectService(AppContext(second)).create("Tidak boleh")
        finally:
            second.close()
    finally:
        first.close()


def test_upgrade_makes_a_backup_first(workspace_dir: Path) -> None:
    ws = open_workspace(workspace_dir)
    ProjectService(AppContext(ws)).create("Data lama")
    ws.close()
    # Put the database back at revision 0001 (as a wave-1 workspace is), with the migrations'
    # own downgrades, so every later one must run.
    from alembic import command
    from sqlalchemy import create_engine

    db = workspace_dir / "kilas.db"
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    heads = migrate.head_revisions()
    ws = open_workspace(workspace_dir)
    try:
        assert heads != {"0001"}
        assert ws.backup_made is not None and ws.backup_made.is_file()
        with sqlite3.connect(ws.backup_made) as conn:
            assert conn.execute("SELECT title FROM projects").fetchall() == [("Data lama",)]
        assert migrate.current_revisions(ws.engine) == heads  # upgraded, data kept
        assert [p.title for p in ProjectService(AppContext(ws)).summaries()] == ["Data lama"]
    finally:
        ws.close()


def _refuse_write_probe(monkeypatch) -> None:
    real_write = Path.write_bytes

    def refuse(self, data):
        if self.name.startswith(".kilas-write-test"):
            raise PermissionError(13, "Permission denied")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", refuse)


def test_a_workspace_in_a_folder_nobody_may_write_opens_read_only(workspace_dir, monkeypatch):
    from sqlalchemy import text, update

    from app.core.errors import WorkspaceReadOnly
    from app.store.models import Project

    first = open_workspace(workspace_dir)
    ProjectService(AppContext(first)).create("Proyek arsip")
    first.close()
    db = workspace_dir / "kilas.db"
    before = db.read_bytes()
    _refuse_write_probe(monkeypatch)  # e.g. a CD, or a share this user may only read
    ws = open_workspace(workspace_dir)
    try:
        ctx = AppContext(ws)
        assert ws.read_only and "tidak bisa ditulisi" in ws.read_only_message()[0]
        assert [p.title for p in ProjectService(ctx).summaries()] == ["Proyek arsip"]
        writes = [
            lambda s: s.add(Project(title="baru")),
            lambda s: s.execute(update(Project).values(title="diubah")),
            lambda s: s.execute(text("DELETE FROM projects")),
        ]
        for write in writes:
            with pytest.raises(WorkspaceReadOnly) as err, ctx.session() as s:
                write(s)
            message = err.value.message("en")
            assert "read-only" in message and "UPDATE" not in message and "DELETE" not in message
    finally:
        ws.close()
    assert db.read_bytes() == before  # "database corrupt" is never said, nothing changed


def test_a_read_only_database_file_is_said_so_not_corrupt(workspace_dir, monkeypatch):
    import app.store.workspace as workspace_module

    open_workspace(workspace_dir).close()
    real_access = os.access
    monkeypatch.setattr(
        workspace_module.os,
        "access",
        lambda path, mode: False if Path(path).name == "kilas.db" else real_access(path, mode),
    )
    ws = open_workspace(workspace_dir)
    try:
        assert ws.read_only and "kilas.db" in ws.read_only_message()[0]
    finally:
        ws.close()
