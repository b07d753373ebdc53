"""Logo files (PNG, JPEG or SVG) loaded at the size they are needed.

An SVG is rendered straight at the target width, so a 10 000-pixel drawing never becomes a
10 000-pixel bitmap; a large raster is decoded scaled when the format allows it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.core.errors import InvalidInput

LOGO_SUFFIXES = (".png", ".svg", ".jpg", ".jpeg", ".webp")
_cache: dict[tuple[str, int, int], QImage] = {}
MAX_RASTER_PIXELS = 4000 * 4000  # a PNG/JPEG logo larger than this is refused clearly


def _unreadable(path: Path, detail: str = "") -> InvalidInput:
    return InvalidInput(
        f"Logo {path.name} tidak bisa dibaca{': ' + detail if detail else ''}. Gunakan PNG atau SVG.",
        f"Logo {path.name} cannot be read{': ' + detail if detail else ''}. Use a PNG or SVG.",
    )


SVG_MAX_BYTES = 5_000_000
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# Written back with the usual prefixes, so Qt's SVG reader sees plain <svg>, xlink:href.
ET.register_namespace("", "http://www.w3.org/2000/svg")
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


def safe_svg_bytes(path: Path) -> bytes:
    """The SVG with everything that reaches outside the file removed.

    An SVG may point at other files (<image href="file:///…">, CSS url(), @import) or
    declare entities; drawn into every video, that would publish whatever it points at. Only
    references inside the drawing (#id) and embedded data: images are kept."""
    path = Path(path)
    raw = path.read_bytes()
    if len(raw) > SVG_MAX_BYTES:
        raise _unreadable(path, "SVG lebih dari 5 MB / SVG over 5 MB")
    if b"<!DOCTYPE" in raw.upper() or b"<!ENTITY" in raw.upper():
        raise _unreadable(
            path, "SVG dengan DOCTYPE/ENTITY ditolak / SVG with DOCTYPE or ENTITY refused"
        )
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise _unreadable(path, f"SVG rusak / damaged SVG ({exc})") from None
    for parent in list(root.iter()):
        for child in list(parent):
            tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            href = child.get("href") or child.get(_XLINK_HREF) or ""
            outside = bool(href) and not href.startswith(("#", "data:"))
            if (
                tag in ("script", "foreignObject")
                or (tag == "style" and _css_reaches_out(child.text))
                or outside
            ):
                parent.remove(child)
            else:
                for key, value in list(child.attrib.items()):
                    if key == "style" and _css_reaches_out(value):
                        del child.attrib[key]
    return ET.tostring(root)


def _css_reaches_out(css: str | None) -> bool:
    text = (css or "").lower()
    return "@import" in text or ("url(" in text and "url(#" not in text.replace(" ", ""))


def _svg_renderer(path: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(QByteArray(safe_svg_bytes(path)))
    if not renderer.isValid():
        raise _unreadable(path, "SVG tidak valid / invalid SVG")
    return renderer


def logo_natural_size(path: Path) -> tuple[int, int]:
    """Width and height in pixels (an SVG's own size) without decoding the whole image."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        size = _svg_renderer(path).defaultSize()
        return max(1, size.width()), max(1, size.height())
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid():
        raise _unreadable(path, reader.errorString())
    if size.width() * size.height() > MAX_RASTER_PIXELS:
        # Decoding would need hundreds of megabytes for a picture shown 180 px wide.
        raise InvalidInput(
            f"Logo {path.name} terlalu besar ({size.width()}×{size.height()} px). Simpan ulang "
            "dengan sisi terpanjang ≤ 4000 px, atau pakai versi SVG.",
            f"Logo {path.name} is too large ({size.width()}×{size.height()} px). Save it again "
            "with the longest side ≤ 4000 px, or use the SVG version.",
        )
    return size.width(), size.height()


def load_logo(path: Path, width_px: int) -> QImage:
    """The logo `width_px` wide (aspect kept), as a premultiplied ARGB image."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"Berkas logo {path} tidak ada.", f"Logo file {path} is missing.")
    width_px = max(1, int(width_px))
    key = (str(path.resolve()), path.stat().st_mtime_ns, width_px)
    if key in _cache:
        return _cache[key]
    natural_w, natural_h = logo_natural_size(path)
    height_px = max(1, round(width_px * natural_h / natural_w))
    if path.suffix.lower() == ".svg":
        renderer = _svg_renderer(path)
        image = QImage(width_px, height_px, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing, True)
        renderer.render(painter, QRectF(0, 0, width_px, height_px))
        painter.end()
    else:
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)
        if natural_w > width_px * 2:
            reader.setScaledSize(QSize(width_px * 2, max(1, height_px * 2)))
        image = reader.read()
        if image.isNull():
            raise _unreadable(path, reader.errorString())
        image = image.convertToFormat(QImage.Format_ARGB32_Premultiplied).scaled(
            width_px, height_px, Qt.IgnoreAspectRatio, Qt.SmoothTransformation
        )
    if len(_cache) > 16:
        _cache.clear()
    _cache[key] = image
    return image


def logo_has_transparency(path: Path) -> bool:
    """True when the logo lets the video show through somewhere (SVG counts as transparent)."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        return True
    image = load_logo(path, 64)
    if not image.hasAlphaChannel():
        return False
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).alpha() < 250:
                return True
    return False
