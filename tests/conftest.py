"""Shared fixtures: headless Qt, a private data folder, temporary workspaces, synthetic media."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the real user data folder or settings from tests.
_DATA = tempfile.mkdtemp(prefix="kilas-test-data-")
os.environ["KILAS_DATA_DIR"] = _DATA
os.environ["XDG_CONFIG_HOME"] = str(Path(_DATA) / "config")
os.environ.setdefault("KILAS_LANG", "id")

import pytest  # noqa: E402

from tests import media_factory  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):
    """The whole run shares one QApplication, made first: a service that paints would
    otherwise make a bare QGuiApplication, and every later widget would abort the run."""
    return qapp


@pytest.fixture
def workspace_dir(tmp_path: Path) -> Path:
    """A workspace path with a space and non-ASCII characters, as users have."""
    return tmp_path / "Ruang Kerja Humas é"


def pytest_generate_tests(metafunc):
    """Tests marked `both_backends` run twice: single-user SQLite and team PostgreSQL (but
    for those also marked `sqlite_only`: what they check is SQLite's own)."""
    marked = metafunc.definition.get_closest_marker
    if "backend" in metafunc.fixturenames and marked("both_backends") and not marked("sqlite_only"):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """One real PostgreSQL server for the run, started on first use (tests/pg_server.py)."""
    import shutil

    from tests.pg_server import PostgresServer

    base = Path(tempfile.mkdtemp(prefix="kilas-pg-"))  # not under pytest's 0700 folder
    server = PostgresServer(base).start()
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def _team_template(pg_server) -> str:
    """A database at the newest schema, copied for each test (faster than migrating)."""
    from app.store.workspace import open_workspace

    name = pg_server.new_database()
    scratch = Path(tempfile.mkdtemp(prefix="kilas-pg-template-"))
    ws = open_workspace(
        pg_server.url(name), media_root=scratch / "media", local_dir=scratch / "local"
    )
    with ws.engine.begin() as conn:  # each copy is a new workspace: it makes its own id
        from sqlalchemy import text

        conn.execute(text("DELETE FROM settings WHERE key = 'team_workspace_id'"))
    ws.close()
    return name


@pytest.fixture
def team_url(pg_server, _team_template) -> str:
    """The URL (with password) of a fresh team database at the newest schema."""
    return pg_server.url(pg_server.new_database(template=_team_template))


def open_test_workspace(backend: str, folder: Path, url: str = ""):
    """A workspace on `backend`; for PostgreSQL `folder` is the shared media root."""
    from app.store.workspace import open_workspace

    if backend == "postgresql":
        return open_workspace(url, media_root=folder, local_dir=folder.parent / "lokal")
    return open_workspace(folder)


@pytest.fixture
def ctx(workspace_dir: Path, backend: str, request):
    from app.services.context import AppContext

    url = request.getfixturevalue("team_url") if backend == "postgresql" else ""
    ws = open_test_workspace(backend, workspace_dir, url)
    yield AppContext(ws)
    ws.close()


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("media ü")


@pytest.fixture(scope="session")
def landscape_clip(media_dir: Path) -> Path:
    return media_factory.make_video(
        media_dir / "klip landscape.mp4", duration_s=2.0, size="640x360"
    )


@pytest.fixture(scope="session")
def tone_audio(media_dir: Path) -> Path:
    return media_factory.make_audio(media_dir / "nada.m4a", duration_s=3.0)


@pytest.fixture
def children_with(monkeypatch):
    """`children_with("module:attr=tests.module:attr", ...)`: Kilas child processes this
    test starts run with those attributes replaced (tests/child_harness.py)."""
    from app.media import child_process
    from tests.child_harness import child_command_with

    def route(*replacements: str) -> None:
        monkeypatch.setattr(child_process, "child_command", child_command_with(replacements))

    return route
