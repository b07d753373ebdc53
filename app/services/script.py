"""The script (naskah) of a project: scenes and shots, stats, plain-text import, glossary.

Every edit commits at once and returns what its undo needs, so the editor's QUndoCommands
only call services. Deleted shots come back with their old id, so later undo steps that
name a shot by id keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from app.core import timing
from app.core.errors import InvalidInput, NotFound
from app.core.script_text import (
    SceneDraft,
    ScriptDoc,
    ShotDraft,
    export_script,
)
from app.services.context import AppContext
from app.services.script_bulk import (  # noqa: F401 - re-exported for callers of this module
    ScriptBulkMixin,
    ScriptImportError,
)
from app.services.script_versions import note_script_edit
from app.store.models import ApprovalRecord, GlossaryTerm, Scene, Shot
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_of

if TYPE_CHECKING:
    from app.services.shots import ShotView

TEXT_FIELDS = ("narration", "on_screen_text", "visual_notes", "location")
EDITOR_FIELDS = (*TEXT_FIELDS, "target_duration_s", "shot_type", "scene_id")
_SKIP_COPY = {"id", "project_id", "position"}
_INHERIT = object()  # insert_shot: take the scene of the shot before


@dataclass(frozen=True)
class ScriptStats:
    shots: int
    words: int
    estimated_seconds: float
    target_duration_s: float
    over_budget_shots: list[int]  # 1-based numbers of shots whose narration overflows its target
    words_per_minute: float

    @property
    def over_budget(self) -> bool:
        return self.estimated_seconds > self.target_duration_s + 1e-9

    def as_dict(self) -> dict[str, Any]:
        return {
            "shots": self.shots,
            "words": self.words,
            "estimated_seconds": round(float(self.estimated_seconds), 1),
            "target_duration_s": self.target_duration_s,
            "over_budget": self.over_budget,
            "over_budget_shots": self.over_budget_shots,
            "words_per_minute": self.words_per_minute,
        }


@dataclass(frozen=True)
class SceneView:
    id: int
    position: int
    title: str
    location: str


def shot_record(shot: Shot) -> dict[str, Any]:
    """Every column of a shot (for undo and snapshots)."""
    return {c.key: getattr(shot, c.key) for c in Shot.__table__.columns}


class ScriptService(ScriptBulkMixin):
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Reading ----------------------------------------------------------------------------
    def _shot(self, s, shot_id: int) -> Shot:
        shot = s.get(Shot, shot_id)
        if shot is None:
            raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")
        return shot

    def header(self, project_id: int) -> tuple[str, float]:
        """(title, target duration in seconds) of the project, for the editor's top bar."""
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            return project.title, float(project.target_duration_s or 60.0)

    def shot_views(self, project_id: int) -> list[ShotView]:
        """The project's shots in order, as ShotService.list gives them, read as plain rows
        (several times faster than loading ORM objects for a long script)."""
        from app.services.shots import ShotView

        shots_t = Shot.__table__
        fields = ShotView.__dataclass_fields__
        with self.ctx.workspace.session() as s:
            rows = s.execute(
                select(*(shots_t.c[f] for f in fields))
                .where(shots_t.c.project_id == project_id)
                .order_by(shots_t.c.position, shots_t.c.id)
            ).mappings()
            return [ShotView(**row) for row in rows]

    def scenes(self, project_id: int) -> list[SceneView]:
        with self.ctx.workspace.session() as s:
            rows = s.scalars(
                select(Scene)
                .where(Scene.project_id == project_id)
                .order_by(Scene.position, Scene.id)
            )
            return [SceneView(r.id, r.position, r.title, r.location) for r in rows]

    def document(self, project_id: int) -> ScriptDoc:
        """The script as plain values, scenes in shot order (a scene shown where it starts)."""
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            titles = {sc.id: sc.title for sc in project.scenes}
            doc = ScriptDoc(title=project.title, series=project.series)
            current: SceneDraft | None = None
            current_scene_id: object = object()
            for shot in shots_of(s, project_id):
                if current is None or shot.scene_id != current_scene_id:
                    current_scene_id = shot.scene_id
                    current = SceneDraft(title=titles.get(shot.scene_id) if shot.scene_id else None)
                    doc.scenes.append(current)
                current.shots.append(
                    ShotDraft(
                        narration=shot.narration,
                        on_screen_text=shot.on_screen_text,
                        visual_notes=shot.visual_notes,
                        location=shot.location,
                        target_duration_s=shot.target_duration_s,
                        shot_type=shot.shot_type,
                    )
                )
            return doc

    def plain_text(self, project_id: int) -> str:
        """The narration of the whole script, shots in order, one paragraph per shot."""
        with self.ctx.workspace.session() as s:
            get_project_or_raise(s, project_id)
            parts = [sh.narration.strip() for sh in shots_of(s, project_id)]
        return "\n\n".join(p for p in parts if p)

    def export_text(self, project_id: int) -> str:
        return export_script(self.document(project_id))

    def stats(self, project_id: int, words_per_minute: float | None = None) -> ScriptStats:
        wpm = float(words_per_minute or self.ctx.setting("narration_wpm"))
        if wpm <= 0:
            raise InvalidInput(
                "Kecepatan narasi harus lebih dari 0 kata/menit.",
                "The narration pace must be above 0 words per minute.",
            )
        _title, target_s = self.header(project_id)
        shots = self.shot_views(project_id)  # plain rows: quick on long scripts
        words, seconds, over = 0, 0.0, []
        for number, sh in enumerate(shots, start=1):
            # timing.shot_seconds / narration_overflows, with the words counted once
            shot_words = timing.count_words(sh.narration)
            speak_s = shot_words * 60.0 / wpm
            target = sh.target_duration_s or 0.0
            words += shot_words
            seconds += max(speak_s, target)
            if target and speak_s > target + 1e-9:
                over.append(number)
        return ScriptStats(len(shots), words, seconds, target_s, over, wpm)

    # Shots ------------------------------------------------------------------------------
    def insert_shot(
        self,
        project_id: int,
        index: int | None = None,
        scene_id: Any = _INHERIT,
        **values: Any,
    ) -> int:
        """A new shot at `index` (0-based; None: at the end). Undo: `delete_shot(id)`.

        Without `scene_id` the shot joins the scene of the shot before it.
        """
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id)
            shots = shots_of(s, project_id)
            index = len(shots) if index is None else max(0, min(index, len(shots)))
            if scene_id is _INHERIT:
                neighbour = (shots[index - 1] if index > 0 else shots[0]) if shots else None
                scene_id = neighbour.scene_id if neighbour else None
            for pos, sh in enumerate(shots):
                sh.position = pos + 1 if pos >= index else pos
            unknown = set(values) - {c.key for c in Shot.__table__.columns}
            if unknown:
                raise InvalidInput(f"Kolom tidak dikenal: {unknown}", f"Unknown fields: {unknown}")
            shot = Shot(project_id=project_id, scene_id=scene_id, position=index, **values)
            s.add(shot)
            note_script_edit(s, project_id)
            s.flush()
            return shot.id

    def delete_shot(self, shot_id: int) -> dict[str, Any]:
        """Removes a shot; returns its record (with pinned comments) for `restore_shot`."""
        with self.ctx.session() as s:
            shot = self._shot(s, shot_id)
            record = shot_record(shot)
            record["_pinned_comments"] = list(
                s.scalars(select(ApprovalRecord.id).where(ApprovalRecord.shot_id == shot_id))
            )
            project_id = shot.project_id
            s.delete(shot)
            s.flush()
            for pos, sh in enumerate(shots_of(s, project_id)):
                sh.position = pos
            note_script_edit(s, project_id)
            return record

    def restore_shot(self, record: dict[str, Any]) -> int:
        """Puts a deleted shot back at its old place, with its old id."""
        values = {k: v for k, v in record.items() if not k.startswith("_")}
        with self.ctx.session() as s:
            project_id = values["project_id"]
            get_project_or_raise(s, project_id)
            shots = shots_of(s, project_id)
            index = max(0, min(int(values.get("position") or 0), len(shots)))
            for pos, sh in enumerate(shots):
                sh.position = pos + 1 if pos >= index else pos
            if values.get("scene_id") is not None and s.get(Scene, values["scene_id"]) is None:
                values["scene_id"] = None
            values["position"] = index
            s.add(Shot(**values))
            s.flush()
            for approval_id in record.get("_pinned_comments", []):
                approval = s.get(ApprovalRecord, approval_id)
                if approval is not None:
                    approval.shot_id = values["id"]
            note_script_edit(s, project_id)
            return values["id"]

    def duplicate_shot(self, shot_id: int) -> int:
        """A copy right after the shot. Undo: `delete_shot(new_id)`."""
        with self.ctx.session() as s:
            src = self._shot(s, shot_id)
            values = {k: v for k, v in shot_record(src).items() if k not in _SKIP_COPY}
            project_id, index = src.project_id, None
            for pos, sh in enumerate(shots_of(s, project_id)):
                if sh.id == shot_id:
                    index = pos + 1
        return self.insert_shot(project_id, index, **values)

    def split_shot(self, shot_id: int, cursor: int) -> tuple[int, dict[str, Any]]:
        """Splits the narration at character `cursor`; the rest goes to a new next shot.

        Returns (new shot id, previous values of the first shot). Undo: `update` the first
        shot back and `delete_shot` the new one. The target duration is shared by words.
        """
        with self.ctx.session() as s:
            shot = self._shot(s, shot_id)
            text = shot.narration or ""
            cursor = max(0, min(cursor, len(text)))
            head, tail = text[:cursor].rstrip(), text[cursor:].strip()
            previous = {"narration": shot.narration, "target_duration_s": shot.target_duration_s}
            head_s = tail_s = None
            if shot.target_duration_s:
                total_words = max(1, timing.count_words(text))
                share = timing.count_words(head) / total_words
                head_s = round(max(1.0, shot.target_duration_s * share), 1)
                tail_s = round(max(1.0, shot.target_duration_s - head_s), 1)
            shot.narration = head
            shot.target_duration_s = head_s
            copied = {
                k: getattr(shot, k)
                for k in (
                    "visual_notes",
                    "location",
                    "shot_type",
                    "scene_id",
                    "angle",
                    "camera_movement",
                )
            }
            project_id = shot.project_id
            index = next(
                pos + 1 for pos, sh in enumerate(shots_of(s, project_id)) if sh.id == shot_id
            )
        new_id = self.insert_shot(
            project_id, index, narration=tail, target_duration_s=tail_s, **copied
        )
        return new_id, previous

    def merge_with_next(self, shot_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
        """Joins the next shot into this one. Returns (previous values of this shot, the next
        shot's record). Undo: `update` this shot back and `restore_shot` the record."""
        with self.ctx.session() as s:
            shot = self._shot(s, shot_id)
            shots = shots_of(s, shot.project_id)
            pos = next(i for i, sh in enumerate(shots) if sh.id == shot_id)
            if pos + 1 >= len(shots):
                raise InvalidInput(
                    "Tidak ada shot sesudahnya untuk digabung.", "There is no next shot to merge."
                )
            nxt = shots[pos + 1]
            next_id = nxt.id
            previous = {k: getattr(shot, k) for k in (*TEXT_FIELDS, "target_duration_s")}
            for name, sep in (
                ("narration", " "),
                ("on_screen_text", "\n"),
                ("visual_notes", "\n"),
                ("location", " / "),
            ):
                a, b = getattr(shot, name).strip(), getattr(nxt, name).strip()
                setattr(shot, name, sep.join(p for p in (a, b) if p) if a != b else a)
            if shot.target_duration_s or nxt.target_duration_s:
                shot.target_duration_s = (shot.target_duration_s or 0) + (
                    nxt.target_duration_s or 0
                )
        record = self.delete_shot(next_id)
        return previous, record

    def update_shot(self, shot_id: int, **values: Any) -> dict[str, Any]:
        """Set fields of a shot; returns their previous values (for undo)."""
        from app.services.shots import ShotService

        return self.ctx.service(ShotService).update(shot_id, **values)

    def set_field(self, shot_id: int, field: str, value: Any) -> None:
        """Saves one editor field with two Core UPDATEs (the per-keystroke save path; the
        editor already knows the previous value for its undo step)."""
        if field not in EDITOR_FIELDS:
            raise InvalidInput(f"Kolom tidak dikenal: {field}", f"Unknown field: {field}")
        # A Core UPDATE on the table: the ORM's update compilation and session sync cost
        # more than the write. `field` is one of EDITOR_FIELDS (checked above).
        shots_t = Shot.__table__
        with self.ctx.session() as s:
            row = s.execute(
                update(shots_t)
                .where(shots_t.c.id == shot_id)
                .values({field: value})
                .returning(shots_t.c.project_id)
            ).first()
            if row is None:
                raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")
            note_script_edit(s, row[0])

    def move_shot(self, project_id: int, shot_id: int, offset: int) -> list[int]:
        """Moves a shot up (−1) or down (+1); returns the previous order (undo: reorder)."""
        from app.services.shots import ShotService

        shots = self.ctx.service(ShotService)
        order = [sh.id for sh in shots.list(project_id)]
        i = order.index(shot_id)
        j = max(0, min(len(order) - 1, i + offset))
        order.insert(j, order.pop(i))
        return shots.reorder(project_id, order)

    # Scenes -----------------------------------------------------------------------------
    def start_scene_at(self, shot_id: int, title: str) -> tuple[int, dict[int, int | None]]:
        """A new scene beginning at this shot: it and the following shots of the same scene
        move into it. Returns (scene id, {shot id: previous scene id}). Undo: `undo_scene`."""
        with self.ctx.session() as s:
            shot = self._shot(s, shot_id)
            shots = shots_of(s, shot.project_id)
            pos = next(i for i, sh in enumerate(shots) if sh.id == shot_id)
            old_scene = shot.scene_id
            moving = [shot]
            for sh in shots[pos + 1 :]:
                if sh.scene_id != old_scene:
                    break
                moving.append(sh)
            scenes = list(
                s.scalars(
                    select(Scene)
                    .where(Scene.project_id == shot.project_id)
                    .order_by(Scene.position)
                )
            )
            scene = Scene(project_id=shot.project_id, position=len(scenes), title=title.strip())
            s.add(scene)
            s.flush()
            previous = {sh.id: sh.scene_id for sh in moving}
            for sh in moving:
                sh.scene_id = scene.id
            note_script_edit(s, shot.project_id)
            return scene.id, previous

    def undo_scene(self, scene_id: int, previous: dict[int, int | None]) -> None:
        with self.ctx.session() as s:
            for sid, old in previous.items():
                sh = s.get(Shot, int(sid))
                if sh is not None:
                    sh.scene_id = old
            scene = s.get(Scene, scene_id)
            if scene is not None:
                s.delete(scene)

    def rename_scene(self, scene_id: int, title: str) -> str:
        """Returns the previous title (for undo)."""
        with self.ctx.session() as s:
            scene = s.get(Scene, scene_id)
            if scene is None:
                raise NotFound(f"Adegan {scene_id} tidak ada.", f"Scene {scene_id} does not exist.")
            previous, scene.title = scene.title, title.strip()
            note_script_edit(s, scene.project_id)
            return previous

    # Glossary ---------------------------------------------------------------------------
    def glossary(self) -> list[dict[str, Any]]:
        with self.ctx.workspace.session() as s:
            rows = s.scalars(select(GlossaryTerm).order_by(GlossaryTerm.term))
            return [
                {"id": r.id, "term": r.term, "category": r.category, "note": r.note} for r in rows
            ]

    def glossary_terms(self) -> list[str]:
        """Official spellings of names and terms (for highlighting and Whisper prompts)."""
        return [row["term"] for row in self.glossary()]

    def add_term(self, term: str, category: str = "", note: str = "") -> int:
        term = " ".join((term or "").split())
        if not term:
            raise InvalidInput("Istilah tidak boleh kosong.", "The term is empty.")
        with self.ctx.session() as s:
            existing = s.scalars(select(GlossaryTerm)).all()
            if any(r.term.casefold() == term.casefold() for r in existing):
                raise InvalidInput(
                    f"Istilah {term!r} sudah ada di glosarium.",
                    f"{term!r} is already in the glossary.",
                )
            row = GlossaryTerm(term=term, category=category, note=note)
            s.add(row)
            s.flush()
            return row.id

    def update_term(self, term_id: int, **values: Any) -> dict[str, Any]:
        with self.ctx.session() as s:
            row = s.get(GlossaryTerm, term_id)
            if row is None:
                raise NotFound(f"Istilah {term_id} tidak ada.", f"Term {term_id} does not exist.")
            previous = {k: getattr(row, k) for k in values if k in ("term", "category", "note")}
            for k in previous:
                setattr(row, k, values[k])
            return previous

    def delete_term(self, term_id: int) -> dict[str, Any]:
        with self.ctx.session() as s:
            row = s.get(GlossaryTerm, term_id)
            if row is None:
                raise NotFound(f"Istilah {term_id} tidak ada.", f"Term {term_id} does not exist.")
            record = {"term": row.term, "category": row.category, "note": row.note}
            s.delete(row)
            return record
