"""The render benchmark's peers, each derived from the same RenderPlan Kilas renders.

- `encoder_options(plan)`: the output options of Kilas's own command (x264, AAC, GOP,
  B-frames, container), read from `render_graph.render_args`, never retyped;
- `baseline_args(plan, out)`: one plain ffmpeg doing Kilas's picture work and nothing else
  (same inputs and windows, crop-then-scale, holds, still zooms, crossfades, concatenated;
  the plan's audio clips summed) with exactly those options: no overlays, no captions,
  no ducking, fades or loudness pass;
- `melt_xml(plan)` / `melt_args(...)`: the whole composition (media, crop, zoom, holds,
  crossfades, overlay PNGs over their windows, captions, narration, clip sound and music)
  as an MLT document for `melt`, the engine inside Kdenlive and Shotcut, encoded with the
  same options by its avformat consumer;
- `moviepy_main(plan, out)`: the same composition with moviepy 2 (run in a child process).
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from app.core.render_plan import AudioClip, RenderPlan, ShotClip
from app.media import render_graph

SAMPLE_RATE_HZ = 48000


# Encoder settings -------------------------------------------------------------------------
def encoder_options(plan: RenderPlan) -> list[str]:
    """The options Kilas passes to its output file, as ffmpeg arguments, from Kilas itself."""
    marker = Path("/kilas-bench-output.mp4")
    args = render_graph.render_args(plan, marker, None)
    end = args.index(str(marker))
    start = max(i for i, a in enumerate(args[:end]) if a == "-map") + 2
    return args[start:end]


def encoder_pairs(plan: RenderPlan) -> dict[str, str]:
    opts = encoder_options(plan)
    return {opts[i].lstrip("-"): opts[i + 1] for i in range(0, len(opts), 2)}


# Plain ffmpeg baseline ----------------------------------------------------------------------
def _crop_scale(shot: ShotClip, w: int, h: int) -> str:
    c = shot.crop
    crop = f"crop={c.width_px}:{c.height_px}:{c.x_px}:{c.y_px}," if c else ""
    return f"{crop}scale={w}:{h}:flags=bicubic:out_range=tv,setsar=1"


def _even(value: float) -> int:
    return max(2, int(round(value)) // 2 * 2)


def baseline_args(plan: RenderPlan, out: Path) -> list[str]:
    """Decode, crop-then-scale, hold/zoom, join and encode: Kilas's picture work only."""
    fps, w, h = plan.fps, plan.width_px, plan.height_px
    inputs: list[str] = []
    chains: list[str] = []
    labels: list[str] = []
    for i, shot in enumerate(plan.shots):
        frames = max(1, round(shot.render_s * fps))
        n = inputs.count("-i")  # this shot's input index
        if shot.kind == "video":
            loop = ["-stream_loop", "-1"] if shot.fill == "loop" else []
            inputs += [*loop, "-ss", f"{shot.source_in_s:.3f}", "-t", f"{shot.render_s + 0.5:.3f}"]
            inputs += ["-i", shot.path]
            hold = ""
            if shot.fill == "hold":
                hold = f",tpad=stop_mode=clone:stop_duration={shot.render_s:.3f}"
            chain = f"[{n}:v]fps={fps:g},{_crop_scale(shot, w, h)}{hold},trim=end_frame={frames}"
        elif shot.kind == "image":
            zoom_max = 1 + shot.zoom_per_s * frames / fps
            big = _crop_scale(shot, _even(w * zoom_max), _even(h * zoom_max))
            inputs += ["-i", shot.path]
            zoom = f"(1+{shot.zoom_per_s}*t)"
            chain = (
                f"[{n}:v]{big},format=yuv420p,loop=loop={frames - 1}:size=1:start=0,"
                f"setpts=N/({fps:g}*TB),"
                f"scale=w='trunc({w}*{zoom}/2)*2':h='trunc({h}*{zoom}/2)*2':eval=frame:flags=bicubic,"
                f"crop={w}:{h}:x='(iw-{w})*{shot.anchor_x:.4f}':y='(ih-{h})*{shot.anchor_y:.4f}'"
            )
        else:
            colour = "0x" + shot.colour.lstrip("#")[:6]
            spec = f"color=c={colour}:s={w}x{h}:r={fps:g}:d={frames / fps:.3f}"
            inputs += ["-f", "lavfi", "-i", spec]
            chain = f"[{n}:v]null"
        # Every shot leaves at the plan's rate and time base, as concat and xfade need.
        chains.append(f"{chain},setsar=1,setpts=PTS-STARTPTS,format=yuv420p,fps={fps:g}[v{i}]")
        labels.append(f"[v{i}]")
    graph = chains + _join(plan, labels)
    audio_labels = []
    for k, clip in enumerate(_audio_clips(plan)):
        n = inputs.count("-i")
        loop = ["-stream_loop", "-1"] if clip.loop else []
        inputs += [*loop, "-ss", f"{clip.source_in_s:.3f}", "-t", f"{clip.duration_s + 0.5:.3f}"]
        inputs += ["-i", clip.path]
        chain = (
            f"[{n}:a]aformat=sample_rates={SAMPLE_RATE_HZ}:channel_layouts=stereo,"
            f"atrim=duration={clip.duration_s:.3f},asetpts=PTS-STARTPTS"
        )
        if clip.volume != 1.0:
            chain += f",volume={clip.volume:.3f}"
        if clip.start_s > 0:
            chain += f",adelay=delays={round(clip.start_s * 1000)}:all=1"
        graph.append(f"{chain}[a{k}]")
        audio_labels.append(f"[a{k}]")
    total = f"{plan.duration_s:.3f}"
    if audio_labels:
        mix = (
            f"{''.join(audio_labels)}amix=inputs={len(audio_labels)}:normalize=0:duration=longest,"
            if len(audio_labels) > 1
            else f"{audio_labels[0]}anull,"
        )
        graph.append(f"{mix}apad=whole_dur={total},atrim=duration={total}[a]")
    else:
        graph.append(f"anullsrc=r={SAMPLE_RATE_HZ}:cl=stereo:d={total}[a]")
    return [
        "-y",
        *inputs,
        "-filter_complex",
        ";".join(graph),
        "-map",
        "[v]",
        "-map",
        "[a]",
        *encoder_options(plan),
        str(out),
    ]


def _join(plan: RenderPlan, labels: list[str]) -> list[str]:
    """Cuts by concat, crossfades by xfade at the incoming shot's start (as the plan says)."""
    groups: list[list[int]] = []
    for i, shot in enumerate(plan.shots):
        if not groups or shot.transition_s > 0:
            groups.append([])
        groups[-1].append(i)
    graph: list[str] = []

    def concat(g: int, idx: list[int]) -> str:
        if len(idx) == 1:
            return labels[idx[0]]
        graph.append(
            f"{''.join(labels[i] for i in idx)}concat=n={len(idx)}:v=1:a=0,fps={plan.fps:g}[g{g}]"
        )
        return f"[g{g}]"

    acc = concat(0, groups[0])
    for g, group in enumerate(groups[1:], start=1):
        first = plan.shots[group[0]]
        nxt = concat(g, group)
        graph.append(
            f"{acc}{nxt}xfade=transition=fade:duration={first.transition_s:.3f}"
            f":offset={first.start_s:.3f}[x{g}]"
        )
        acc = f"[x{g}]"
    graph.append(f"{acc}format=yuv420p[v]")
    return graph


def _audio_clips(plan: RenderPlan) -> list[AudioClip]:
    clips = list(plan.audio.clips)
    if plan.audio.music is not None:
        clips.append(plan.audio.music)
    return clips


# melt (MLT) -------------------------------------------------------------------------------
def _frames(seconds: float, fps: float) -> int:
    return max(1, round(seconds * fps))


def _props(**props: object) -> str:
    return "".join(
        f"<property name={quoteattr(k.replace('__', '.'))}>{escape(str(v))}</property>"
        for k, v in props.items()
    )


def _probe_size(path: str) -> tuple[int, int]:
    import av  # PyAV: the project's prober

    with av.open(path) as container:
        stream = container.streams.video[0]
        return stream.codec_context.width, stream.codec_context.height


def melt_xml(plan: RenderPlan) -> str:
    """The plan's composition as an MLT document (Kdenlive/Shotcut's layout: a black
    background track, a video track, one track per overlay composited by `affine`
    transitions over their windows, audio tracks summed by `mix`)."""
    fps, w, h = plan.fps, plan.width_px, plan.height_px
    total = _frames(plan.duration_s, fps)
    parts: list[str] = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<mlt LC_NUMERIC="C">',
        f'<profile width="{w}" height="{h}" progressive="1" sample_aspect_num="1" '
        f'sample_aspect_den="1" display_aspect_num="{w}" display_aspect_den="{h}" '
        f'frame_rate_num="{round(fps)}" frame_rate_den="1" colorspace="709"/>',
        f'<producer id="black" in="0" out="{total - 1}">'
        + _props(mlt_service="color", resource="0x000000ff", length=total)
        + "</producer>",
    ]
    # Every producer before the first reference to it (the mix tractors use the next shot).
    parts += [_melt_shot_producer(f"shot{i}", shot, plan) for i, shot in enumerate(plan.shots)]
    entries: list[str] = []
    for i, shot in enumerate(plan.shots):
        pid = f"shot{i}"
        frames = _frames(shot.render_s, fps)
        nxt = plan.shots[i + 1] if i + 1 < len(plan.shots) else None
        own_in = _frames(shot.transition_s, fps) if shot.transition_s > 0 else 0
        tail = frames - _frames(shot.duration_s, fps) if nxt and nxt.transition_s > 0 else 0
        body_out = frames - tail - 1
        first = _first_frame(shot, fps)
        if body_out >= own_in:
            entries.append(
                f'<entry producer="{pid}" in="{first + own_in}" out="{first + body_out}"/>'
            )
        if tail:
            # A crossfade is a little two-track tractor in the playlist (how MLT 7 stores
            # a same-track mix): the outgoing tail under the incoming head, dissolved.
            mix_id = f"mix{i}"
            nxt_first = _first_frame(nxt, fps)
            parts.append(
                f'<tractor id="{mix_id}" in="0" out="{tail - 1}">'
                f'<track producer="{pid}" in="{first + frames - tail}" '
                f'out="{first + frames - 1}"/>'
                f'<track producer="shot{i + 1}" in="{nxt_first}" out="{nxt_first + tail - 1}"/>'
                f'<transition in="0" out="{tail - 1}">'
                + _props(mlt_service="luma", a_track=0, b_track=1)
                + "</transition>"
                f'<transition in="0" out="{tail - 1}">'
                + _props(mlt_service="mix", a_track=0, b_track=1, start=0, end=1)
                + "</transition></tractor>"
            )
            entries.append(f'<entry producer="{mix_id}" in="0" out="{tail - 1}"/>')
    parts.append('<playlist id="video">' + "".join(entries) + "</playlist>")
    tracks = ["black", "video"]
    transitions: list[str] = []
    for k, layer in enumerate(plan.overlays):
        start, end = (
            _frames(layer.start_s, fps) if layer.start_s > 0 else 0,
            _frames(layer.end_s, fps),
        )
        parts.append(
            f'<producer id="png{k}" in="0" out="{end - start - 1}">'
            + _props(mlt_service="pixbuf", resource=layer.path, length=end - start, ttl=1)
            + "</producer>"
        )
        blank = f'<blank length="{start}"/>' if start else ""
        parts.append(
            f'<playlist id="ov{k}">{blank}<entry producer="png{k}" in="0" out="{end - start - 1}"/></playlist>'
        )
        tracks.append(f"ov{k}")
        transitions.append(
            f'<transition in="{start}" out="{end - 1}">'
            + _props(
                mlt_service="affine",
                a_track=1,
                b_track=len(tracks) - 1,
                rect=f"{layer.x_px} {layer.y_px} {layer.width_px} {layer.height_px} 1",
                fill=1,
                distort=0,
            )
            + "</transition>"
        )
    # The video track (with its clip sound) over the black background, and the audio.
    transitions.insert(
        0,
        f'<transition in="0" out="{total - 1}">'
        + _props(mlt_service="mix", a_track=0, b_track=1, sum=1, always_active=1)
        + "</transition>",
    )
    audio = [c for c in _audio_clips(plan) if c.role != "clip"]  # clip sound rides the shots
    for k, clip in enumerate(audio):
        pid = f"aud{k}"
        length = _frames(clip.duration_s, fps)
        src = _source_frames(clip.path, fps)
        parts.append(
            f'<producer id="{pid}">'
            + _props(mlt_service="avformat", resource=clip.path, video_index=-1)
            + (
                "<filter>" + _props(mlt_service="volume", gain=f"{clip.volume:.3f}") + "</filter>"
                if clip.volume != 1.0
                else ""
            )
            + "</producer>"
        )
        pieces, left, first_in = (
            [],
            length,
            _frames(clip.source_in_s, fps) if clip.source_in_s else 0,
        )
        start = _frames(clip.start_s, fps) if clip.start_s > 0 else 0
        if start:
            pieces.append(f'<blank length="{start}"/>')
        while left > 0:  # a looping music bed: the file again until the video ends
            take = min(left, src - first_in) if clip.loop else left
            pieces.append(f'<entry producer="{pid}" in="{first_in}" out="{first_in + take - 1}"/>')
            left -= take
            first_in = 0
        parts.append(f'<playlist id="a{k}">' + "".join(pieces) + "</playlist>")
        tracks.append(f"a{k}")
        transitions.append(
            f'<transition in="0" out="{total - 1}">'
            + _props(mlt_service="mix", a_track=0, b_track=len(tracks) - 1, sum=1, always_active=1)
            + "</transition>"
        )
    filters = ""
    if plan.captions_ass:
        filters = (
            "<filter>"
            + _props(mlt_service="avfilter.ass", av__filename=plan.captions_ass)
            + "</filter>"
        )
    parts.append(
        f'<tractor id="main" in="0" out="{total - 1}"><multitrack>'
        + "".join(_track(t) for t in tracks)
        + "</multitrack>"
        + "".join(transitions)
        + filters
        + "</tractor>"
    )
    parts.append("</mlt>")
    return "\n".join(parts)


def _track(name: str) -> str:
    hide = ' hide="video"' if name[0] == "a" and name[1:].isdigit() else ""
    return f'<track producer="{name}"{hide}/>'


def _source_frames(path: str, fps: float) -> int:
    import av

    with av.open(path) as container:
        return max(1, int(float(container.duration or 0) / 1e6 * fps))


def _melt_shot_producer(pid: str, shot: ShotClip, plan: RenderPlan) -> str:
    fps, w, h = plan.fps, plan.width_px, plan.height_px
    frames = _frames(shot.render_s, fps)
    filters: list[str] = []
    if shot.crop is not None and shot.kind in ("video", "image"):
        src_w, src_h = _probe_size(shot.path)
        c = shot.crop
        filters.append(
            _props(
                mlt_service="crop",
                left=c.x_px,
                right=src_w - c.x_px - c.width_px,
                top=c.y_px,
                bottom=src_h - c.y_px - c.height_px,
            )
        )
    if shot.kind == "video":
        props = dict(
            mlt_service="avformat",
            resource=shot.path,
            length=frames + _frames(shot.source_in_s, fps) + 1,
        )
        if not _has_clip_sound(shot, plan):
            props["audio_index"] = -1
        first = _first_frame(shot, fps)
        if shot.fill == "hold" and shot.source_len_s is not None:
            # The clip's last frame held for the rest of the shot.
            last = first + max(0, _frames(shot.source_len_s, fps) - 2)
            filters.append(_props(mlt_service="freeze", frame=last, freeze_after=1))
        xml = f'<producer id="{pid}" in="{first}" out="{first + frames - 1}">{_props(**props)}'
        return xml + "".join(f"<filter>{f}</filter>" for f in filters) + "</producer>"
    if shot.kind == "image":
        z_end = 1 + shot.zoom_per_s * frames / fps
        zw, zh = w * z_end, h * z_end
        x, y = -(zw - w) * shot.anchor_x, -(zh - h) * shot.anchor_y
        filters.append(
            _props(
                mlt_service="affine",
                transition__rect=f"0=0 0 {w} {h} 1;{frames - 1}={x:.1f} {y:.1f} {zw:.1f} {zh:.1f} 1",
                transition__fill=1,
                transition__distort=0,
            )
        )
        body = _props(mlt_service="pixbuf", resource=shot.path, length=frames, ttl=1)
    else:
        body = _props(
            mlt_service="color", resource="0x" + shot.colour.lstrip("#")[:6] + "ff", length=frames
        )
    return (
        f'<producer id="{pid}" in="0" out="{frames - 1}">{body}'
        + "".join(f"<filter>{f}</filter>" for f in filters)
        + "</producer>"
    )


def _first_frame(shot: ShotClip, fps: float) -> int:
    """The producer frame a video shot starts at (its in point); stills start at 0."""
    return round(shot.source_in_s * fps) if shot.kind == "video" else 0


def _has_clip_sound(shot: ShotClip, plan: RenderPlan) -> bool:
    return any(
        c.role == "clip" and c.path == shot.path and abs(c.start_s - shot.start_s) < 1e-3
        for c in plan.audio.clips
    )


# melt's avformat consumer takes ffmpeg's options under its own names for a few of them.
_MELT_NAMES = {
    "c:v": "vcodec",
    "c:a": "acodec",
    "b:a": "ab",
    "profile:v": "vprofile",
    "ar": "frequency",
    "ac": "channels",
}
_MELT_SKIP = {"r", "t"}  # the frame rate is the profile's, the length the tractor's


def melt_args(plan: RenderPlan, xml_path: Path, out: Path, threads: int = 0) -> list[str]:
    """melt rendering `xml_path` to `out` with Kilas's encoder settings; `real_time=-N`
    renders on N threads without dropping frames (Shotcut's parallel export)."""
    props = [
        f"{_MELT_NAMES.get(k, k)}={v}"
        for k, v in encoder_pairs(plan).items()
        if k not in _MELT_SKIP
    ]
    n = threads or os.cpu_count() or 1
    return [
        "melt",
        "-quiet",
        str(xml_path),
        "-consumer",
        f"avformat:{out}",
        *props,
        f"real_time=-{n}",
        "terminate_on_pause=1",
    ]
