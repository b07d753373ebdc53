"""The render plan's composition with moviepy 2, for the render benchmark.

The same media, crop, still zoom, holds, crossfades, overlay PNGs over their windows,
narration, clip sound and music, written by moviepy's ffmpeg writer with Kilas's encoder
options. moviepy has no libass: captions are left out, which flatters moviepy.
"""

from __future__ import annotations

from pathlib import Path

from app.core.render_plan import RenderPlan, ShotClip


def _shot(shot: ShotClip, plan: RenderPlan):
    from moviepy import (
        ColorClip,
        CompositeVideoClip,
        ImageClip,
        VideoFileClip,
        concatenate_videoclips,
    )

    w, h = plan.width_px, plan.height_px
    seconds = shot.render_s
    if shot.kind == "video":
        clip = VideoFileClip(shot.path, audio=False)
        usable = min(seconds, (shot.source_len_s or seconds), clip.duration - shot.source_in_s)
        clip = clip.subclipped(shot.source_in_s, shot.source_in_s + usable)
        c = shot.crop
        clip = clip.cropped(x1=c.x_px, y1=c.y_px, width=c.width_px, height=c.height_px).resized(
            (w, h)
        )
        if usable < seconds - 1e-3:  # hold the last frame
            last = ImageClip(clip.get_frame(max(0.0, usable - 1 / plan.fps)))
            clip = concatenate_videoclips([clip, last.with_duration(seconds - usable)])
        return clip.with_duration(seconds)
    if shot.kind == "image":
        c = shot.crop
        img = ImageClip(shot.path).cropped(
            x1=c.x_px, y1=c.y_px, width=c.width_px, height=c.height_px
        )
        img = img.resized((w, h)).with_duration(seconds)
        zoom = shot.zoom_per_s
        ax, ay = shot.anchor_x, shot.anchor_y
        img = img.resized(lambda t: 1 + zoom * t).with_position(
            lambda t: (-(w * zoom * t) * ax, -(h * zoom * t) * ay)
        )
        return CompositeVideoClip([img], size=(w, h)).with_duration(seconds)
    rgb = tuple(int(shot.colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return ColorClip((w, h), color=rgb).with_duration(seconds)


def _audio(plan: RenderPlan):
    from moviepy import AudioFileClip, CompositeAudioClip, afx

    parts = []
    clips = list(plan.audio.clips) + ([plan.audio.music] if plan.audio.music else [])
    for clip in clips:
        a = AudioFileClip(clip.path)
        if clip.loop and a.duration < clip.source_in_s + clip.duration_s:
            a = a.with_effects([afx.AudioLoop(duration=clip.source_in_s + clip.duration_s)])
        a = a.subclipped(
            clip.source_in_s, clip.source_in_s + min(clip.duration_s, a.duration - clip.source_in_s)
        )
        if clip.volume != 1.0:
            a = a.with_effects([afx.MultiplyVolume(clip.volume)])
        parts.append(a.with_start(clip.start_s))
    return CompositeAudioClip(parts).with_duration(plan.duration_s) if parts else None


def render(plan: RenderPlan, out: Path, encoder: dict[str, str]) -> None:
    from moviepy import CompositeVideoClip, ImageClip, vfx

    layers = []
    for shot in plan.shots:
        clip = _shot(shot, plan).with_start(shot.start_s)
        if shot.transition_s > 0:
            clip = clip.with_effects([vfx.CrossFadeIn(shot.transition_s)])
        layers.append(clip)
    for layer in plan.overlays:
        layers.append(
            ImageClip(layer.path, transparent=True)
            .with_position((layer.x_px, layer.y_px))
            .with_start(layer.start_s)
            .with_duration(layer.end_s - layer.start_s)
        )
    video = CompositeVideoClip(layers, size=(plan.width_px, plan.height_px)).with_duration(
        plan.duration_s
    )
    audio = _audio(plan)
    if audio is not None:
        video = video.with_audio(audio)
    passed = (
        "crf",
        "g",
        "keyint_min",
        "bf",
        "flags",
        "profile:v",
        "movflags",
        "maxrate",
        "bufsize",
    )
    params = [x for k in passed if k in encoder for x in (f"-{k}", encoder[k])]
    video.write_videofile(
        str(out),
        fps=plan.fps,
        codec=encoder["c:v"],
        preset=encoder["preset"],
        audio_codec=encoder["c:a"],
        audio_bitrate=encoder["b:a"],
        audio_fps=int(encoder["ar"]),
        pixel_format=encoder["pix_fmt"],
        ffmpeg_params=params,
        temp_audiofile=str(out.with_suffix(".temp-audio.m4a")),  # not in the current folder
        logger=None,
    )
