"""A download cut off in the middle still opens: Kilas notices when it is added and before a
render, names the shot, and says what to do, instead of publishing broken frames."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.media.probe import MediaDamaged, MediaUnreadable, probe
from app.services.media_library import MediaLibrary
from app.services.render import RenderService
from app.services.render_sources import MediaProblem
from tests import media_factory
from tests.render.helpers import import_media, make_project


@pytest.fixture(scope="module")
def whole_clip(tmp_path_factory) -> Path:
    """A clip whose index is at the front (as downloads are), so half of it still opens."""
    folder = tmp_path_factory.mktemp("utuh")
    path = media_factory.make_video(folder / "utuh.mp4", duration_s=6.0, size="320x180")
    fast = folder / "unduhan.mp4"
    media_factory._run(["-i", str(path), "-c", "copy", "-movflags", "+faststart", str(fast)])
    return fast


def _cut(source: Path, target: Path) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def test_a_cut_off_file_is_refused_when_added(ctx, whole_clip, tmp_path) -> None:
    assert probe(whole_clip).duration_s == pytest.approx(6.0, abs=0.1)
    cut = _cut(whole_clip, tmp_path / "terpotong.mp4")
    with pytest.raises(MediaDamaged) as err:
        ctx.service(MediaLibrary).import_file(cut)
    message = err.value.message("id")
    assert "terpotong" in message and "dari 0:06" in message and "unduh ulang" in message
    assert not list(ctx.workspace.media_dir.glob("terpotong*"))  # nothing was copied in


def test_media_damaged_after_adding_stops_the_render_and_names_the_shot(ctx, whole_clip, tmp_path):
    asset = import_media(ctx, whole_clip)
    project = make_project(ctx, [dict(media_asset_id=asset, target_duration_s=2.0)])
    stored = next(ctx.workspace.media_dir.rglob("unduhan*.mp4"))  # the workspace's copy
    _cut(whole_clip, stored)  # the file on disk is damaged later (a bad copy, a sync)
    out = tmp_path / "keluar"
    with pytest.raises(MediaProblem) as err:
        ctx.service(RenderService).render(project, quality="draft", out_dir_or_path=out)
    assert "Shot 1" in err.value.message("en") and "cut off" in err.value.message("en")
    assert not out.exists() or not any(out.iterdir())  # nothing was written


def _png_header_only(path: Path, width_px: int, height_px: int) -> Path:
    """A PNG that claims to be width×height: what a crafted 'decompression bomb' looks like."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width_px, height_px, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b""))
    return path


def test_a_giant_picture_is_refused_in_words(ctx, tmp_path, recwarn) -> None:
    bomb = _png_header_only(tmp_path / "raksasa.png", 30_000, 30_000)  # 900 megapixels
    with pytest.raises(MediaUnreadable) as err:
        ctx.service(MediaLibrary).import_file(bomb)
    assert "too large to open" in err.value.message("en")
    assert not [w for w in recwarn if "DecompressionBomb" in type(w.message).__name__]
