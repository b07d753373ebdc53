"""Target platforms and their UI safe zones at 1080×1920 (../shared/STANDARDS.md)."""

from dataclasses import dataclass

CANVAS_W_PX = 1080
CANVAS_H_PX = 1920


@dataclass(frozen=True)
class SafeZone:
    """Margins the platform's UI covers, in pixels of the 1080×1920 canvas."""

    top_px: int
    bottom_px: int
    left_px: int
    right_px: int

    @property
    def box(self) -> tuple[int, int, int, int]:
        """(x0, y0, x1, y1) of the area free of platform UI."""
        return (
            self.left_px,
            self.top_px,
            CANVAS_W_PX - self.right_px,
            CANVAS_H_PX - self.bottom_px,
        )


@dataclass(frozen=True)
class Platform:
    key: str
    label: str
    safe_zone: SafeZone


PLATFORMS: dict[str, Platform] = {
    "tiktok": Platform("tiktok", "TikTok", SafeZone(150, 440, 65, 150)),
    "reels": Platform("reels", "Instagram Reels", SafeZone(269, 672, 65, 65)),
    "shorts": Platform("shorts", "YouTube Shorts", SafeZone(120, 480, 65, 100)),
    "whatsapp": Platform("whatsapp", "WhatsApp Status", SafeZone(150, 300, 65, 65)),
}

# The box every platform leaves free (STANDARDS.md: x 65–930, y 270–1248).
STRICTEST_BOX: tuple[int, int, int, int] = (65, 270, 930, 1248)


def strictest_box(platform_keys: list[str] | tuple[str, ...]) -> tuple[int, int, int, int]:
    """Intersection of the safe boxes of the given platforms (all platforms when empty)."""
    keys = [k for k in platform_keys if k in PLATFORMS] or list(PLATFORMS)
    boxes = [PLATFORMS[k].safe_zone.box for k in keys]
    return (
        max(b[0] for b in boxes),
        max(b[1] for b in boxes),
        min(b[2] for b in boxes),
        min(b[3] for b in boxes),
    )
