"""A render plan as one ffmpeg-python graph (full render, loudness pass, single frame).

Speed rules measured in ARCHITECTURE.md: every input is limited to its time window (`-ss`/
`-t` on the input, overlays exist only while shown), the 9:16 window is cropped before
scaling, and overlays are PNGs cropped to their bounding box. ffmpeg-python escapes filter
arguments at both levels, so paths with spaces, colons, quotes or non-ASCII characters are
safe in `ass=` and commas inside expressions are safe in the graph.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

import ffmpeg

from app.core.render_plan import AudioClip, OverlayLayer, RenderPlan, ShotClip

SAMPLE_RATE_HZ = 48000


@dataclass(frozen=True)
class LoudnessMeasurement:
    input_i: float
    input_tp: float
    input_lra: float
    input_thresh: float
    target_offset: float


_unique = itertools.count()


def _input(path: str, **options):
    """An input node of its own: ffmpeg-python merges nodes with equal arguments, which
    would join two overlays (or shots) of the same file into one stream; a distinct demuxer
    queue size keeps them apart."""
    return ffmpeg.input(path, thread_queue_size=16 + next(_unique) % 1000, **options)


def _hex_colour(colour: str) -> str:
    c = (colour or "#000000").strip()
    return "0x" + c[1:7] if c.startswith("#") else c


# Video --------------------------------------------------------------------------------
def _cover(stream, shot: ShotClip, plan: RenderPlan):
    """Crop the 9:16 window around the focus point, then scale it to the canvas."""
    if shot.crop is not None:
        c = shot.crop
        stream = stream.filter("crop", c.width_px, c.height_px, c.x_px, c.y_px)
    # out_range: phone JPEGs and some clips are full range; platforms expect limited (tv).
    return stream.filter(
        "scale", plan.width_px, plan.height_px, flags="bicubic", out_range="tv"
    ).filter("setsar", 1)


def _still(shot: ShotClip, plan: RenderPlan, frames: int, at_s: float | None = None):
    """A still with a slow push-in: the big scale happens once, the zoom on a small margin."""
    w, h = plan.width_px, plan.height_px
    seconds = frames / plan.fps if at_s is None else at_s + 1 / plan.fps
    zoom_max = 1 + shot.zoom_per_s * seconds
    big_w, big_h = _even(w * zoom_max), _even(h * zoom_max)
    img = _input(shot.path).video
    if shot.crop is not None:
        c = shot.crop
        img = img.filter("crop", c.width_px, c.height_px, c.x_px, c.y_px)
    img = img.filter("scale", big_w, big_h, flags="bicubic", out_range="tv").filter("setsar", 1)
    img = img.filter("format", "yuv420p")
    if at_s is None:
        img = img.filter("loop", loop=frames - 1, size=1, start=0)
        img = img.filter("setpts", f"N/({plan.fps}*TB)")
        zoom = f"(1+{shot.zoom_per_s}*t)"
        img = img.filter(
            "scale",
            w=f"trunc({w}*{zoom}/2)*2",
            h=f"trunc({h}*{zoom}/2)*2",
            eval="frame",
            flags="bicubic",
        )
    else:
        z = 1 + shot.zoom_per_s * at_s
        img = img.filter("scale", _even(w * z), _even(h * z), flags="bicubic")
    return img.filter(
        "crop", w, h, x=f"(iw-{w})*{shot.anchor_x:.4f}", y=f"(ih-{h})*{shot.anchor_y:.4f}"
    ).filter("setsar", 1)


def _even(value: float) -> int:
    return max(2, int(round(value)) // 2 * 2)


def _colour(shot: ShotClip, plan: RenderPlan, seconds: float):
    spec = (
        f"color=c={_hex_colour(shot.colour)}:s={plan.width_px}x{plan.height_px}"
        f":r={plan.fps:g}:d={seconds:.3f}"
    )
    return ffmpeg.input(spec, f="lavfi").video


def video_input(shot: ShotClip, plan: RenderPlan):
    """The input node of a video shot, limited to the seconds it supplies."""
    need_s = shot.render_s + 0.5  # trim makes it frame exact
    if shot.fill == "loop":
        # -stream_loop restarts at the file's start (the in point applies to the first pass).
        return _input(shot.path, stream_loop=-1, ss=f"{shot.source_in_s:.3f}", t=f"{need_s:.3f}")
    return _input(shot.path, ss=f"{shot.source_in_s:.3f}", t=f"{need_s:.3f}")


def shot_video(shot: ShotClip, plan: RenderPlan):
    """Exactly `shot.render_s` seconds of 1080×1920 yuv420p picture at the plan's fps."""
    frames = max(1, round(shot.render_s * plan.fps))
    if shot.kind == "video":
        v = video_input(shot, plan).video
        # fps first: a 60 fps or VFR phone clip drops frames before the costly crop/scale.
        v = v.filter("fps", plan.fps)
        v = _cover(v, shot, plan)
        # Hold the last frame: for a short clip as long as needed, otherwise one second as a
        # guard against a video stream shorter than its container says (the cut stays put).
        hold_s = shot.render_s if shot.fill == "hold" else 1.0
        v = v.filter("tpad", stop_mode="clone", stop_duration=f"{hold_s:.3f}")
        v = v.filter("trim", end_frame=frames).filter("setpts", "PTS-STARTPTS")
    elif shot.kind == "image":
        v = _still(shot, plan, frames)
    else:
        v = _colour(shot, plan, frames / plan.fps)
    # Every shot leaves labelled with the plan's rate and time base (concat/xfade need it).
    return v.filter("format", "yuv420p").filter("fps", plan.fps)


def _join_shots(streams: list, plan: RenderPlan):
    """Cuts by concat, crossfades by xfade at the incoming shot's start."""
    groups: list[list[int]] = []
    for i, shot in enumerate(plan.shots):
        if not groups or shot.transition_s > 0:
            groups.append([])
        groups[-1].append(i)

    def concat(idx: list[int]):
        if len(idx) == 1:
            return streams[idx[0]]
        # concat answers in microseconds without a frame rate; xfade wants both sides at
        # the plan's rate (fps on constant-rate frames only relabels them).
        joined = ffmpeg.concat(*[streams[i] for i in idx], v=1, a=0)
        return joined.filter("fps", plan.fps)

    acc = concat(groups[0])
    for group in groups[1:]:
        first = plan.shots[group[0]]
        acc = ffmpeg.filter(
            [acc, concat(group)],
            "xfade",
            transition="fade",
            duration=f"{first.transition_s:.3f}",
            offset=f"{first.start_s:.3f}",
        )
    return acc


def _overlay(base, layer: OverlayLayer, plan: RenderPlan, at_s: float | None = None):
    """A bounding-box PNG composited only during its window (the input exists only then)."""
    png = _input(layer.path).video.filter("format", "yuva420p")
    if at_s is None:
        frames = max(1, round((layer.end_s - layer.start_s) * plan.fps))
        png = png.filter("loop", loop=frames - 1, size=1, start=0)
        png = png.filter("setpts", f"N/({plan.fps}*TB)+{layer.start_s:.3f}/TB")
        return ffmpeg.overlay(base, png, x=layer.x_px, y=layer.y_px, eof_action="pass")
    return ffmpeg.overlay(base, png, x=layer.x_px, y=layer.y_px)


def _captions(v, plan: RenderPlan):
    if not plan.captions_ass:
        return v
    kwargs = {"filename": plan.captions_ass}
    if plan.fonts_dir and Path(plan.fonts_dir).is_dir():
        kwargs["fontsdir"] = plan.fonts_dir
    return v.filter("ass", **kwargs)


# Audio --------------------------------------------------------------------------------
def _fit(stream, clip: AudioClip):
    a = stream.filter("aformat", sample_rates=SAMPLE_RATE_HZ, channel_layouts="stereo")
    a = a.filter("atrim", duration=f"{clip.duration_s:.3f}").filter("asetpts", "PTS-STARTPTS")
    if clip.volume != 1.0:
        a = a.filter("volume", f"{clip.volume:.3f}")
    if clip.start_s > 0:
        a = a.filter("adelay", delays=round(clip.start_s * 1000), all=1)
    return a


def _audio_input(clip: AudioClip):
    t = f"{clip.duration_s + 0.5:.3f}"
    if clip.loop:
        return _input(clip.path, stream_loop=-1, ss=f"{clip.source_in_s:.3f}", t=t)
    return _input(clip.path, ss=f"{clip.source_in_s:.3f}", t=t)


def audio_mix(plan: RenderPlan):
    """Narration + clip sound + music ducked under the narration, `plan.duration_s` long.

    Clip sound comes from an input of its own, never from the shot's video input: that
    input's audio would be pulled from the start of the mix while its video waits for its
    cut, and every decoded frame in between would pile up in memory (measured: 3.2 GB for
    a one-minute video; 0.5 GB with separate inputs).
    """
    total = f"{plan.duration_s:.3f}"
    mix = plan.audio
    narration, others = [], []
    for clip in mix.clips:
        stream = _fit(_audio_input(clip).audio, clip)
        (narration if clip.role == "narration" else others).append(stream)
    parts = list(others)
    if mix.music is not None:
        m = mix.music
        music = _fit(_audio_input(m).audio, m)
        music = music.filter("afade", t="in", d=f"{mix.music_fade_in_s:.2f}")
        music = music.filter(
            "afade",
            t="out",
            st=f"{max(0.0, plan.duration_s - mix.music_fade_out_s):.3f}",
            d=f"{mix.music_fade_out_s:.2f}",
        )
        if narration and mix.duck_music:
            voice = _sum(narration).filter("apad", whole_dur=total)
            split = voice.filter_multi_output("asplit", 2)
            music = ffmpeg.filter(
                [music, split[1]],
                "sidechaincompress",
                threshold=0.02,
                ratio=8,
                attack=20,
                release=400,
            )
            parts.append(split[0])
        else:
            parts.extend(narration)
        parts.append(music)
    else:
        parts.extend(narration)
    if not parts:
        spec = f"anullsrc=r={SAMPLE_RATE_HZ}:cl=stereo:d={total}"
        return ffmpeg.input(spec, f="lavfi").audio
    return _sum(parts).filter("apad", whole_dur=total).filter("atrim", duration=total)


def _sum(streams: list):
    if len(streams) == 1:
        return streams[0]
    return ffmpeg.filter(streams, "amix", inputs=len(streams), normalize=0, duration="longest")


# AAC encoding overshoots the limiter's ceiling (measured on the sample narration: a
# -2.0 dBTP loudnorm gave -1.4 dBTP after AAC, -2.5 gave -1.8), so limit lower.
CODEC_HEADROOM_DB = 1.0


def _loudnorm(a, plan: RenderPlan, measured: LoudnessMeasurement | None):
    out = plan.output
    if measured is None:
        return a  # silence or unmeasurable: nothing to normalise
    a = a.filter(
        "loudnorm",
        I=out.target_lufs,
        TP=out.true_peak_dbtp - CODEC_HEADROOM_DB,
        LRA=out.lra_lu,
        measured_I=f"{measured.input_i:.2f}",
        measured_TP=f"{measured.input_tp:.2f}",
        measured_LRA=f"{measured.input_lra:.2f}",
        measured_thresh=f"{measured.input_thresh:.2f}",
        offset=f"{measured.target_offset:.2f}",
        linear="true",
    )
    # loudnorm works at 192 kHz internally; bring it back (STANDARDS.md).
    return a.filter("aresample", SAMPLE_RATE_HZ).filter(
        "aformat", sample_fmts="fltp", channel_layouts="stereo"
    )


def loudness_measure_args(plan: RenderPlan) -> list[str]:
    """First loudnorm pass: the mixed audio analysed, nothing written."""
    out = plan.output
    a = audio_mix(plan).filter(
        "loudnorm",
        I=out.target_lufs,
        TP=out.true_peak_dbtp - CODEC_HEADROOM_DB,
        LRA=out.lra_lu,
        print_format="json",
    )
    return ffmpeg.output(a, "-", f="null").global_args("-nostats").compile(cmd=[])


# Whole render -------------------------------------------------------------------------
def render_args(
    plan: RenderPlan, out_path: Path, measured: LoudnessMeasurement | None
) -> list[str]:
    """The one ffmpeg command that writes the finished MP4 to `out_path`."""
    streams = [shot_video(shot, plan) for shot in plan.shots]
    v = _join_shots(streams, plan)
    for layer in plan.overlays:
        v = _overlay(v, layer, plan)
    v = _captions(v, plan).filter("format", "yuv420p")
    a = _loudnorm(audio_mix(plan), plan, measured)
    out = plan.output
    gop = out.gop_frames(plan.fps)
    opts = {
        "c:v": "libx264",
        "preset": out.x264_preset,
        "crf": out.crf,
        "profile:v": "high",
        "pix_fmt": "yuv420p",
        "g": gop,
        "keyint_min": gop,
        "bf": out.bframes,
        "flags": "+cgop",
        "r": f"{plan.fps:g}",
        "c:a": "aac",
        "b:a": f"{out.audio_bitrate_kbps}k",
        "ar": out.sample_rate_hz,
        "ac": 2,
        "movflags": "+faststart",
        "f": "mp4",
        "t": f"{plan.duration_s:.3f}",
    }
    if out.maxrate_kbps:
        opts["maxrate"] = f"{out.maxrate_kbps}k"
        opts["bufsize"] = f"{out.bufsize_kbps or 2 * out.maxrate_kbps}k"
    # Run with ffmpeg_runner.run_with_progress, which adds the `-progress pipe:1` reporting.
    return ffmpeg.output(v, a, str(out_path), **opts).global_args("-y").compile(cmd=[])


def _frame_of(shot: ShotClip, plan: RenderPlan, local_s: float):
    """The picture of `shot` at `local_s` seconds after its start (also inside its tail)."""
    if shot.kind == "video":
        offset = local_s
        if shot.source_len_s:
            if shot.fill == "loop":
                offset = local_s % shot.source_len_s
            else:
                offset = min(local_s, max(0.0, shot.source_len_s - 2 / plan.fps))
        v = _input(shot.path, ss=f"{shot.source_in_s + offset:.3f}").video
        return _cover(v, shot, plan)
    if shot.kind == "image":
        return _still(shot, plan, 1, at_s=local_s)
    return _colour(shot, plan, 1 / plan.fps)


def frame_args(plan: RenderPlan, t_s: float) -> list[str]:
    """One PNG of the picture at `t_s`, from the same per-shot chain, overlays and captions.

    Inside a crossfade the outgoing shot's tail is blended with the incoming shot in the
    proportion xfade uses at that moment, so the preview shows what the export shows."""
    t_s = min(max(0.0, t_s), max(0.0, plan.duration_s - 1 / plan.fps))
    index = plan.shot_index_at(t_s)
    shot = plan.shots[index]
    v = _frame_of(shot, plan, t_s - shot.start_s)
    into_s = t_s - shot.start_s
    if index > 0 and shot.transition_s > 0 and into_s < shot.transition_s:
        previous = plan.shots[index - 1]
        outgoing = _frame_of(previous, plan, t_s - previous.start_s).filter("format", "yuv420p")
        # xfade's fade: the outgoing picture weighs 1 - (time into the crossfade) / length.
        weight = 1.0 - into_s / shot.transition_s
        v = ffmpeg.filter(
            [outgoing, v.filter("format", "yuv420p")],
            "blend",
            all_mode="normal",
            all_opacity=f"{weight:.4f}",
        )
    # Stamp the frame with the video time so libass shows the captions due at t_s.
    v = v.filter("format", "yuv420p").filter("setpts", f"PTS-STARTPTS+{t_s:.3f}/TB")
    for layer in plan.overlays_at(t_s):
        v = _overlay(v, layer, plan, at_s=t_s)
    v = _captions(v, plan).filter("format", "rgb24")
    node = ffmpeg.output(v, "pipe:1", vframes=1, f="image2pipe", vcodec="png", compression_level=1)
    return node.global_args("-loglevel", "error").compile(cmd=[])
