"""A project's shots in the one order the product shows them (script, storyboard, render)."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.store.models import Shot

# Position first; the id breaks ties left by older rows that share a position.
SHOT_ORDER = (Shot.position, Shot.id)


def shots_query(project_id: int) -> Select[tuple[Shot]]:
    """The ordered select, for callers that add a filter or load options."""
    return select(Shot).where(Shot.project_id == project_id).order_by(*SHOT_ORDER)


def shots_of(session: Session, project_id: int) -> list[Shot]:
    """Every shot of the project, in script order."""
    return list(session.scalars(shots_query(project_id)))
