"""The script-version rule: an edit after approval starts a new version.

An approval is for one version of the script; any later change to scenes or shots must not
pass as approved, so the first edit after an approval moves the script to the next version.
Every edit path (one field, a shot, a bulk import) calls `note_script_edit` in the edit's
own transaction.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.store.models import Project


def note_script_edit(session: Session, project_id: int) -> None:
    """Move the script past its approved version, if it is still at it (one UPDATE)."""
    session.execute(
        update(Project)
        .where(
            Project.id == project_id,
            Project.approved_version.is_not(None),
            Project.script_version <= Project.approved_version,
        )
        .values(script_version=Project.approved_version + 1)
    )
