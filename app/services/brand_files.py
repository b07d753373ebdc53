"""`.kilasbrand` files: one brand kit as a zip (versioned manifest, logo, fonts).

Layout of the zip:
    manifest.json   {"format": "kilasbrand", "format_version": 1, "name", "style", "locked",
                     "logo": "logo/<file>" | null, "fonts": ["fonts/<file>", ...]}
    logo/<file>     the logo (PNG or SVG)
    fonts/<file>    every font file the kit uses (embedded + bundled files of its families)

A file from a newer Kilas (format_version or style version too high) is refused clearly; a
damaged zip, a missing manifest, or a missing/broken font file gives a clear KilasError and
changes nothing in the workspace.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path, PurePosixPath

from app.core.brand import BRAND_DATA_VERSION, LOCKABLE_GROUPS, BrandStyle
from app.core.errors import InvalidInput, KilasError
from app.core.overwrite import Overwrite
from app.media.outputs import write_output
from app.media.safe_zip import (
    UnsafeArchive,
    ZipLimits,
    check_archive,
    read_member,
    safe_member_name,
)
from app.services.brand import BrandService
from app.services.context import AppContext

KIT_FORMAT = "kilasbrand"
KIT_FORMAT_VERSION = 1
SUFFIX = ".kilasbrand"
# A kit holds a manifest, a logo and a few fonts, not videos: limits checked while inflating.
KIT_LIMITS = ZipLimits(max_entries=64, max_member_bytes=25_000_000, max_total_bytes=60_000_000)
MANIFEST_MAX_BYTES = 1_000_000


class KitFileInvalid(KilasError):
    """The .kilasbrand file is damaged or incomplete."""


class KitTooNew(KilasError):
    """The .kilasbrand file comes from a newer Kilas."""


def _bad(path: Path, id_detail: str, en_detail: str) -> KitFileInvalid:
    return KitFileInvalid(
        f"Berkas brand kit {path.name} tidak bisa dipakai: {id_detail}. Tidak ada yang diubah.",
        f"Brand kit file {path.name} cannot be used: {en_detail}. Nothing was changed.",
    )


class BrandFiles:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self.brand = ctx.service(BrandService)
        self.warnings: list[str] = []  # from the last export

    def export_kit(
        self, name_or_id: str | int, out: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> Path:
        """Write the kit to `out` (.kilasbrand added); notes land in `self.warnings`."""
        self.warnings = []
        from app.media import fonts
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        kit = self.brand.find(str(name_or_id))
        out = Path(out)
        if out.suffix != SUFFIX:
            out = out.with_name(out.name + SUFFIX)
        font_files: dict[str, Path] = {}
        for path in self.brand.font_paths(kit.style):
            if not path.is_file():
                raise InvalidInput(
                    f"Fon {path.name} dari brand kit hilang ({path}); tambahkan lagi lalu ekspor ulang.",
                    f"Font {path.name} of the brand kit is missing ({path}); add it again and re-export.",
                )
            font_files[path.name] = path
        self.brand.register_fonts(kit.style)
        for family in {
            kit.style.fonts.heading_family,
            kit.style.fonts.body_family,
            kit.style.caption.font_family,
        }:
            found = fonts.files_for_family(family)
            if not found:
                # An installed system font: Qt does not say which file it is, so it cannot
                # travel with the kit; the other laptop falls back to Inter with a warning.
                self.warnings.append(
                    self.ctx.msg(
                        f"Fon {family!r} terpasang di sistem dan tidak ikut dalam berkas kit; "
                        "tambahkan berkas .ttf/.otf-nya ke kit agar ikut.",
                        f"Font {family!r} is installed on this system and is not in the kit file; "
                        "add its .ttf/.otf file to the kit so it travels with it.",
                    )
                )
            for path in found:
                font_files.setdefault(path.name, path)
        if kit.logo_path is not None and kit.logo_missing:
            raise InvalidInput(
                f"Berkas logo brand kit hilang ({kit.logo_path}).",
                f"The brand kit's logo file is missing ({kit.logo_path}).",
            )
        style = kit.style.with_path("fonts.files", [f"fonts/{n}" for n in sorted(font_files)])
        manifest = {
            "format": KIT_FORMAT,
            "format_version": KIT_FORMAT_VERSION,
            "name": kit.name,
            "style": style.to_dict(),
            "locked": list(kit.locked),
            "logo": f"logo/{kit.logo_path.name}" if kit.logo_path else None,
            "fonts": [f"fonts/{n}" for n in sorted(font_files)],
        }

        def write(tmp: Path) -> None:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
                if kit.logo_path is not None:
                    zf.write(kit.logo_path, manifest["logo"])
                for name, path in sorted(font_files.items()):
                    zf.write(path, f"fonts/{name}")

        return write_output(out, write, overwrite)

    def read_manifest(self, path: Path) -> dict:
        path = Path(path)
        if not path.is_file():
            raise KitFileInvalid(f"Berkas {path} tidak ada.", f"File {path} does not exist.")
        try:
            check_archive(path, KIT_LIMITS)  # before anything is read for real
        except UnsafeArchive as exc:
            raise _bad(path, exc.reason_id, exc.reason_en) from None
        try:
            with zipfile.ZipFile(path) as zf:
                try:
                    raw = read_member(zf, "manifest.json", MANIFEST_MAX_BYTES, path)
                    manifest = json.loads(raw.decode("utf-8"))
                except KeyError:
                    raise _bad(
                        path, "manifest.json tidak ada", "manifest.json is missing"
                    ) from None
        except zipfile.BadZipFile:
            raise _bad(path, "bukan zip atau rusak", "not a zip file or damaged") from None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _bad(path, "manifest.json rusak", "manifest.json is damaged") from None
        if not isinstance(manifest, dict) or manifest.get("format") != KIT_FORMAT:
            raise _bad(path, "bukan brand kit Kilas", "not a Kilas brand kit")
        version = int(manifest.get("format_version") or 0)
        style_version = int((manifest.get("style") or {}).get("version") or 1)
        if version > KIT_FORMAT_VERSION or style_version > BRAND_DATA_VERSION:
            raise KitTooNew(
                f"Brand kit {path.name} dibuat Kilas yang lebih baru (format {version}). "
                "Perbarui Kilas untuk mengimpornya.",
                f"Brand kit {path.name} was made by a newer Kilas (format {version}). "
                "Update Kilas to import it.",
            )
        return manifest

    def import_kit(self, path: Path, name: str | None = None) -> tuple[int, list[str]]:
        """Import a .kilasbrand file as a new kit; returns (kit id, warnings)."""
        from app.media import fonts
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        path = Path(path)
        manifest = self.read_manifest(path)
        try:
            style = BrandStyle.from_dict(manifest.get("style") or {})
        except (TypeError, ValueError) as exc:
            raise _bad(path, f"gaya tidak valid ({exc})", f"invalid style ({exc})") from None
        warnings: list[str] = []
        with (
            tempfile.TemporaryDirectory(prefix="kilasbrand-") as tmp_dir,
            zipfile.ZipFile(path) as zf,
        ):
            members = set(zf.namelist())
            extracted: dict[str, Path] = {}
            wanted = [m for m in [manifest.get("logo"), *(manifest.get("fonts") or [])] if m]
            for member in wanted:
                safe = safe_member_name(path, str(member))
                if member not in members:
                    raise _bad(
                        path,
                        f"berkas {member} tidak ada di dalam kit",
                        f"file {member} is missing from the kit",
                    )
                target = Path(tmp_dir) / safe.parts[0] / safe.name
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    target.write_bytes(read_member(zf, member, KIT_LIMITS.max_member_bytes, path))
                except OSError as exc:
                    raise _bad(
                        path, f"{member} rusak ({exc})", f"{member} is damaged ({exc})"
                    ) from None
                extracted[member] = target
            # Check every font before touching the workspace.
            for member in manifest.get("fonts") or []:
                try:
                    fonts.check_font_file(extracted[member])
                except KilasError:
                    raise _bad(
                        path,
                        f"fon {PurePosixPath(member).name} rusak",
                        f"font {PurePosixPath(member).name} is broken",
                    ) from None
            logo_member = manifest.get("logo")
            if logo_member:
                from app.media.logo import logo_natural_size

                try:
                    logo_natural_size(extracted[logo_member])
                except KilasError:
                    raise _bad(path, "logo rusak", "the logo is broken") from None
            # Fonts the app already bundles are not copied again.
            bundled = {p.name: p for p in fonts.bundled_font_files()}
            font_dir = self.ctx.workspace.media_dir / "fonts"
            font_dir.mkdir(parents=True, exist_ok=True)
            files: list[str] = []
            for member in manifest.get("fonts") or []:
                src = extracted[member]
                if src.name in bundled and bundled[src.name].read_bytes() == src.read_bytes():
                    continue
                target = font_dir / src.name
                if target.exists() and target.read_bytes() != src.read_bytes():
                    target = font_dir / f"{src.stem}-{path.stem}{src.suffix}"
                shutil.copyfile(src, target)
                fonts.register_font_file(target)
                files.append(target.relative_to(self.ctx.workspace.root).as_posix())
            style = style.with_path("fonts.files", files)
            kit_name = self.brand.free_name(name or str(manifest.get("name") or path.stem))
            kit_id = self.brand.create(kit_name, style)
            asked = [g for g in manifest.get("locked") or [] if isinstance(g, str)]
            locked = [g for g in asked if g in LOCKABLE_GROUPS]
            if len(locked) != len(asked):
                warnings.append(
                    self.ctx.msg(
                        "Sebagian kunci tidak dikenal dan diabaikan.",
                        "Some locks were unknown and were ignored.",
                    )
                )
            self.brand.set_locked(kit_id, locked)
            if logo_member:
                _, logo_warnings = self.brand.set_logo(kit_id, extracted[logo_member])
                warnings.extend(logo_warnings)
        return kit_id, warnings
