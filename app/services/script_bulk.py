"""Whole-script operations of ScriptService: copies for undo and snapshots, restoring them,
and importing plain text (paste, text files). Rows are read and written as plain Core rows:
a pasted 10 000-word script is hundreds of shots, and ORM object loading dominated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update

from app.core.errors import KilasError, NotFound
from app.core.script_text import ScriptDoc, parse_script
from app.core.text_decode import decode_text
from app.services.script_versions import note_script_edit
from app.store.models import ApprovalRecord, Scene, ScriptBackup, Shot
from app.store.queries.projects import get_project_or_raise


class ScriptImportError(KilasError):
    """A text file that cannot be read as a script."""


MAX_BACKUPS_PER_PROJECT = 20  # older ones are pruned; a script is a few kilobytes


@dataclass(frozen=True)
class ScriptBackupInfo:
    id: int
    created_at: datetime
    reason: str  # import | restore
    shot_count: int


def _keep_backup(session, project_id: int, content: dict[str, Any], reason: str) -> None:
    """Store `content` (a whole script) unless it is empty; keep the newest few."""
    shots = content.get("shots") or []
    if not shots:
        return
    session.add(
        ScriptBackup(project_id=project_id, reason=reason, shot_count=len(shots), content=content)
    )
    session.flush()
    old = session.scalars(
        select(ScriptBackup.id)
        .where(ScriptBackup.project_id == project_id)
        .order_by(ScriptBackup.id.desc())
        .offset(MAX_BACKUPS_PER_PROJECT)
    ).all()
    if old:
        session.execute(delete(ScriptBackup).where(ScriptBackup.id.in_(old)))


class ScriptBulkMixin:
    """Mixed into ScriptService; needs `self.ctx`."""

    # Whole script -----------------------------------------------------------------------
    def content(self, project_id: int) -> dict[str, Any]:
        """The whole script (scenes and full shot records) for snapshots and undo.

        Read with Core rows, not ORM objects: a 500-shot script is copied several times per
        paste (before/after for undo), and object loading was most of that time.
        """
        shots_t, scenes_t, approvals_t = Shot.__table__, Scene.__table__, ApprovalRecord.__table__
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            scenes = s.execute(
                select(scenes_t.c.id, scenes_t.c.position, scenes_t.c.title, scenes_t.c.location)
                .where(scenes_t.c.project_id == project_id)
                .order_by(scenes_t.c.position, scenes_t.c.id)
            ).mappings()
            shots = s.execute(
                select(shots_t)
                .where(shots_t.c.project_id == project_id)
                .order_by(shots_t.c.position, shots_t.c.id)
            ).mappings()
            pins = s.execute(
                select(approvals_t.c.id, approvals_t.c.shot_id).where(
                    approvals_t.c.project_id == project_id, approvals_t.c.shot_id.is_not(None)
                )
            ).all()
            return {
                "version": project.script_version,
                "title": project.title,
                "scenes": [dict(r) for r in scenes],
                "shots": [dict(r) for r in shots],
                # Reviewer comments pinned to shots, so undoing a replace re-pins them.
                "pins": {str(a_id): shot_id for a_id, shot_id in pins},
            }

    # Backups ---------------------------------------------------------------------------
    def script_backups(self, project_id: int) -> list[ScriptBackupInfo]:
        """The scripts an import (or a restore) replaced, newest first."""
        with self.ctx.workspace.session() as s:
            get_project_or_raise(s, project_id)
            rows = s.scalars(
                select(ScriptBackup)
                .where(ScriptBackup.project_id == project_id)
                .order_by(ScriptBackup.id.desc())
            ).all()
            return [ScriptBackupInfo(r.id, r.created_at, r.reason, r.shot_count) for r in rows]

    def restore_backup(self, project_id: int, backup_id: int) -> dict[str, Any]:
        """Put a backed-up script back; the script it replaces is backed up in turn, so a
        restore can itself be taken back. Returns the content before (for undo)."""
        with self.ctx.workspace.session() as s:
            row = s.get(ScriptBackup, backup_id)
            if row is None or row.project_id != project_id:
                raise NotFound(
                    f"Cadangan naskah {backup_id} tidak ada.",
                    f"Script backup {backup_id} does not exist.",
                )
            content = dict(row.content)
        before = self.content(project_id)
        with self.ctx.session() as s:
            _keep_backup(s, project_id, before, "restore")
        self.restore_content(project_id, content)
        return before

    def restore_content(self, project_id: int, content: dict[str, Any]) -> None:
        """Replaces scenes and shots with `content` (ids kept), e.g. to undo an import."""
        shots_t, scenes_t = Shot.__table__, Scene.__table__
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id)
            s.execute(delete(shots_t).where(shots_t.c.project_id == project_id))
            s.execute(delete(scenes_t).where(scenes_t.c.project_id == project_id))
            scenes = [
                {
                    "project_id": project_id,
                    **{k: sc[k] for k in ("id", "position", "title", "location")},
                }
                for sc in content.get("scenes", [])
            ]
            if scenes:
                s.execute(insert(scenes_t), scenes)
            columns = set(shots_t.c.keys())
            shots = [
                {k: v for k, v in rec.items() if k in columns} for rec in content.get("shots", [])
            ]
            if shots:
                s.execute(insert(shots_t), shots)
            pins = [
                {"b_id": int(a_id), "b_shot": shot_id}
                for a_id, shot_id in content.get("pins", {}).items()
                if any(sh["id"] == shot_id for sh in shots)
            ]
            if pins:
                approvals_t = ApprovalRecord.__table__
                s.execute(
                    update(approvals_t)
                    .where(approvals_t.c.id == bindparam("b_id"))
                    .values(shot_id=bindparam("b_shot")),
                    pins,
                )
            note_script_edit(s, project_id)

    def import_doc(
        self,
        project_id: int,
        doc: ScriptDoc,
        index: int | None = None,
        replace: bool = False,
        return_before: bool = True,
    ) -> dict[str, Any]:
        """Adds the shots of `doc` at `index` (None: the end), or replaces the script.

        Returns the script content before the change (undo: `restore_content`), or {} when
        `return_before` is False (the caller took its own copy).
        """
        before = self.content(project_id) if return_before or replace else {}
        shots_t, scenes_t = Shot.__table__, Scene.__table__
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            if replace:
                _keep_backup(s, project_id, before, "import")
                s.execute(delete(shots_t).where(shots_t.c.project_id == project_id))
                s.execute(delete(scenes_t).where(scenes_t.c.project_id == project_id))
            existing = s.execute(
                select(shots_t.c.id, shots_t.c.scene_id)
                .where(shots_t.c.project_id == project_id)
                .order_by(shots_t.c.position, shots_t.c.id)
            ).all()
            index = len(existing) if index is None else max(0, min(index, len(existing)))
            inherit = existing[index - 1].scene_id if index > 0 else None
            scene_count = len(
                s.execute(select(scenes_t.c.id).where(scenes_t.c.project_id == project_id)).all()
            )
            rows: list[dict[str, Any]] = []
            for scene_draft in doc.scenes:
                scene_id = inherit
                if scene_draft.title is not None:
                    scene = Scene(
                        project_id=project_id, position=scene_count, title=scene_draft.title
                    )
                    scene_count += 1
                    s.add(scene)
                    s.flush()
                    scene_id = scene.id
                for d in scene_draft.shots:
                    rows.append(
                        {
                            "project_id": project_id,
                            "scene_id": scene_id,
                            "narration": d.narration,
                            "on_screen_text": d.on_screen_text,
                            "visual_notes": d.visual_notes,
                            "location": d.location,
                            "target_duration_s": d.target_duration_s,
                            "shot_type": d.shot_type,
                            "position": index + len(rows),
                        }
                    )
            moved = [
                {"b_id": row.id, "b_pos": pos if pos < index else pos + len(rows)}
                for pos, row in enumerate(existing)
            ]
            if moved:
                s.execute(
                    update(shots_t)
                    .where(shots_t.c.id == bindparam("b_id"))
                    .values(position=bindparam("b_pos")),
                    moved,
                )
            if rows:
                s.execute(insert(shots_t), rows)
            if replace and doc.title.strip():
                project.title = doc.title.strip()
            if doc.series.strip() and (replace or not project.series):
                project.series = doc.series.strip()
            note_script_edit(s, project_id)
        return before

    def import_text(
        self,
        project_id: int,
        text: str,
        index: int | None = None,
        replace: bool = False,
        return_before: bool = True,
    ) -> dict[str, Any]:
        doc = parse_script(text)
        if not doc.shots:
            raise ScriptImportError(
                "Teks naskah kosong: tidak ada shot yang bisa dibuat.",
                "The script text is empty: no shots to create.",
            )
        return self.import_doc(
            project_id, doc, index=index, replace=replace, return_before=return_before
        )

    def import_file(self, project_id: int, path: Path, replace: bool = True) -> dict[str, Any]:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ScriptImportError(
                f"Berkas {path} tidak bisa dibaca: {exc.strerror or exc}",
                f"Cannot read {path}: {exc.strerror or exc}",
            ) from exc
        text = decode_text(data, Path(path).name)  # refuses what is not text
        return self.import_text(project_id, text, replace=replace)
