"""Review and approval of a script: decisions with name, time, comment and script version.

Approving stores a ScriptSnapshot of the approved version; editing afterwards moves the
script to a new version (see `script_versions.note_script_edit`), and
`changes_since_approval` compares the current script with that snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.core.errors import InvalidInput, NotFound
from app.core.script_diff import ScriptDiff, diff_scripts
from app.services.context import AppContext
from app.services.script import ScriptService
from app.store.models import ApprovalRecord, ScriptSnapshot, Shot
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_query

DECISIONS = ("submitted", "approved", "changes_requested", "comment")


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    decision: str
    reviewer: str
    comment: str
    shot_id: int | None
    shot_number: int | None  # 1-based position of the pinned shot now
    script_version: int
    resolved: bool
    created_at: datetime


@dataclass(frozen=True)
class ApprovalState:
    script_version: int
    approved_version: int | None
    state: str  # draft | in_review | approved | changed_since_approval | changes_requested
    last_decision: str | None

    def label(self, language: str = "id") -> str:
        labels = {
            "draft": ("Draf", "Draft"),
            "in_review": ("Sedang ditinjau", "In review"),
            "approved": ("Disetujui", "Approved"),
            "changed_since_approval": ("Berubah sejak disetujui", "Changed since approval"),
            "changes_requested": ("Perlu revisi", "Changes requested"),
        }
        text_id, text_en = labels[self.state]
        text = text_en if language == "en" else text_id
        if self.approved_version is not None and self.state == "changed_since_approval":
            return f"{text} (v{self.approved_version} → v{self.script_version})"
        return f"{text} (v{self.script_version})"


class ReviewService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def _reviewer(self, name: str | None) -> str:
        name = (name or "").strip() or str(self.ctx.setting("reviewer_name") or "").strip()
        if not name:
            raise InvalidInput(
                "Isi nama peninjau terlebih dahulu.", "Enter the reviewer's name first."
            )
        return name

    def _snapshot(self, s, project_id: int, version: int) -> None:
        content = _diffable(self.ctx.service(ScriptService).content(project_id))
        content["version"] = version
        row = s.scalar(
            select(ScriptSnapshot).where(
                ScriptSnapshot.project_id == project_id, ScriptSnapshot.version == version
            )
        )
        if row is None:
            s.add(ScriptSnapshot(project_id=project_id, version=version, content=content))
        else:
            row.content = content

    def _record(
        self,
        project_id: int,
        decision: str,
        reviewer: str | None,
        comment: str,
        shot_id: int | None = None,
    ) -> int:
        reviewer = self._reviewer(reviewer)
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            if shot_id is not None:
                shot = s.get(Shot, shot_id)
                if shot is None or shot.project_id != project_id:
                    raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")
            version = project.script_version
            # The project's production status belongs to the whole video (calendar board),
            # so a script decision leaves it alone.
            if decision == "approved":
                project.approved_version = version
            if decision in ("approved", "submitted"):
                self._snapshot(s, project_id, version)
            row = ApprovalRecord(
                project_id=project_id,
                decision=decision,
                reviewer=reviewer,
                comment=comment.strip(),
                shot_id=shot_id,
                script_version=version,
            )
            s.add(row)
            s.flush()
            return row.id

    def submit(self, project_id: int, reviewer: str | None = None, comment: str = "") -> int:
        return self._record(project_id, "submitted", reviewer, comment)

    def approve(self, project_id: int, reviewer: str | None = None, comment: str = "") -> int:
        return self._record(project_id, "approved", reviewer, comment)

    def request_changes(
        self, project_id: int, reviewer: str | None = None, comment: str = ""
    ) -> int:
        if not comment.strip():
            raise InvalidInput(
                "Tulis alasan mengapa naskah dikembalikan.", "Say why the script is sent back."
            )
        return self._record(project_id, "changes_requested", reviewer, comment)

    def comment(
        self, project_id: int, text: str, shot_id: int | None = None, reviewer: str | None = None
    ) -> int:
        if not text.strip():
            raise InvalidInput("Komentar kosong.", "The comment is empty.")
        return self._record(project_id, "comment", reviewer, text, shot_id)

    def set_resolved(self, record_id: int, resolved: bool = True) -> None:
        with self.ctx.session() as s:
            row = s.get(ApprovalRecord, record_id)
            if row is None:
                raise NotFound(
                    f"Catatan {record_id} tidak ada.", f"Record {record_id} does not exist."
                )
            row.resolved = resolved

    def records(self, project_id: int) -> list[ReviewRecord]:
        with self.ctx.workspace.session() as s:
            numbers = {
                sid: i + 1
                for i, sid in enumerate(
                    s.scalars(shots_query(project_id).with_only_columns(Shot.id))
                )
            }
            rows = s.scalars(
                select(ApprovalRecord)
                .where(ApprovalRecord.project_id == project_id)
                .order_by(ApprovalRecord.created_at, ApprovalRecord.id)
            )
            return [
                ReviewRecord(
                    r.id,
                    r.decision,
                    r.reviewer,
                    r.comment,
                    r.shot_id,
                    numbers.get(r.shot_id) if r.shot_id else None,
                    r.script_version,
                    r.resolved,
                    r.created_at,
                )
                for r in rows
            ]

    def state(self, project_id: int) -> ApprovalState:
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            last = s.scalar(
                select(ApprovalRecord.decision)
                .where(
                    ApprovalRecord.project_id == project_id, ApprovalRecord.decision != "comment"
                )
                .order_by(ApprovalRecord.created_at.desc(), ApprovalRecord.id.desc())
                .limit(1)
            )
            version, approved = project.script_version, project.approved_version
        if approved is not None and version > approved:
            state = "changed_since_approval"
        elif last == "approved":
            state = "approved"
        elif last == "submitted":
            state = "in_review"
        elif last == "changes_requested":
            state = "changes_requested"
        else:
            state = "draft"
        return ApprovalState(version, approved, state, last)

    def snapshot(self, project_id: int, version: int) -> dict[str, Any] | None:
        with self.ctx.workspace.session() as s:
            row = s.scalar(
                select(ScriptSnapshot).where(
                    ScriptSnapshot.project_id == project_id, ScriptSnapshot.version == version
                )
            )
            return dict(row.content) if row else None

    def changes_since_approval(self, project_id: int) -> ScriptDiff | None:
        """None when the script was never approved; else the diff (maybe empty)."""
        state = self.state(project_id)
        if state.approved_version is None:
            return None
        before = self.snapshot(project_id, state.approved_version)
        if before is None:
            return None
        return diff_scripts(before, _diffable(self.ctx.service(ScriptService).content(project_id)))


def _diffable(content: dict[str, Any]) -> dict[str, Any]:
    titles = {sc["id"]: sc["title"] for sc in content.get("scenes", [])}
    for shot in content.get("shots", []):
        shot["scene"] = titles.get(shot.get("scene_id"), "")
    return content
