"""Opening a team workspace: a PostgreSQL database plus the team's shared media folder.

The database holds what the team writes; the shared folder (the "media root") holds media and
renders, and each computer says where it sees that folder (`\\\\server\\kilas` on one, `/mnt/kilas`
on another). Media paths are stored relative to it. A marker file in the folder names the
workspace it belongs to, so a computer that maps the wrong folder is told so instead of
finding every picture missing, or mixing two teams' media.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from app.core.errors import KilasError, WorkspaceError, WorkspaceUnwritable
from app.store import migrate
from app.store.db import make_session_factory
from app.store.models import MediaAsset, Setting
from app.store.team_db import (
    connect_error_in_words,
    display_location,
    make_team_engine,
    team_url,
)
from app.store.workspace import Workspace

MARKER_NAME = "kilas-tim.json"
SHARED_SUBFOLDERS = ("media", "renders")
LOCAL_SUBFOLDERS = ("models", "cache")
TEAM_ID_KEY = "team_workspace_id"


def open_team_workspace(
    location: str,
    media_root: Path | None,
    local_dir: Path | None,
    *,
    password: str | None = None,
    create: bool = True,
) -> Workspace:
    url = team_url(location, password)
    where = display_location(url)
    if media_root is None:
        raise WorkspaceError(
            f"Ruang kerja tim {where} perlu folder bersamanya: sebutkan di mana komputer ini "
            "melihat folder itu (--media-root FOLDER).",
            f"The team workspace {where} needs its shared folder: say where this computer sees "
            "it (--media-root FOLDER).",
        )
    if local_dir is None:
        raise ValueError("local_dir: this computer's folder for the team workspace's cache")
    root = _shared_folder(Path(media_root).expanduser().absolute(), create)
    schema = max(migrate.head_revisions())
    engine = make_team_engine(url, schema)
    try:
        _connect_or_create(engine, url, create)
        migrate.upgrade_team(engine)
        factory = make_session_factory(engine, read_only=False)
        with factory() as session, session.begin():
            team_id = _team_id(session)
            has_media = bool(session.scalar(select(func.count()).select_from(MediaAsset)))
        _check_marker(root, team_id, where, has_media)
    except Exception:
        engine.dispose()
        raise
    for name in SHARED_SUBFOLDERS:
        (root / name).mkdir(exist_ok=True)
    local_dir = Path(local_dir)
    for name in LOCAL_SUBFOLDERS:
        (local_dir / name).mkdir(parents=True, exist_ok=True)
    return Workspace(
        root=root,
        engine=engine,
        session_factory=factory,
        read_only=False,
        team=True,
        location=where,
        local_dir=local_dir,
    )


def _shared_folder(root: Path, create: bool) -> Path:
    if not root.exists() and create and root.parent.is_dir():
        try:
            root.mkdir()
        except OSError as exc:
            raise _unwritable(root) from exc
    if not root.is_dir():
        raise WorkspaceError(
            f"Folder bersama {root} tidak ada atau tidak terhubung. Periksa drive jaringan.",
            f"The shared folder {root} does not exist or is not connected. Check the network "
            "drive.",
        )
    if not os.access(root, os.W_OK):
        raise _unwritable(root)
    return root


def _unwritable(root: Path) -> WorkspaceUnwritable:
    return WorkspaceUnwritable(
        f"Folder bersama {root} tidak bisa ditulisi dari komputer ini. Periksa izin aksesnya.",
        f"The shared folder {root} cannot be written from this computer. Check its permissions.",
    )


def _connect_or_create(engine, url: URL, create: bool) -> None:
    """Connect once (errors in words); a missing database is created when allowed."""
    try:
        with engine.connect():
            return
    except KilasError as exc:
        if not (create and "does not exist" in exc.message("en")):
            raise
    except DBAPIError as exc:
        if not (create and "does not exist" in str(exc)):
            raise connect_error_in_words(url, exc) from exc
    _create_database(url)


def _create_database(url: URL) -> None:
    """CREATE DATABASE through the server's maintenance database (needs CREATEDB)."""
    from sqlalchemy import create_engine

    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            name = conn.dialect.identifier_preparer.quote(url.database)
            conn.execute(text(f"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0"))
    except DBAPIError as exc:
        raise connect_error_in_words(url, exc) from exc
    finally:
        admin.dispose()


def _team_id(session) -> str:
    """The workspace's id, made once (the first client to open the empty database)."""
    row = session.get(Setting, TEAM_ID_KEY)
    if row is None or not row.value:
        value = uuid.uuid4().hex
        if row is None:
            session.add(Setting(key=TEAM_ID_KEY, value=value))
        else:
            row.value = value
        return value
    return str(row.value)


def _check_marker(root: Path, team_id: str, where: str, has_media: bool) -> None:
    marker = root / MARKER_NAME
    if marker.exists():
        try:
            found = json.loads(marker.read_text(encoding="utf-8")).get("workspace_id", "")
        except (OSError, ValueError, AttributeError):
            found = ""
        if found != team_id:
            raise WorkspaceError(
                f"Folder {root} adalah folder bersama ruang kerja tim lain, bukan {where}. "
                "Pilih folder bersama yang benar.",
                f"The folder {root} is the shared folder of another team workspace, not "
                f"{where}. Choose the right shared folder.",
            )
        return
    if has_media:
        raise WorkspaceError(
            f"Folder {root} bukan folder bersama {where} (tidak ada {MARKER_NAME}), padahal "
            "ruang kerja itu sudah berisi media. Periksa ke folder mana drive jaringan ini "
            "terhubung.",
            f"The folder {root} is not the shared folder of {where} (no {MARKER_NAME}), yet "
            "that workspace already has media. Check which folder this network drive maps to.",
        )
    part = root / f".{MARKER_NAME}.{os.getpid()}.part"
    part.write_text(
        json.dumps({"workspace_id": team_id, "database": where}, indent=2), encoding="utf-8"
    )
    os.replace(part, marker)
