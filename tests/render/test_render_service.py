"""RenderService on a real workspace: plan from the project, render, preview, bad media."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PIL import Image

from app.cli import main as cli_main
from app.services.render import MediaProblem, RenderService
from tests import media_factory
from tests.render.helpers import frame_rgb_at, import_media, make_project, output_info


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


def test_cli_renders_a_finished_vertical_video(ctx, project, tmp_path, capsys):
    out_dir = tmp_path / "hasil: render é"
    out_dir.mkdir()
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
            "--workspace",
            str(ctx.workspace.root),
            "--json",
        ]
    )
    assert code == 0
    result = json.loads(capsys.readouterr().out)
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
    # Rendering again never overwrites the first video.
    assert (
        cli_main(
            [
                "render",
                str(project),
                "--preset",
                "whatsapp",
                "--quality",
                "draft",
                "--out",
                str(out_dir),
                "--workspace",
                str(ctx.workspace.root),
                "--frame",
                "1.0",
            ]
        )
        == 0
    )


def test_preview_frame_is_quick_and_full_size(ctx, project, tmp_path):
    service = ctx.service(RenderService)
    service.preview_frame(project, 0.2)  # warms the plan (overlays painted once)
    started = time.monotonic()
    png = service.preview_frame(project, 2.0)
    elapsed = time.monotonic() - started
    path = tmp_path / "frame.png"
    path.write_bytes(png)
    with Image.open(path) as img:
        assert img.size == (1080, 1920)
    assert elapsed < 1.0


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
