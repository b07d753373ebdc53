"""Opening a workspace as an application context."""

from __future__ import annotations

import re
from pathlib import Path

from app.services.context import AppContext
from app.services.paths import data_dir
from app.store.team_db import display_location, is_team_location
from app.store.workspace import open_workspace


def open_context(
    location: Path | str,
    language: str = "id",
    create: bool = True,
    *,
    media_root: Path | None = None,
    user: str = "",
    password: str | None = None,
) -> AppContext:
    """A folder (single-user) or a postgresql:// URL (team; `media_root` is where this computer
    sees the shared folder, `user` the member who acts)."""
    local_dir = None
    if is_team_location(location):
        local_dir = team_local_dir(str(location))
        password = password or _keyring_password(str(location))
    workspace = open_workspace(
        location, create=create, media_root=media_root, local_dir=local_dir, password=password
    )
    return AppContext(workspace, language=language, user=user)


def team_local_dir(location: str) -> Path:
    """This computer's own folder for a team workspace (cache, models): never on the share."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", display_location(location).split("://", 1)[1])
    return data_dir() / "tim" / slug


def _keyring_password(location: str) -> str | None:
    """The keyring's password for a URL that carries none, unless libpq has one of its own
    (PGPASSWORD, ~/.pgpass): what the GUI saved also opens the workspace from the CLI."""
    import os

    from sqlalchemy.engine import make_url

    from app.services.team_login import saved_password

    if make_url(location).password or os.environ.get("PGPASSWORD"):
        return None
    return saved_password(display_location(location))
