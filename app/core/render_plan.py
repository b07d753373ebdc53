"""The render plan: a frozen, declarative description of one video, built from plain inputs.

`build_plan(PlanInputs)` decides the timeline (shot start and length, snapped to frames),
the 9:16 crop of each source around its focus point, the overlay layers with their time
windows and the audio mix. `app.media.render_graph` turns a plan into one ffmpeg graph;
tests compare plans without running ffmpeg.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core import timing
from app.core.presets import OutputSettings

CROSSFADE_S = 0.5
DEFAULT_SHOT_S = 3.0
MIN_CLIP_SHOT_S = 1.5
MAX_CLIP_SHOT_S = 8.0
STILL_ZOOM_PER_S = 0.012  # a slow push-in: +6 % over five seconds
NARRATION_TAIL_S = 0.5  # breathing room after the last spoken word
PER_SHOT_NARRATION_PAD_S = 0.25


# Inputs ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ShotSource:
    """One shot as the project stores it, with what is known about its media."""

    number: int  # 1-based, as the user sees it
    media_path: str = ""
    media_kind: str = "none"  # video | image | audio | none
    media_duration_s: float | None = None
    width_px: int | None = None  # as displayed (after the rotation matrix)
    height_px: int | None = None
    fps: float | None = None
    has_audio: bool = False
    media_in_s: float = 0.0
    media_out_s: float | None = None
    focus_x: float = 0.5
    focus_y: float = 0.5
    clip_audio: bool = False
    short_clip_mode: str = "hold"  # hold | loop
    transition_in: str = "cut"  # cut | crossfade
    narration_text: str = ""
    target_duration_s: float | None = None
    narration_path: str = ""  # the shot's own voice-over
    narration_duration_s: float | None = None
    background_colour: str = "#0B4F8A"


@dataclass(frozen=True)
class AudioSource:
    path: str
    duration_s: float | None


@dataclass(frozen=True)
class OverlaySpec:
    """A painted PNG and where it belongs in time.

    anchor: "all" (whole video), "start" (from 0), "end" (last seconds), "shot" (within shot
    `shot_number`, from `offset_s`). `duration_s` None: as long as the anchor lasts.
    """

    path: str
    x_px: int
    y_px: int
    width_px: int
    height_px: int
    anchor: str = "all"
    shot_number: int | None = None
    duration_s: float | None = None
    offset_s: float = 0.0
    label: str = ""


@dataclass(frozen=True)
class PlanInputs:
    shots: tuple[ShotSource, ...]
    output: OutputSettings
    words_per_minute: float = 140.0
    narration: AudioSource | None = None  # project voice-over, from 0 s
    music: AudioSource | None = None
    music_volume: float = 0.25
    duck_music: bool = True
    overlays: tuple[OverlaySpec, ...] = ()
    captions_ass: str = ""
    fonts_dir: str = ""
    fps: float | None = None  # None: chosen from the footage


# The plan -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CropRect:
    x_px: int
    y_px: int
    width_px: int
    height_px: int


@dataclass(frozen=True)
class ShotClip:
    number: int
    kind: str  # video | image | colour
    path: str
    start_s: float
    duration_s: float
    tail_s: float = 0.0  # extra seconds the next shot's crossfade needs
    source_in_s: float = 0.0
    source_len_s: float | None = None  # usable length of a video from source_in_s
    fill: str = "none"  # none | hold | loop (a clip shorter than its shot)
    crop: CropRect | None = None
    zoom_per_s: float = 0.0  # stills: slow push-in
    anchor_x: float = 0.5  # point of the cropped picture that stays put while zooming
    anchor_y: float = 0.5
    colour: str = "#000000"
    transition_in: str = "cut"
    transition_s: float = 0.0

    @property
    def end_s(self) -> float:
        return self.start_s + self.duration_s

    @property
    def render_s(self) -> float:
        """Seconds of picture this shot must supply (its length plus a crossfade tail)."""
        return self.duration_s + self.tail_s


@dataclass(frozen=True)
class OverlayLayer:
    path: str
    x_px: int
    y_px: int
    width_px: int
    height_px: int
    start_s: float
    end_s: float
    label: str = ""

    def active_at(self, t_s: float) -> bool:
        return self.start_s <= t_s < self.end_s


@dataclass(frozen=True)
class AudioClip:
    path: str
    role: str  # narration | clip | music
    start_s: float  # on the timeline
    source_in_s: float
    duration_s: float
    volume: float = 1.0
    loop: bool = False


@dataclass(frozen=True)
class AudioMix:
    clips: tuple[AudioClip, ...] = ()
    music: AudioClip | None = None
    duck_music: bool = True
    music_fade_in_s: float = 1.0
    music_fade_out_s: float = 2.0

    @property
    def narration(self) -> tuple[AudioClip, ...]:
        return tuple(c for c in self.clips if c.role == "narration")

    @property
    def is_silent(self) -> bool:
        return not self.clips and self.music is None


@dataclass(frozen=True)
class RenderPlan:
    output: OutputSettings
    fps: float
    duration_s: float
    shots: tuple[ShotClip, ...]
    overlays: tuple[OverlayLayer, ...] = ()
    audio: AudioMix = field(default_factory=AudioMix)
    captions_ass: str = ""
    fonts_dir: str = ""

    @property
    def width_px(self) -> int:
        return self.output.width_px

    @property
    def height_px(self) -> int:
        return self.output.height_px

    @property
    def frame_count(self) -> int:
        return round(self.duration_s * self.fps)

    def shot_index_at(self, t_s: float) -> int:
        """Index of the shot on screen at `t_s` (clamped to the video)."""
        for i, shot in enumerate(self.shots):
            if t_s < shot.end_s:
                return i
        return len(self.shots) - 1

    def overlays_at(self, t_s: float) -> tuple[OverlayLayer, ...]:
        return tuple(o for o in self.overlays if o.active_at(t_s))


# Building -------------------------------------------------------------------------------
def choose_fps(source_fps: list[float]) -> float:
    """30 fps unless most footage is 25/50 fps (PAL cameras): then 25 (STANDARDS.md)."""
    pal = sum(1 for f in source_fps if f and (abs(f - 25) < 0.5 or abs(f - 50) < 0.5))
    other = sum(1 for f in source_fps if f and not (abs(f - 25) < 0.5 or abs(f - 50) < 0.5))
    return 25.0 if pal > other else 30.0


def cover_crop(
    src_w_px: int, src_h_px: int, out_w_px: int, out_h_px: int, focus_x: float, focus_y: float
) -> CropRect:
    """The largest out-aspect window of the source, centred on the focus point where it can.

    Cropping first and scaling the window (instead of scaling the whole frame up and then
    cropping) saves a full extra scale per frame (ARCHITECTURE.md).
    """
    fx, fy = min(max(focus_x, 0.0), 1.0), min(max(focus_y, 0.0), 1.0)
    if src_w_px * out_h_px > src_h_px * out_w_px:  # wider than the canvas
        h = src_h_px
        w = min(src_w_px, _even(src_h_px * out_w_px / out_h_px))
    else:
        w = src_w_px
        h = min(src_h_px, _even(src_w_px * out_h_px / out_w_px))
    x = round(min(max(fx * src_w_px - w / 2, 0), src_w_px - w))
    y = round(min(max(fy * src_h_px - h / 2, 0), src_h_px - h))
    return CropRect(x, y, w, h)


def _even(value: float) -> int:
    return max(2, int(value) // 2 * 2)


def _usable_len_s(src: ShotSource) -> float | None:
    if src.media_kind != "video" or src.media_duration_s is None:
        return None
    end = (
        src.media_duration_s
        if src.media_out_s is None
        else min(src.media_out_s, src.media_duration_s)
    )
    return max(0.0, end - max(0.0, src.media_in_s))


def shot_base_seconds(src: ShotSource, words_per_minute: float) -> float:
    """How long a shot wants to be before the project narration rescales it."""
    seconds = timing.shot_seconds(src.narration_text, src.target_duration_s, words_per_minute)
    if seconds <= 0:
        usable = _usable_len_s(src)
        seconds = min(max(usable, MIN_CLIP_SHOT_S), MAX_CLIP_SHOT_S) if usable else DEFAULT_SHOT_S
    if src.narration_path and src.narration_duration_s:
        seconds = max(seconds, src.narration_duration_s + PER_SHOT_NARRATION_PAD_S)
    return seconds


def _timeline(inputs: PlanInputs, fps: float) -> list[tuple[float, float]]:
    """(start_s, duration_s) per shot, on the frame grid."""
    base = [shot_base_seconds(s, inputs.words_per_minute) for s in inputs.shots]
    narration = inputs.narration
    if narration and narration.duration_s and sum(base) > 0:
        # Shots share the recorded voice-over's length, in their estimated proportions.
        scale = (narration.duration_s + NARRATION_TAIL_S) / sum(base)
        base = [b * scale for b in base]
    out, cum_s, frame = [], 0.0, 0
    for b in base:
        cum_s += b
        end_frame = max(frame + 1, round(cum_s * fps))
        out.append((frame / fps, (end_frame - frame) / fps))
        frame = end_frame
    return out


def build_plan(inputs: PlanInputs) -> RenderPlan:
    fps = inputs.fps or choose_fps([s.fps or 0 for s in inputs.shots if s.media_kind == "video"])
    out = inputs.output
    spans = _timeline(inputs, fps)
    total_s = spans[-1][0] + spans[-1][1] if spans else 0.0
    shots: list[ShotClip] = []
    for i, (src, (start_s, dur_s)) in enumerate(zip(inputs.shots, spans, strict=True)):
        nxt = inputs.shots[i + 1] if i + 1 < len(inputs.shots) else None
        xfade_s = 0.0
        if i > 0 and src.transition_in == "crossfade":
            xfade_s = min(CROSSFADE_S, dur_s / 2, spans[i - 1][1] / 2)
        tail_s = 0.0
        if nxt is not None and nxt.transition_in == "crossfade":
            tail_s = min(CROSSFADE_S, dur_s / 2, spans[i + 1][1] / 2)
        shots.append(_shot_clip(src, start_s, dur_s, tail_s, xfade_s, out))
    overlays = tuple(
        layer for spec in inputs.overlays if (layer := _place(spec, shots, total_s)) is not None
    )
    return RenderPlan(
        output=out,
        fps=fps,
        duration_s=total_s,
        shots=tuple(shots),
        overlays=overlays,
        audio=_audio_mix(inputs, shots, total_s),
        captions_ass=inputs.captions_ass,
        fonts_dir=inputs.fonts_dir,
    )


def _shot_clip(
    src: ShotSource,
    start_s: float,
    dur_s: float,
    tail_s: float,
    xfade_s: float,
    out: OutputSettings,
) -> ShotClip:
    common = dict(
        number=src.number,
        start_s=start_s,
        duration_s=dur_s,
        tail_s=tail_s,
        colour=src.background_colour,
        transition_in="crossfade" if xfade_s > 0 else "cut",
        transition_s=xfade_s,
    )
    has_picture = src.media_kind in ("video", "image") and src.width_px and src.height_px
    if not has_picture:
        return ShotClip(kind="colour", path="", **common)
    crop = cover_crop(
        src.width_px, src.height_px, out.width_px, out.height_px, src.focus_x, src.focus_y
    )
    if src.media_kind == "image":
        # Zoom anchored at the focus point's place inside the crop, so it stays in frame.
        ax = (src.focus_x * src.width_px - crop.x_px) / crop.width_px
        ay = (src.focus_y * src.height_px - crop.y_px) / crop.height_px
        return ShotClip(
            kind="image",
            path=src.media_path,
            crop=crop,
            zoom_per_s=STILL_ZOOM_PER_S,
            anchor_x=min(max(ax, 0.0), 1.0),
            anchor_y=min(max(ay, 0.0), 1.0),
            **common,
        )
    usable = _usable_len_s(src)
    in_s = max(0.0, src.media_in_s)
    if usable is not None and usable < 0.1 and src.media_duration_s:
        # An in point at (or past) the end: show the clip's last half second instead.
        in_s = max(0.0, src.media_duration_s - 0.5)
        usable = src.media_duration_s - in_s
    need = dur_s + tail_s
    fill = "none"
    if usable is not None and usable < need - 1e-6:
        fill = "loop" if src.short_clip_mode == "loop" else "hold"
    return ShotClip(
        kind="video",
        path=src.media_path,
        crop=crop,
        source_in_s=in_s,
        source_len_s=usable,
        fill=fill,
        **common,
    )


def _place(spec: OverlaySpec, shots: list[ShotClip], total_s: float) -> OverlayLayer | None:
    if spec.anchor == "start":
        start, end = 0.0, spec.duration_s or total_s
    elif spec.anchor == "end":
        start, end = total_s - (spec.duration_s or total_s), total_s
    elif spec.anchor == "shot":
        shot = next((s for s in shots if s.number == spec.shot_number), None)
        if shot is None:
            return None
        start = shot.start_s + spec.offset_s
        end = shot.end_s if spec.duration_s is None else min(shot.end_s, start + spec.duration_s)
    else:
        start, end = 0.0, total_s
    start, end = max(0.0, start), min(total_s, end)
    if end - start <= 0:
        return None
    return OverlayLayer(
        spec.path, spec.x_px, spec.y_px, spec.width_px, spec.height_px, start, end, spec.label
    )


def _audio_mix(inputs: PlanInputs, shots: list[ShotClip], total_s: float) -> AudioMix:
    clips: list[AudioClip] = []
    if inputs.narration and inputs.narration.duration_s:
        clips.append(
            AudioClip(
                inputs.narration.path,
                "narration",
                0.0,
                0.0,
                min(inputs.narration.duration_s, total_s),
            )
        )
    for src, shot in zip(inputs.shots, shots, strict=True):
        if src.narration_path and src.narration_duration_s and not inputs.narration:
            clips.append(
                AudioClip(
                    src.narration_path,
                    "narration",
                    shot.start_s,
                    0.0,
                    min(src.narration_duration_s, total_s - shot.start_s),
                )
            )
        if src.clip_audio and src.has_audio and shot.kind == "video":
            length = shot.duration_s
            if shot.fill == "hold" and shot.source_len_s is not None:
                length = min(length, shot.source_len_s)  # silence while the last frame holds
            clips.append(
                AudioClip(
                    src.media_path,
                    "clip",
                    shot.start_s,
                    shot.source_in_s,
                    length,
                    loop=shot.fill == "loop",
                )
            )
        elif src.clip_audio and src.media_kind == "audio" and src.media_path:
            # An audio-only file as a shot's media: its sound over a colour background.
            in_s = max(0.0, src.media_in_s)
            length = shot.duration_s
            if src.media_duration_s:
                length = min(length, max(0.0, src.media_duration_s - in_s))
            if length > 0:
                clips.append(AudioClip(src.media_path, "clip", shot.start_s, in_s, length))
    music = None
    if inputs.music and total_s > 0:
        music = AudioClip(
            inputs.music.path, "music", 0.0, 0.0, total_s, volume=inputs.music_volume, loop=True
        )
    return AudioMix(
        clips=tuple(clips),
        music=music,
        duck_music=inputs.duck_music,
        music_fade_in_s=min(1.0, total_s / 4),
        music_fade_out_s=min(2.0, total_s / 4),
    )
