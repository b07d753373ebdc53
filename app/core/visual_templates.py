"""Visual templates (title cards, lower thirds, end cards) and caption looks, as data.

Templates live in templates/overlays/*.json and templates/caption_looks/*.json. An overlay
template is a list of elements (rectangles, text boxes, a logo box) in pixels of the
1080×1920 canvas; text holds `{placeholders}` filled from the project (title, name, role,
date, cta, handle, organisation, text). `layout()` resolves colours and sizes against a brand
style; the QPainter code in app.media.overlays paints that layout, and app.core.preflight
checks it. Pure: no Qt, no files (app.resources.templates reads them).
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from app.core.brand import BrandStyle, CaptionStyle, CardStyle, blend
from app.core.errors import InvalidInput
from app.core.formatting import month_name

TEMPLATE_FORMAT_VERSION = 1

KINDS = ("title_card", "lower_third", "end_card")
FIELD_KEYS = ("title", "name", "role", "date", "cta", "handle", "organisation", "text")
MIN_TEXT_PX = 55  # STANDARDS.md: never below 55 px


@dataclass(frozen=True)
class Element:
    kind: str  # rect | text | logo
    x_px: int
    y_px: int
    width_px: int
    height_px: int
    id: str = ""  # names the element in preflight findings ("title", "name", "band"...)
    fill: str = ""  # colour reference for rect (see resolve_colour)
    opacity: float = 1.0
    radius_px: int = 0
    # A left-aligned bar that shrinks to the width of text element `fit_to` plus padding
    # (never wider than declared): short names get short bars.
    fit_to: str = ""
    text: str = ""  # with {placeholders}
    font: str = "heading"  # heading | body
    size_px: int = 64
    bold: bool = True
    colour: str = "text"
    align: str = "left"  # left | center | right
    valign: str = "center"  # top | center | bottom
    uppercase: bool = False
    max_lines: int = 2

    @property
    def rect(self) -> tuple[int, int, int, int]:
        return (self.x_px, self.y_px, self.x_px + self.width_px, self.y_px + self.height_px)


@dataclass(frozen=True)
class VisualTemplate:
    name: str
    label: str
    kind: str
    elements: tuple[Element, ...]
    label_en: str = ""

    def label_in(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label

    @property
    def bbox(self) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1) enclosing every element: the PNG is cropped to it."""
        rects = [e.rect for e in self.elements]
        return (
            min(r[0] for r in rects),
            min(r[1] for r in rects),
            max(r[2] for r in rects),
            max(r[3] for r in rects),
        )


@dataclass(frozen=True)
class CaptionLook:
    name: str
    label: str
    font_family: str
    size_px: int
    colour: str
    highlight_colour: str
    outline_px: int
    outline_colour: str
    label_en: str = ""

    def label_in(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label


@dataclass(frozen=True)
class PlacedElement:
    """An element resolved against a brand and the project's fields, ready to paint."""

    kind: str
    id: str
    rect: tuple[int, int, int, int]
    colour: str = ""  # fill for rect, text colour for text
    opacity: float = 1.0
    radius_px: int = 0
    fit_to: str = ""
    text: str = ""
    font_family: str = ""
    size_px: int = 0
    bold: bool = True
    align: str = "left"
    valign: str = "center"
    max_lines: int = 2
    # Opaque colour right behind a text element (None: the video shows through).
    background: str | None = None


# Parsing ---------------------------------------------------------------------------------
def _bad(name: str, detail: str) -> InvalidInput:
    return InvalidInput(
        f"Templat visual {name!r} tidak valid: {detail}",
        f"Visual template {name!r} is invalid: {detail}",
    )


def parse_template(text: str, name: str = "") -> VisualTemplate:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(name, str(exc)) from None
    if not isinstance(data, dict):
        raise _bad(name, "not an object")
    version = int(data.get("version", 1))
    if version > TEMPLATE_FORMAT_VERSION:
        raise _bad(name, f"version {version} is newer than this Kilas")
    kind = data.get("kind")
    if kind not in KINDS:
        raise _bad(name, f"kind must be one of {', '.join(KINDS)}")
    known = {f.name for f in fields(Element)}
    elements = []
    for raw in data.get("elements") or []:
        if not isinstance(raw, dict) or raw.get("kind") not in ("rect", "text", "logo"):
            raise _bad(name, f"bad element {raw!r}")
        try:
            elements.append(Element(**{k: v for k, v in raw.items() if k in known}))
        except TypeError as exc:
            raise _bad(name, str(exc)) from None
    if not elements:
        raise _bad(name, "no elements")
    return VisualTemplate(
        name=data.get("name") or name,
        label=data.get("label") or name,
        label_en=data.get("label_en", ""),
        kind=kind,
        elements=tuple(elements),
    )


def parse_caption_look(text: str, name: str = "") -> CaptionLook:
    try:
        data = json.loads(text)
        known = {f.name for f in fields(CaptionLook)}
        values = {k: v for k, v in data.items() if k in known}
        values.setdefault("name", name)
        values.setdefault("label", name)
        return CaptionLook(**values)
    except (json.JSONDecodeError, TypeError, AttributeError) as exc:
        raise InvalidInput(
            f"Gaya teks {name!r} tidak valid: {exc}", f"Caption look {name!r} is invalid: {exc}"
        ) from None


def apply_caption_look(caption: CaptionStyle, look: CaptionLook) -> CaptionStyle:
    return replace(
        caption,
        look=look.name,
        font_family=look.font_family,
        size_px=look.size_px,
        colour=look.colour,
        highlight_colour=look.highlight_colour,
        outline_px=look.outline_px,
        outline_colour=look.outline_colour,
    )


# Resolution ------------------------------------------------------------------------------
def card_style(brand: BrandStyle, kind: str) -> CardStyle:
    return {
        "title_card": brand.title_card,
        "lower_third": brand.lower_third,
        "end_card": brand.end_card,
    }[kind]


def resolve_colour(ref: str, brand: BrandStyle, card: CardStyle) -> str:
    """A colour reference of a template element -> '#RRGGBB'.

    References: background (card background or palette.primary), text (card text colour or
    palette.text_light), primary, secondary, accent, text_light, text_dark, or '#RRGGBB'.
    """
    ref = (ref or "").strip()
    if ref.startswith("#"):
        return ref.upper()
    palette = brand.palette
    if ref == "background":
        return (card.background or palette.primary).upper()
    if ref in ("text", ""):
        return (card.text_colour or palette.text_light).upper()
    value = getattr(palette, ref, None)
    if isinstance(value, str):
        return value.upper()
    return palette.primary.upper()


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


def fill_text(text: str, values: dict[str, Any]) -> str:
    """'{title}' -> the project's title; unknown or missing fields become empty."""
    safe = _Blank({k: "" if v is None else str(v) for k, v in values.items()})
    try:
        return string.Formatter().vformat(text, (), safe).strip()
    except (ValueError, IndexError, KeyError):
        return text


def project_fields(brand: BrandStyle, fields_: dict[str, Any]) -> dict[str, str]:
    """Project fields completed from the brand (handle, organisation, call to action)."""
    out = {k: "" for k in FIELD_KEYS}
    out["handle"] = brand.handle
    out["organisation"] = brand.organisation
    out["cta"] = brand.call_to_action
    for k, v in (fields_ or {}).items():
        if v not in (None, ""):
            out[k] = str(v)
    return out


def layout(
    template: VisualTemplate, brand: BrandStyle, fields_: dict[str, Any]
) -> list[PlacedElement]:
    """Elements resolved against the brand, in paint order. Empty texts are left out."""
    card = card_style(brand, template.kind)
    values = project_fields(brand, fields_)
    placed: list[PlacedElement] = []
    for el in template.elements:
        if el.kind == "rect":
            placed.append(
                PlacedElement(
                    kind="rect",
                    id=el.id or "rect",
                    rect=el.rect,
                    colour=resolve_colour(el.fill or "background", brand, card),
                    opacity=max(0.0, min(1.0, el.opacity)),
                    radius_px=el.radius_px,
                    fit_to=el.fit_to,
                )
            )
        elif el.kind == "logo":
            placed.append(
                PlacedElement(
                    kind="logo", id=el.id or "logo", rect=el.rect, opacity=brand.logo.opacity
                )
            )
        else:
            text = fill_text(el.text, values)
            if el.uppercase:
                text = text.upper()
            if not text:
                continue
            family = brand.fonts.heading_family if el.font == "heading" else brand.fonts.body_family
            placed.append(
                PlacedElement(
                    kind="text",
                    id=el.id or "text",
                    rect=el.rect,
                    colour=resolve_colour(el.colour, brand, card),
                    text=text,
                    font_family=family,
                    size_px=round(el.size_px * (card.text_scale or 1.0)),
                    bold=el.bold,
                    align=el.align,
                    valign=el.valign,
                    max_lines=el.max_lines,
                    background=_background_under(el.rect, placed),
                )
            )
    return placed


def _background_under(rect: tuple[int, int, int, int], below: list[PlacedElement]) -> str | None:
    """The opaque colour behind the centre of `rect`, from the rects painted before it."""
    cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    colour: str | None = None
    for el in below:
        if el.kind != "rect":
            continue
        x0, y0, x1, y1 = el.rect
        if x0 <= cx <= x1 and y0 <= cy <= y1:
            if colour is None and el.opacity < 0.999:
                # Over video: assume the worst case of a mid-grey frame behind the band.
                colour = blend(el.colour, "#808080", el.opacity)
            elif colour is None:
                colour = el.colour
            else:
                colour = blend(el.colour, colour, el.opacity)
    return colour


# Areas not from templates -----------------------------------------------------------------
def logo_rect(
    brand: BrandStyle, aspect_w_over_h: float, box: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    """Where the corner logo goes: `margin_px` inside the corner of the safe `box`."""
    width = max(1, int(brand.logo.width_px))
    height = max(1, round(width / aspect_w_over_h)) if aspect_w_over_h > 0 else width
    margin = int(brand.logo.margin_px)
    corner = brand.logo.corner
    x = box[0] + margin if corner.endswith("left") else box[2] - margin - width
    y = box[1] + margin if corner.startswith("top") else box[3] - margin - height
    return (x, y, x + width, y + height)


# On-screen text of a shot: a band between the corner logo (a 180-px square logo ends at
# y 474) and the default title band (from y 690), so both can show at once.
ON_SCREEN_TEXT_RECT = (95, 488, 900, 684)
ON_SCREEN_TEXT_SIZE_PX = 64


def caption_rect(caption: CaptionStyle, lines: int = 2) -> tuple[int, int, int, int]:
    """The area a caption block of `lines` lines occupies (baseline at bottom_y_px)."""
    line_h = round(caption.size_px * 1.25) + caption.outline_px * 2
    bottom = caption.bottom_y_px + round(caption.size_px * 0.3) + caption.outline_px
    return (95, bottom - line_h * lines, 900, bottom)


def format_date_id(day: date) -> str:
    """'23 November 2026' (Indonesian month names, as on government posters)."""
    return f"{day.day} {month_name(day.month, 'id')} {day.year}"
