"""Storyboard: the project's shots seen as cards (the same Shot rows as the script).

Reordering and field edits go through ShotService (shared with the script editor); this
service adds what only the board needs: card data, pictures (file, clipboard, video frame,
sketch), new cards from dropped images, disk-cached thumbnails, the shot list by location,
and the CSV / PDF / animatic exports.
"""

from __future__ import annotations

import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete

from app.core import timing
from app.core.errors import (
    Canceled,
    FfmpegFailed,
    FfmpegMissing,
    InvalidInput,
    KilasError,
    NotFound,
)
from app.core.progress import ProgressFn
from app.media import frames, thumbnails
from app.media.probe import IMAGE_SUFFIXES, MediaUnreadable
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.services.shots import ShotService
from app.store.models import MediaAsset, Scene, Shot
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_of, shots_query

# Shot vocabulary: stored key → (Indonesian, English). Unknown stored values show as they are.
SHOT_TYPES: dict[str, tuple[str, str]] = {
    "extreme_wide": ("Sangat lebar (EWS)", "Extreme wide"),
    "wide": ("Lebar (WS)", "Wide"),
    "medium": ("Sedang (MS)", "Medium"),
    "close_up": ("Dekat (CU)", "Close-up"),
    "extreme_close_up": ("Sangat dekat (ECU)", "Extreme close-up"),
    "insert": ("Sisipan / detail", "Insert"),
    "over_shoulder": ("Dari balik bahu (OTS)", "Over the shoulder"),
}
ANGLES: dict[str, tuple[str, str]] = {
    "": ("—", "—"),
    "eye_level": ("Sejajar mata", "Eye level"),
    "high": ("Dari atas (high angle)", "High angle"),
    "low": ("Dari bawah (low angle)", "Low angle"),
    "top_down": ("Tegak dari atas", "Top-down"),
    "dutch": ("Miring (dutch)", "Dutch"),
}
MOVEMENTS: dict[str, tuple[str, str]] = {
    "": ("—", "—"),
    "static": ("Diam", "Static"),
    "pan": ("Pan", "Pan"),
    "tilt": ("Tilt", "Tilt"),
    "zoom": ("Zoom", "Zoom"),
    "dolly": ("Dolly / maju-mundur", "Dolly"),
    "tracking": ("Mengikuti (tracking)", "Tracking"),
    "handheld": ("Genggam (handheld)", "Handheld"),
    "gimbal": ("Gimbal", "Gimbal"),
}
STATUSES: dict[str, tuple[str, str]] = {
    "to_shoot": ("Belum diambil", "To shoot"),
    "shot": ("Sudah diambil", "Shot"),
    "edited": ("Sudah diedit", "Edited"),
}
EXCERPT_CHARS = 110
NEW_CARD_DURATION_S = 3.0  # a card made from a picture, before it has narration


def label(table: dict[str, tuple[str, str]], key: str, language: str) -> str:
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if language == "en" else pair[0]


@dataclass(frozen=True)
class Card:
    shot_id: int
    number: int  # 1-based position in the script
    shot_type: str
    angle: str
    camera_movement: str
    duration_s: float
    narration: str
    narration_excerpt: str
    on_screen_text: str
    visual_notes: str
    location: str  # the shot's own, else its scene's
    scene_title: str
    production_status: str
    target_duration_s: float | None
    picture_asset_id: int | None
    picture_path: Path | None
    picture_sha256: str
    picture_missing: bool
    picture_kind: str  # image | video (a clip used as the picture shows its first second)
    focus_x: float
    focus_y: float


@dataclass(frozen=True)
class LocationGroup:
    location: str
    cards: tuple[Card, ...]

    @property
    def duration_s(self) -> float:
        return sum(c.duration_s for c in self.cards)


@dataclass(frozen=True)
class AddResult:
    created_ids: tuple[int, ...]
    rejected: tuple[tuple[str, str], ...]  # (file name, message in the context's language)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut + "…"


class StoryboardService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def shots(self) -> ShotService:
        return self.ctx.service(ShotService)

    @property
    def media(self) -> MediaLibrary:
        return self.ctx.service(MediaLibrary)

    @property
    def thumbs_dir(self) -> Path:
        return self.ctx.workspace.cache_dir / "thumbs"

    # Cards ------------------------------------------------------------------------------
    def cards(self, project_id: int) -> list[Card]:
        """All cards in script order; one query, so a 300-card board opens quickly."""
        wpm = self.ctx.setting("narration_wpm")
        root = self.ctx.workspace.root
        with self.ctx.workspace.session() as s:
            get_project_or_raise(s, project_id, include_deleted=True)
            rows = s.execute(
                shots_query(project_id)
                .add_columns(MediaAsset, Scene)
                .outerjoin(MediaAsset, MediaAsset.id == Shot.picture_asset_id)
                .outerjoin(Scene, Scene.id == Shot.scene_id)
            ).all()
            out = []
            for number, (shot, asset, scene) in enumerate(rows, start=1):
                path = None
                if asset is not None:
                    path = root / asset.path if asset.inside_workspace else Path(asset.path)
                out.append(
                    Card(
                        shot_id=shot.id,
                        number=number,
                        shot_type=shot.shot_type,
                        angle=shot.angle,
                        camera_movement=shot.camera_movement,
                        duration_s=round(
                            timing.shot_seconds(shot.narration, shot.target_duration_s, wpm), 1
                        ),
                        narration=shot.narration,
                        narration_excerpt=excerpt(shot.narration),
                        on_screen_text=shot.on_screen_text,
                        visual_notes=shot.visual_notes,
                        location=shot.location or (scene.location if scene else ""),
                        scene_title=scene.title if scene else "",
                        production_status=shot.production_status,
                        target_duration_s=shot.target_duration_s,
                        picture_asset_id=shot.picture_asset_id,
                        picture_path=path,
                        picture_sha256=asset.content_sha256 if asset else "",
                        picture_missing=path is not None and not path.is_file(),
                        picture_kind=asset.kind if asset else "",
                        focus_x=shot.focus_x,
                        focus_y=shot.focus_y,
                    )
                )
            return out

    def card(self, shot_id: int) -> Card:
        view = self.shots.get(shot_id)
        for card in self.cards(view.project_id):
            if card.shot_id == shot_id:
                return card
        raise NotFound(f"Shot {shot_id} tidak ada.", f"Shot {shot_id} does not exist.")

    # Thumbnails -------------------------------------------------------------------------
    def picture_still(self, card: Card) -> Path | None:
        """A picture file for the card: the image itself, or a cached frame of a clip."""
        if card.picture_path is None or card.picture_missing:
            return None
        if card.picture_kind != "video":
            return card.picture_path
        key = card.picture_sha256[:40] or f"asset{card.picture_asset_id}"
        target = self.thumbs_dir / f"{key}_frame.png"
        if not target.is_file():
            try:
                try:
                    self._save_frame(card.picture_path, 0.5, target, 1920)
                except frames.NoFrame:  # shorter than half a second
                    self._save_frame(card.picture_path, 0.0, target, 1920)
            except FfmpegMissing:
                raise
            except (frames.NoFrame, FfmpegFailed):
                return None  # an unreadable clip: the card shows its placeholder
        return target

    def _save_frame(self, video: Path, time_s: float, target: Path, max_px: int = 0) -> Path:
        return frames.save_frame(
            video,
            time_s,
            target,
            width_px=max_px,
            height_px=max_px,
            ffmpeg=self.ctx.setting("ffmpeg_path"),
        )

    @staticmethod
    def thumb_tier(size_px: int) -> int:
        """The cached thumbnail size used for pictures shown at size_px."""
        return thumbnails.tier_for(size_px)

    def cached_thumbnail(self, card: Card, size_px: int) -> Path | None:
        """The thumbnail if it is already on disk (never decodes the original)."""
        if card.picture_path is None or card.picture_missing:
            return None
        key = card.picture_sha256[:40] or f"asset{card.picture_asset_id}"
        target = self.thumbs_dir / f"{key}_{thumbnails.tier_for(size_px)}.jpg"
        return target if target.is_file() else None

    def thumbnail(self, card: Card, size_px: int) -> Path | None:
        """A cached JPEG of the card's picture fitting size×size (made on first use).

        Keyed by the picture's content hash and the size tier, so the same photo on two cards
        or in two projects is decoded once. None when the card has no (readable) picture.
        """
        if card.picture_path is None or card.picture_missing:
            return None
        tier = thumbnails.tier_for(size_px)
        key = card.picture_sha256[:40] or f"asset{card.picture_asset_id}"
        target = self.thumbs_dir / f"{key}_{tier}.jpg"
        if target.is_file():
            return target
        still = self.picture_still(card)
        if still is None:
            return None
        try:
            return thumbnails.write_thumbnail(still, target, tier)
        except thumbnails.ImageUnsupported:
            return None

    # Pictures ---------------------------------------------------------------------------
    def check_image(self, path: Path) -> None:
        """Raise a clear error unless `path` is a picture Kilas can use (HEIC, PDF, text...)."""
        thumbnails.image_format(Path(path))

    def import_picture(self, path: Path) -> int:
        """Copy a picture into the workspace (media/storyboard/); returns its asset id."""
        path = Path(path)
        fmt = thumbnails.image_format(path)
        if path.suffix.lower() not in IMAGE_SUFFIXES:
            # The media library recognises pictures by suffix: give it one that fits.
            with tempfile.TemporaryDirectory(dir=self.ctx.workspace.cache_dir) as tmp:
                renamed = Path(tmp) / f"{path.stem}.{'jpg' if fmt == 'jpeg' else fmt}"
                renamed.write_bytes(path.read_bytes())
                return self._import(renamed)
        return self._import(path)

    def _import(self, path: Path) -> int:
        try:
            return self.media.import_file(path, copy=True, subfolder="storyboard")
        except MediaUnreadable as exc:
            raise thumbnails.ImageUnsupported(exc.message_id, exc.message_en) from exc

    def set_picture_from_file(self, shot_id: int, path: Path) -> int | None:
        """Returns the previous picture asset id (for undo)."""
        asset_id = self.import_picture(path)
        return self.set_picture_asset(shot_id, asset_id)

    def set_picture_asset(self, shot_id: int, asset_id: int | None) -> int | None:
        return self.shots.update(shot_id, picture_asset_id=asset_id)["picture_asset_id"]

    def import_picture_bytes(self, data: bytes, name: str = "tempel.png") -> int:
        """Clipboard or sketch-pad image bytes (PNG/JPEG) copied in as a picture asset."""
        if not data:
            raise InvalidInput("Papan klip tidak berisi gambar.", "The clipboard holds no image.")
        with tempfile.TemporaryDirectory(dir=self.ctx.workspace.cache_dir) as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            return self.import_picture(path)

    def set_picture_from_bytes(
        self, shot_id: int, data: bytes, name: str = "tempel.png"
    ) -> int | None:
        return self.set_picture_asset(shot_id, self.import_picture_bytes(data, name))

    def video_duration_s(self, video: Path) -> float:
        from app.media.probe import probe

        result = probe(Path(video))
        if result.kind != "video" or not result.duration_s:
            raise InvalidInput(
                f"{Path(video).name} bukan video.", f"{Path(video).name} is not a video."
            )
        return result.duration_s

    def video_frame_preview(self, video: Path, time_s: float, max_px: int = 640) -> Path:
        """A small PNG of the frame at time_s, for the frame picker's preview."""
        target = (
            self.ctx.workspace.cache_dir / "frames" / f"preview_{round(time_s * 1000)}_{max_px}.png"
        )
        return self._save_frame(Path(video), time_s, target, max_px)

    def import_video_frame(self, video: Path, time_s: float) -> int:
        """The clip's frame at time_s, copied into the workspace as a picture asset."""
        video = Path(video)
        with tempfile.TemporaryDirectory(dir=self.ctx.workspace.cache_dir) as tmp:
            frame = Path(tmp) / f"{video.stem}_{time_s:.1f}s.png"
            self._save_frame(video, time_s, frame)
            return self.import_picture(frame)

    def set_picture_from_video(self, shot_id: int, video: Path, time_s: float) -> int | None:
        return self.set_picture_asset(shot_id, self.import_video_frame(video, time_s))

    # New cards --------------------------------------------------------------------------
    def add_cards_from_images(
        self,
        project_id: int,
        paths: list[Path],
        at_index: int | None = None,
        report: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> AddResult:
        """One new card per usable picture, inserted at `at_index` (None: at the end).

        Files that are not usable pictures are skipped and listed in the result, so 100
        dropped files with one PDF among them still give 99 cards. Cancel keeps the cards
        made so far (they are returned, so the caller's undo removes them).
        """
        report = report or (lambda f, label="": None)
        created: list[int] = []
        rejected: list[tuple[str, str]] = []
        try:
            for i, path in enumerate(paths):
                if cancel is not None and cancel.is_set():
                    raise Canceled()
                path = Path(path)
                report(i / max(1, len(paths)), path.name)
                try:
                    asset_id = self.import_picture(path)
                except KilasError as exc:
                    rejected.append((path.name, exc.message(self.ctx.language)))
                    continue
                created.append(
                    self._insert_shot(project_id, asset_id, path.stem, at_index, len(created))
                )
        except Canceled:
            if not created:
                raise
        report(1.0, "")
        return AddResult(tuple(created), tuple(rejected))

    def _insert_shot(
        self, project_id: int, asset_id: int, name: str, at_index: int | None, offset: int
    ) -> int:
        with self.ctx.session() as s:
            get_project_or_raise(s, project_id, include_deleted=True)
            shots = shots_of(s, project_id)
            index = len(shots) if at_index is None else min(max(0, at_index + offset), len(shots))
            prev_scene = shots[index - 1].scene_id if index > 0 and shots else None
            shot = Shot(
                project_id=project_id,
                scene_id=prev_scene,
                picture_asset_id=asset_id,
                visual_notes=name,
                target_duration_s=NEW_CARD_DURATION_S,
            )
            s.add(shot)
            shots.insert(index, shot)
            for pos, sh in enumerate(shots):
                sh.position = pos
            s.flush()
            return shot.id

    def delete_cards(self, shot_ids: list[int]) -> list[dict[str, Any]]:
        """Remove cards (their shots); returns the rows for `restore_cards` (undo)."""
        with self.ctx.session() as s:
            rows = [s.get(Shot, sid) for sid in shot_ids]
            snapshot = [
                {c.key: getattr(r, c.key) for c in Shot.__table__.columns}
                for r in rows
                if r is not None
            ]
            if snapshot:
                s.execute(delete(Shot).where(Shot.id.in_([r["id"] for r in snapshot])))
            return snapshot

    def restore_cards(self, snapshot: list[dict[str, Any]]) -> None:
        """Put deleted cards back with their ids, at their old positions."""
        if not snapshot:
            return
        project_id = snapshot[0]["project_id"]
        with self.ctx.session() as s:
            for row in snapshot:
                s.add(Shot(**row))
            s.flush()
            shots = shots_of(s, project_id)
            restored = {r["id"] for r in snapshot}
            # Restored rows win ties, so they land back where they were.
            shots.sort(key=lambda sh: (sh.position, sh.id not in restored, sh.id))
            for pos, sh in enumerate(shots):
                sh.position = pos
