"""Reading a project: the one lookup that turns a missing or deleted project into an error."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.core.errors import ProjectNotFound
from app.store.models import Project


def get_project_or_raise(
    session: Session, project_id: int, include_deleted: bool = False
) -> Project:
    """The live project `project_id`; ProjectNotFound when it is missing or deleted (a
    deleted one is returned with `include_deleted`: restoring it, exports of old renders)."""
    project = session.get(Project, project_id)
    if project is None or (project.deleted_at is not None and not include_deleted):
        raise ProjectNotFound(project_id)
    return project
