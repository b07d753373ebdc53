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
    heading_family: str = "Montserrat"
    body_family: str = "Montserrat"
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


@dataclass(frozen=True)
class CaptionStyle:
    template: str = "short-bold"  # templates/captions/
    font_family: str = "Montserrat"
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
    lower_third: CardStyle = field(default_factory=lambda: CardStyle(template="lt-bar", duration_s=4.0))
    end_card: CardStyle = field(default_factory=lambda: CardStyle(template="end-cta", duration_s=3.0))
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


# version -> function upgrading a dict of that version to version + 1
_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def _build(cls: type, data: dict[str, Any]):
    """Dataclass from a dict, ignoring unknown keys and filling missing ones with defaults."""
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        sub = _NESTED.get(f.name)
        if sub is not None and isinstance(value, dict):
            value = _build(sub, value)
        elif f.name == "files":
            value = tuple(value or ())
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
