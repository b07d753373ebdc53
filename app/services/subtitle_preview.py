"""The subtitle editor's preview: the composed timeline frame at the cue's time (the render
service's single-frame preview of the render plan, captions left out) with the cue painted
on it by the one caption layout (app.core.caption_layout) the ASS file pins, so the editor
shows what the export burns: same lines, size, position and karaoke highlight.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QImage

from app.core import subtitle_formats as fmt
from app.core.brand import CaptionStyle
from app.core.caption_layout import layout_caption
from app.core.captions import CaptionRules, Cue
from app.core.platforms import STRICTEST_BOX
from app.services.context import AppContext
from app.services.subtitle_files import load_rules


@dataclass(frozen=True)
class CaptionLookup:
    """What the preview needs to lay a cue out: the brand's style and the template rules."""

    caption: CaptionStyle
    rules: CaptionRules


class SubtitlePreview:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._decoded: tuple[bytes, QImage] | None = None

    def lookup(self, project_id: int | None, style: str) -> CaptionLookup:
        from app.services.subtitles import SubtitleService

        caption = self.ctx.service(SubtitleService).caption_style(project_id)
        return CaptionLookup(caption, load_rules(style))

    def frame(self, project_id: int, at_ms: int) -> bytes:
        """PNG of the timeline at `at_ms` as the export composes it, without captions."""
        from app.services.render import RenderService

        return self.ctx.service(RenderService).preview_frame(
            project_id, at_ms / 1000.0, captions=False
        )

    def image(
        self,
        frame_png: bytes | None,
        lookup: CaptionLookup,
        cue: Cue | None,
        at_ms: int | None = None,
        width_px: int = 270,
        safe_zone: bool = True,
    ) -> QImage:
        """The preview picture: frame, the cue as libass burns it at `at_ms` (default: the
        cue's start), the safe box."""
        from app.media.caption_fonts import font_measure
        from app.media.overlays import render_caption_preview
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        look = fmt.caption_look(lookup.caption, lookup.rules)
        block = layout_caption(cue.text if cue else "", look, font_measure)
        lit = 0
        if cue is not None and fmt.uses_karaoke(lookup.rules):
            lit = fmt.lit_words(cue, cue.start_ms if at_ms is None else at_ms)
        background = self._background(frame_png)
        box = STRICTEST_BOX if safe_zone else None
        return render_caption_preview(background, block, lookup.caption, lit, width_px, box)

    def _background(self, frame_png: bytes | None) -> QImage | None:
        """The decoded frame; the last one is kept (karaoke repaints it many times)."""
        if not frame_png:
            return None
        if self._decoded is None or self._decoded[0] is not frame_png:
            image = QImage()
            image.loadFromData(frame_png)
            self._decoded = (frame_png, image)
        return self._decoded[1]
