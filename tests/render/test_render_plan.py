"""The render plan as pure data: timeline, crop, overlays, audio (no ffmpeg)."""

from __future__ import annotations

import pytest

from app.core.errors import InvalidInput
from app.core.render_plan import (
    AudioSource,
    OverlaySpec,
    PlanInputs,
    ShotSource,
    build_plan,
    choose_fps,
    cover_crop,
)
from app.resources.templates import load_preset, preset_keys

OUT = load_preset("tiktok", "final")


def clip(number: int, **kw) -> ShotSource:
    base = dict(
        media_path=f"/m/{number}.mp4",
        media_kind="video",
        media_duration_s=10.0,
        width_px=1920,
        height_px=1080,
        fps=30.0,
        has_audio=True,
        target_duration_s=4.0,
    )
    base.update(kw)
    return ShotSource(number, **base)


def test_landscape_clip_is_cropped_to_9_16_around_its_focus_point():
    centre = cover_crop(1920, 1080, 1080, 1920, 0.5, 0.5)
    assert (centre.width_px, centre.height_px) == (606, 1080)
    assert centre.x_px == (1920 - 606) // 2
    right = cover_crop(1920, 1080, 1080, 1920, 0.75, 0.5)
    assert right.x_px + right.width_px // 2 == pytest.approx(0.75 * 1920, abs=2)
    # A focus at the edge keeps the window inside the picture.
    edge = cover_crop(1920, 1080, 1080, 1920, 1.0, 0.5)
    assert edge.x_px + edge.width_px == 1920
    portrait = cover_crop(1080, 1920, 1080, 1920, 0.2, 0.9)
    assert (portrait.x_px, portrait.y_px, portrait.width_px, portrait.height_px) == (
        0,
        0,
        1080,
        1920,
    )


def test_shots_follow_each_other_on_the_frame_grid():
    plan = build_plan(PlanInputs((clip(1), clip(2, target_duration_s=2.5), clip(3)), OUT))
    starts = [s.start_s for s in plan.shots]
    assert starts == [0.0, 4.0, 6.5]
    assert plan.duration_s == pytest.approx(10.5)
    assert plan.frame_count == 315
    assert plan.shot_index_at(5.0) == 1


def test_recorded_narration_sets_the_length_and_shots_keep_their_proportions():
    shots = (clip(1, target_duration_s=2.0), clip(2, target_duration_s=6.0))
    plan = build_plan(PlanInputs(shots, OUT, narration=AudioSource("/m/voice.m4a", 15.5)))
    assert plan.duration_s == pytest.approx(16.0, abs=1 / 30)  # narration + 0.5 s tail
    assert plan.shots[1].duration_s == pytest.approx(3 * plan.shots[0].duration_s, abs=0.05)
    assert [c.role for c in plan.audio.clips] == ["narration"]


def test_narration_text_lengthens_a_shot():
    words = " ".join(["kata"] * 28)  # 28 words at 140 wpm = 12 s
    plan = build_plan(PlanInputs((clip(1, narration_text=words, target_duration_s=3.0),), OUT))
    assert plan.duration_s == pytest.approx(12.0)


def test_short_clip_holds_or_loops_as_set():
    hold = build_plan(PlanInputs((clip(1, media_duration_s=1.5),), OUT)).shots[0]
    loop = build_plan(
        PlanInputs((clip(1, media_duration_s=1.5, short_clip_mode="loop"),), OUT)
    ).shots[0]
    long_enough = build_plan(PlanInputs((clip(1),), OUT)).shots[0]
    assert (hold.fill, loop.fill, long_enough.fill) == ("hold", "loop", "none")
    # In/out points define the usable part.
    cut = build_plan(PlanInputs((clip(1, media_in_s=7.0, media_out_s=9.0),), OUT)).shots[0]
    assert cut.source_in_s == 7.0 and cut.source_len_s == 2.0 and cut.fill == "hold"


def test_crossfade_overlaps_without_moving_the_timeline():
    plan = build_plan(PlanInputs((clip(1), clip(2, transition_in="crossfade")), OUT))
    first, second = plan.shots
    assert second.transition_s == 0.5 and second.start_s == 4.0
    assert first.tail_s == 0.5 and first.render_s == 4.5
    assert plan.duration_s == 8.0


def test_still_gets_a_slow_zoom_and_a_shot_without_media_a_colour():
    still = ShotSource(1, "/m/foto.jpg", "image", None, 4000, 3000, target_duration_s=3.0)
    empty = ShotSource(2, target_duration_s=2.0, background_colour="#112233")
    plan = build_plan(PlanInputs((still, empty), OUT))
    assert plan.shots[0].kind == "image" and plan.shots[0].zoom_per_s > 0
    assert plan.shots[1].kind == "colour" and plan.shots[1].colour == "#112233"


def test_overlays_get_time_windows_from_their_anchor():
    png = dict(x_px=65, y_px=300, width_px=200, height_px=100)
    plan = build_plan(
        PlanInputs(
            (clip(1), clip(2), clip(3)),
            OUT,
            overlays=(
                OverlaySpec("/o/logo.png", **png, anchor="all", label="logo"),
                OverlaySpec("/o/title.png", **png, anchor="start", duration_s=2.5, label="title"),
                OverlaySpec(
                    "/o/lt.png",
                    **png,
                    anchor="shot",
                    shot_number=2,
                    offset_s=0.3,
                    duration_s=4.0,
                    label="lt",
                ),
                OverlaySpec("/o/end.png", **png, anchor="end", duration_s=3.0, label="end"),
                OverlaySpec("/o/gone.png", **png, anchor="shot", shot_number=9, label="gone"),
            ),
        )
    )
    windows = {o.label: (o.start_s, o.end_s) for o in plan.overlays}
    assert windows == {
        "logo": (0.0, 12.0),
        "title": (0.0, 2.5),
        "lt": (4.3, 8.0),
        "end": (9.0, 12.0),
    }
    assert {o.label for o in plan.overlays_at(10.0)} == {"logo", "end"}


def test_audio_mix_has_clip_sound_only_where_asked_and_music_under_everything():
    shots = (
        clip(1, clip_audio=True),
        clip(2, clip_audio=False),
        clip(3, clip_audio=True, has_audio=False),
    )
    plan = build_plan(
        PlanInputs(shots, OUT, music=AudioSource("/m/music.mp3", 30.0), music_volume=0.3)
    )
    assert [(c.role, c.start_s) for c in plan.audio.clips] == [("clip", 0.0)]
    assert plan.audio.music.duration_s == plan.duration_s and plan.audio.music.volume == 0.3
    silent = build_plan(PlanInputs((clip(1),), OUT))
    assert silent.audio.is_silent


def test_per_shot_narration_starts_with_its_shot_and_stretches_it():
    shots = (clip(1), clip(2, narration_path="/m/n2.m4a", narration_duration_s=6.0))
    plan = build_plan(PlanInputs(shots, OUT))
    assert plan.shots[1].duration_s == pytest.approx(6.25, abs=1 / 30)
    assert [(c.role, c.start_s) for c in plan.audio.clips] == [("narration", 4.0)]


def test_fps_follows_pal_footage_else_30():
    assert choose_fps([25.0, 50.0, 30.0]) == 25.0
    assert choose_fps([29.97, 60.0]) == 30.0
    assert choose_fps([]) == 30.0


def test_presets_cover_the_platforms_and_whatsapp_is_smaller():
    assert preset_keys()[:4] == ["tiktok", "reels", "shorts", "whatsapp"]
    for key in preset_keys():
        for quality in ("draft", "final"):
            out = load_preset(key, quality)
            assert (out.width_px, out.height_px) == (1080, 1920)
            assert out.target_lufs == -14.0 and out.true_peak_dbtp == -1.5
            assert out.bframes == 2 and out.gop_frames(30) == 15
        assert 18 <= load_preset(key, "final").crf <= 21
    assert load_preset("whatsapp", "final").maxrate_kbps > 0
    assert load_preset("whatsapp", "final").safe_zone.bottom_px == 300
    with pytest.raises(InvalidInput):
        load_preset("myspace")
    with pytest.raises(InvalidInput):
        load_preset("tiktok", "ultra")


def test_an_in_point_past_the_end_still_shows_the_clip():
    shot = build_plan(PlanInputs((clip(1, media_in_s=12.0),), OUT)).shots[0]
    assert shot.source_in_s == 9.5 and shot.source_len_s == 0.5 and shot.fill == "hold"
