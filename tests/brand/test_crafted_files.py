"""Crafted brand-kit files are harmless: archives that inflate, escape, or SVGs that reach out."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.core.errors import InvalidInput
from app.media.logo import load_logo, logo_natural_size
from app.services.brand import BrandService
from app.services.brand_files import BrandFiles, KitFileInvalid

MANIFEST = {
    "format": "kilasbrand",
    "format_version": 1,
    "name": "Jebakan",
    "style": {},
    "logo": None,
}


def _kit(path: Path, manifest: dict, members: dict[str, bytes | int]) -> Path:
    """A kit zip; an int member is that many zero bytes, streamed (a tiny compressed entry)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            if isinstance(data, int):
                with zf.open(name, "w") as out:
                    block = bytes(1 << 20)
                    for _ in range(data // len(block)):
                        out.write(block)
            else:
                zf.writestr(name, data)
    return path


@pytest.fixture
def files(ctx) -> BrandFiles:
    ctx.service(BrandService).ensure_default()
    return ctx.service(BrandFiles)


def test_an_archive_that_inflates_far_beyond_its_size_is_refused(files, ctx, tmp_path) -> None:
    bomb = _kit(
        tmp_path / "bom.kilasbrand",
        MANIFEST | {"fonts": ["fonts/Besar.otf"]},
        {"fonts/Besar.otf": 80 * (1 << 20)},
    )
    assert bomb.stat().st_size < 1_000_000  # 80 MB inside, under 1 MB on disk
    kits_before = len(ctx.service(BrandService).list_kits())
    with pytest.raises(KitFileInvalid) as err:
        files.import_kit(bomb)
    assert "unpacks to more than 25 MB" in err.value.message("en")
    assert len(ctx.service(BrandService).list_kits()) == kits_before
    assert not (ctx.workspace.media_dir / "fonts" / "Besar.otf").exists()


def test_entry_names_that_leave_the_archive_are_refused(files, tmp_path) -> None:
    escape = _kit(
        tmp_path / "keluar.kilasbrand",
        MANIFEST | {"fonts": ["../../../jahat.otf"]},
        {"../../../jahat.otf": b"bukan fon"},
    )
    with pytest.raises(KitFileInvalid) as err:
        files.import_kit(escape)
    assert "leaves the archive" in err.value.message("en")
    assert not (tmp_path.parent.parent / "jahat.otf").exists()


def _has_red(image: QImage) -> bool:
    return any(
        QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).blue() < 80
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
    )


def test_an_svg_logo_cannot_draw_files_from_outside(qt_gui, tmp_path) -> None:
    secret = tmp_path / "rahasia.png"
    red = QImage(200, 100, QImage.Format_ARGB32)
    red.fill(QColor("#FF0000"))
    red.save(str(secret))
    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="200" height="100"><rect width="200" height="100" fill="#0000FF"/>'
        f'<image x="0" y="0" width="200" height="100" xlink:href="file://{secret}"/>'
        f'<image x="0" y="0" width="200" height="100" href="{secret}"/>'
        f'<rect width="20" height="20" style="fill:url({secret.as_uri()})"/></svg>',
        encoding="utf-8",
    )
    image = load_logo(svg, 200)
    assert QColor(image.pixel(100, 50)).blue() > 200  # the drawing itself is still there
    assert not _has_red(image)


def test_an_svg_with_entities_is_refused(qt_gui, tmp_path) -> None:
    svg = tmp_path / "entitas.svg"
    svg.write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&x;</text></svg>',
        encoding="utf-8",
    )
    with pytest.raises(InvalidInput) as err:
        logo_natural_size(svg)
    assert "ENTITY" in err.value.message("en")
