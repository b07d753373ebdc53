"""Cards, pictures, new cards from dropped files, thumbnails and the shot list."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.core.errors import Canceled, KilasError
from app.media.thumbnails import HeicUnsupported, ImageUnsupported
from app.services.shots import ShotService
from app.services.storyboard import StoryboardService
from app.services.storyboard_export import StoryboardExports
from tests import media_factory
from tests.storyboard.conftest import make_png

pytestmark = pytest.mark.both_backends


def test_cards_show_the_script_shots_in_order_with_duration_and_location(ctx, project_id):
    ctx.set_setting("narration_wpm", 60.0)  # one word per second makes durations obvious
    cards = ctx.service(StoryboardService).cards(project_id)
    assert [c.number for c in cards] == [1, 2, 3]
    assert cards[1].shot_type == "close_up"
    # 7 words at 60 wpm = 7 s, longer than the 3 s target.
    assert cards[1].duration_s == pytest.approx(7.0)
    assert cards[0].location == "Kantor Camat"  # falls back to the scene's location
    assert cards[0].production_status == "to_shoot"
    assert cards[0].picture_path is None


def test_reordering_cards_reorders_the_script(ctx, project_id):
    board = ctx.service(StoryboardService)
    ids = [c.shot_id for c in board.cards(project_id)]
    previous = ctx.service(ShotService).reorder(project_id, [ids[2], ids[0], ids[1]])
    assert previous == ids
    assert [s.id for s in ctx.service(ShotService).list(project_id)] == [ids[2], ids[0], ids[1]]
    assert [c.shot_id for c in board.cards(project_id)][0] == ids[2]


def test_picture_is_copied_into_the_workspace_and_thumbnail_cached(ctx, project_id, picture):
    board = ctx.service(StoryboardService)
    shot_id = board.cards(project_id)[0].shot_id
    assert board.set_picture_from_file(shot_id, picture) is None
    card = board.cards(project_id)[0]
    assert card.picture_path.is_file()
    assert ctx.workspace.root in card.picture_path.parents
    thumb = board.thumbnail(card, 200)
    assert thumb.parent == ctx.workspace.cache_dir / "thumbs"
    assert thumb.name.startswith(card.picture_sha256[:40])
    mtime = thumb.stat().st_mtime_ns
    assert board.thumbnail(card, 200).stat().st_mtime_ns == mtime  # reused, not redone


def test_fifty_megapixel_photo_gets_a_small_thumbnail(ctx, project_id, tmp_path, qapp):
    from PySide6.QtGui import QImage

    big = media_factory.make_image(tmp_path / "kamera 50mp.jpg", size="8660x5773", color="navy")
    board = ctx.service(StoryboardService)
    shot_id = board.cards(project_id)[0].shot_id
    board.set_picture_from_file(shot_id, big)
    thumb = board.thumbnail(board.cards(project_id)[0], 300)
    image = QImage(str(thumb))
    assert max(image.width(), image.height()) == 320
    assert image.width() / image.height() == pytest.approx(8660 / 5773, rel=0.02)


def test_picture_deleted_outside_kilas_shows_as_missing(ctx, project_id, picture):
    board = ctx.service(StoryboardService)
    shot_id = board.cards(project_id)[0].shot_id
    board.set_picture_from_file(shot_id, picture)
    board.cards(project_id)[0].picture_path.unlink()
    card = board.cards(project_id)[0]
    assert card.picture_missing
    assert board.thumbnail(card, 200) is None
    # Exports still work, with a placeholder in place of the picture.
    out = ctx.service(StoryboardExports).export_csv(project_id, ctx.workspace.root / "daftar.csv")
    assert out.is_file()


def test_non_image_file_is_refused_with_a_clear_message(ctx, project_id, tmp_path):
    board = ctx.service(StoryboardService)
    note = tmp_path / "catatan rapat.txt"
    note.write_text("bukan gambar", encoding="utf-8")
    with pytest.raises(ImageUnsupported) as err:
        board.set_picture_from_file(board.cards(project_id)[0].shot_id, note)
    assert "catatan rapat.txt" in err.value.message("id")
    assert "bukan gambar" in err.value.message("id")


def test_heic_photo_is_refused_with_how_to_convert(ctx, project_id, tmp_path):
    heic = tmp_path / "IMG_0001.HEIC"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64)
    with pytest.raises(HeicUnsupported) as err:
        ctx.service(StoryboardService).set_picture_from_file(1, heic)
    assert "JPG" in err.value.message("id") and "Most Compatible" in err.value.message("en")


def test_webp_picture_is_supported(ctx, project_id, tmp_path):
    webp = media_factory.make_image(tmp_path / "poster.webp", size="400x300", color="green")
    board = ctx.service(StoryboardService)
    board.set_picture_from_file(board.cards(project_id)[0].shot_id, webp)
    card = board.cards(project_id)[0]
    assert card.picture_path.suffix == ".webp"
    assert board.thumbnail(card, 100).is_file()


def test_image_with_an_odd_suffix_is_recognised_by_content(ctx, project_id, tmp_path, qapp):
    odd = make_png(tmp_path / "unduhan.jfif.bin")
    board = ctx.service(StoryboardService)
    board.set_picture_from_file(board.cards(project_id)[0].shot_id, odd)
    assert board.cards(project_id)[0].picture_path.suffix == ".png"


def test_clipboard_bytes_and_video_frame_become_pictures(ctx, project_id, picture, landscape_clip):
    board = ctx.service(StoryboardService)
    first, second = [c.shot_id for c in board.cards(project_id)][:2]
    board.set_picture_from_bytes(first, picture.read_bytes())
    assert board.cards(project_id)[0].picture_path.is_file()
    assert board.video_duration_s(landscape_clip) == pytest.approx(2.0, abs=0.1)
    preview = board.video_frame_preview(landscape_clip, 1.0, max_px=160)
    assert preview.is_file()
    board.set_picture_from_video(second, landscape_clip, 1.0)
    card = board.cards(project_id)[1]
    assert card.picture_path.suffix == ".png"
    assert ctx.workspace.root in card.picture_path.parents


def test_frame_past_the_end_of_the_clip_is_a_clear_error(ctx, project_id, landscape_clip):
    board = ctx.service(StoryboardService)
    with pytest.raises(KilasError):
        board.set_picture_from_video(board.cards(project_id)[0].shot_id, landscape_clip, 60.0)


def test_hundred_dropped_images_become_cards_and_bad_files_are_listed(
    ctx, project_id, tmp_path, qapp
):
    files = [make_png(tmp_path / "drop" / f"foto {i:03}.png", 64, 48) for i in range(100)]
    (tmp_path / "drop" / "laporan.pdf").write_bytes(b"%PDF-1.4 not an image")
    files.insert(50, tmp_path / "drop" / "laporan.pdf")
    progress: list[float] = []
    board = ctx.service(StoryboardService)
    result = board.add_cards_from_images(
        project_id, files, at_index=1, report=lambda f, label="": progress.append(f)
    )
    assert len(result.created_ids) == 100
    assert [name for name, _ in result.rejected] == ["laporan.pdf"]
    assert progress[-1] == 1.0 and len(progress) > 100
    cards = board.cards(project_id)
    assert len(cards) == 103
    # Inserted after the first card, in the order they were dropped.
    assert [c.shot_id for c in cards[1:101]] == list(result.created_ids)
    assert cards[101].narration.startswith("Cukup tekan 112")


def test_canceling_a_big_drop_keeps_what_was_made(ctx, project_id, tmp_path, qapp):
    files = [make_png(tmp_path / f"f{i}.png", 32, 32) for i in range(5)]
    cancel = threading.Event()
    board = ctx.service(StoryboardService)

    def report(fraction, label=""):
        if fraction >= 0.4:
            cancel.set()

    result = board.add_cards_from_images(project_id, files, report=report, cancel=cancel)
    assert 0 < len(result.created_ids) < 5
    with pytest.raises(Canceled):
        cancel.set()
        board.add_cards_from_images(project_id, files, cancel=cancel)


def test_deleted_cards_come_back_in_place(ctx, project_id, picture):
    board = ctx.service(StoryboardService)
    result = board.add_cards_from_images(project_id, [picture], at_index=1)
    before = [c.shot_id for c in board.cards(project_id)]
    snapshot = board.delete_cards(list(result.created_ids))
    assert len(board.cards(project_id)) == 3
    board.restore_cards(snapshot)
    assert [c.shot_id for c in board.cards(project_id)] == before


def test_shot_list_groups_by_location_and_csv_has_bom(ctx, project_id):
    groups = ctx.service(StoryboardExports).shot_list(project_id)
    assert [g.location for g in groups] == ["Kantor Camat", "Pasar Baru"]
    assert [c.number for c in groups[1].cards] == [2, 3]
    (Path(ctx.workspace.root) / "keluar").mkdir()
    out = ctx.service(StoryboardExports).export_csv(
        project_id, Path(ctx.workspace.root) / "keluar" / "daftar shot.csv"
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Lokasi,No.,Adegan,Jenis shot")
    assert len(lines) == 4
    assert "Dekat (CU)" in lines[2] and "Pasar Baru" in lines[2]


def test_a_clip_used_as_picture_shows_one_of_its_frames(ctx, project_id, landscape_clip, qapp):
    from PySide6.QtGui import QImage

    from app.services.media_library import MediaLibrary

    board = ctx.service(StoryboardService)
    asset_id = ctx.service(MediaLibrary).import_file(landscape_clip)
    board.set_picture_asset(board.cards(project_id)[0].shot_id, asset_id)
    card = board.cards(project_id)[0]
    assert card.picture_kind == "video"
    image = QImage(str(board.thumbnail(card, 160)))
    assert (image.width(), image.height()) == (160, 90)
