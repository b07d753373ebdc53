"""Ideas backlog: idea cards from citizens' complaints, the service calendar or campaigns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.store.models import Idea, Project

# Suggested sources, (Indonesian, English); free text is allowed too and stored as typed.
SOURCES: tuple[tuple[str, str], ...] = (
    ("Aduan LAPOR!", "LAPOR! complaint"),
    ("Media sosial (komentar/DM)", "Social media (comments/DMs)"),
    ("Kalender layanan", "Service calendar"),
    ("Kampanye", "Campaign"),
    ("Hari besar nasional", "National holiday"),
    ("Permintaan pimpinan", "Request from the head of office"),
)
PRIORITY_LABELS = {1: "Tinggi", 2: "Sedang", 3: "Rendah"}


@dataclass(frozen=True)
class IdeaData:
    id: int
    title: str
    source: str
    priority: int
    notes: str
    project_id: int | None
    project_title: str
    created_at: datetime | None


class IdeaService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @staticmethod
    def _check(title: str, priority: int) -> str:
        title = (title or "").strip()
        if not title:
            raise InvalidInput("Judul ide tidak boleh kosong.", "The idea title is empty.")
        if priority not in PRIORITY_LABELS:
            raise InvalidInput("Prioritas harus 1, 2 atau 3.", "Priority must be 1, 2 or 3.")
        return title

    def _get(self, s, idea_id: int) -> Idea:
        idea = s.get(Idea, idea_id)
        if idea is None:
            raise NotFound(f"Ide {idea_id} tidak ditemukan.", f"Idea {idea_id} not found.")
        return idea

    def list(self, include_done: bool = True) -> list[IdeaData]:
        """Open ideas first (by priority, newest first), then those already made projects."""
        with self.ctx.workspace.session() as s:
            titles = dict(s.execute(select(Project.id, Project.title)).all())
            out = [
                IdeaData(
                    i.id,
                    i.title,
                    i.source,
                    i.priority,
                    i.notes,
                    i.project_id,
                    titles.get(i.project_id, "") if i.project_id else "",
                    i.created_at,
                )
                for i in s.scalars(select(Idea))
            ]
        if not include_done:
            out = [i for i in out if i.project_id is None]
        out.sort(key=lambda i: (i.project_id is not None, i.priority, -i.id))
        return out

    def get(self, idea_id: int) -> IdeaData:
        for item in self.list():
            if item.id == idea_id:
                return item
        raise NotFound(f"Ide {idea_id} tidak ditemukan.", f"Idea {idea_id} not found.")

    def create(self, title: str, source: str = "", priority: int = 2, notes: str = "") -> int:
        title = self._check(title, priority)
        with self.ctx.session() as s:
            idea = Idea(title=title, source=source.strip(), priority=priority, notes=notes)
            s.add(idea)
            s.flush()
            return idea.id

    def update(self, idea_id: int, title: str, source: str, priority: int, notes: str) -> IdeaData:
        """Returns the idea as it was (for undo)."""
        title = self._check(title, priority)
        previous = self.get(idea_id)
        with self.ctx.session() as s:
            idea = self._get(s, idea_id)
            idea.title, idea.source, idea.priority, idea.notes = (
                title,
                source.strip(),
                priority,
                notes,
            )
        return previous

    def delete(self, idea_id: int) -> IdeaData:
        """Returns the deleted idea so that `restore` can bring it back (undo)."""
        previous = self.get(idea_id)
        with self.ctx.session() as s:
            s.delete(self._get(s, idea_id))
        return previous

    def restore(self, data: IdeaData) -> None:
        with self.ctx.session() as s:
            if s.get(Idea, data.id) is None:
                s.add(
                    Idea(
                        id=data.id,
                        title=data.title,
                        source=data.source,
                        priority=data.priority,
                        notes=data.notes,
                        project_id=data.project_id,
                        **({"created_at": data.created_at} if data.created_at else {}),
                    )
                )

    def to_project(self, idea_id: int, template: str | None = None) -> int:
        """Make a project from the idea (with a script template); the idea links to it."""
        idea = self.get(idea_id)
        if idea.project_id is not None:
            raise InvalidInput(
                f"Ide ini sudah menjadi proyek {idea.project_id}.",
                f"This idea is already project {idea.project_id}.",
            )
        project_id = self.ctx.service(ProjectService).create(idea.title, template)
        with self.ctx.session() as s:
            self._get(s, idea_id).project_id = project_id
            project = s.get(Project, project_id)
            note = "\n".join(
                x for x in (f"Sumber ide: {idea.source}" if idea.source else "", idea.notes) if x
            )
            if note and project is not None and not project.description:
                project.description = note
        return project_id

    def link(self, idea_id: int, project_id: int) -> None:
        with self.ctx.session() as s:
            self._get(s, idea_id).project_id = project_id

    def unlink(self, idea_id: int) -> None:
        """Undo of `to_project`: the idea is open again (the project is removed by the caller)."""
        with self.ctx.session() as s:
            self._get(s, idea_id).project_id = None
