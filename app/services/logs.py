"""Kilas's log file: one rotating file in the user's data folder, never in the install folder.

The GUI and the CLI both log here, so "Laporkan masalah" can collect what happened.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from app.services.paths import data_dir

LOG_FILE_NAME = "kilas.log"
LOG_MAX_BYTES = 1_000_000  # per file; with the backups below at most ~3 MB on disk
LOG_BACKUP_COUNT = 2

_handler: logging.Handler | None = None


def log_dir() -> Path:
    return data_dir() / "logs"


def log_files() -> list[Path]:
    """The current log file and its rotated backups, newest first (only those that exist)."""
    base = log_dir() / LOG_FILE_NAME
    names = [base] + [
        base.with_name(f"{LOG_FILE_NAME}.{n}") for n in range(1, LOG_BACKUP_COUNT + 1)
    ]
    return [p for p in names if p.is_file()]


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send Kilas's log records to the log file (once per process). None when the folder
    cannot be written: Kilas then runs without a log file rather than not at all, and says so
    on stderr."""
    global _handler
    if _handler is not None:
        return log_dir() / LOG_FILE_NAME
    path = log_dir() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file at %s: %s", path, exc)
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    _handler = handler
    return path
