"""The brand screen's live preview: a frame of the project with the brand painted on it by
the renderer's own drawing code (app.media.overlays), plus the safe-zone overlay.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from app.core.brand import BrandStyle
from app.core.platforms import strictest_box
from app.services.brand import BrandService
from app.services.context import AppContext

SAMPLE_FIELDS = {
    "title": "Judul Video Layanan Publik",
    "name": "Nama Narasumber",
    "role": "Jabatan Narasumber",
}


class BrandPreview:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._backgrounds: dict[int, QImage | None] = {}
        self._fields: dict[int | None, dict[str, str]] = {}

    def ensure_gui(self) -> None:
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()

    def fields(self, project_id: int | None) -> dict[str, str]:
        """Template fields of the project (cached until `forget`); sample words where empty."""
        if project_id not in self._fields:
            fields = dict(SAMPLE_FIELDS)
            if project_id is not None:
                values = self.ctx.service(BrandService).project_fields(project_id)
                fields.update({k: v for k, v in values.items() if v})
                fields["caption"] = self._caption_sample(project_id)
            self._fields[project_id] = fields
        return self._fields[project_id]

    def _caption_sample(self, project_id: int) -> str:
        """The first words of the narration, as the first caption event would show them."""
        from app.services.shots import ShotService

        for shot in self.ctx.service(ShotService).list(project_id):
            words = shot.narration.split()
            if words:
                return " ".join(words[:3])
        return ""

    def forget(self, project_id: int | None = None) -> None:
        """Drop cached frames and fields (after outside changes)."""
        self._fields.clear()
        self.forget_background(project_id)

    def background(self, project_id: int | None) -> QImage | None:
        """A frame of the project's first shot that has a picture or footage (cached)."""
        if project_id is None:
            return None
        if project_id not in self._backgrounds:
            self._backgrounds[project_id] = self._find_background(project_id)
        return self._backgrounds[project_id]

    def forget_background(self, project_id: int | None = None) -> None:
        if project_id is None:
            self._backgrounds.clear()
        else:
            self._backgrounds.pop(project_id, None)

    def _find_background(self, project_id: int) -> QImage | None:
        try:  # the storyboard's cached thumbnails are the cheapest frame of the project
            from app.services.storyboard import StoryboardService

            storyboard = self.ctx.service(StoryboardService)
            for card in storyboard.cards(project_id):
                path = storyboard.thumbnail(card, 720)
                if path is not None and Path(path).is_file():
                    image = QImage(str(path))
                    if not image.isNull():
                        return image
        except Exception:
            return None
        return None

    def render(
        self,
        style: BrandStyle,
        fields: dict[str, str],
        background: QImage | None,
        logo_path: Path | None,
        layer: str,
        platforms: list[str],
        width_px: int = 360,
        show_safe_zone: bool = True,
        on_screen_text: str = "",
    ) -> QImage:
        from app.media.overlays import render_preview
        from app.services.subtitle_files import load_rules

        layers = {
            "title_card": ("logo", "title_card", "captions"),
            "lower_third": ("logo", "lower_third", "captions"),
            "end_card": ("end_card",),
            "on_screen_text": ("logo", "on_screen_text", "captions"),
        }.get(layer, ("logo", "title_card", "captions"))
        return render_preview(
            style,
            fields,
            background,
            logo_path=logo_path,
            layers=layers,
            safe_box=strictest_box(platforms) if show_safe_zone else None,
            width_px=width_px,
            on_screen_text=on_screen_text or "Teks di layar: nomor darurat 112",
            caption_text=fields.get("caption") or "Hubungi 112 gratis",
            caption_rules=load_rules(style.caption.template),
        )

    def font_families(self) -> list[str]:
        """Bundled families first, then the installed ones."""
        from PySide6.QtGui import QFontDatabase

        from app.media import fonts

        self.ensure_gui()
        bundled = fonts.ensure_fonts_loaded()
        others = [f for f in QFontDatabase.families() if f not in bundled]
        return [*bundled, *others]
