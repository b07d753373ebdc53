"""Overlay painting shared by the renderer and the live preview (QPainter → PNG / QImage).

The renderer calls the `paint_*` functions: each paints one overlay once, as a PNG cropped to
its bounding box, and returns where it goes on the 1080×1920 canvas (`OverlayImage`). The
preview calls `render_preview`, which runs the very same `draw_*` code straight onto a scaled
QImage (no PNG round trip), so what the preview shows is what the export burns in.
Everything sits inside the strictest safe box (app.core.platforms.STRICTEST_BOX).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
)

from app.core.brand import BrandStyle, CaptionStyle
from app.core.caption_layout import CaptionBlock, greedy_wrap, layout_caption
from app.core.captions import SHORT_RULES, CaptionRules
from app.core.platforms import CANVAS_H_PX, CANVAS_W_PX, STRICTEST_BOX
from app.core.subtitle_formats import caption_look, uses_karaoke
from app.core.visual_templates import (
    MIN_TEXT_PX,
    ON_SCREEN_TEXT_RECT,
    ON_SCREEN_TEXT_SIZE_PX,
    PlacedElement,
    layout,
    logo_rect,
)
from app.media import fonts
from app.media.caption_fonts import draw_caption, font_measure
from app.media.logo import load_logo
from app.media.qt_app import ensure_gui_application
from app.resources.templates import template_for


@dataclass(frozen=True)
class OverlayImage:
    """A PNG cropped to its bounding box, placed at x, y on the 1080×1920 canvas."""

    path: Path
    x_px: int
    y_px: int
    width_px: int
    height_px: int


# Drawing primitives (canvas coordinates) ---------------------------------------------------
def _qcolor(hex_colour: str, opacity: float = 1.0) -> QColor:
    colour = QColor(hex_colour)
    if not colour.isValid():
        colour = QColor("#FFFFFF")
    colour.setAlphaF(max(0.0, min(1.0, opacity)) * colour.alphaF())
    return colour


def _rectf(rect: tuple[int, int, int, int]) -> QRectF:
    return QRectF(rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])


def _font(family: str, size_px: int, bold: bool) -> QFont:
    font = QFont(fonts.resolve_family(family))
    font.setPixelSize(max(1, int(size_px)))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


_ALIGN = {"left": Qt.AlignLeft, "center": Qt.AlignHCenter, "right": Qt.AlignRight}
_VALIGN = {"top": Qt.AlignTop, "center": Qt.AlignVCenter, "bottom": Qt.AlignBottom}


@dataclass(frozen=True)
class TextFit:
    """How a text element is painted: its size, its lines, and whether it had to be cut."""

    size_px: int
    lines: tuple[str, ...]
    truncated: bool


def _wrap(metrics: QFontMetricsF, text: str, width: float) -> list[str]:
    """Greedy word wrap (explicit line breaks kept)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(greedy_wrap(paragraph.split(), metrics.horizontalAdvance, width))
    return lines


def fit_text(
    text: str, family: str, size_px: int, bold: bool, rect: QRectF, max_lines: int
) -> TextFit:
    """The largest size ≤ size_px (never below 55 px) at which `text` fits `rect` in
    `max_lines`; when even 55 px does not fit, the last line is cut with an ellipsis."""
    size = int(size_px)
    floor = min(size, MIN_TEXT_PX)
    max_lines = max(1, max_lines)
    while True:
        metrics = QFontMetricsF(_font(family, size, bold))
        lines = _wrap(metrics, text, rect.width())
        fits_lines = len(lines) <= max_lines
        fits_height = min(len(lines), max_lines) * metrics.lineSpacing() <= rect.height() + 1
        fits_width = all(metrics.horizontalAdvance(line) <= rect.width() + 1 for line in lines)
        if fits_lines and fits_height and fits_width:
            return TextFit(size, tuple(lines), False)
        if size <= floor:
            break
        size = max(floor, size - 2)
    rows = max(1, min(max_lines, int((rect.height() + 1) // metrics.lineSpacing())))
    kept = lines[: rows - 1]
    rest = " ".join(lines[rows - 1 :])
    kept.append(metrics.elidedText(rest, Qt.ElideRight, rect.width()))
    return TextFit(size, tuple(kept), True)


def fit_text_size(
    text: str, family: str, size_px: int, bold: bool, rect: QRectF, max_lines: int
) -> int:
    return fit_text(text, family, size_px, bold, rect, max_lines).size_px


_measured: dict[tuple, TextFit] = {}


def measure(el: PlacedElement) -> TextFit:
    """How `el` will be painted (for preflight: the size used and whether it is cut)."""
    ensure_gui_application()
    key = (el.text, el.font_family, el.size_px, el.bold, el.rect, el.max_lines)
    fit = _measured.get(key)
    if fit is None:
        fit = fit_text(el.text, el.font_family, el.size_px, el.bold, _rectf(el.rect), el.max_lines)
        if len(_measured) > 2000:
            _measured.clear()
        _measured[key] = fit
    return fit


def draw_text(painter: QPainter, el: PlacedElement) -> int:
    """Paint a text element, shrinking it to fit (never below 55 px); returns the size used."""
    rect = _rectf(el.rect)
    fit = fit_text(el.text, el.font_family, el.size_px, el.bold, rect, el.max_lines)
    painter.setFont(_font(el.font_family, fit.size_px, el.bold))
    painter.setPen(_qcolor(el.colour))
    flags = int(_ALIGN.get(el.align, Qt.AlignLeft) | _VALIGN.get(el.valign, Qt.AlignVCenter))
    painter.save()
    painter.setClipRect(rect)
    painter.drawText(rect, flags, "\n".join(fit.lines))
    painter.restore()
    return fit.size_px


def draw_rect(painter: QPainter, el: PlacedElement) -> None:
    painter.setPen(Qt.NoPen)
    painter.setBrush(QBrush(_qcolor(el.colour, el.opacity)))
    if el.radius_px > 0:
        painter.drawRoundedRect(_rectf(el.rect), el.radius_px, el.radius_px)
    else:
        painter.drawRect(_rectf(el.rect))


def draw_logo_in(
    painter: QPainter, logo: QImage, rect: tuple[int, int, int, int], opacity: float
) -> None:
    """The logo fitted inside `rect` (aspect kept, centred)."""
    if logo.isNull():
        return
    box = _rectf(rect)
    scale = min(box.width() / logo.width(), box.height() / logo.height())
    w, h = logo.width() * scale, logo.height() * scale
    target = QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h)
    painter.save()
    painter.setOpacity(max(0.0, min(1.0, opacity)))
    painter.drawImage(target, logo)
    painter.restore()


def _fitted_rect(el: PlacedElement, placed: Sequence[PlacedElement]) -> PlacedElement:
    """A `fit_to` bar cut to its texts' painted width (plus the text inset on each side).

    `fit_to` names one text element or several, comma-separated ("name,role").
    """
    ids = {i.strip() for i in el.fit_to.split(",")}
    texts = [t for t in placed if t.kind == "text" and t.id in ids]
    if not texts:
        return el  # every text is empty: keep the declared bar
    right = 0.0
    for text in texts:
        fit = measure(text)
        metrics = QFontMetricsF(_font(text.font_family, fit.size_px, text.bold))
        width = max((metrics.horizontalAdvance(line) for line in fit.lines), default=0.0)
        right = max(right, text.rect[0] + width)
    inset = max(0, min(t.rect[0] for t in texts) - el.rect[0])
    x1 = min(el.rect[2], round(right + inset))
    return replace(el, rect=(el.rect[0], el.rect[1], max(el.rect[0] + 2 * inset, x1), el.rect[3]))


def _grow_one_line(el: PlacedElement) -> tuple[PlacedElement, int] | None:
    """`el` with one more line (its box taller by a line), if that makes it fit uncut."""
    fit = measure(el)
    if not fit.truncated:
        return None
    floor = min(el.size_px, MIN_TEXT_PX)
    spacing = QFontMetricsF(_font(el.font_family, floor, el.bold)).lineSpacing()
    extra_px = round(spacing)
    x0, y0, x1, y1 = el.rect
    taller = replace(el, rect=(x0, y0, x1, y1 + extra_px), max_lines=el.max_lines + 1)
    return (taller, extra_px) if not measure(taller).truncated else None


def fit_layout(
    placed: Sequence[PlacedElement], bottom_limit_px: int = STRICTEST_BOX[3]
) -> list[PlacedElement]:
    """The card as it is painted: a long name or title first shrinks (down to 55 px, in
    fit_text), then takes one more line; its bar grows with it and everything below moves
    down, while the card stays above `bottom_limit_px` (the safe zone). Only text that still
    does not fit is cut with an ellipsis (and preflight warns about it)."""
    out = list(placed)
    for index in range(len(out)):
        el = out[index]  # as moved by the texts above it
        if el.kind != "text":
            continue
        grown = _grow_one_line(el)
        if grown is None:
            continue
        taller, extra_px = grown
        old_bottom = el.rect[3]
        moved: list[PlacedElement] = []
        for other in out:
            x0, y0, x1, y1 = other.rect
            if other is el:
                moved.append(taller)
            elif y0 >= old_bottom - 1:  # below the text: moves down
                moved.append(replace(other, rect=(x0, y0 + extra_px, x1, y1 + extra_px)))
            elif other.kind == "rect" and y0 <= el.rect[1] and y1 >= old_bottom - 1:
                moved.append(replace(other, rect=(x0, y0, x1, y1 + extra_px)))  # its bar
            else:
                moved.append(other)
        if max(e.rect[3] for e in moved) <= bottom_limit_px:
            out = moved
    return out


def card_layout(kind: str, brand: BrandStyle, fields: dict) -> list[PlacedElement]:
    """The one layout of a title card, lower third or end card: for export, preview and
    preflight alike."""
    card = getattr(brand, kind)
    return fit_layout(layout(template_for(kind, card.template), brand, fields))


def _bbox(placed: Sequence[PlacedElement], declared: tuple[int, int, int, int]):
    """The template's box, grown to hold elements that took an extra line."""
    return (
        declared[0],
        declared[1],
        declared[2],
        max([declared[3], *(e.rect[3] for e in placed)]),
    )


def draw_layout(painter: QPainter, placed: Sequence[PlacedElement], logo: QImage | None) -> None:
    for el in placed:
        if el.kind == "rect":
            draw_rect(painter, _fitted_rect(el, placed) if el.fit_to else el)
        elif el.kind == "text":
            draw_text(painter, el)
        elif el.kind == "logo" and logo is not None:
            draw_logo_in(painter, logo, el.rect, 1.0)


def on_screen_text_element(brand: BrandStyle, text: str) -> list[PlacedElement]:
    """A shot's on-screen text: a rounded band in the palette's primary colour."""
    x0, y0, x1, y1 = ON_SCREEN_TEXT_RECT
    pad_x, pad_y = 30, 14
    return [
        PlacedElement(
            kind="rect",
            id="on_screen_band",
            rect=ON_SCREEN_TEXT_RECT,
            colour=brand.palette.primary.upper(),
            opacity=0.9,
            radius_px=24,
        ),
        PlacedElement(
            kind="text",
            id="on_screen_text",
            rect=(x0 + pad_x, y0 + pad_y, x1 - pad_x, y1 - pad_y),
            colour=brand.palette.text_light.upper(),
            text=text.strip(),
            font_family=brand.fonts.body_family,
            size_px=ON_SCREEN_TEXT_SIZE_PX,
            bold=True,
            align="center",
            max_lines=2,
            background=brand.palette.primary.upper(),
        ),
    ]


def draw_caption_sample(
    painter: QPainter, caption: CaptionStyle, rules: CaptionRules, text: str
) -> None:
    """A caption as libass burns it (app.core.caption_layout, painted by caption_fonts) at
    the moment its first word is spoken."""
    block = layout_caption(" ".join(text.split()), caption_look(caption, rules), font_measure)
    lit = 1 if uses_karaoke(rules) else 0
    draw_caption(
        painter, block, caption.colour, caption.highlight_colour, caption.outline_colour, lit
    )


# PNG export for the renderer ----------------------------------------------------------------
def _digest(*parts: object) -> str:
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _export(name: str, bbox: tuple[int, int, int, int], out_dir: Path, draw) -> OverlayImage:
    """Paint with `draw(painter)` in canvas coordinates into a PNG cropped to `bbox`."""
    ensure_gui_application()
    x0, y0, x1, y1 = (int(v) for v in bbox)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.png"
    width, height = max(1, x1 - x0), max(1, y1 - y0)
    image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform
    )
    painter.translate(-x0, -y0)
    draw(painter)
    painter.end()
    # The pid keeps parallel render workers from writing the same temporary file.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part.png")
    if not image.save(str(tmp), "PNG"):
        raise OSError(f"cannot write {tmp}")
    tmp.replace(path)
    return OverlayImage(path=path, x_px=x0, y_px=y0, width_px=width, height_px=height)


def _card(
    kind: str, brand: BrandStyle, fields: dict, out_dir: Path, logo_path: Path | None
) -> OverlayImage:
    tpl = template_for(kind, getattr(brand, kind).template)
    placed = card_layout(kind, brand, fields)
    logo = None
    if logo_path is not None and any(e.kind == "logo" for e in placed):
        logo = load_logo(
            Path(logo_path), max(e.rect[2] - e.rect[0] for e in placed if e.kind == "logo")
        )
    name = f"{kind}-{_digest(brand.to_dict(), fields, tpl.name, str(logo_path))}"
    return _export(name, _bbox(placed, tpl.bbox), out_dir, lambda p: draw_layout(p, placed, logo))


def paint_title_card(brand: BrandStyle, fields: dict, out_dir: Path) -> OverlayImage:
    """fields: title, date, organisation... (see app.core.visual_templates.FIELD_KEYS)."""
    return _card("title_card", brand, fields, out_dir, None)


def paint_lower_third(brand: BrandStyle, name: str, role: str, out_dir: Path) -> OverlayImage:
    return _card("lower_third", brand, {"name": name, "role": role}, out_dir, None)


def paint_end_card(
    brand: BrandStyle, fields: dict, out_dir: Path, logo_path: Path | None = None
) -> OverlayImage:
    """fields: cta, handle, organisation; `logo_path` fills the template's logo box."""
    return _card("end_card", brand, fields, out_dir, logo_path)


def paint_logo(brand: BrandStyle, logo_path: Path, out_dir: Path) -> OverlayImage:
    """The corner logo at the kit's width, opacity and corner, inside the safe box."""
    ensure_gui_application()
    logo = load_logo(Path(logo_path), brand.logo.width_px)
    aspect = logo.width() / logo.height() if not logo.isNull() and logo.height() else 1.0
    rect = logo_rect(brand, aspect, STRICTEST_BOX)
    name = f"logo-{_digest(brand.logo, str(logo_path), Path(logo_path).stat().st_mtime_ns)}"
    return _export(name, rect, out_dir, lambda p: draw_logo_in(p, logo, rect, brand.logo.opacity))


def paint_on_screen_text(brand: BrandStyle, text: str, out_dir: Path) -> OverlayImage:
    placed = on_screen_text_element(brand, text)
    name = f"text-{_digest(brand.palette, brand.fonts, text)}"
    return _export(name, ON_SCREEN_TEXT_RECT, out_dir, lambda p: draw_layout(p, placed, None))


# Preview -----------------------------------------------------------------------------------
_covers: dict[tuple[int, int], QImage] = {}


def _cover(painter: QPainter, background: QImage | None) -> None:
    """Fill the canvas with `background`, cropped to 9:16 around its centre (as the render).

    The crop is scaled once to the device size and cached: a live preview repaints the same
    frame after every edit, and smooth-scaling a large frame is most of a repaint's cost.
    """
    if background is None or background.isNull():
        painter.fillRect(QRectF(0, 0, CANVAS_W_PX, CANVAS_H_PX), QColor("#2B2F36"))
        return
    device_w = max(1, round(CANVAS_W_PX * painter.transform().m11()))
    device_h = max(1, round(CANVAS_H_PX * painter.transform().m22()))
    key = (background.cacheKey(), device_w * 100_000 + device_h)
    scaled = _covers.get(key)
    if scaled is None:
        bw, bh = background.width(), background.height()
        scale = max(CANVAS_W_PX / bw, CANVAS_H_PX / bh)
        sw, sh = CANVAS_W_PX / scale, CANVAS_H_PX / scale
        crop = background.copy(round((bw - sw) / 2), round((bh - sh) / 2), round(sw), round(sh))
        scaled = crop.scaled(device_w, device_h, Qt.IgnoreAspectRatio, Qt.SmoothTransformation)
        if len(_covers) > 8:
            _covers.clear()
        _covers[key] = scaled
    painter.drawImage(QRectF(0, 0, CANVAS_W_PX, CANVAS_H_PX), scaled)


def draw_safe_zone(painter: QPainter, box: tuple[int, int, int, int]) -> None:
    """Shade what platform UI covers and outline the safe box."""
    x0, y0, x1, y1 = box
    shade = QColor(200, 30, 30, 70)
    painter.save()
    painter.setPen(Qt.NoPen)
    painter.setBrush(shade)
    painter.drawRect(QRectF(0, 0, CANVAS_W_PX, y0))
    painter.drawRect(QRectF(0, y1, CANVAS_W_PX, CANVAS_H_PX - y1))
    painter.drawRect(QRectF(0, y0, x0, y1 - y0))
    painter.drawRect(QRectF(x1, y0, CANVAS_W_PX - x1, y1 - y0))
    pen = QPen(QColor(255, 255, 255, 220), 4, Qt.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    painter.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    painter.restore()


PREVIEW_LAYERS = ("logo", "title_card", "lower_third", "end_card", "on_screen_text", "captions")


def render_preview(
    brand: BrandStyle,
    fields: dict,
    background: QImage | None = None,
    *,
    logo_path: Path | None = None,
    layers: Iterable[str] = ("logo", "title_card", "captions"),
    safe_box: tuple[int, int, int, int] | None = STRICTEST_BOX,
    width_px: int = 405,
    caption_text: str = "Hubungi 112 gratis",
    caption_rules: CaptionRules = SHORT_RULES,
    on_screen_text: str = "",
) -> QImage:
    """A 9:16 preview frame `width_px` wide, painted with the renderer's drawing code."""
    ensure_gui_application()
    height_px = round(width_px * CANVAS_H_PX / CANVAS_W_PX)
    image = QImage(QSize(width_px, height_px), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform
    )
    painter.scale(width_px / CANVAS_W_PX, height_px / CANVAS_H_PX)
    _cover(painter, background)
    layers = tuple(layers)
    logo = None
    if logo_path is not None and Path(logo_path).is_file():
        logo = load_logo(Path(logo_path), max(brand.logo.width_px, 250))
    for layer in layers:
        if layer in ("title_card", "lower_third", "end_card"):
            draw_layout(painter, card_layout(layer, brand, fields), logo)
        elif layer == "logo" and logo is not None and "end_card" not in layers:
            aspect = logo.width() / logo.height() if logo.height() else 1.0
            rect = logo_rect(brand, aspect, STRICTEST_BOX)
            draw_logo_in(painter, logo, rect, brand.logo.opacity)
        elif layer == "on_screen_text" and on_screen_text.strip():
            draw_layout(painter, on_screen_text_element(brand, on_screen_text), None)
        elif layer == "captions" and "end_card" not in layers:
            draw_caption_sample(painter, brand.caption, caption_rules, caption_text)
    if safe_box is not None:
        draw_safe_zone(painter, safe_box)
    painter.end()
    return image


def render_caption_preview(
    background: QImage | None,
    block: CaptionBlock,
    caption: CaptionStyle,
    lit_words: int,
    width_px: int = 270,
    safe_box: tuple[int, int, int, int] | None = STRICTEST_BOX,
) -> QImage:
    """A 9:16 frame `width_px` wide with one laid-out caption painted as libass burns it."""
    ensure_gui_application()
    height_px = round(width_px * CANVAS_H_PX / CANVAS_W_PX)
    image = QImage(QSize(width_px, height_px), QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform)
    painter.scale(width_px / CANVAS_W_PX, height_px / CANVAS_H_PX)
    _cover(painter, background)
    draw_caption(
        painter, block, caption.colour, caption.highlight_colour, caption.outline_colour, lit_words
    )
    if safe_box is not None:
        draw_safe_zone(painter, safe_box)
    painter.end()
    return image


def compose_preview(
    background: QImage | None, overlays: Sequence[OverlayImage], width_px: int = CANVAS_W_PX
) -> QImage:
    """A frame from already painted overlay PNGs (what the renderer burns in)."""
    ensure_gui_application()
    height_px = round(width_px * CANVAS_H_PX / CANVAS_W_PX)
    image = QImage(QSize(width_px, height_px), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
    painter.scale(width_px / CANVAS_W_PX, height_px / CANVAS_H_PX)
    _cover(painter, background)
    for ov in overlays:
        painter.drawImage(QPointF(ov.x_px, ov.y_px), QImage(str(ov.path)))
    painter.end()
    return image
