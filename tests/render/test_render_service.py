"""RenderService on a real workspace: plan from the project, render, preview, bad media."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from app.cli import main as cli_main
from app.core.errors import KilasError
from app.services.render import MediaProblem, RenderService
from tests import media_factory
from tests.pg_server import cli_workspace_args
from tests.render.helpers import frame_rgb_at, import_media, make_project, output_info

pytestmark = pytest.mark.both_backends


@pytest.fixture
def project(ctx, landscape_clip, tone_audio, media_dir):
    clip = import_media(ctx, landscape_clip)
    still = import_media(
        ctx, media_factory.make_image(media_dir / "foto kantor.jpg", "800x600", "teal")
    )
    music = import_media(ctx, media_factory.make_audio(media_dir / "musik latar.m4a", 6.0, 330))
    return make_project(
        ctx,
        [
            dict(
                media_asset_id=clip,
                target_duration_s=1.5,
                clip_audio=True,
                on_screen_text="Hubungi 112",
            ),
            dict(media_asset_id=still, target_duration_s=1.5, transition_in="crossfade"),
            dict(media_asset_id=clip, target_duration_s=1.0, focus_x=0.8),
        ],
        narration_asset_id=import_media(ctx, tone_audio),
        music_asset_id=music,
        options={"call_to_action": "Simpan nomor 112", "end_card": False},
    )


def test_plan_comes_from_the_project(ctx, project):
    plan = ctx.service(RenderService).build_plan(project, "reels", "draft")
    assert [s.kind for s in plan.shots] == ["video", "image", "video"]
    assert plan.duration_s == pytest.approx(3.5, abs=0.05)  # the 3 s narration + tail
    assert plan.shots[1].transition_s > 0
    assert {o.label for o in plan.overlays} >= {"title_card", "on_screen_text"}
    roles = sorted(c.role for c in plan.audio.clips)
    assert roles == ["clip", "narration"] and plan.audio.music is not None
    assert plan.output.preset == "reels"


def _cli_render(ctx, project: int, out_dir: Path, capsys) -> dict:
    """`render ID --preset whatsapp --quality draft --out DIR --json`; its JSON answer."""
    code = cli_main(
        [
            "render",
            str(project),
            "--preset",
            "whatsapp",
            "--quality",
            "draft",
            "--out",
            str(out_dir),
            *cli_workspace_args(ctx.workspace),
            "--json",
        ]
    )
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_cli_renders_a_finished_vertical_video(ctx, project, tmp_path, capsys):
    out_dir = tmp_path / "hasil: render é"
    out_dir.mkdir()
    result = _cli_render(ctx, project, out_dir, capsys)
    out = Path(result["output_path"])
    assert out.parent == out_dir and out.name == "layanan-112-gratis-whatsapp-draft.mp4"
    assert sorted(p.name for p in out_dir.iterdir()) == [out.name]  # no .part left
    assert result["size_bytes"] == out.stat().st_size
    info = output_info(out)
    assert (info["width"], info["height"], info["pix_fmt"]) == (1080, 1920, "yuv420p")
    assert (info["codec"], info["profile"]) == ("h264", "High")
    assert (info["audio_codec"], info["audio_profile"], info["sample_rate"]) == ("aac", "LC", 48000)
    assert info["duration_s"] == pytest.approx(result["duration_s"], abs=0.1)
    # The title card is burned in over the first second.
    first = frame_rgb_at(out, 0.5)
    plain = frame_rgb_at(out, 3.0)
    assert (
        abs(first[800:1000, 100:900].astype(int) - plain[800:1000, 100:900].astype(int)).mean() > 10
    )
    # Rendering again never overwrites the first video: it stays byte for byte, and the
    # new render gets a new name beside it.
    first_bytes = out.read_bytes()
    second = Path(_cli_render(ctx, project, out_dir, capsys)["output_path"])
    assert second.name == "layanan-112-gratis-whatsapp-draft-2.mp4"
    assert out.read_bytes() == first_bytes
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([out.name, second.name])
    assert output_info(second)["duration_s"] == pytest.approx(result["duration_s"], abs=0.1)


def test_preview_frame_is_full_size(ctx, project, tmp_path):
    service = ctx.service(RenderService)
    service.preview_frame(project, 0.2)  # warms the plan (overlays painted once)
    png = service.preview_frame(project, 2.0)
    path = tmp_path / "frame.png"
    path.write_bytes(png)
    with Image.open(path) as img:
        assert img.size == (1080, 1920)


def test_missing_media_names_the_shot_and_writes_nothing(ctx, project, tmp_path):
    service = ctx.service(RenderService)
    plan = service.build_plan(project, "tiktok", "draft")
    Path(plan.shots[1].path).unlink()
    with pytest.raises(MediaProblem) as err:
        service.render(project, "tiktok", "draft", out_dir(tmp_path))
    assert "Shot 2" in err.value.message("id")
    assert list(out_dir(tmp_path).iterdir()) == []


def test_corrupt_media_names_the_shot_and_writes_nothing(ctx, project, tmp_path):
    service = ctx.service(RenderService)
    plan = service.build_plan(project, "tiktok", "draft")
    Path(plan.shots[0].path).write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"rusak" * 200)
    with pytest.raises(MediaProblem) as err:
        service.render(project, "tiktok", "draft", out_dir(tmp_path))
    assert "Shot 1" in err.value.message("id")
    assert list(out_dir(tmp_path).iterdir()) == []


def test_unknown_caption_font_falls_back_with_a_warning(ctx, project):
    from app.services.brand import BrandService

    brand = ctx.service(BrandService)
    kit_id = brand.project_kit_id(project)
    style = brand.get(kit_id).style
    brand.set_style(
        kit_id, style.with_changes(caption=style.caption.__class__(font_family="Fon Tak Ada"))
    )
    warnings = ctx.service(RenderService).plan_warnings(project, "tiktok", "draft")
    assert any("Fon Tak Ada" in w for w in warnings)


def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "keluaran"
    folder.mkdir(exist_ok=True)
    return folder


def test_captions_from_the_subtitle_track_are_burned_in(ctx, tmp_path):
    from io import BytesIO

    from app.services.subtitles import SubtitleService

    project = make_project(
        ctx, [dict(target_duration_s=4.0)], options={"title_card": False, "end_card": False}
    )
    srt = tmp_path / "teks.srt"
    srt.write_text("1\n00:00:02,000 --> 00:00:03,000\nHALO 112\n", encoding="utf-8")
    ctx.service(SubtitleService).import_srt(project, srt)
    service = ctx.service(RenderService)
    assert service.build_plan(project, "tiktok", "draft").captions_ass
    with_caption = Image.open(BytesIO(service.preview_frame(project, 2.5))).convert("L")
    without = Image.open(BytesIO(service.preview_frame(project, 1.5))).convert("L")
    band = (100, 1000, 980, 1300)  # where captions sit, above the bottom UI band
    assert len(set(without.crop(band).getdata())) == 1  # plain background
    assert len(set(with_caption.crop(band).getdata())) > 20  # letters with an outline


def test_a_brand_kit_that_cannot_be_read_stops_the_render_and_names_the_kit(ctx, project, tmp_path):
    from app.services.brand import BrandService
    from app.store.models import BrandKit

    brand = ctx.service(BrandService)
    kit_id = brand.project_kit_id(project)
    brand.rename(kit_id, "Kit Dinas")
    with ctx.session() as s:
        s.get(BrandKit, kit_id).data = {"version": 999}  # written by a newer Kilas
    with pytest.raises(KilasError) as err:
        ctx.service(RenderService).render(project, "tiktok", "draft", out_dir(tmp_path))
    assert "Kit Dinas" in err.value.message("id") and "Kit Dinas" in err.value.message("en")
    assert list(out_dir(tmp_path).iterdir()) == []


def test_a_missing_kit_logo_stops_the_render_instead_of_leaving_it_out(
    ctx, project, tmp_path, media_dir
):
    from app.services.brand import BrandService

    brand = ctx.service(BrandService)
    kit_id = brand.project_kit_id(project)
    brand.set_logo(kit_id, media_factory.make_image(media_dir / "logo dinas.png", "200x200", "red"))
    Path(brand.get(kit_id).logo_path).unlink()
    with pytest.raises(KilasError) as err:
        ctx.service(RenderService).render(project, "tiktok", "draft", out_dir(tmp_path))
    assert brand.get(kit_id).name in err.value.message("en") and "logo" in err.value.message("en")
    assert list(out_dir(tmp_path).iterdir()) == []


def test_scrubbing_the_preview_does_not_rewrite_the_captions_file(ctx, tmp_path):
    from app.services.subtitles import SubtitleService

    project = make_project(
        ctx, [dict(target_duration_s=3.0)], options={"title_card": False, "end_card": False}
    )
    srt = tmp_path / "teks.srt"
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHALO 112\n", encoding="utf-8")
    subtitles = ctx.service(SubtitleService)
    subtitles.import_srt(project, srt)
    service = ctx.service(RenderService)
    ass = Path(service.build_plan(project, "tiktok", "draft").captions_ass)
    before = ass.stat()
    for t_s in (0.5, 1.2, 1.5, 2.5):
        service.preview_frame(project, t_s)
    after = ass.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert service.build_plan(project, "tiktok", "draft").captions_ass == str(ass)
    # An edit of the captions is seen by the next preview: a new file with the new text.
    srt.write_text("1\n00:00:01,000 --> 00:00:02,000\nHALO 113\n", encoding="utf-8")
    subtitles.import_srt(project, srt)
    edited = Path(service.build_plan(project, "tiktok", "draft").captions_ass)
    assert edited != ass and "HALO 113" in edited.read_text(encoding="utf-8")
