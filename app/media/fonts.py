"""Fonts for overlays: the bundled OFL fonts in assets/fonts/, kit fonts, installed fonts.

A family that is neither bundled, embedded in the kit nor installed falls back to the
bundled Inter with a warning (logged once per family), so a render never fails on a font.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from app.core.errors import InvalidInput
from app.resources import fonts_dir

log = logging.getLogger(__name__)

FONTS_DIR = fonts_dir()
FALLBACK_FAMILY = "Inter"
FONT_SUFFIXES = (".ttf", ".otf")

_bundled_loaded = False
_bundled_families: list[str] = []
_registered: dict[str, tuple[str, ...]] = {}  # file path -> families it provides
_warned: set[str] = set()


def ensure_fonts_loaded() -> list[str]:
    """Register the bundled fonts with QFontDatabase (once); returns their families.

    Needs a QGuiApplication (see app.media.qt_app.ensure_gui_application).
    """
    global _bundled_loaded, _bundled_families
    if _bundled_loaded:
        return list(_bundled_families)
    families: set[str] = set()
    for path in sorted(FONTS_DIR.glob("*")):
        if path.suffix.lower() in FONT_SUFFIXES:
            try:
                families.update(register_font_file(path))
            except InvalidInput as exc:  # a damaged bundled file must not stop the app
                log.warning("%s", exc.message_en)
    _bundled_loaded = True
    _bundled_families = sorted(families)
    return list(_bundled_families)


def _add_font(path: Path) -> tuple[int, tuple[str, ...]]:
    """Add a font file to QFontDatabase: (font id, families); InvalidInput when it is
    missing or not a font."""
    if not path.is_file():
        raise InvalidInput(
            f"Berkas fon {path.name} tidak ditemukan ({path}).",
            f"Font file {path.name} is missing ({path}).",
        )
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()
    if not families:
        raise InvalidInput(
            f"Berkas fon {path.name} rusak atau bukan fon TrueType/OpenType.",
            f"Font file {path.name} is broken or not a TrueType/OpenType font.",
        )
    return font_id, families


def register_font_file(path: Path) -> tuple[str, ...]:
    """Register one font file; raises InvalidInput when it is missing or not a font."""
    key = str(Path(path).resolve())
    if key not in _registered or not Path(path).is_file():  # a file gone since is an error
        _registered[key] = _add_font(Path(path))[1]
    return _registered[key]


def check_font_file(path: Path) -> tuple[str, ...]:
    """The families a font file provides, without keeping it registered: a file that is
    about to go away (a kit being imported, extracted to a temporary folder) must not stay
    behind as the face Qt picks for its family, or text falls back to another font."""
    font_id, families = _add_font(Path(path))
    QFontDatabase.removeApplicationFont(font_id)
    return families


def font_file_families(path: Path) -> tuple[str, ...]:
    """Families a font file provides (registering it); InvalidInput when broken."""
    return register_font_file(path)


def family_available(family: str) -> bool:
    if not _bundled_loaded:
        ensure_fonts_loaded()
    return family in QFontDatabase.families()


def resolve_family(family: str) -> str:
    """`family` when Qt knows it, else the bundled fallback (warning once)."""
    if family and family_available(family):
        return family
    if family not in _warned:
        _warned.add(family)
        log.warning(
            "Font %r is not installed or bundled; using %s instead.", family, FALLBACK_FAMILY
        )
    return FALLBACK_FAMILY


def bundled_font_files() -> list[Path]:
    return [p for p in sorted(FONTS_DIR.glob("*")) if p.suffix.lower() in FONT_SUFFIXES]


def files_for_family(family: str) -> list[Path]:
    """Bundled or registered font files that provide `family` (to embed them in a kit)."""
    ensure_fonts_loaded()
    return [Path(p) for p, fams in _registered.items() if family in fams]


def libass_fonts_dir(extra_files: list[Path], cache_dir: Path) -> Path:
    """One folder for libass (it takes only one): the bundled fonts plus `extra_files`.

    Built under a private name and renamed into place, so parallel render workers never
    see a half-copied folder.
    """
    extra = [f for f in extra_files if f.is_file()]
    if not extra:
        return FONTS_DIR
    key = hashlib.sha256("\n".join(sorted(str(f) for f in extra)).encode()).hexdigest()[:16]
    folder = cache_dir / f"fonts-{key}"
    if not folder.is_dir():
        staging = folder.with_name(f"{folder.name}.{os.getpid()}-{threading.get_ident()}")
        staging.mkdir(parents=True, exist_ok=True)
        for f in [*bundled_font_files(), *extra]:
            shutil.copyfile(f, staging / f.name)
        try:
            staging.rename(folder)
        except OSError:  # another process was first: its folder has the same fonts
            shutil.rmtree(staging, ignore_errors=True)
    return folder
