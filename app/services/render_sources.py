"""What a render plan is made of, read from the workspace: project, shots, media, brand kit
and captions, plus turning those rows into the plan's shot and audio sources.

`gather` reads everything in one go and returns it with a signature: the render service
rebuilds its plan (and writes files such as the captions' ASS) only when that changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import render_plan as rp
from app.core.errors import KilasError
from app.media.probe import MediaUnreadable, probe
from app.services.brand import BrandService, ProjectBrand
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.services.subtitles import SubtitleService
from app.store.models import MediaAsset, Shot
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_of


class MediaProblem(KilasError):
    """Media of a shot (or the narration/music) is missing or unreadable."""


@dataclass(frozen=True)
class Gathered:
    wpm: float
    project: dict[str, Any]
    shots: list[dict[str, Any]]
    assets: dict[int, dict[str, Any]]
    brand: ProjectBrand
    captions_ass: str | None  # the ASS document text, None without cues
    signature: list[Any] = field(default_factory=list)


def gather(ctx: AppContext, project_id: int) -> Gathered:
    """Everything the plan depends on. Reads the database only (no file is written)."""
    wpm = ctx.setting("narration_wpm")
    lib = ctx.service(MediaLibrary)
    with ctx.workspace.session() as s:
        project = get_project_or_raise(s, project_id)
        shots = shots_of(s, project_id)
        ids = {project.narration_asset_id, project.music_asset_id}
        for sh in shots:
            ids |= {sh.media_asset_id, sh.picture_asset_id, sh.narration_asset_id}
        ids.discard(None)
        assets = {a.id: a for a in s.scalars(select(MediaAsset).where(MediaAsset.id.in_(ids)))}
        asset_rows = {
            i: {
                "path": str(lib.resolve(a)),
                "kind": a.kind,
                "probe": dict(a.probe or {}),
                "duration_s": a.duration_s,
                "w": a.width_px,
                "h": a.height_px,
                "has_audio": a.has_audio,
                "name": a.original_name,
            }
            for i, a in assets.items()
        }
        shot_rows = [{c.key: getattr(sh, c.key) for c in Shot.__table__.columns} for sh in shots]
        project_row = {
            "id": project.id,
            "title": project.title,
            "options": dict(project.options or {}),
            "narration": project.narration_asset_id,
            "music": project.music_asset_id,
            "updated_at": str(project.updated_at),
        }
    brand = ctx.service(BrandService).project_brand(project_id)
    captions = ctx.service(SubtitleService).ass_document(project_id)
    logo = brand.logo_path
    brand_key = [
        brand.kit_name,
        brand.style.to_dict(),
        str(logo),
        logo.stat().st_mtime_ns if logo is not None else None,
        brand.fields,
    ]
    return Gathered(
        wpm=wpm,
        project=project_row,
        shots=shot_rows,
        assets=asset_rows,
        brand=brand,
        captions_ass=captions,
        signature=[wpm, project_row, shot_rows, asset_rows, brand_key, captions],
    )


def shot_source(
    ctx: AppContext,
    number: int,
    row: dict[str, Any],
    g: Gathered,
    media: list[tuple[str, Path]],
    warnings: list[str],
) -> rp.ShotSource:
    """The plan's view of one shot; `media` collects (who, path) to validate before a render."""
    who = ctx.msg(f"Shot {number}", f"Shot {number}")
    asset_id = row["media_asset_id"] or row["picture_asset_id"]
    src = rp.ShotSource(
        number=number,
        media_in_s=row["media_in_s"] or 0.0,
        media_out_s=row["media_out_s"],
        focus_x=row["focus_x"],
        focus_y=row["focus_y"],
        clip_audio=bool(row["clip_audio"]),
        short_clip_mode=row["short_clip_mode"] or "hold",
        transition_in=row["transition_in"] or "cut",
        narration_text=row["narration"] or "",
        target_duration_s=row["target_duration_s"],
        background_colour=g.brand.style.palette.primary,
    )
    if asset_id is None:
        warnings.append(
            ctx.msg(
                f"{who} belum punya gambar atau video; memakai latar warna.",
                f"{who} has no picture or video yet; using a colour background.",
            )
        )
    else:
        src = _with_media(src, g.assets.get(asset_id), who, media)
    if row["narration_asset_id"] is not None and not g.project["narration"]:
        a = audio_source(
            g.assets.get(row["narration_asset_id"]),
            ctx.msg(f"Narasi {who}", f"Narration of {who}"),
            media,
        )
        src = replace(src, narration_path=a.path, narration_duration_s=a.duration_s)
    return src


def _with_media(
    src: rp.ShotSource, asset: dict | None, who: str, media: list[tuple[str, Path]]
) -> rp.ShotSource:
    if asset is None or not Path(asset["path"]).is_file():
        name = asset["name"] if asset else "?"
        raise MediaProblem(
            f"{who}: berkas media hilang ({name}). Sambungkan ulang di Storyboard.",
            f"{who}: media file is missing ({name}). Relink it in the Storyboard.",
        )
    info = asset["probe"]
    kind = info.get("kind") or asset["kind"]
    media.append((who, Path(asset["path"])))
    return replace(
        src,
        media_path=asset["path"],
        media_kind=kind,
        media_duration_s=info.get("duration_s", asset["duration_s"]),
        width_px=info.get("width_px", asset["w"]),
        height_px=info.get("height_px", asset["h"]),
        fps=info.get("fps"),
        has_audio=bool(info.get("has_audio", asset["has_audio"])),
    )


def audio_source(asset: dict | None, who: str, media: list[tuple[str, Path]]) -> rp.AudioSource:
    if asset is None or not Path(asset["path"]).is_file():
        name = asset["name"] if asset else "?"
        raise MediaProblem(
            f"{who}: berkas audio hilang ({name}).", f"{who}: audio file is missing ({name})."
        )
    if not asset["has_audio"] and not asset["probe"].get("has_audio"):
        raise MediaProblem(
            f"{who}: berkas {asset['name']} tidak bersuara.",
            f"{who}: {asset['name']} has no sound.",
        )
    media.append((who, Path(asset["path"])))
    return rp.AudioSource(asset["path"], asset["duration_s"] or asset["probe"].get("duration_s"))


def validate_media(media: list[tuple[str, Path]]) -> None:
    """Open every file the plan uses (decoding a frame) before anything is written."""
    seen: set[Path] = set()
    for who, path in media:
        if path in seen:
            continue
        seen.add(path)
        try:
            probe(path)
        except MediaUnreadable as exc:
            raise MediaProblem(
                f"{who}: {exc.message('id')}", f"{who}: {exc.message('en')}"
            ) from exc
