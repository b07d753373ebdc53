"""Default locations (user data folder) and the recent-workspaces list."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def data_dir() -> Path:
    override = os.environ.get("KILAS_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir("Kilas", "Kilas"))


def default_workspace() -> Path:
    """The embedded sample workspace, created on first launch."""
    return data_dir() / "Contoh Kampanye Layanan 112"
