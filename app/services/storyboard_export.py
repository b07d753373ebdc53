"""Storyboard outputs: shot list by location, CSV, printable A4 PDF and the animatic."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from app.core.csv_text import csv_text
from app.core.formatting import fmt_seconds
from app.core.overwrite import Overwrite
from app.core.progress import ProgressFn
from app.media.outputs import write_text_output
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.services.storyboard import (
    ANGLES,
    MOVEMENTS,
    SHOT_TYPES,
    STATUSES,
    Card,
    LocationGroup,
    StoryboardService,
    excerpt,
    label,
)
from app.store.models import MediaAsset, Project
from app.store.queries.projects import get_project_or_raise


class StoryboardExports:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    @property
    def board(self) -> StoryboardService:
        return self.ctx.service(StoryboardService)

    @property
    def media(self) -> MediaLibrary:
        return self.ctx.service(MediaLibrary)

    def cards(self, project_id: int) -> list[Card]:
        return self.board.cards(project_id)

    def picture_still(self, card: Card) -> Path | None:
        return self.board.picture_still(card)

    # Shot list and exports --------------------------------------------------------------
    def shot_list(self, project_id: int) -> list[LocationGroup]:
        """Cards grouped by location for the shoot day, locations in order of first use."""
        no_location = self.ctx.msg("(lokasi belum diisi)", "(no location yet)")
        groups: dict[str, list[Card]] = {}
        for card in self.cards(project_id):
            groups.setdefault(card.location.strip() or no_location, []).append(card)
        return [LocationGroup(loc, tuple(cards)) for loc, cards in groups.items()]

    def csv_header(self) -> list[str]:
        if self.ctx.language == "en":
            return [
                "Location",
                "No.",
                "Scene",
                "Shot type",
                "Angle",
                "Camera movement",
                "Duration (s)",
                "Narration",
                "On-screen text",
                "Visual notes",
                "Status",
                "Picture",
            ]
        return [
            "Lokasi",
            "No.",
            "Adegan",
            "Jenis shot",
            "Sudut",
            "Gerakan kamera",
            "Durasi (dtk)",
            "Narasi",
            "Teks layar",
            "Catatan visual",
            "Status",
            "Gambar",
        ]

    def export_csv(
        self, project_id: int, out_path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> Path:
        """One row per shot, grouped by location; UTF-8 with BOM so Excel shows é and ’."""
        lang = self.ctx.language
        rows = [
            [
                group.location,
                c.number,
                c.scene_title,
                label(SHOT_TYPES, c.shot_type, lang),
                label(ANGLES, c.angle, lang) if c.angle else "",
                label(MOVEMENTS, c.camera_movement, lang) if c.camera_movement else "",
                f"{c.duration_s:.1f}".replace(".", "," if lang == "id" else "."),
                c.narration,
                c.on_screen_text,
                c.visual_notes,
                label(STATUSES, c.production_status, lang),
                c.picture_path.name if c.picture_path else "",
            ]
            for group in self.shot_list(project_id)
            for c in group.cards
        ]
        text = csv_text(self.csv_header(), rows)
        return write_text_output(Path(out_path), text, overwrite, encoding="utf-8-sig")

    def _project_title(self, project_id: int) -> str:
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id, include_deleted=True)
            return project.title

    def export_pdf(
        self, project_id: int, out_path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> Path:
        """A4 storyboard, 6 cards per page. Needs a Q(Gui)Application (the CLI makes one)."""
        from app.media.storyboard_pdf import PrintCard, write_storyboard_pdf

        lang, tr = self.ctx.language, self.ctx.msg
        cards = [
            PrintCard(
                number=c.number,
                picture=self.picture_still(c) or c.picture_path,
                lines=(
                    (tr("Jenis", "Type"), label(SHOT_TYPES, c.shot_type, lang)),
                    (tr("Sudut", "Angle"), label(ANGLES, c.angle, lang) if c.angle else ""),
                    (
                        tr("Gerak", "Move"),
                        label(MOVEMENTS, c.camera_movement, lang) if c.camera_movement else "",
                    ),
                    (
                        tr("Durasi", "Duration"),
                        fmt_seconds(c.duration_s, lang),
                    ),
                    (tr("Lokasi", "Location"), c.location),
                    (tr("Status", "Status"), label(STATUSES, c.production_status, lang)),
                    (tr("Teks", "Text"), excerpt(c.on_screen_text, 60)),
                    (tr("Visual", "Visual"), excerpt(c.visual_notes, 60)),
                ),
                narration=excerpt(c.narration, 400),
                focus_x=c.focus_x,
                focus_y=c.focus_y,
            )
            for c in self.cards(project_id)
        ]
        return write_storyboard_pdf(
            cards,
            Path(out_path),
            title="Storyboard",
            project=self._project_title(project_id),
            date_text=date.today().strftime("%d-%m-%Y"),
            labels=self._labels(),
            overwrite=overwrite,
        )

    def _labels(self) -> dict[str, str]:
        tr = self.ctx.msg
        return {
            "page": tr("Halaman {0} dari {1}", "Page {0} of {1}"),
            "no_picture": tr("Belum ada gambar", "No picture yet"),
            "missing": tr("Gambar hilang", "Picture missing"),
            "narration": tr("Narasi", "Narration"),
        }

    def narration_track(self, project_id: int) -> Path | None:
        with self.ctx.workspace.session() as s:
            project = s.get(Project, project_id)
            if project is None or project.narration_asset_id is None:
                return None
            asset = s.get(MediaAsset, project.narration_asset_id)
            if asset is None:
                return None
            path = self.media.resolve(asset)
            return path if path.is_file() else None

    def animatic_cards(self, project_id: int) -> list:
        from app.media.animatic import AnimaticCard

        lang = self.ctx.language
        return [
            AnimaticCard(
                number=c.number,
                duration_s=c.duration_s or 2.0,
                narration=c.narration,
                picture=self.picture_still(c) or c.picture_path,
                focus_x=c.focus_x,
                focus_y=c.focus_y,
                caption=f"{c.number} · {label(SHOT_TYPES, c.shot_type, lang)}",
            )
            for c in self.cards(project_id)
        ]

    def export_animatic(
        self,
        project_id: int,
        out_path: Path,
        report: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        size_px: tuple[int, int] = (1080, 1920),
        fps: int = 30,
        overwrite: Overwrite = Overwrite.REFUSE,
    ) -> Path:
        """1080×1920 MP4 slideshow (size_px smaller only for tests and quick previews)."""
        from app.media.animatic import write_animatic

        return write_animatic(
            self.animatic_cards(project_id),
            Path(out_path),
            audio=self.narration_track(project_id),
            width_px=size_px[0],
            height_px=size_px[1],
            fps=fps,
            labels=self._labels(),
            report=report,
            cancel=cancel,
            ffmpeg=self.ctx.setting("ffmpeg_path"),
            overwrite=overwrite,
        )

    def animatic_frame(self, card: Card, width_px: int, height_px: int):
        """The animatic's frame for one card as a QImage (for the in-app player)."""
        from app.media.animatic import AnimaticCard, paint_card_frame

        lang = self.ctx.language
        return paint_card_frame(
            AnimaticCard(
                number=card.number,
                duration_s=card.duration_s,
                narration=card.narration,
                picture=self.picture_still(card) or card.picture_path,
                focus_x=card.focus_x,
                focus_y=card.focus_y,
                caption=f"{card.number} · {label(SHOT_TYPES, card.shot_type, lang)}",
            ),
            width_px,
            height_px,
            self._labels(),
        )
