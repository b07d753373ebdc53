"""Kilas's icons: Lucide SVGs bundled in assets/icons (ISC licence), tinted for the theme.

`icon("play")` is the one way a widget gets an icon. The SVGs draw with `currentColor`;
the colour is put in before rendering, with a lighter one for the disabled state, so icons
follow the palette instead of being black on navy or grey on grey.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.errors import KilasError
from app.resources import asset_path
from app.ui.style.theme import PALETTE

# The sizes Qt asks for on toolbars, lists and buttons (and their 2× for HiDPI screens).
_SIZES_PX = (16, 18, 20, 24, 32, 40, 48, 64)


def icons_dir() -> Path:
    """The bundled icon folder (assets/icons)."""
    return asset_path("icons")


def icon_path(name: str) -> Path:
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        raise KilasError(
            f"Ikon {name!r} tidak ada di {icons_dir()}; pasang ulang Kilas.",
            f"Icon {name!r} is missing from {icons_dir()}; reinstall Kilas.",
        )
    return path


def _pixmap(svg: bytes, size_px: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size_px, size_px)
    pixmap.fill(Qt.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size_px, size_px))
    painter.end()
    return pixmap


@cache
def icon(name: str, colour: str = PALETTE.icon, selected: str | None = None) -> QIcon:
    """The Lucide icon `name` drawn in `colour` (default: the theme's icon colour), and in
    `selected` where its list item is selected (the navigation: light on navy, dark on amber)."""
    source = icon_path(name).read_bytes()
    result = QIcon()
    tints = [(QIcon.Normal, colour), (QIcon.Disabled, PALETTE.border_strong)]
    if selected is not None:
        tints.append((QIcon.Selected, selected))
    for mode, tint in tints:
        svg = source.replace(b"currentColor", tint.encode())
        for size_px in _SIZES_PX:
            result.addPixmap(_pixmap(svg, size_px), mode)
    return result
