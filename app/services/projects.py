"""Projects (one video each): list, create from a template, rename, duplicate, delete/restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core import timing
from app.core.clock import utc_now
from app.core.errors import InvalidInput, ProjectNotFound
from app.core.status import ProductionStatus, parse_status
from app.resources.templates import load_templates
from app.services.context import AppContext
from app.store.models import Project, Scene, Shot
from app.store.queries.projects import get_project_or_raise


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    title: str
    series: str
    status: str
    shot_count: int
    estimated_s: float
    target_duration_s: float
    planned_publish_at: datetime | None
    target_platforms: tuple[str, ...]
    updated_at: datetime


class ProjectService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def summaries(self, include_deleted: bool = False) -> list[ProjectSummary]:
        wpm = self.ctx.setting("narration_wpm")
        with self.ctx.workspace.session() as s:
            query = select(Project).order_by(Project.id)
            if not include_deleted:
                query = query.where(Project.deleted_at.is_(None))
            out = []
            for p in s.scalars(query):
                estimated = sum(
                    timing.shot_seconds(sh.narration, sh.target_duration_s, wpm) for sh in p.shots
                )
                out.append(
                    ProjectSummary(
                        id=p.id,
                        title=p.title,
                        series=p.series,
                        status=p.status,
                        shot_count=len(p.shots),
                        estimated_s=round(estimated, 1),
                        target_duration_s=p.target_duration_s,
                        planned_publish_at=p.planned_publish_at,
                        target_platforms=tuple(p.target_platforms or ()),
                        updated_at=p.updated_at,
                    )
                )
            return out

    def summary(self, project_id: int) -> ProjectSummary:
        for item in self.summaries():
            if item.id == project_id:
                return item
        raise ProjectNotFound(project_id)

    def create(self, title: str, template: str | None = None, series: str = "") -> int:
        title = (title or "").strip()
        if not title:
            raise InvalidInput("Judul proyek tidak boleh kosong.", "The project title is empty.")
        tpl = None
        if template:
            templates = load_templates()
            tpl = templates.get(template)
            if tpl is None:
                names = ", ".join(templates) or "-"
                raise InvalidInput(
                    f"Templat {template!r} tidak ada. Pilihan: {names}",
                    f"No template {template!r}. Available: {names}",
                )
        with self.ctx.session() as s:
            project = Project(
                title=title,
                series=series,
                status=ProductionStatus.SCRIPT if tpl else ProductionStatus.IDEA,
                target_platforms=list(self.ctx.setting("default_platforms")),
                target_duration_s=tpl.target_duration_s
                if tpl
                else self.ctx.setting("target_duration_s"),
                template_name=tpl.name if tpl else "",
            )
            s.add(project)
            s.flush()
            if tpl:
                position = 0
                for scene_pos, tscene in enumerate(tpl.scenes):
                    scene = Scene(project_id=project.id, position=scene_pos, title=tscene.title)
                    s.add(scene)
                    s.flush()
                    for tshot in tscene.shots:
                        s.add(
                            Shot(
                                project_id=project.id,
                                scene_id=scene.id,
                                position=position,
                                narration=tshot.narration,
                                on_screen_text=tshot.on_screen_text,
                                visual_notes=tshot.visual_notes,
                                shot_type=tshot.shot_type,
                                target_duration_s=tshot.target_duration_s,
                            )
                        )
                        position += 1
            return project.id

    def rename(self, project_id: int, title: str) -> None:
        title = (title or "").strip()
        if not title:
            raise InvalidInput("Judul proyek tidak boleh kosong.", "The project title is empty.")
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id).title = title

    def set_status(self, project_id: int, status: str) -> str:
        """Returns the previous status (for undo)."""
        value = parse_status(status)
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            previous = project.status
            project.status = value.value
            return previous

    def set_planned_publish(self, project_id: int, when: datetime | None) -> None:
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id).planned_publish_at = when

    def duplicate(self, project_id: int) -> int:
        """A copy with its scenes and shots (media is shared, not copied)."""
        with self.ctx.session() as s:
            src = get_project_or_raise(s, project_id)
            copy = Project(
                title=self.ctx.msg(f"{src.title} (salinan)", f"{src.title} (copy)"),
                series=src.series,
                description=src.description,
                status=src.status if src.status != ProductionStatus.PUBLISHED else "script",
                target_platforms=list(src.target_platforms or []),
                target_duration_s=src.target_duration_s,
                template_name=src.template_name,
                topic_tags=list(src.topic_tags or []),
                brand_kit_id=src.brand_kit_id,
                narration_asset_id=src.narration_asset_id,
                music_asset_id=src.music_asset_id,
                options=dict(src.options or {}),
            )
            s.add(copy)
            s.flush()
            scene_map: dict[int, int] = {}
            for scene in src.scenes:
                new_scene = Scene(
                    project_id=copy.id,
                    position=scene.position,
                    title=scene.title,
                    location=scene.location,
                )
                s.add(new_scene)
                s.flush()
                scene_map[scene.id] = new_scene.id
            skip = {"id", "project_id", "scene_id", "project"}
            for shot in src.shots:
                values = {
                    c.key: getattr(shot, c.key) for c in Shot.__table__.columns if c.key not in skip
                }
                s.add(Shot(project_id=copy.id, scene_id=scene_map.get(shot.scene_id), **values))
            return copy.id

    def delete(self, project_id: int) -> None:
        """Soft delete: the project leaves every list and can be restored (undo)."""
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id).deleted_at = utc_now()

    def restore(self, project_id: int) -> None:
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id, include_deleted=True)
            project.deleted_at = None
