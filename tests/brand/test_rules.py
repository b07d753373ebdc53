"""Pure rules: brand document, visual templates, preflight findings."""

from __future__ import annotations

import json

import pytest

from app.core import preflight as rules
from app.core.brand import BrandStyle, contrast_ratio, path_locked
from app.core.errors import InvalidInput
from app.core.platforms import STRICTEST_BOX
from app.core.preflight import Area, MissingMedia, PreflightInput
from app.core.visual_templates import (
    apply_caption_look,
    fill_text,
    format_date_id,
    layout,
    parse_template,
)
from app.resources.templates import load_caption_looks, load_overlay_templates


def test_bundled_templates_fit_the_strictest_safe_box_with_readable_text():
    templates = load_overlay_templates()
    kinds = [t.kind for t in templates.values()]
    assert kinds.count("title_card") >= 3 and kinds.count("lower_third") >= 3
    assert kinds.count("end_card") >= 2
    x0, y0, x1, y1 = STRICTEST_BOX
    for tpl in templates.values():
        bx0, by0, bx1, by1 = tpl.bbox
        assert bx0 >= x0 and by0 >= y0 and bx1 <= x1 and by1 <= y1, tpl.name
        assert all(e.size_px >= 55 for e in tpl.elements if e.kind == "text"), tpl.name


def test_default_brand_passes_contrast_on_every_template():
    fields = {
        "title": "Layanan 112",
        "date": "1 Mei 2026",
        "name": "Budi",
        "role": "Camat",
        "cta": "Ikuti kami",
        "handle": "@humas",
        "organisation": "Pemkab",
    }
    for tpl in load_overlay_templates().values():
        for el in layout(tpl, BrandStyle(), fields):
            if el.kind == "text" and el.background:
                need = rules.aa_threshold(el.size_px, el.bold)
                assert contrast_ratio(el.colour, el.background) >= need, (tpl.name, el.id)


def test_fields_are_filled_from_the_project_and_brand():
    brand = BrandStyle(handle="@kominfo", organisation="Diskominfo")
    tpl = load_overlay_templates()["end-cta"]
    texts = {
        e.id: e.text for e in layout(tpl, brand, {"cta": "Simpan nomor 112"}) if e.kind == "text"
    }
    assert texts == {"organisation": "Diskominfo", "cta": "Simpan nomor 112", "handle": "@kominfo"}
    assert fill_text("{title} {unknown}", {"title": "A"}) == "A"
    assert format_date_id(__import__("datetime").date(2026, 11, 23)) == "23 November 2026"


def test_caption_looks_apply_font_size_colours_outline():
    looks = load_caption_looks()
    assert len(looks) >= 2
    look = looks["lembut-gelap"]
    cap = apply_caption_look(BrandStyle().caption, look)
    assert (cap.look, cap.font_family, cap.size_px, cap.outline_colour) == (
        "lembut-gelap",
        "Lato",
        look.size_px,
        look.outline_colour,
    )


def test_brand_document_round_trips_and_refuses_newer_version():
    style = BrandStyle(organisation="Pemkot", handle="@x").with_path("palette.primary", "#123456")
    assert BrandStyle.from_dict(style.to_dict()) == style
    data = style.to_dict() | {"version": 99}
    with pytest.raises(InvalidInput) as exc:
        BrandStyle.from_dict(data)
    assert "newer" in exc.value.message("en")


def test_locked_groups_cover_logo_colours_fonts():
    assert path_locked("logo.width_px", ["logo"]) == "logo"
    assert path_locked("palette.primary", ["colours"]) == "colours"
    assert path_locked("title_card.text_colour", ["colours"]) == "colours"
    assert path_locked("caption.font_family", ["fonts"]) == "fonts"
    assert path_locked("title_card.template", ["logo", "colours", "fonts"]) is None


def test_bad_template_is_reported_clearly():
    with pytest.raises(InvalidInput):
        parse_template("{not json", "x")
    with pytest.raises(InvalidInput):
        parse_template(json.dumps({"kind": "title_card", "version": 5, "elements": []}), "x")


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def _input(**kw) -> PreflightInput:
    base = dict(platforms=("tiktok", "reels", "shorts"), has_subtitles=True, estimated_s=50)
    return PreflightInput(**(base | kw))


def test_preflight_names_shot_and_element_with_severity_and_fix():
    areas = (
        Area("logo", "logo", (900, 200, 1000, 260)),
        Area(
            "lower_third.name",
            "text",
            (100, 900, 800, 990),
            shot_id=7,
            shot_number=3,
            size_px=40,
            bold=True,
            colour="#FFFFFF",
            background="#0B4F8A",
        ),
        Area(
            "title_card.date",
            "text",
            (100, 700, 800, 780),
            shot_id=5,
            shot_number=1,
            size_px=56,
            bold=False,
            colour="#F2A900",
            background="#145389",
        ),
        Area("captions", "caption", (95, 1100, 900, 1240), size_px=72, colour="#FFFFFF"),
    )
    findings = rules.run_rules(
        _input(areas=areas, missing_media=(MissingMedia("footage", "a.mp4", 9, 2),))
    )
    by_key = {f.key: f for f in findings}
    assert by_key["safe_zone:logo:0"].severity == "error"
    assert by_key["safe_zone:logo:0"].fix == rules.FIX_MOVE_INTO_SAFE_ZONE
    small = by_key["text_size:lower_third.name:7"]
    assert small.shot_number == 3 and small.fix == rules.FIX_RAISE_TEXT_SIZE
    assert "Shot 3" in small.message("en") and "40 px" in small.message("id")
    contrast = by_key["contrast:title_card.date:5"]
    assert contrast.severity == "warning" and "4.0:1" in contrast.message("en")
    assert by_key["contrast:captions:0"].fix == rules.FIX_CAPTION_OUTLINE
    assert by_key["missing_media:footage:9"].severity == "error"
    assert rules.has_errors(findings)
    assert findings[0].severity == "error" and findings[-1].severity == "warning"


def test_preflight_duration_and_subtitles():
    over_target = rules.run_rules(_input(estimated_s=75, target_s=60))
    assert [(f.rule, f.severity) for f in over_target] == [("duration", "warning")]
    over_platform = rules.run_rules(_input(estimated_s=200, platforms=("reels",)))
    assert [(f.rule, f.severity) for f in over_platform] == [("duration", "error")]
    no_subs = rules.run_rules(_input(has_subtitles=False, has_narration=True))
    assert [(f.rule, f.severity) for f in no_subs] == [("subtitles", "error")]
    clean = rules.run_rules(_input())
    assert clean == []


def test_damaged_brand_values_fall_back_instead_of_breaking_painting():
    data = BrandStyle().to_dict()
    data["logo"]["width_px"] = "220"
    data["caption"]["size_px"] = "besar"
    data["palette"] = "merah"
    data["fonts"]["files"] = "bukan daftar"
    style = BrandStyle.from_dict(data)
    assert style.logo.width_px == 220
    assert style.caption.size_px == BrandStyle().caption.size_px
    assert style.palette == BrandStyle().palette and style.fonts.files == ()
