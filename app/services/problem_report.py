""" "Laporkan masalah": one zip with what a helper needs to understand a problem, no network.

It holds versions (Kilas, Python, OS, Qt, ffmpeg, the Whisper engines), the `doctor` checks,
the workspace's settings and row counts, and Kilas's log files. It holds no media, no
scripts and nothing secret: setting keys that look like credentials are left out.
"""

from __future__ import annotations

import importlib.metadata
import json
import platform
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.core.overwrite import Overwrite
from app.media.outputs import write_output
from app.services.context import AppContext
from app.services.doctor import run_checks
from app.services.logs import log_files
from app.store.stats import row_counts

SECRET_WORDS = ("password", "secret", "token", "key")
DISTRIBUTIONS = (
    "pyside6",
    "sqlalchemy",
    "alembic",
    "imageio-ffmpeg",
    "av",
    "moviepy",
    "openai-whisper",
    "faster-whisper",
    "ctranslate2",
    "torch",
)


def versions() -> dict[str, str]:
    """Versions of Kilas and what it runs on, without importing the heavy packages."""
    found = {
        "kilas": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "frozen": str(bool(getattr(sys, "frozen", False))),
    }
    for name in DISTRIBUTIONS:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "-"
    return found


def _rows(ctx: AppContext) -> dict[str, int]:
    with ctx.workspace.session() as session:
        return row_counts(session)


def _public_settings(ctx: AppContext) -> dict[str, object]:
    return {
        k: v
        for k, v in ctx.all_settings().items()
        if not any(word in k.lower() for word in SECRET_WORDS)
    }


def build_problem_report(
    ctx: AppContext, target: Path, overwrite: Overwrite = Overwrite.REFUSE
) -> Path:
    """Write the report zip to `target` (through app.media.outputs); returns its path."""
    summary = {
        "created_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": versions(),
        "workspace": {
            "read_only": ctx.read_only,
            "language": ctx.language,
            "rows": _rows(ctx),
        },
        "settings": _public_settings(ctx),
        "doctor": [check.to_dict() for check in run_checks(ctx)],
    }

    def write(part: Path) -> None:
        with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("kilas-report.json", json.dumps(summary, indent=2, default=str))
            for log in log_files():
                archive.write(log, f"logs/{log.name}")

    return write_output(Path(target), write, overwrite)
