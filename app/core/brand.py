"""Brand kit style document (stored as JSON in brand_kits.data, versioned).

`BrandStyle.from_dict` accepts older versions through registered upgrade functions and
refuses a newer version clearly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from app.core.errors import InvalidInput

BRAND_DATA_VERSION = 1


@dataclass(frozen=True)
class Palette:
    primary: str = "#0B4F8A"  # deep blue, common in Indonesian government identity
    secondary: str = "#F2A900"
    accent: str = "#D62828"
    text_light: str = "#FFFFFF"
    text_dark: str = "#111111"


@dataclass(frozen=True)
class Fonts:
    # Inter is bundled (OFL, assets/fonts/); another family falls back to it with a warning.
    heading_family: str = "Inter"
    body_family: str = "Inter"
    # Font files embedded in the kit (paths relative to the workspace, or bundled names).
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class LogoPlacement:
    corner: str = "top_right"  # top_left | top_right | bottom_left | bottom_right
    width_px: int = 180
    opacity: float = 0.9
    margin_px: int = 24  # from the safe box edge


@dataclass(frozen=True)
class CardStyle:
    template: str = ""  # a visual template name in templates/overlays/
    duration_s: float = 2.5
    background: str = ""  # colour; empty: palette.primary
    text_colour: str = ""  # empty: palette.text_light
    # Multiplies every text size of the template (preflight raises it when text is < 55 px).
    text_scale: float = 1.0


@dataclass(frozen=True)
class CaptionStyle:
    template: str = "short-bold"  # templates/captions/ (segmentation style)
    look: str = "tegas-outline"  # templates/caption_looks/ (font, size, colours, outline)
    font_family: str = "Inter"
    size_px: int = 72
    colour: str = "#FFFFFF"
    highlight_colour: str = "#F2A900"
    outline_px: int = 6
    outline_colour: str = "#000000"
    # Baseline of the caption block, in canvas pixels (just above the bottom UI band).
    bottom_y_px: int = 1220


@dataclass(frozen=True)
class BrandStyle:
    organisation: str = ""
    handle: str = ""
    palette: Palette = field(default_factory=Palette)
    fonts: Fonts = field(default_factory=Fonts)
    logo: LogoPlacement = field(default_factory=LogoPlacement)
    title_card: CardStyle = field(default_factory=lambda: CardStyle(template="title-band"))
    lower_third: CardStyle = field(
        default_factory=lambda: CardStyle(template="lt-bar", duration_s=4.0)
    )
    end_card: CardStyle = field(
        default_factory=lambda: CardStyle(template="end-cta", duration_s=3.0)
    )
    caption: CaptionStyle = field(default_factory=CaptionStyle)
    call_to_action: str = "Ikuti akun kami untuk info layanan publik"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fonts"]["files"] = list(self.fonts.files)
        data["version"] = BRAND_DATA_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> BrandStyle:
        data = dict(data or {})
        version = int(data.pop("version", BRAND_DATA_VERSION))
        if version > BRAND_DATA_VERSION:
            raise InvalidInput(
                f"Brand kit ini dari Kilas yang lebih baru (versi {version}).",
                f"This brand kit comes from a newer Kilas (version {version}).",
            )
        for v in range(version, BRAND_DATA_VERSION):
            data = _UPGRADES[v](data)
        return _build(cls, data)

    def with_changes(self, **changes: Any) -> BrandStyle:
        return replace(self, **changes)

    def with_path(self, path: str, value: Any) -> BrandStyle:
        """A copy with one dotted field changed, e.g. `with_path("palette.primary", "#003366")`."""
        head, _, rest = path.partition(".")
        current = getattr(self, head)
        if rest:
            return replace(self, **{head: _replace_path(current, rest, value)})
        return replace(self, **{head: value})

    def get_path(self, path: str) -> Any:
        value: Any = self
        for part in path.split("."):
            value = getattr(value, part)
        return value


def _replace_path(obj: Any, path: str, value: Any) -> Any:
    head, _, rest = path.partition(".")
    if rest:
        return replace(obj, **{head: _replace_path(getattr(obj, head), rest, value)})
    if head == "files":
        value = tuple(value or ())
    return replace(obj, **{head: value})


# Field groups a kit can lock so that project-level edits cannot change them.
LOCKABLE_GROUPS: dict[str, tuple[str, ...]] = {
    "logo": ("logo",),
    "colours": (
        "palette",
        *(
            f"{card}.{part}"
            for card in ("title_card", "lower_third", "end_card")
            for part in ("background", "text_colour")
        ),
        "caption.colour",
        "caption.highlight_colour",
        "caption.outline_colour",
    ),
    "fonts": ("fonts", "caption.font_family"),
}


def path_locked(path: str, locked_groups: list[str] | tuple[str, ...]) -> str | None:
    """The locked group that covers the dotted field `path`, or None."""
    for group in locked_groups:
        for prefix in LOCKABLE_GROUPS.get(group, ()):
            if path == prefix or path.startswith(prefix + "."):
                return group
    return None


# Colour helpers (WCAG 2.x) ---------------------------------------------------------------
def parse_hex(colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' or '#RGB' -> (r, g, b); raises InvalidInput on anything else."""
    text = (colour or "").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) == 8:  # #AARRGGBB: alpha ignored for contrast
        text = text[2:]
    try:
        if len(text) != 6:
            raise ValueError
        return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)
    except ValueError:
        raise InvalidInput(
            f"Warna {colour!r} tidak valid (contoh: #0B4F8A).",
            f"Invalid colour {colour!r} (example: #0B4F8A).",
        ) from None


def relative_luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255.0
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = parse_hex(colour)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio 1..21 between two opaque colours."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    hi, lo = max(a, b), min(a, b)
    return (hi + 0.05) / (lo + 0.05)


def blend(top: str, bottom: str, opacity: float) -> str:
    """`top` painted with `opacity` over `bottom`, as an opaque '#RRGGBB'."""
    t, b = parse_hex(top), parse_hex(bottom)
    mixed = (round(tc * opacity + bc * (1 - opacity)) for tc, bc in zip(t, b, strict=True))
    return "#" + "".join(f"{v:02X}" for v in mixed)


# version -> function upgrading a dict of that version to version + 1
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _build(cls: type, data: dict[str, Any]):
    """Dataclass from a dict, ignoring unknown keys and filling missing ones with defaults.

    A value of the wrong type (a hand-edited or damaged kit) is converted when it can be
    ("72" -> 72) and otherwise replaced by the default, so painting never meets a bad type.
    """
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        sub = _NESTED.get(f.name)
        if sub is not None:
            if not isinstance(value, dict):
                continue
            value = _build(sub, value)
        elif f.name == "files":
            value = tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()
        else:
            default = f.default
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    continue
            elif isinstance(default, int | float | str):
                try:
                    value = type(default)(value)
                except (TypeError, ValueError):
                    continue
        kwargs[f.name] = value
    return cls(**kwargs)


_NESTED: dict[str, type] = {
    "palette": Palette,
    "fonts": Fonts,
    "logo": LogoPlacement,
    "title_card": CardStyle,
    "lower_third": CardStyle,
    "end_card": CardStyle,
    "caption": CaptionStyle,
}
