"""Reading pictures at the size they are shown: card thumbnails, print and animatic frames.

QImageReader.setScaledSize lets the JPEG decoder skip most of a 50-megapixel photo's pixels
(DCT scaling), so a thumbnail never holds the full image in memory. WebP is read by Qt's
image plugin, with Pillow as a fallback. HEIC (iPhone photos) is recognised and refused with
a message that says how to convert it. QImage (not QPixmap) is safe off the GUI thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from PIL import ImageOps
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen

from app.core.errors import KilasError
from app.media.probe import MediaUnreadable, open_image

# Formats Kilas accepts as card pictures (QImageReader names); Qt can also "read" PDF and SVG
# files, which are not photos and which the media library could not probe.
ACCEPTED_FORMATS = {"jpeg", "jpg", "png", "webp", "bmp", "gif", "tiff", "tif"}
HEIC_SUFFIXES = {".heic", ".heif", ".hif"}
_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# Thumbnail sizes on disk (longest side, px): a zoom level uses the next tier up.
THUMB_TIERS_PX = (160, 320, 640, 1280)

# A 50-megapixel PNG needs ~200 MB as RGBA; Qt's default limit is 256 MB. Leave headroom.
QImageReader.setAllocationLimit(1024)


class ImageUnsupported(KilasError):
    """The file is not a picture Kilas can use."""


class HeicUnsupported(ImageUnsupported):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"{name} berformat HEIC (foto iPhone) yang belum bisa dibaca Kilas. Ubah ke JPG "
            "dulu: di iPhone pilih Pengaturan › Kamera › Format › Paling Kompatibel, atau "
            "kirim foto lewat WhatsApp/AirDrop sebagai JPG, lalu seret lagi ke sini.",
            f"{name} is a HEIC image (iPhone photo), which Kilas cannot read yet. Convert it "
            "to JPG first: on the iPhone choose Settings › Camera › Formats › Most Compatible, "
            "or send the photo as JPG (WhatsApp/AirDrop), then drop it here again.",
        )


def is_heic(path: Path) -> bool:
    path = Path(path)
    if path.suffix.lower() in HEIC_SUFFIXES:
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return False
    return head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS


def image_format(path: Path) -> str:
    """The picture format by content ('jpeg', 'png', 'webp', ...); raises ImageUnsupported."""
    path = Path(path)
    if not path.is_file():
        raise ImageUnsupported(f"Berkas tidak ditemukan: {path}", f"File not found: {path}")
    if is_heic(path):
        raise HeicUnsupported(path.name)
    fmt = bytes(QImageReader.imageFormat(str(path))).decode().lower()
    if fmt in ACCEPTED_FORMATS:
        return fmt
    pil_fmt = _pillow_format(path)
    if pil_fmt:
        return pil_fmt
    raise ImageUnsupported(
        f"{path.name} bukan gambar yang bisa dipakai (JPG, PNG, WebP, BMP, GIF, TIFF).",
        f"{path.name} is not a usable picture (JPG, PNG, WebP, BMP, GIF, TIFF).",
    )


def _pillow_format(path: Path) -> str:
    try:
        with open_image(path) as img:
            fmt = (img.format or "").lower()
    except MediaUnreadable:  # a picture, but too large to open: say that, not "not a picture"
        raise
    except Exception:  # Pillow raises many types for non-images
        return ""
    return fmt if fmt in ACCEPTED_FORMATS else ""


def image_size(path: Path) -> tuple[int, int]:
    """(width_px, height_px) after EXIF rotation, read from the header only."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        if reader.transformation().value & 4:  # Rotate90 bit: width and height swap
            return size.height(), size.width()
        return size.width(), size.height()
    with open_image(path) as img:
        return img.size


def load_scaled(path: Path, max_w_px: int, max_h_px: int, cover: bool = False) -> QImage:
    """The picture scaled to fit (or, with cover, to fill) max_w×max_h; never upscaled.

    Decoding happens at (about) the target size, so a 50-megapixel JPEG costs little.
    """
    path = Path(path)
    image_format(path)  # clear errors for HEIC / non-images / missing files
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    src = reader.size()
    if src.isValid() and not (reader.transformation().value & 4):
        w, h = src.width(), src.height()
    elif src.isValid():
        w, h = src.height(), src.width()
    else:
        w = h = 0
    if w > 0 and h > 0:
        factor = (max if cover else min)(max_w_px / w, max_h_px / h)
        if factor < 1.0:
            target = QSize(max(1, round(w * factor)), max(1, round(h * factor)))
            if reader.transformation().value & 4:
                target = target.transposed()
            reader.setScaledSize(target)
        image = reader.read()
        if not image.isNull():
            return image
    return _load_with_pillow(path, max_w_px, max_h_px, cover)


def _load_with_pillow(path: Path, max_w_px: int, max_h_px: int, cover: bool) -> QImage:
    """For files Qt's plugins cannot decode (e.g. a WebP without the Qt plugin)."""
    try:
        with open_image(path) as img:
            img = ImageOps.exif_transpose(img).convert("RGBA")
            w, h = img.size
            factor = (max if cover else min)(max_w_px / w, max_h_px / h)
            if factor < 1.0:
                img = img.resize((max(1, round(w * factor)), max(1, round(h * factor))))
            data = img.tobytes("raw", "RGBA")
            qimg = QImage(data, img.width, img.height, img.width * 4, QImage.Format_RGBA8888)
            return qimg.copy()  # own the pixels; `data` dies with this frame
    except Exception as exc:
        raise ImageUnsupported(
            f"Gambar rusak atau tidak bisa dibaca: {path.name}",
            f"The picture is damaged or unreadable: {path.name}",
        ) from exc


def tier_for(size_px: int) -> int:
    for tier in THUMB_TIERS_PX:
        if size_px <= tier:
            return tier
    return THUMB_TIERS_PX[-1]


def write_thumbnail(source: Path, target: Path, tier_px: int) -> Path:
    """Write a JPEG of `source` fitting tier×tier to `target` (atomically); returns target."""
    image = load_scaled(source, tier_px, tier_px)
    if image.hasAlphaChannel():  # sketches and PNG logos: flatten onto white for JPEG
        flat = QImage(image.size(), QImage.Format_RGB32)
        flat.fill(Qt.white)
        p = QPainter(flat)
        p.drawImage(0, 0, image)
        p.end()
        image = flat
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.stem}.{os.getpid()}.part.jpg")
    if not image.save(str(tmp), "JPEG", 85):
        raise ImageUnsupported(
            f"Gambar kecil tidak bisa ditulis ke {target.parent}.",
            f"Could not write the thumbnail to {target.parent}.",
        )
    tmp.replace(target)
    return target


def placeholder(width_px: int, height_px: int, text: str, missing: bool = False) -> QImage:
    """A grey card face with a short note, for cards without (or with a lost) picture."""
    image = QImage(width_px, height_px, QImage.Format_RGB32)
    image.fill(QColor("#f3e4e4" if missing else "#e6e8eb"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(
        QPen(QColor("#b03a3a" if missing else "#9aa1a9"), max(1, width_px // 120), Qt.DashLine)
    )
    m = max(2, width_px // 30)
    p.drawRect(m, m, width_px - 2 * m, height_px - 2 * m)
    font = QFont()
    font.setPixelSize(max(9, min(width_px, height_px) // 9))
    p.setFont(font)
    p.setPen(QColor("#8a2a2a" if missing else "#5f6770"))
    p.drawText(image.rect().adjusted(m, m, -m, -m), Qt.AlignCenter | Qt.TextWordWrap, text)
    p.end()
    return image


def cover_crop(
    image: QImage, width_px: int, height_px: int, focus_x: float = 0.5, focus_y: float = 0.5
) -> QImage:
    """Scale to fill width×height and crop around the focus point (0..1 of the picture)."""
    if image.isNull():
        return image
    factor = max(width_px / image.width(), height_px / image.height())
    scaled = image.scaled(
        max(width_px, round(image.width() * factor)),
        max(height_px, round(image.height() * factor)),
        Qt.IgnoreAspectRatio,
        Qt.SmoothTransformation,
    )
    x = round(min(max(focus_x * scaled.width() - width_px / 2, 0), scaled.width() - width_px))
    y = round(min(max(focus_y * scaled.height() - height_px / 2, 0), scaled.height() - height_px))
    return scaled.copy(x, y, width_px, height_px)
