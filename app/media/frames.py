"""Grabbing one frame of a video file: card stills, the frame picker, caption previews,
upload-kit covers. (A frame of the composed timeline is a different thing: the render
preview, made by the export's own graph, render_graph.frame_args.)"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.media import ffmpeg_runner
from app.media.outputs import write_output

Fit = Literal["within", "cover", "pad"]
_CODECS = {"png": ["-c:v", "png"], "jpeg": ["-c:v", "mjpeg", "-q:v", "2"]}


class NoFrame(KilasError):
    """The video has no picture at that time (past its end, or no video stream)."""


def grab_frame(
    video: Path,
    time_s: float,
    *,
    width_px: int = 0,
    height_px: int = 0,
    fit: Fit = "within",
    image_format: Literal["png", "jpeg"] = "png",
    ffmpeg: str = "",
) -> bytes:
    """The frame of `video` at `time_s` as PNG or JPEG bytes (rotation applied by ffmpeg).

    Size (0 × 0: the video's own): "within" scales down to fit width×height (never up),
    "cover" fills width×height and crops the overflow, "pad" fits and pads with black to
    exactly width×height.
    """
    video = Path(video)
    args = ["-loglevel", "error", "-ss", f"{max(0.0, time_s):.3f}", "-i", str(video)]
    args += ["-frames:v", "1", "-map", "0:v:0"]
    scale = _scale_filter(width_px, height_px, fit)
    if scale:
        args += ["-vf", scale]
    args += [*_CODECS[image_format], "-f", "image2pipe", "pipe:1"]
    picture = ffmpeg_runner.run(args, ffmpeg=ffmpeg).stdout
    if not picture:  # seeking past the end decodes nothing and is no error to ffmpeg
        raise NoFrame(
            f"Tidak ada bingkai pada {time_s:.1f} dtk di {video.name}.",
            f"There is no frame at {time_s:.1f} s in {video.name}.",
        )
    return picture


def save_frame(video: Path, time_s: float, target: Path, **options) -> Path:
    """grab_frame written to `target` by the output rule (a part file, then renamed into
    place; an earlier frame at that name is replaced: these are caches and kit covers)."""
    picture = grab_frame(video, time_s, **options)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    return write_output(target, lambda part: part.write_bytes(picture), Overwrite.REPLACE)


def _scale_filter(width_px: int, height_px: int, fit: Fit) -> str:
    if not (width_px and height_px):
        return ""
    w, h = width_px, height_px
    if fit == "cover":
        return f"scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h}"
    if fit == "pad":
        return (
            f"scale={w}:{h}:force_original_aspect_ratio=decrease,"
            f"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2,setsar=1"
        )
    return f"scale=w='min(iw,{w})':h='min(ih,{h})':force_original_aspect_ratio=decrease"
