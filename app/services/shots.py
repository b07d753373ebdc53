"""Shots shared by the script editor and the storyboard (one entity, two views)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidInput, NotFound
from app.services.context import AppContext
from app.services.script_versions import note_script_edit
from app.store.models import Shot
from app.store.queries.shots import shots_of

EDITABLE_FIELDS = {
    "narration",
    "on_screen_text",
    "visual_notes",
    "location",
    "target_duration_s",
    "shot_type",
    "angle",
    "camera_movement",
    "production_status",
    "media_asset_id",
    "picture_asset_id",
    "narration_asset_id",
    "media_in_s",
    "media_out_s",
    "focus_x",
    "focus_y",
    "clip_audio",
    "short_clip_mode",
    "transition_in",
    "lower_third_name",
    "lower_third_role",
    "extra",
    "scene_id",
}


@dataclass(frozen=True)
class ShotView:
    id: int
    project_id: int
    scene_id: int | None
    position: int
    narration: str
    on_screen_text: str
    visual_notes: str
    location: str
    target_duration_s: float | None
    shot_type: str
    angle: str
    camera_movement: str
    production_status: str
    media_asset_id: int | None
    picture_asset_id: int | None
    narration_asset_id: int | None
    media_in_s: float
    media_out_s: float | None
    focus_x: float
    focus_y: float
    clip_audio: bool
    short_clip_mode: str
    transition_in: str
    lower_third_name: str
    lower_third_role: str
    extra: dict[str, Any]

    @classmethod
    def of(cls, shot: Shot) -> ShotView:
        return cls(**{f: getattr(shot, f) for f in cls.__dataclass_fields__})


class ShotService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def list(self, project_id: int) -> list[ShotView]:
        with self.ctx.workspace.session() as s:
            rows = shots_of(s, project_id)
            return [ShotView.of(r) for r in rows]

    def get(self, shot_id: int) -> ShotView:
        with self.ctx.workspace.session() as s:
            shot = s.get(Shot, shot_id)
            if shot is None:
                raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")
            return ShotView.of(shot)

    def update(self, shot_id: int, **values: Any) -> dict[str, Any]:
        """Set fields; returns their previous values (for undo)."""
        unknown = set(values) - EDITABLE_FIELDS
        if unknown:
            raise InvalidInput(f"Kolom tidak dikenal: {unknown}", f"Unknown fields: {unknown}")
        with self.ctx.session() as s:
            shot = s.get(Shot, shot_id)
            if shot is None:
                raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")
            previous = {k: getattr(shot, k) for k in values}
            for k, v in values.items():
                setattr(shot, k, v)
            note_script_edit(s, shot.project_id)
            return previous

    def reorder(self, project_id: int, ordered_ids: list[int]) -> list[int]:
        """Put the project's shots in this order; returns the previous order (for undo)."""
        with self.ctx.session() as s:
            shots = {sh.id: sh for sh in shots_of(s, project_id)}
            if set(ordered_ids) != set(shots):
                raise InvalidInput(
                    "Urutan shot tidak cocok dengan isi proyek.",
                    "The shot order does not match the project's shots.",
                )
            previous = [sh.id for sh in sorted(shots.values(), key=lambda x: (x.position, x.id))]
            for pos, sid in enumerate(ordered_ids):
                shots[sid].position = pos
            note_script_edit(s, project_id)
            return previous
