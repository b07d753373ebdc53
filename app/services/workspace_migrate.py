"""Moving a workspace between single-user (a folder) and team (PostgreSQL + a shared folder).

`migrate_workspace(source, target)` copies every row of every table, keeping ids, into an empty
target in one transaction, and copies the files the workspace owns (media, brand files,
renders) into the target's folder. Then it checks: row counts per table and the sha256 of every
file, source against target, and reports them. Nothing is changed in the source; a failure
leaves no half target (the transaction is rolled back, copied files are removed).
"""

from __future__ import annotations

import hashlib
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.core.errors import Canceled, WorkspaceError
from app.core.progress import ProgressFn
from app.store.models import Base
from app.store.stats import row_counts
from app.store.workspace import DB_NAME, LOCK_NAME, Workspace

# What a workspace folder holds that is not the workspace's own content: the database itself
# (copied as rows), this computer's caches, models and backups, locks and markers.
NOT_COPIED = {
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    LOCK_NAME,
    "cache",
    "models",
    "backups",
    "kilas-tim.json",
}
# Rows that belong to one workspace and are made anew in the target.
SKIPPED_SETTINGS = ("team_workspace_id",)
CHUNK_ROWS = 500
HASH_CHUNK_BYTES = 1 << 20


@dataclass
class MigrationReport:
    source: str
    target: str
    tables: dict[str, tuple[int, int]] = field(default_factory=dict)  # name: (source, target)
    files: int = 0
    bytes_copied: int = 0
    files_sha256: str = ""  # one hash over every file's path and sha256, the same both sides
    mismatched_files: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.mismatched_files and all(a == b for a, b in self.tables.values())

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "source": self.source,
            "target": self.target,
            "tables": {k: {"source": a, "target": b} for k, (a, b) in self.tables.items()},
            "files": self.files,
            "bytes": self.bytes_copied,
            "files_sha256": self.files_sha256,
            "mismatched_files": self.mismatched_files,
        }


def _content_rows(workspace: Workspace) -> dict[str, int]:
    with workspace.session() as session:
        counts = row_counts(session)
        skipped = session.scalar(
            select(func.count())
            .select_from(Base.metadata.tables["settings"])
            .where(Base.metadata.tables["settings"].c.key.in_(SKIPPED_SETTINGS))
        )
    counts["settings"] -= int(skipped or 0)
    return counts


def _refuse_unless_empty(target: Workspace) -> None:
    filled = {name: n for name, n in _content_rows(target).items() if n}
    if filled:
        raise WorkspaceError(
            f"Ruang kerja tujuan {target.display_name} sudah berisi data "
            f"({', '.join(sorted(filled))}). Pindahkan hanya ke ruang kerja yang kosong; "
            "tidak ada yang diubah.",
            f"The target workspace {target.display_name} already has data "
            f"({', '.join(sorted(filled))}). Move only into an empty workspace; nothing was "
            "changed.",
        )
    extra = [p.name for p in target.root.iterdir() if p.name not in NOT_COPIED and _has_files(p)]
    if extra:
        raise WorkspaceError(
            f"Folder tujuan {target.root} sudah berisi berkas ({', '.join(sorted(extra))}). "
            "Pilih folder yang kosong; tidak ada yang diubah.",
            f"The target folder {target.root} already has files ({', '.join(sorted(extra))}). "
            "Choose an empty folder; nothing was changed.",
        )


def _has_files(path: Path) -> bool:
    return path.is_file() or any(p.is_file() for p in path.rglob("*"))


def owned_files(root: Path) -> list[Path]:
    """The workspace's own files below `root`, relative, in a stable order."""
    files = []
    for top in sorted(root.iterdir()):
        if top.name in NOT_COPIED or top.name.startswith("."):
            continue
        candidates = [top] if top.is_file() else sorted(top.rglob("*"))
        files += [p.relative_to(root) for p in candidates if p.is_file() and not p.is_symlink()]
    return files


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _stop_if(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Canceled()


def _copy_rows(
    source: Workspace, target: Workspace, report: ProgressFn, cancel: threading.Event | None
) -> None:
    """Every table in dependency order, ids kept, in one target transaction."""
    tables = Base.metadata.sorted_tables
    with source.engine.connect() as src, target.engine.begin() as dst:
        for index, table in enumerate(tables):
            _stop_if(cancel)
            report(0.5 * index / len(tables), table.name)
            query = select(table)
            if table.name == "settings":
                query = query.where(table.c.key.not_in(SKIPPED_SETTINGS))
            rows = src.execute(query).mappings()
            while chunk := rows.fetchmany(CHUNK_ROWS):
                dst.execute(insert(table), [dict(r) for r in chunk])
        if dst.dialect.name == "postgresql":
            _advance_sequences(dst, tables)


def _advance_sequences(conn, tables) -> None:
    """Rows came with their ids: move each id sequence past them, or the next insert clashes."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        sequence = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if sequence:
            highest = conn.execute(select(func.max(pk[0]))).scalar() or 0
            conn.execute(text("SELECT setval(:s, :v, false)"), {"s": sequence, "v": highest + 1})


def _copy_files(
    source_root: Path,
    target_root: Path,
    files: list[Path],
    copied: list[Path],
    report: ProgressFn,
    cancel: threading.Event | None,
) -> None:
    """Copy `files`, noting each one in `copied` as it lands (so a failure can remove them)."""
    for index, rel in enumerate(files):
        _stop_if(cancel)
        report(0.5 + 0.4 * index / max(1, len(files)), rel.as_posix())
        destination = target_root / rel
        destination.parent.mkdir(parents=True, exist_ok=True)
        copied.append(destination)  # before the copy: a half-written file is removed too
        shutil.copy2(source_root / rel, destination)


def _check(source: Workspace, target: Workspace, files: list[Path], result: MigrationReport):
    before, after = _content_rows(source), _content_rows(target)
    result.tables = {name: (before[name], after.get(name, 0)) for name in before}
    combined = hashlib.sha256()
    for rel in files:
        a, b = _sha256(source.root / rel), _sha256(target.root / rel)
        if a != b:
            result.mismatched_files.append(rel.as_posix())
        combined.update(f"{rel.as_posix()}\0{a}\n".encode())
        result.bytes_copied += (target.root / rel).stat().st_size
    result.files = len(files)
    result.files_sha256 = combined.hexdigest()


def migrate_workspace(
    source: Workspace,
    target: Workspace,
    report: ProgressFn = lambda _f, _l: None,
    cancel: threading.Event | None = None,
) -> MigrationReport:
    """Copy `source` into the empty `target` and check the copy; see the module's docstring."""
    _refuse_unless_empty(target)
    files = owned_files(source.root)
    result = MigrationReport(source=source.display_name, target=target.display_name)
    copied: list[Path] = []
    try:
        _copy_rows(source, target, report, cancel)
        _copy_files(source.root, target.root, files, copied, report, cancel)
        report(0.9, "sha256")
        _check(source, target, files, result)
    except Exception as exc:  # any failure, or a cancel: no half target
        _undo(target, copied)
        if isinstance(exc, OSError):
            raise WorkspaceError(
                f"Menyalin berkas gagal ({exc.strerror or exc}); ruang kerja tujuan dikosongkan "
                "lagi, sumbernya tidak berubah.",
                f"Copying the files failed ({exc.strerror or exc}); the target workspace was "
                "emptied again, the source is unchanged.",
            ) from exc
        raise
    if not result.ok:
        _undo(target, copied)
        raise WorkspaceError(
            "Salinan tidak sama dengan sumbernya (jumlah baris atau isi berkas berbeda); "
            "ruang kerja tujuan dikosongkan lagi, sumbernya tidak berubah.",
            "The copy differs from its source (row counts or file contents); the target "
            "workspace was emptied again, the source is unchanged.",
        )
    report(1.0, "")
    return result


def _undo(target: Workspace, copied: list[Path]) -> None:
    """Empty the target again: its rows (the copy was committed only if it finished) and files."""
    for path in copied:
        path.unlink(missing_ok=True)
    with target.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            query = table.delete()
            if table.name == "settings":
                query = query.where(table.c.key.not_in(SKIPPED_SETTINGS))
            conn.execute(query)


def migrate_locations(
    source: str,
    target: str,
    media_root: Path | None,
    language: str = "id",
    report: ProgressFn = lambda _f, _l: None,
    password: str | None = None,
) -> MigrationReport:
    """Open `source` and `target` (folders or postgresql:// URLs; `media_root` is where this
    computer sees the team side's shared folder) and migrate; both are closed afterwards."""
    from app.services.workspaces import open_context
    from app.store.team_db import is_team_location

    if is_team_location(source) == is_team_location(target):
        raise WorkspaceError(
            "Salah satu dari sumber dan tujuan harus ruang kerja tim (postgresql://…) dan yang "
            "lain folder ruang kerja satu pengguna.",
            "One of source and target must be a team workspace (postgresql://…) and the other "
            "a single-user workspace folder.",
        )

    def opened(location: str, create: bool) -> Workspace:
        where = location if is_team_location(location) else Path(location)
        return open_context(
            where, language, create=create, media_root=media_root, password=password
        ).workspace

    source_ws = opened(source, create=False)
    try:
        target_ws = opened(target, create=True)
        try:
            return migrate_workspace(source_ws, target_ws, report)
        finally:
            target_ws.close()
    finally:
        source_ws.close()
