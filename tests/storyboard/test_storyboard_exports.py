"""Printable PDF (A4, 6 cards per page) and the animatic MP4."""

from __future__ import annotations

import os
import threading
from io import BytesIO

import pytest
from PIL import Image
from PySide6.QtCore import QSize

from app.core.errors import Canceled
from app.core.overwrite import Overwrite
from app.media.frames import grab_frame
from app.services.storyboard import StoryboardService
from app.services.storyboard_export import StoryboardExports
from app.store.models import Project
from tests.storyboard.conftest import make_png


def _pdf_pages(path):
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    return doc


def test_pdf_has_six_cards_per_a4_page_with_header_and_page_numbers(
    ctx, project_id, picture, tmp_path, qapp
):
    board = ctx.service(StoryboardService)
    board.add_cards_from_images(project_id, [picture] * 4)  # 7 cards → 2 pages
    first = board.cards(project_id)[0]
    board.set_picture_from_file(first.shot_id, picture)
    board.cards(project_id)[0].picture_path.unlink()  # a lost picture prints a placeholder
    out = ctx.service(StoryboardExports).export_pdf(project_id, tmp_path / "papan cerita.pdf")
    if os.environ.get("KILAS_LOOK"):  # render page 1 to look at it
        doc = _pdf_pages(out)
        doc.render(0, QSize(1240, 1754)).save(os.environ["KILAS_LOOK"])
    doc = _pdf_pages(out)
    assert doc.pageCount() == 2
    size = doc.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (595, 842)  # A4 in points
    text = doc.getAllText(0).text()
    assert "Layanan 112 Darurat" in text
    assert "Halaman 1 dari 2" in text
    assert "Durasi: 3,0 dtk" in text
    assert "#6" in text and "#7" not in text
    assert "Halaman 2 dari 2" in doc.getAllText(1).text()


def test_animatic_is_a_vertical_mp4_with_the_narration_track(
    ctx, project_id, tmp_path, tone_audio, qapp
):
    from app.media.probe import probe
    from app.services.media_library import MediaLibrary
    from app.services.shots import ShotService

    board = ctx.service(StoryboardService)
    ids = [c.shot_id for c in board.cards(project_id)]
    board.delete_cards(ids[2:])  # 2 cards × 1 s keeps the test short
    for sid in ids[:2]:
        ctx.service(ShotService).update(sid, narration="Tekan 112.", target_duration_s=1.0)
    board.set_picture_from_file(ids[0], make_png(tmp_path / "a.png", 320, 180, "red"))
    with ctx.session() as s:
        s.get(Project, project_id).narration_asset_id = ctx.service(MediaLibrary).import_file(
            tone_audio
        )
    progress: list[float] = []
    out = ctx.service(StoryboardExports).export_animatic(
        project_id,
        tmp_path / "animatik" / "uji.mp4",
        size_px=(180, 320),
        fps=30,
        report=lambda f, label="": progress.append(f),
    )
    info = probe(out)
    assert (info.width_px, info.height_px) == (180, 320)
    assert info.fps == pytest.approx(30)  # 10 frames/s piped, repeated by ffmpeg
    assert info.duration_s == pytest.approx(2.0, abs=0.25)
    assert info.has_audio
    assert progress[-1] == 1.0
    assert not list(out.parent.glob("*.part*"))
    # Each card is held for its own second: the red picture first, then the placeholder.
    first, second = (
        Image.open(BytesIO(grab_frame(out, t_s))).convert("RGB").getpixel((90, 60))
        for t_s in (0.5, 1.5)
    )
    assert first[0] > 180 and first[1] < 80
    assert not (second[0] > 180 and second[1] < 80)


def test_animatic_default_size_is_1080x1920_frames(ctx, project_id, tmp_path, qapp):
    from app.media.probe import probe
    from app.services.shots import ShotService

    board = ctx.service(StoryboardService)
    ids = [c.shot_id for c in board.cards(project_id)]
    board.delete_cards(ids[1:])  # one short card keeps the full-size encode quick
    ctx.service(ShotService).update(ids[0], narration="", target_duration_s=0.5)
    # No size given: what the user gets from the Export button.
    out = ctx.service(StoryboardExports).export_animatic(project_id, tmp_path / "penuh.mp4")
    info = probe(out)
    assert (info.width_px, info.height_px) == (1080, 1920)
    assert info.fps == pytest.approx(30)


def test_canceled_animatic_leaves_no_file(ctx, project_id, tmp_path, qapp):
    cancel = threading.Event()
    cancel.set()
    out = tmp_path / "batal.mp4"
    with pytest.raises(Canceled):
        ctx.service(StoryboardExports).export_animatic(
            project_id, out, cancel=cancel, size_px=(90, 160), fps=5
        )
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def test_animatic_replaces_an_existing_file_only_when_asked(ctx, project_id, tmp_path, qapp):
    from app.media.outputs import OutputExists

    out = tmp_path / "ada.mp4"
    out.write_bytes(b"video lama")
    exports = ctx.service(StoryboardExports)
    with pytest.raises(OutputExists):
        exports.export_animatic(project_id, out, size_px=(90, 160), fps=5)
    assert out.read_bytes() == b"video lama"
    exports.export_animatic(project_id, out, size_px=(90, 160), fps=5, overwrite=Overwrite.REPLACE)
    assert out.read_bytes()[4:8] == b"ftyp" and not list(tmp_path.glob(".*part*"))
