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


@pytest.fixture
def ctx(workspace_dir: Path):
    from app.services.context import AppContext
    from app.store.workspace import open_workspace

    ws = open_workspace(workspace_dir)
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
