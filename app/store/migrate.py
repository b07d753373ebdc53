"""Schema upgrades at open time, with a backup copy of the database first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from app.core.clock import utc_now
from app.core.errors import WorkspaceTooNew

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


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
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return backup
