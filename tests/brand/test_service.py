"""Brand kits, .kilasbrand files and preflight through the services."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.core.errors import InvalidInput, KilasError
from app.services.brand import BrandService, FieldLocked
from app.services.brand_files import BrandFiles, KitFileInvalid, KitTooNew
from app.services.context import AppContext
from app.services.preflight import PreflightService
from app.services.projects import ProjectService
from app.services.shots import ShotService
from app.store.workspace import open_workspace

pytestmark = pytest.mark.both_backends


@pytest.fixture
def brand(ctx, qt_gui) -> BrandService:
    return ctx.service(BrandService)


def test_several_kits_one_default_and_a_project_picks_its_kit(ctx, brand):
    first = brand.ensure_default()
    second = brand.create("Kampanye Stunting")
    assert [k.name for k in brand.list_kits()] == ["Kampanye Stunting", "Kit Utama"]
    assert brand.set_default(second) == first
    assert [k.id for k in brand.list_kits() if k.is_default] == [second]
    pid = ctx.service(ProjectService).create("Cegah Stunting")
    assert brand.project_kit_id(pid) == second  # the default until the project picks one
    brand.set_project_kit(pid, first)
    assert brand.project_kit_id(pid) == first
    with pytest.raises(InvalidInput):
        brand.create("Kit Utama")  # names are unique
    snapshot = brand.delete(first)
    assert brand.project_kit_id(pid) == second
    brand.restore(snapshot)  # undo
    assert brand.project_kit_id(pid) == first


def test_locked_fields_refuse_project_edits_but_allow_others(ctx, brand):
    kit = brand.ensure_default()
    brand.set_field(kit, "palette.primary", "#003366")
    brand.set_locked(kit, ["colours", "fonts"])
    pid = ctx.service(ProjectService).create("Pajak Kendaraan")
    with pytest.raises(FieldLocked) as exc:
        brand.set_project_field(pid, "palette.primary", "#FF00FF")
    assert "locked" in exc.value.message("en")
    with pytest.raises(FieldLocked):
        brand.set_project_field(pid, "fonts.heading_family", "Lato")
    brand.set_project_field(pid, "title_card.template", "title-center")
    style = brand.project_style(pid)
    assert style.palette.primary == "#003366" and style.title_card.template == "title-center"
    # An override saved before the lock no longer applies once the kit locks it.
    brand.set_locked(kit, [])
    brand.set_project_field(pid, "palette.primary", "#FF00FF")
    brand.set_locked(kit, ["colours"])
    assert brand.project_style(pid).palette.primary == "#003366"


def test_logo_png_svg_and_opaque_warning(ctx, brand, logo_png, logo_opaque, huge_svg):
    kit = brand.ensure_default()
    assert brand.set_logo(kit, logo_png)[1] == []
    previous, warnings = brand.set_logo(kit, logo_opaque)
    assert previous is not None and "transparan" in warnings[0]
    brand.set_logo(kit, huge_svg)
    view = brand.get(kit)
    assert view.logo_path.suffix == ".svg" and view.logo_path.is_file()
    assert ctx.workspace.root in view.logo_path.parents


def _second_ctx(tmp_path: Path) -> AppContext:
    return AppContext(open_workspace(tmp_path / "Laptop Lain ü"))


def test_export_and_import_on_another_laptop(ctx, brand, logo_png, tmp_path):
    kit = brand.create("Humas Sleman")
    brand.set_field(kit, "organisation", "Pemkab Sleman")
    brand.set_field(kit, "fonts.heading_family", "Lato")
    brand.set_locked(kit, ["logo"])
    brand.set_logo(kit, logo_png)
    out = ctx.service(BrandFiles).export_kit("Humas Sleman", tmp_path / "kit humas")
    assert out.name == "kit humas.kilasbrand"
    names = zipfile.ZipFile(out).namelist()
    manifest = json.loads(zipfile.ZipFile(out).read("manifest.json"))
    assert manifest["format_version"] == 1 and manifest["style"]["version"] == 1
    assert "fonts/Lato-Bold.ttf" in names and "fonts/Inter-Bold.otf" in names
    other = _second_ctx(tmp_path)
    try:
        kit_id, warnings = other.service(BrandFiles).import_kit(out)
        imported = other.service(BrandService).get(kit_id)
        assert imported.name == "Humas Sleman" and imported.style.organisation == "Pemkab Sleman"
        assert imported.style.fonts.heading_family == "Lato" and imported.locked == ("logo",)
        assert imported.logo_path.is_file() and warnings == []
        # Importing again does not overwrite: a second kit with a free name.
        again, _ = other.service(BrandFiles).import_kit(out)
        assert other.service(BrandService).get(again).name == "Humas Sleman (2)"
    finally:
        other.workspace.close()


def _rewrite(src: Path, dst: Path, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        manifest = json.loads(zin.read("manifest.json"))
        items = {n: zin.read(n) for n in zin.namelist() if n != "manifest.json"}
        manifest, items = change(manifest, items)
        zout.writestr("manifest.json", json.dumps(manifest))
        for n, data in items.items():
            zout.writestr(n, data)
    return dst


def test_bad_kit_files_are_refused_clearly(ctx, brand, tmp_path):
    brand.ensure_default()
    files = ctx.service(BrandFiles)
    good = files.export_kit("Kit Utama", tmp_path / "baik.kilasbrand")
    before = len(brand.list_kits())

    newer = _rewrite(
        good, tmp_path / "baru.kilasbrand", lambda m, i: (m | {"format_version": 2}, i)
    )
    with pytest.raises(KitTooNew) as exc:
        files.import_kit(newer)
    assert "newer Kilas" in exc.value.message("en")

    corrupt = tmp_path / "rusak.kilasbrand"
    corrupt.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 3])
    with pytest.raises(KitFileInvalid):
        files.import_kit(corrupt)

    def drop_font(m, items):
        items.pop("fonts/Inter-Bold.otf")
        return m, items

    missing_font = _rewrite(good, tmp_path / "tanpa fon.kilasbrand", drop_font)
    with pytest.raises(KitFileInvalid) as exc:
        files.import_kit(missing_font)
    assert "Inter-Bold.otf" in exc.value.message("en")

    def break_font(m, items):
        items["fonts/Inter-Bold.otf"] = b"\x00\x01\x00\x00 broken"
        return m, items

    broken_font = _rewrite(good, tmp_path / "fon rusak.kilasbrand", break_font)
    with pytest.raises(KitFileInvalid) as exc:
        files.import_kit(broken_font)
    assert "broken" in exc.value.message("en")
    assert len(brand.list_kits()) == before  # nothing was imported


def test_export_refuses_kit_whose_font_file_is_gone(ctx, brand, tmp_path):
    kit = brand.ensure_default()
    font = ctx.workspace.media_dir / "fonts" / "Lato-Regular.ttf"
    from app.media.fonts import FONTS_DIR

    brand.add_font(kit, FONTS_DIR / "Lato-Regular.ttf")
    assert font.is_file()
    font.unlink()
    with pytest.raises(KilasError) as exc:
        ctx.service(BrandFiles).export_kit(kit, tmp_path / "x.kilasbrand")
    assert "Lato-Regular.ttf" in exc.value.message("en")
    assert any("Lato-Regular.ttf" in w for w in brand.register_fonts(brand.get(kit).style))


def test_preflight_finds_and_fixes_problems(ctx, brand, logo_png, landscape_clip):
    from app.services.media_library import MediaLibrary

    kit = brand.ensure_default()
    brand.set_logo(kit, logo_png)
    brand.set_field(kit, "caption.bottom_y_px", 1500)
    brand.set_field(kit, "lower_third.text_scale", 0.7)
    pid = ctx.service(ProjectService).create("Layanan 112", template="tutorial-layanan-publik")
    shots = ctx.service(ShotService).list(pid)
    asset = ctx.service(MediaLibrary).import_file(landscape_clip)
    ctx.service(ShotService).update(
        shots[1].id, media_asset_id=asset, lower_third_name="Budi", lower_third_role="Camat"
    )
    ctx.service(MediaLibrary).get(asset).path.unlink()  # the footage went missing

    service = ctx.service(PreflightService)
    findings = {f.key: f for f in service.run(pid, ["reels"])}
    assert findings["safe_zone:captions:0"].severity == "error"
    lt = findings[f"text_size:lower_third.name:{shots[1].id}"]
    assert lt.shot_number == 2 and lt.fix == "raise_text_size"
    assert findings[f"missing_media:footage:{shots[1].id}"].severity == "error"

    previous = service.apply_fix(pid, "safe_zone:captions:0", ["reels"])
    service.apply_fix(pid, lt.key, ["reels"])
    after = {f.key for f in service.run(pid, ["reels"])}
    assert "safe_zone:captions:0" not in after and lt.key not in after
    assert brand.project_style(pid).caption.bottom_y_px <= 1248
    assert brand.get(kit).style.caption.bottom_y_px == 1500  # the kit itself is untouched
    brand.set_project_overrides(pid, previous)  # undo of the first fix
    assert brand.project_style(pid).caption.bottom_y_px == 1500


def test_preflight_offers_no_fix_for_a_locked_field(ctx, brand):
    kit = brand.ensure_default()
    brand.set_field(kit, "lower_third.text_colour", "#FFE680")  # pale yellow on a near-white bar
    brand.set_field(kit, "lower_third.background", "#F5F5F5")
    brand.set_locked(kit, ["colours"])
    pid = ctx.service(ProjectService).create("Kontras")
    from app.store.models import Shot

    with ctx.session() as s:
        s.add(Shot(project_id=pid, position=0, lower_third_name="Budi", lower_third_role="Camat"))
    findings = [f for f in ctx.service(PreflightService).run(pid) if f.rule == "contrast"]
    assert findings and findings[0].element == "lower_third.name"
    assert findings[0].severity == "error" and findings[0].fix is None


def test_export_warns_about_an_installed_font_it_cannot_embed(ctx, brand, tmp_path):
    from PySide6.QtGui import QFontDatabase

    installed = next((f for f in QFontDatabase.families() if f.startswith("DejaVu")), None)
    if installed is None:
        pytest.skip("no installed DejaVu font on this machine")
    kit = brand.ensure_default()
    brand.set_field(kit, "fonts.body_family", installed)
    files = ctx.service(BrandFiles)
    files.export_kit(kit, tmp_path / "kit.kilasbrand")
    assert any(installed in w for w in files.warnings)


def test_preflight_warns_when_text_is_cut_off(ctx, brand):
    brand.ensure_default()
    pid = ctx.service(ProjectService).create("Panjang")
    from app.store.models import Shot

    role = "Kepala Bidang Pencegahan dan Pengendalian Penyakit Menular Dinas Kesehatan"
    with ctx.session() as s:
        s.add(Shot(project_id=pid, position=0, lower_third_name="Budi", lower_third_role=role))
    cut = [f for f in ctx.service(PreflightService).run(pid) if f.rule == "text_fit"]
    assert [(f.element, f.severity, f.shot_number) for f in cut] == [
        ("lower_third.role", "warning", 1)
    ]
    assert "jabatan di keterangan nama" in cut[0].message_id  # words, not the internal key
    assert "lower_third" not in cut[0].message_id + cut[0].message_en


def test_a_long_job_title_takes_a_second_line_instead_of_being_cut(ctx, brand, tmp_path):
    from PySide6.QtGui import QImage

    from app.media.overlays import card_layout, measure, paint_lower_third

    brand.ensure_default()
    style = brand.list_kits()[0].style
    role = "Kepala Bidang Layanan Darurat dan Pengaduan"
    placed = {e.id: e for e in card_layout("lower_third", style, {"name": "Rina", "role": role})}
    fit = measure(placed["role"])
    assert not fit.truncated and len(fit.lines) == 2
    assert " ".join(fit.lines) == role  # every word is there, no ellipsis
    short = paint_lower_third(style, "Rina", "Kepala Bidang", tmp_path)
    long = paint_lower_third(style, "Rina", role, tmp_path)
    assert long.height_px > short.height_px  # the exported strip grew with the bar
    assert long.y_px + long.height_px <= 1248  # still inside the safe zone
    assert not QImage(str(long.path)).isNull()
    pid = ctx.service(ProjectService).create("Dua baris")
    from app.store.models import Shot

    with ctx.session() as s:
        s.add(Shot(project_id=pid, position=0, lower_third_name="Rina", lower_third_role=role))
    assert not [f for f in ctx.service(PreflightService).run(pid) if f.rule == "text_fit"]


def test_logo_covering_text_is_found_and_moved_without_new_problems(ctx, brand, logo_png):
    kit = brand.ensure_default()
    brand.set_logo(kit, logo_png)
    brand.set_field(kit, "logo.width_px", 400)  # 400×200 in the top right reaches y 494
    pid = ctx.service(ProjectService).create("Logo besar")
    from app.store.models import Shot

    with ctx.session() as s:
        s.add(Shot(project_id=pid, position=0, on_screen_text="Tekan 112"))
    service = ctx.service(PreflightService)
    overlap = next(f for f in service.run(pid) if f.rule == "overlap")
    assert overlap.element == "on_screen_text" and overlap.fix == "move_logo"
    before = {f.key for f in service.run(pid)}
    service.apply_fix(pid, overlap.key)
    after = {f.key for f in service.run(pid)}
    assert overlap.key not in after and after <= before
    assert brand.project_style(pid).logo != brand.get(kit).style.logo
