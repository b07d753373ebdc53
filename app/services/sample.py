"""The embedded sample workspace "Contoh: Kampanye Layanan 112".

Three one-minute projects in different production statuses, realistic Indonesian scripts,
media for every shot, a narration track per project (shipped as small Opus files), generated
background music and a brand kit. Built on first launch and by `kilas sample`.
"""

from __future__ import annotations

import json
import tempfile
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select, tuple_

from app.core.brand import BrandStyle
from app.core.clock import utc_now
from app.core.errors import Canceled
from app.core.progress import ProgressFn
from app.media import sample_art
from app.resources import sample_dir
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.store.models import (
    ApprovalRecord,
    Base,
    BrandKit,
    GlossaryTerm,
    Project,
    Scene,
    Shot,
)

SAMPLE_DIR = sample_dir()


def sample_spec() -> dict:
    return json.loads((SAMPLE_DIR / "projects.json").read_text(encoding="utf-8"))


def has_projects(ctx: AppContext) -> bool:
    with ctx.workspace.session() as s:
        return bool(s.scalar(select(func.count(Project.id))))


def build_sample(
    ctx: AppContext,
    report: ProgressFn = lambda f, label: None,
    cancel: threading.Event | None = None,
) -> list[int]:
    """Fill the (empty) workspace with the sample; returns the new project ids.

    All or nothing: when `cancel` is set (checked before every step) the build raises
    Canceled, and on that or any failure every row and file it made is removed again, so
    the workspace is as before (still without projects: the next launch builds it anew).
    """
    before = _Snapshot.take(ctx)
    try:
        return _build(ctx, report, cancel or threading.Event())
    except BaseException:
        before.restore(ctx)
        raise


def _build(ctx: AppContext, report: ProgressFn, cancel: threading.Event) -> list[int]:
    spec = sample_spec()
    library = ctx.service(MediaLibrary)
    ffmpeg = ctx.setting("ffmpeg_path")
    total_shots = sum(len(p["shots"]) for p in spec["projects"])
    steps = total_shots + 3
    done = 0

    def step(label: str) -> None:
        nonlocal done
        done += 1
        report(min(done / steps, 0.99), label)
        if cancel.is_set():
            raise Canceled()

    with tempfile.TemporaryDirectory(prefix="kilas-sample-") as tmp_name:
        tmp = Path(tmp_name)
        logo_id = library.import_file(
            sample_art.paint_logo(tmp / "logo-diskominfo.png"), subfolder="brand"
        )
        brand_id = _add_brand(ctx, spec["brand"], logo_id)
        _add_glossary(ctx, spec["glossary"])
        step(ctx.msg("Brand kit dan glosarium", "Brand kit and glossary"))
        music_id = library.import_file(
            sample_art.make_music(tmp / "musik-latar.m4a", ffmpeg=ffmpeg), subfolder="audio"
        )
        step(ctx.msg("Musik latar", "Background music"))

        project_ids = []
        picture_index = 0
        for p_index, pspec in enumerate(spec["projects"]):
            narration_id = library.import_file(SAMPLE_DIR / pspec["narration"], subfolder="audio")
            media_ids = []
            for shot in pspec["shots"]:
                name = f"p{p_index + 1}-shot{len(media_ids) + 1}"
                if shot.get("media") == "clip":
                    source = sample_art.make_clip(
                        tmp / f"{name}.mp4", picture_index, shot["duration"] + 1.0, ffmpeg=ffmpeg
                    )
                else:
                    source = sample_art.paint_still(
                        tmp / f"{name}.jpg", picture_index, shot["visual"]
                    )
                media_ids.append(library.import_file(source, subfolder="footage"))
                picture_index += 1
                step(ctx.msg(f"Media {name}", f"Media {name}"))
            project_ids.append(
                _add_project(
                    ctx, spec["series"], pspec, brand_id, narration_id, music_id, media_ids
                )
            )
    _add_reviews(ctx, project_ids)
    step(ctx.msg("Riwayat tinjauan", "Review history"))
    _extend_plan(ctx, project_ids)
    report(1.0, ctx.msg("Contoh siap", "Sample ready"))
    return project_ids


@dataclass(frozen=True)
class _Snapshot:
    """What the workspace held before the build: every table's keys and the owned files."""

    keys: dict[str, set[tuple]]
    files: set[Path]

    @staticmethod
    def _folders(ctx: AppContext) -> list[Path]:
        ws = ctx.workspace
        return [ws.media_dir, ws.cache_dir, ws.renders_dir]

    @classmethod
    def take(cls, ctx: AppContext) -> _Snapshot:
        with ctx.workspace.session() as s:
            keys = {
                t.name: {tuple(row) for row in s.execute(select(*t.primary_key.columns))}
                for t in Base.metadata.sorted_tables
            }
        files = {p for folder in cls._folders(ctx) for p in folder.rglob("*")}
        return cls(keys, files)

    def restore(self, ctx: AppContext) -> None:
        """Remove the rows and files made since `take` (children before parents)."""
        with ctx.session() as s:
            for table in reversed(Base.metadata.sorted_tables):
                pk = list(table.primary_key.columns)
                made = {tuple(row) for row in s.execute(select(*pk))} - self.keys[table.name]
                if made:
                    s.execute(table.delete().where(tuple_(*pk).in_(list(made))))
        for folder in self._folders(ctx):
            # Deepest first, so a folder the build made is empty when its turn comes.
            for path in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
                if path in self.files:
                    continue
                if path.is_dir():
                    path.rmdir()
                else:
                    path.unlink()


def _add_brand(ctx: AppContext, bspec: dict, logo_id: int) -> int:
    style = BrandStyle(
        organisation=bspec["organisation"],
        handle=bspec["handle"],
        call_to_action=bspec["call_to_action"],
    )
    with ctx.session() as s:
        kit = BrandKit(
            name=bspec["name"], is_default=True, data=style.to_dict(), logo_asset_id=logo_id
        )
        s.add(kit)
        s.flush()
        return kit.id


def _add_glossary(ctx: AppContext, terms: list[dict]) -> None:
    with ctx.session() as s:
        for t in terms:
            s.add(
                GlossaryTerm(term=t["term"], category=t.get("category", ""), note=t.get("note", ""))
            )


def _add_project(
    ctx: AppContext,
    series: str,
    pspec: dict,
    brand_id: int,
    narration_id: int,
    music_id: int,
    media_ids: list[int],
) -> int:
    with ctx.session() as s:
        project = Project(
            title=pspec["title"],
            series=series,
            status=pspec["status"],
            target_platforms=["tiktok", "reels", "shorts"],
            target_duration_s=60.0,
            template_name=pspec.get("template", ""),
            topic_tags=pspec.get("topic_tags", []),
            brand_kit_id=brand_id,
            narration_asset_id=narration_id,
            music_asset_id=music_id,
            options={"call_to_action": "Simpan nomor 112 dan bagikan ke keluarga Anda"},
        )
        s.add(project)
        s.flush()
        scenes: dict[str, Scene] = {}
        for position, (shot, media_id) in enumerate(zip(pspec["shots"], media_ids, strict=True)):
            scene = scenes.get(shot["scene"])
            if scene is None:
                scene = Scene(project_id=project.id, position=len(scenes), title=shot["scene"])
                s.add(scene)
                s.flush()
                scenes[shot["scene"]] = scene
            name, role = shot.get("lower_third", ["", ""])
            s.add(
                Shot(
                    project_id=project.id,
                    scene_id=scene.id,
                    position=position,
                    narration=shot["narration"],
                    on_screen_text=shot["on_screen_text"],
                    visual_notes=shot["visual"],
                    shot_type=shot["type"],
                    target_duration_s=float(shot["duration"]),
                    production_status="edited"
                    if pspec["status"] in ("review", "approved", "published")
                    else "to_shoot",
                    media_asset_id=media_id,
                    picture_asset_id=media_id,
                    transition_in="crossfade" if position and position % 3 == 0 else "cut",
                    lower_third_name=name,
                    lower_third_role=role,
                )
            )
        return project.id


def _add_reviews(ctx: AppContext, project_ids: list[int]) -> None:
    """Review history through the review service (so snapshots match what the editor diffs):
    the published project was approved at version 1; the one in review has a pinned comment."""
    from app.services.script_review import ReviewService

    reviews = ctx.service(ReviewService)
    now = utc_now()
    for pid in project_ids:
        with ctx.workspace.session() as s:
            project = s.get(Project, pid)
            status, third_shot_id = project.status, project.shots[2].id
        made: list[tuple[int, int]] = []  # (record id, days ago)
        if status in ("review", "approved", "published"):
            made.append((reviews.submit(pid, "Tim Humas"), 6))
        if status in ("approved", "published"):
            made.append(
                (reviews.approve(pid, "Rina Wulandari", "Sudah sesuai, silakan tayang."), 5)
            )
        elif status == "review":
            made.append(
                (
                    reviews.comment(
                        pid,
                        "Tambahkan contoh lokasi yang jelas, misalnya nama jalan.",
                        shot_id=third_shot_id,
                        reviewer="Rina Wulandari",
                    ),
                    1,
                )
            )
        with ctx.session() as s:  # a believable history: decisions made days ago
            for record_id, days_ago in made:
                s.get(ApprovalRecord, record_id).created_at = now - timedelta(days=days_ago)


def _extend_plan(ctx: AppContext, project_ids: list[int]) -> None:
    """Calendar, ideas and metrics for the sample come from the calendar feature."""
    from app.services.sample_plan import add_plan_sample

    add_plan_sample(ctx, project_ids)
