"""Schema upgrades at open time, with a backup copy of the database first."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from app.core.clock import utc_now
from app.core.errors import WorkspaceTooNew, WorkspaceUpgradeBlocked

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


_REVISION_RE = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_RE = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, tuple[str, ...]]:
    """revision -> its parents, read from the migration files without importing Alembic
    (about a second of start-up saved for every GUI, CLI and render-worker start)."""
    graph = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION_RE.search(text), _DOWN_RE.search(text)
        if rev:
            graph[rev.group(1)] = (
                tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else ()
            )
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def head_revisions() -> set[str]:
    graph = _revision_graph()
    parents = {p for ps in graph.values() for p in ps}
    return set(graph) - parents


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return current_revisions_in(conn)


def current_revisions_in(conn) -> set[str]:
    if not inspect(conn).has_table("alembic_version"):
        return set()
    return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def check_not_newer(engine: Engine) -> None:
    unknown = current_revisions(engine) - known_revisions()
    if unknown:
        raise WorkspaceTooNew(
            "Ruang kerja ini dibuat oleh Kilas yang lebih baru (skema "
            f"{', '.join(sorted(unknown))}). Perbarui Kilas untuk membukanya.",
            "This workspace was made by a newer Kilas (schema "
            f"{', '.join(sorted(unknown))}). Update Kilas to open it.",
        )


def backup_database(db_path: Path, backup_dir: Path, label: str) -> Path:
    """Consistent copy through SQLite's backup API (safe with WAL)."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"kilas-{stamp}-{label}.db"
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, db_path: Path, backup_dir: Path) -> Path | None:
    """Upgrade to the newest schema; returns the backup made, if any was needed."""
    check_not_newer(engine)
    current = current_revisions(engine)
    if current == head_revisions():
        return None
    backup = None
    if current:  # an existing database: keep a copy before changing it
        backup = backup_database(db_path, backup_dir, "-".join(sorted(current)) or "empty")
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return backup


# Team workspaces (PostgreSQL) --------------------------------------------------------------
# An upgrade runs in one transaction (PostgreSQL's DDL is transactional: a failed upgrade leaves
# the old schema whole, so no copy is made first), under an advisory lock so that two new
# clients starting together upgrade once, and only while no other Kilas client is connected: an
# older client would write rows the new schema no longer expects.
UPGRADE_LOCK_KEY = 0x4B494C4153  # "KILAS"


def other_kilas_clients(conn) -> list[str]:
    """application_name of every other Kilas connection to this database ("kilas 0002 @pc")."""
    from app.store.team_db import APPLICATION_PREFIX

    rows = conn.execute(
        text(
            "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name LIKE :prefix"
        ),
        {"prefix": APPLICATION_PREFIX + "%"},
    )
    return sorted(row[0] for row in rows)


def upgrade_team(engine: Engine) -> bool:
    """Upgrade a team database to the newest schema; True when it was changed."""
    check_not_newer(engine)
    if current_revisions(engine) == head_revisions():
        return False
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
        if current_revisions_in(conn) == head_revisions():  # another client just did it
            return False
        others = other_kilas_clients(conn)
        if others and current_revisions_in(conn):
            raise WorkspaceUpgradeBlocked.by(others)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return True
