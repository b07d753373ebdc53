"""The shared QPainter code: PNGs the renderer burns in, and the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.core.brand import BrandStyle
from app.core.errors import InvalidInput
from app.core.platforms import STRICTEST_BOX
from app.media import fonts
from app.media.logo import load_logo, logo_has_transparency
from app.media.overlays import (
    compose_preview,
    paint_end_card,
    paint_logo,
    paint_lower_third,
    paint_on_screen_text,
    paint_title_card,
    render_preview,
)

BRAND = BrandStyle(organisation="Diskominfo Kabupaten Sleman", handle="@kominfosleman")


def _inside(ov) -> bool:
    x0, y0, x1, y1 = STRICTEST_BOX
    return (
        ov.x_px >= x0
        and ov.y_px >= y0
        and ov.x_px + ov.width_px <= x1
        and ov.y_px + ov.height_px <= y1
    )


def test_overlays_are_cropped_pngs_inside_the_safe_box(tmp_path: Path, logo_png: Path):
    out = tmp_path / "overlay é"
    overlays = [
        paint_title_card(
            BRAND, {"title": "Layanan Darurat 112 Gratis", "date": "23 November 2026"}, out
        ),
        paint_lower_third(BRAND, "dr. Siti Rahmawati", "Kepala Dinas Kesehatan", out),
        paint_logo(BRAND, logo_png, out),
        paint_end_card(BRAND, {"cta": "Simpan nomor 112"}, out, logo_png),
        paint_on_screen_text(BRAND, "Telepon 112 dari ponsel apa pun", out),
    ]
    for ov in overlays:
        image = QImage(str(ov.path))
        assert (image.width(), image.height()) == (ov.width_px, ov.height_px)
        assert image.hasAlphaChannel()
        assert _inside(ov), ov
        assert ov.width_px * ov.height_px < 1080 * 1920 // 2  # cropped, not full-frame
    # The title band is the palette's primary colour at 92 % opacity.
    band = QImage(str(overlays[0].path)).pixelColor(400, 20)
    assert abs(band.blue() - 0x8A) < 12 and 0.85 < band.alphaF() < 0.97
    # The logo keeps its transparent corners.
    logo = QImage(str(overlays[2].path))
    assert (
        logo.pixelColor(0, 0).alpha() == 0
        and logo.pixelColor(logo.width() // 2, logo.height() // 2).alpha() > 150
    )


def test_lower_third_text_is_painted_in_the_brand_text_colour(tmp_path: Path):
    brand = BRAND.with_path("lower_third.text_colour", "#00FF00")
    ov = paint_lower_third(brand, "BUDI SANTOSO WIBOWO", "Camat", tmp_path)
    image = QImage(str(ov.path))
    greens = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, 96, 3)
        if image.pixelColor(x, y).green() > 200 and image.pixelColor(x, y).red() < 80
    )
    assert greens > 50


def test_compose_preview_places_overlays_where_the_renderer_would(tmp_path: Path):
    ov = paint_on_screen_text(BRAND, "Halo", tmp_path)
    frame = compose_preview(None, [ov], width_px=1080)
    assert (frame.width(), frame.height()) == (1080, 1920)
    inside = frame.pixelColor(ov.x_px + 40, ov.y_px + 40)
    assert abs(inside.blue() - 0x8A) < 25  # the band, not the grey backdrop


def test_huge_svg_logo_renders_at_the_needed_size_only(huge_svg: Path, tmp_path: Path):
    image = load_logo(huge_svg, 180)
    assert (image.width(), image.height()) == (180, 90)
    ov = paint_logo(BRAND, huge_svg, tmp_path)
    assert (ov.width_px, ov.height_px) == (180, 90)


def test_logo_without_transparency_is_detected(logo_png: Path, logo_opaque: Path, huge_svg: Path):
    assert logo_has_transparency(logo_png)
    assert not logo_has_transparency(logo_opaque)
    assert logo_has_transparency(huge_svg)


def test_unreadable_logo_gives_a_clear_error(tmp_path: Path, qt_gui):
    bad = tmp_path / "rusak.png"
    bad.write_bytes(b"not a png")
    with pytest.raises(InvalidInput) as exc:
        load_logo(bad, 100)
    assert "PNG" in exc.value.message("en")


def test_bundled_fonts_register_and_unknown_family_falls_back(qt_gui, caplog):
    families = fonts.ensure_fonts_loaded()
    assert "Inter" in families and "Lato" in families
    assert fonts.resolve_family("Inter") == "Inter"
    with caplog.at_level("WARNING"):
        assert fonts.resolve_family("Huruf Tidak Ada") == fonts.FALLBACK_FAMILY
    assert "Huruf Tidak Ada" in caplog.text


def test_broken_font_file_gives_a_clear_error(tmp_path: Path, qt_gui):
    broken = tmp_path / "Rusak.ttf"
    broken.write_bytes(b"\x00\x01\x00\x00garbage")
    with pytest.raises(InvalidInput) as exc:
        fonts.register_font_file(broken)
    assert "broken" in exc.value.message("en")
    with pytest.raises(InvalidInput) as exc:
        fonts.register_font_file(tmp_path / "Hilang.ttf")
    assert "missing" in exc.value.message("en")


def test_preview_shows_safe_zone_and_follows_every_colour_change(logo_png: Path):
    background = QImage(1280, 720, QImage.Format_RGB32)
    background.fill(QColor("#3A7D44"))
    fields = {"title": "Layanan 112", "date": "23 November 2026"}
    for i in range(12):
        brand = BRAND.with_path("palette.primary", f"#0B4F{i:02X}")
        frame = render_preview(
            brand, fields, background, logo_path=logo_png, layers=("logo", "title_card", "captions")
        )
    assert frame.width() == 405 and frame.height() == 720
    # Outside the safe box (top band) the shading tints the green frame red.
    top = frame.pixelColor(200, 20)
    assert top.red() > 80


def test_oversized_raster_logo_is_refused_with_advice(tmp_path: Path, qt_gui):
    from tests.media_factory import make_image

    big = make_image(tmp_path / "logo raksasa.png", size="5000x4000", color="red")
    with pytest.raises(InvalidInput) as exc:
        load_logo(big, 180)
    assert "SVG" in exc.value.message("en") and "5000×4000" in exc.value.message("id")
