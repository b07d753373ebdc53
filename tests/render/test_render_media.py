"""The ffmpeg side: graph, odd phone media, overlays, loudness, atomic output, cancel.

Plans here use a small canvas (270×480) so each render takes a second or two; the
full-size 1080×1920 output is checked in test_render_service.py.
"""

from __future__ import annotations

import subprocess
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from app.core.errors import Canceled
from app.core.overwrite import Overwrite
from app.core.render_plan import AudioSource, OverlaySpec, PlanInputs, ShotSource, build_plan
from app.media import ffmpeg_runner, loudness, outputs, render_graph, render_run
from app.media.probe import probe
from app.resources.templates import load_preset
from tests import media_factory
from tests.render.helpers import frame_rgb_at, output_info

SMALL = replace(
    load_preset("tiktok", "draft"), width_px=270, height_px=480, x264_preset="ultrafast"
)


def source(number: int, path: Path, **kw) -> ShotSource:
    info = probe(path)
    return ShotSource(
        number,
        str(path),
        info.kind,
        info.duration_s,
        info.width_px,
        info.height_px,
        info.fps,
        info.has_audio,
        **kw,
    )


def render(plan, target: Path, **kw) -> Path:
    measured = loudness.measure(plan)
    path, _stats = render_run.run_to_file(
        lambda part: render_graph.render_args(plan, part, measured),
        target,
        plan.duration_s,
        **kw,
    )
    return path


@pytest.fixture(scope="module")
def odd_media(media_dir: Path) -> dict[str, Path]:
    folder = media_dir / "ganjil: klip, 'aneh'"
    vfr = folder / "vfr.mp4"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            media_factory.FFMPEG,
            "-v",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=320x180:rate=30:duration=2",
            "-vf",
            r"select=lt(mod(n\,10)\,4)",
            "-fps_mode",
            "vfr",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            str(vfr),
        ],
        check=True,
    )
    # A phone's portrait video: landscape pixels plus a display matrix.
    landscape = media_factory.make_video(folder / "mentah.mp4", 1.0, "320x180")
    rotated = folder / "portrait.mp4"
    subprocess.run(
        [
            media_factory.FFMPEG,
            "-v",
            "error",
            "-y",
            "-display_rotation",
            "90",
            "-i",
            str(landscape),
            "-c",
            "copy",
            str(rotated),
        ],
        check=True,
    )
    return {
        "rotated": rotated,
        "hevc": media_factory.make_video(folder / "hevc.mp4", 1.0, "320x180", codec="libx265"),
        "silent": media_factory.make_video(folder / "bisu.mp4", 1.0, "320x180", with_audio=False),
        "short": media_factory.make_video(folder / "pendek.mp4", 0.5, "320x180", fps=25),
        "vfr": vfr,
        "voice": media_factory.make_audio(folder / "suara.m4a", 1.0, frequency_hz=500),
        "still": media_factory.make_image(folder / "foto.png", "400x300", "orange"),
    }


def test_phone_media_of_every_kind_renders_in_one_graph(odd_media, tmp_path):
    rotated = probe(odd_media["rotated"])
    assert (rotated.width_px, rotated.height_px) == (180, 320)  # portrait after the matrix
    shots = (
        source(1, odd_media["rotated"], target_duration_s=0.8),
        source(2, odd_media["hevc"], target_duration_s=0.8, transition_in="crossfade"),
        source(3, odd_media["silent"], target_duration_s=0.8, clip_audio=True),
        source(
            4, odd_media["short"], target_duration_s=1.2, short_clip_mode="loop", clip_audio=True
        ),
        source(5, odd_media["short"], target_duration_s=1.2, short_clip_mode="hold"),
        source(6, odd_media["vfr"], target_duration_s=0.8),
        source(7, odd_media["voice"], target_duration_s=0.8, clip_audio=True),
        source(8, odd_media["still"], target_duration_s=0.8),
    )
    plan = build_plan(PlanInputs(shots, SMALL, fps=30.0))
    out = render(plan, tmp_path / "semua jenis.mp4")
    info = output_info(out)
    assert (info["width"], info["height"], info["pix_fmt"]) == (270, 480, "yuv420p")
    assert info["fps"] == 30.0
    assert info["duration_s"] == pytest.approx(plan.duration_s, abs=0.1)
    # The audio-only shot shows the colour background.
    colour = frame_rgb_at(out, plan.shots[6].start_s + 0.3)[240, 135]
    assert abs(int(colour[2]) - 0x8A) < 30 and colour[0] < 40
    # The held short clip and the still fill the frame (no black bars).
    assert frame_rgb_at(out, plan.shots[4].end_s - 0.1).mean() > 40
    assert frame_rgb_at(out, plan.shots[7].start_s + 0.2)[240, 135][0] > 200  # orange


def test_overlay_shows_only_in_its_window_at_its_place(tmp_path):
    png = tmp_path / "merah.png"
    Image.new("RGBA", (60, 40), (255, 0, 0, 255)).save(png)
    plan = build_plan(
        PlanInputs(
            (ShotSource(1, target_duration_s=3.0, background_colour="#0000FF"),),
            SMALL,
            overlays=(
                OverlaySpec(
                    str(png),
                    40,
                    100,
                    60,
                    40,
                    anchor="shot",
                    shot_number=1,
                    offset_s=1.0,
                    duration_s=1.0,
                ),
            ),
        )
    )
    out = render(plan, tmp_path / "lapisan.mp4")
    before, during, after = (frame_rgb_at(out, t) for t in (0.5, 1.5, 2.5))
    assert before[120, 70][2] > 200 and before[120, 70][0] < 50  # still blue
    assert during[120, 70][0] > 200 and during[120, 70][2] < 60  # red box
    assert during[300, 200][2] > 200  # elsewhere blue
    assert after[120, 70][2] > 200
    # The preview frame comes from the same graph.
    frame = ffmpeg_runner.run(render_graph.frame_args(plan, 1.5)).stdout
    preview = tmp_path / "pratinjau.png"
    preview.write_bytes(frame)
    with Image.open(preview) as img:
        assert img.size == (270, 480)
        assert img.getpixel((70, 120))[0] > 200


def test_preview_inside_a_crossfade_blends_both_shots_like_the_export(tmp_path):
    # Blue, then red fading in over 0.5 s: a quarter of the way in the export is mostly
    # blue with some red, and so must the preview be (not the incoming red shot alone).
    plan = build_plan(
        PlanInputs(
            (
                ShotSource(1, target_duration_s=2.0, background_colour="#0000FF"),
                ShotSource(
                    2, target_duration_s=2.0, background_colour="#FF0000", transition_in="crossfade"
                ),
            ),
            SMALL,
        )
    )
    incoming = plan.shots[1]
    at_s = incoming.start_s + incoming.transition_s / 4
    exported = frame_rgb_at(render(plan, tmp_path / "silang.mp4"), at_s)[240, 135]
    preview = tmp_path / "pratinjau.png"
    preview.write_bytes(ffmpeg_runner.run(render_graph.frame_args(plan, at_s)).stdout)
    with Image.open(preview) as img:
        shown = img.convert("RGB").getpixel((135, 240))
    assert exported[2] > exported[0] > 20  # the export: blue still stronger, red coming in
    assert all(abs(int(a) - int(b)) <= 24 for a, b in zip(shown, exported, strict=True))


def test_loudness_is_normalised_to_the_preset_target(tmp_path, media_dir):
    quiet_voice = media_factory.make_audio(media_dir / "narasi pelan.m4a", 8.0, frequency_hz=300)
    music = media_factory.make_audio(media_dir / "musik.m4a", 5.0, frequency_hz=200)
    plan = build_plan(
        PlanInputs(
            (ShotSource(1, target_duration_s=4.0), ShotSource(2, target_duration_s=4.0)),
            SMALL,
            narration=AudioSource(str(quiet_voice), 8.0),
            music=AudioSource(str(music), 5.0),
        )
    )
    out = render(plan, tmp_path / "keras.mp4")
    assert loudness.integrated_lufs(out) == pytest.approx(-14.0, abs=1.0)
    assert loudness.true_peak_dbtp(out) <= -1.5  # after AAC, as the platform measures
    info = output_info(out)
    assert (info["audio_codec"], info["sample_rate"], info["channels"]) == ("aac", 48000, 2)


def test_existing_files_are_never_overwritten(tmp_path):
    target = tmp_path / "video.mp4"
    target.write_bytes(b"old")
    final, part = outputs.reserve_output(target, Overwrite.NEW_NAME)
    assert final.name == "video-2.mp4" and part.parent == tmp_path and part.suffix == ".mp4"
    with pytest.raises(outputs.OutputExists):
        outputs.reserve_output(target, Overwrite.REFUSE)
    part.write_bytes(b"new video")
    (tmp_path / "video-2.mp4").write_bytes(b"someone else")  # the name taken meanwhile
    published = outputs.publish(part, final, Overwrite.NEW_NAME)
    assert published not in (target, final) and published.parent == tmp_path
    assert published.read_bytes() == b"new video" and not part.exists()
    assert (tmp_path / "video-2.mp4").read_bytes() == b"someone else"
    assert target.read_bytes() == b"old"


def test_cancel_kills_ffmpeg_and_leaves_nothing(tmp_path):
    plan = build_plan(
        PlanInputs((ShotSource(1, target_duration_s=120.0),), load_preset("tiktok", "final"))
    )
    cancel = threading.Event()
    seen = []

    def report(fraction: float, label: str) -> None:
        seen.append(fraction)
        cancel.set()

    with pytest.raises(Canceled):
        render(plan, tmp_path / "batal.mp4", report=report, cancel=cancel)
    assert seen
    assert list(tmp_path.iterdir()) == []
    if Path("/proc").is_dir():
        running = [p.read_bytes() for p in Path("/proc").glob("[0-9]*/cmdline") if _readable(p)]
        assert not any(b"batal" in cmd and b".part" in cmd for cmd in running)


def _readable(path: Path) -> bool:
    try:
        path.read_bytes()
        return True
    except OSError:
        return False
