"""Batch fixtures: a folder with a sheet's media (tiny clips, narration, a corrupt file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import media_factory

# The render worker renders with tests/batch/fake_render.py (tests/child_harness.py).
FAKE = "app.services.render_job:default_render=tests.batch.fake_render:render"
HEADER = "title;narration;clips;lower_third_name;lower_third_role;preset;output;caption;hashtags;subtitles"


@pytest.fixture
def fake_render(children_with) -> None:
    """Render workers started by this test render with the fake renderer."""
    children_with(FAKE)


@pytest.fixture(scope="session")
def sheet_media(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lembar batch é")
    media_factory.make_video(folder / "klip a.mp4", duration_s=1.0, size="320x180")
    media_factory.make_video(
        folder / "klip b.mp4", duration_s=1.0, size="320x180", with_audio=False
    )
    media_factory.make_audio(folder / "narasi.m4a", duration_s=2.0)
    media_factory.make_image(folder / "foto.png", size="320x180")
    (folder / "rusak.mp4").write_bytes(b"bukan video " * 200)
    return folder


@pytest.fixture
def sheet_dir(sheet_media: Path, tmp_path: Path) -> Path:
    """A private copy of the media folder, so each test writes its own sheet."""
    import shutil

    target = tmp_path / "lembar é"
    shutil.copytree(sheet_media, target)
    return target


def write_sheet(
    folder: Path, lines: list[str], name: str = "batch.csv", encoding: str = "utf-8"
) -> Path:
    path = folder / name
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path
