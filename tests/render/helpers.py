"""Small real projects for render tests (a few seconds of small synthetic media)."""

from __future__ import annotations

from pathlib import Path

from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.store.models import Project, Shot


def import_media(ctx, path: Path) -> int:
    return ctx.service(MediaLibrary).import_file(path)


def make_project(
    ctx, shots: list[dict], title: str = "Layanan 112 Gratis", **project_fields
) -> int:
    """A project whose shots get the given fields (media_asset_id, target_duration_s, ...)."""
    project_id = ctx.service(ProjectService).create(title)
    with ctx.session() as s:
        project = s.get(Project, project_id)
        for key, value in project_fields.items():
            setattr(project, key, value)
        for position, fields in enumerate(shots):
            s.add(Shot(project_id=project_id, position=position, **fields))
    return project_id


def output_info(path: Path) -> dict:
    """What a platform sees of a rendered file (read with PyAV)."""
    import av

    with av.open(str(path)) as container:
        v = container.streams.video[0]
        a = container.streams.audio[0]
        return {
            "width": v.codec_context.width,
            "height": v.codec_context.height,
            "pix_fmt": v.codec_context.pix_fmt,
            "codec": v.codec_context.name,
            "profile": v.codec_context.profile,
            "fps": float(v.average_rate),
            "audio_codec": a.codec_context.name,
            "audio_profile": a.codec_context.profile,
            "sample_rate": a.codec_context.sample_rate,
            "channels": a.codec_context.channels,
            "duration_s": container.duration / 1e6,
        }


def frame_rgb_at(path: Path, t_s: float):
    """The decoded frame shown at `t_s` as an RGB numpy array (rows, cols, 3)."""
    import av

    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            if frame.time is not None and frame.time + 1e-6 >= t_s:
                return frame.to_ndarray(format="rgb24")
    raise AssertionError(f"no frame at {t_s} s in {path}")
