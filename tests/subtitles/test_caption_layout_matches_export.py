"""The subtitle editor's preview shows the caption libass burns into the video.

Each case burns captions with the real ffmpeg/libass through the render service's frame of
the render plan (the export's graph), paints the editor's preview of the same cue on the
same frame, and compares where the ink is and how many lines it has.
"""

from __future__ import annotations

import pytest

from app.core.captions import Cue, Word
from app.core.platforms import STRICTEST_BOX
from app.services.brand import BrandService
from app.services.render import RenderService
from app.services.subtitle_preview import SubtitlePreview
from app.services.subtitles import SubtitleService
from tests.render.helpers import make_project
from tests.subtitles.caption_pixels import ink, png_rgb, qimage_rgb

TOLERANCE_PX = 3


@pytest.fixture
def project(ctx) -> int:
    return make_project(
        ctx, [dict(target_duration_s=6.0)], options={"title_card": False, "end_card": False}
    )


def _caption_style(ctx, project: int, **fields) -> None:
    brand = ctx.service(BrandService)
    kit = brand.project_kit_id(project)
    for key, value in fields.items():
        brand.set_field(kit, f"caption.{key}", value)


def _compare(ctx, project: int, cue: Cue, style: str, at_ms: int):
    """(export ink, preview ink) of `cue` at `at_ms` with caption template `style`."""
    ctx.service(SubtitleService).store_events(project, [cue], style=style)
    render = ctx.service(RenderService)
    burned = render.preview_frame(project, at_ms / 1000.0)
    plain = render.preview_frame(project, at_ms / 1000.0, captions=False)
    preview = ctx.service(SubtitlePreview)
    lookup = preview.lookup(project, style)
    caption = lookup.caption
    shown = preview.image(plain, lookup, cue, at_ms, width_px=1080, safe_zone=False)
    empty = preview.image(plain, lookup, None, at_ms, width_px=1080, safe_zone=False)
    highlight = caption.highlight_colour if style != "classic" else None
    exported = ink(png_rgb(burned), png_rgb(plain), caption.colour, highlight)
    previewed = ink(qimage_rgb(shown), qimage_rgb(empty), caption.colour, highlight)
    return exported, previewed


def _close(a: tuple[int, ...] | None, b: tuple[int, ...] | None) -> bool:
    assert a is not None and b is not None
    return all(abs(x - y) <= TOLERANCE_PX for x, y in zip(a, b, strict=True))


def _inside_safe_box(box: tuple[int, int, int, int]) -> bool:
    x0, y0, x1, y1 = STRICTEST_BOX
    return box[0] >= x0 and box[1] >= y0 and box[2] <= x1 and box[3] <= y1


def test_long_caption_takes_the_same_two_lines_in_preview_and_video(ctx, project):
    text = "Warga Kota Semarang dapat menghubungi nomor darurat 112"
    exported, previewed = _compare(ctx, project, Cue(1000, 3000, text), "classic", 2000)
    assert exported.lines == previewed.lines == 2
    assert _close(exported.box, previewed.box), (exported.box, previewed.box)
    assert _inside_safe_box(exported.box)


def test_short_caption_sits_where_the_preview_puts_it(ctx, project):
    exported, previewed = _compare(ctx, project, Cue(1000, 2000, "Hubungi 112"), "short", 1500)
    assert exported.lines == previewed.lines == 1
    assert _close(exported.box, previewed.box), (exported.box, previewed.box)


def test_karaoke_lights_the_same_words_in_preview_and_video(ctx, project):
    words = (Word("Warga", 1000, 1400), Word("Kota", 1400, 1800), Word("Semarang", 1800, 2400))
    cue = Cue(1000, 2500, "Warga Kota Semarang", words)
    exported, previewed = _compare(ctx, project, cue, "short", 1600)  # "Warga Kota" spoken
    assert exported.lines == previewed.lines
    assert _close(exported.box, previewed.box), (exported.box, previewed.box)
    assert _close(exported.highlight_box, previewed.highlight_box)
    # The lit words are the left part of the caption, "Semarang" is not lit yet.
    assert exported.highlight_box[2] < exported.box[2] - 100


def test_a_caption_set_too_low_is_lifted_into_the_safe_box_in_both(ctx, project):
    _caption_style(ctx, project, bottom_y_px=1500)
    text = "Warga Kota Semarang dapat menghubungi nomor darurat 112"
    exported, previewed = _compare(ctx, project, Cue(1000, 3000, text), "classic", 2000)
    assert _close(exported.box, previewed.box), (exported.box, previewed.box)
    assert exported.box[3] <= STRICTEST_BOX[3]  # above the bottom UI band


def test_a_tiny_caption_size_is_raised_to_55_px_in_both(ctx, project):
    _caption_style(ctx, project, size_px=30)
    exported, previewed = _compare(ctx, project, Cue(1000, 2000, "HALO 112"), "short", 1500)
    assert _close(exported.box, previewed.box), (exported.box, previewed.box)
    # Capitals of a 55 px caption: about 0.73 em of a 55/1.21 px em, plus the outline.
    cap_height_px = exported.box[3] - exported.box[1]
    assert cap_height_px >= 0.72 * 55 / 1.21 + 2 * 6 - TOLERANCE_PX
