"""Row counts of every table: for the problem report and for checks after copying a workspace."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.store.models import Base


def row_counts(session: Session) -> dict[str, int]:
    """{table name: number of rows}, every table of the schema, in dependency order."""
    return {
        table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
        for table in Base.metadata.sorted_tables
    }
