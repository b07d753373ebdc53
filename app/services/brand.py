"""Brand kits: several per workspace, one default; a project picks its kit and may override
fields the kit does not lock. Logos (PNG or SVG) and font files live in the workspace.

Project-level overrides are stored in `Project.options["brand_overrides"]` as
`{"dotted.path": value}` and applied on top of the kit unless the kit locks that field.
Export/import of a `.kilasbrand` file lives in app.services.brand_files.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.core.brand import LOCKABLE_GROUPS, BrandStyle, path_locked
from app.core.errors import InvalidInput, KilasError, NotFound
from app.core.overwrite import Overwrite
from app.core.visual_templates import format_date_id
from app.media.outputs import copy_output
from app.services.context import AppContext
from app.store.models import BrandKit, MediaAsset, Project, Shot
from app.store.queries.projects import get_project_or_raise
from app.store.queries.shots import shots_query

DEFAULT_KIT_NAME = "Kit Utama"
OVERRIDES_KEY = "brand_overrides"


class BrandKitUnreadable(KilasError):
    """A brand kit's stored style cannot be read: nothing branded may be made from it."""


class FieldLocked(KilasError):
    """A project-level edit touched a field the kit locks."""


@dataclass(frozen=True)
class KitView:
    id: int
    name: str
    is_default: bool
    style: BrandStyle
    locked: tuple[str, ...]
    logo_path: Path | None
    logo_missing: bool


@dataclass(frozen=True)
class ProjectBrand:
    kit_name: str
    style: BrandStyle
    logo_path: Path | None
    fields: dict[str, str]


class BrandService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    # Reading --------------------------------------------------------------------------
    def _view(self, kit: BrandKit, asset: MediaAsset | None) -> KitView:
        logo_path = None
        if asset is not None:
            p = Path(asset.path)
            logo_path = self.ctx.workspace.root / p if asset.inside_workspace else p
        try:
            style = BrandStyle.from_dict(kit.data)
        except (KilasError, TypeError, ValueError, KeyError) as exc:
            reason_id = exc.message_id if isinstance(exc, KilasError) else str(exc)
            reason_en = exc.message_en if isinstance(exc, KilasError) else str(exc)
            raise BrandKitUnreadable(
                f"Brand kit {kit.name!r} tidak bisa dibaca: {reason_id}",
                f"Brand kit {kit.name!r} cannot be read: {reason_en}",
            ) from exc
        return KitView(
            id=kit.id,
            name=kit.name,
            is_default=kit.is_default,
            style=style,
            locked=tuple(kit.locked_fields or ()),
            logo_path=logo_path,
            logo_missing=logo_path is not None and not logo_path.is_file(),
        )

    def _kit(self, s, kit_id: int) -> BrandKit:
        kit = s.get(BrandKit, kit_id)
        if kit is None:
            raise NotFound(f"Brand kit {kit_id} tidak ada.", f"Brand kit {kit_id} does not exist.")
        return kit

    def list_kits(self) -> list[KitView]:
        self.ensure_default()
        with self.ctx.workspace.session() as s:
            kits = s.scalars(select(BrandKit).order_by(BrandKit.name)).all()
            return [
                self._view(k, s.get(MediaAsset, k.logo_asset_id) if k.logo_asset_id else None)
                for k in kits
            ]

    def get(self, kit_id: int) -> KitView:
        with self.ctx.workspace.session() as s:
            kit = self._kit(s, kit_id)
            return self._view(
                kit, s.get(MediaAsset, kit.logo_asset_id) if kit.logo_asset_id else None
            )

    def find(self, name_or_id: str) -> KitView:
        for kit in self.list_kits():
            if kit.name == name_or_id or str(kit.id) == str(name_or_id):
                return kit
        names = ", ".join(k.name for k in self.list_kits())
        raise NotFound(
            f"Brand kit {name_or_id!r} tidak ada. Pilihan: {names}",
            f"No brand kit {name_or_id!r}. Available: {names}",
        )

    def ensure_default(self) -> int:
        """The default kit's id; creates 'Kit Utama' in a workspace without kits."""
        with self.ctx.workspace.session() as s:
            kit = s.scalars(select(BrandKit).where(BrandKit.is_default.is_(True))).first()
            if kit is not None:
                return kit.id
            any_kit = s.scalars(select(BrandKit).order_by(BrandKit.id)).first()
        if self.ctx.read_only:
            return any_kit.id if any_kit else 0
        try:
            with self.ctx.session() as s:
                if any_kit is not None:
                    s.get(BrandKit, any_kit.id).is_default = True
                    return any_kit.id
                kit = BrandKit(name=DEFAULT_KIT_NAME, is_default=True, data=BrandStyle().to_dict())
                s.add(kit)
                s.flush()
                return kit.id
        except IntegrityError:  # another process (a render worker) created it just now
            with self.ctx.workspace.session() as s:
                return s.scalars(select(BrandKit).where(BrandKit.name == DEFAULT_KIT_NAME)).one().id

    # Kit edits ------------------------------------------------------------------------
    def create(self, name: str, style: BrandStyle | None = None, make_default: bool = False) -> int:
        name = self.check_name(name)
        with self.ctx.session() as s:
            if make_default:
                for k in s.scalars(select(BrandKit)):
                    k.is_default = False
            kit = BrandKit(
                name=name, is_default=make_default, data=(style or BrandStyle()).to_dict()
            )
            s.add(kit)
            s.flush()
            return kit.id

    def check_name(self, name: str, exclude_id: int | None = None) -> str:
        name = (name or "").strip()
        if not name:
            raise InvalidInput("Nama brand kit kosong.", "The brand kit name is empty.")
        with self.ctx.workspace.session() as s:
            other = s.scalars(select(BrandKit).where(BrandKit.name == name)).first()
            if other is not None and other.id != exclude_id:
                raise InvalidInput(
                    f"Brand kit {name!r} sudah ada.", f"A brand kit named {name!r} already exists."
                )
        return name

    def free_name(self, name: str) -> str:
        taken = {k.name for k in self.list_kits()}
        candidate, n = name, 2
        while candidate in taken:
            candidate = f"{name} ({n})"
            n += 1
        return candidate

    def rename(self, kit_id: int, name: str) -> str:
        name = self.check_name(name, exclude_id=kit_id)
        with self.ctx.session() as s:
            kit = self._kit(s, kit_id)
            previous, kit.name = kit.name, name
            return previous

    def delete(self, kit_id: int) -> dict[str, Any]:
        """Delete a kit; returns a snapshot for `restore` (undo). Projects fall back to default."""
        with self.ctx.session() as s:
            kit = self._kit(s, kit_id)
            projects = [
                p.id for p in s.scalars(select(Project).where(Project.brand_kit_id == kit_id))
            ]
            snapshot = {
                "id": kit.id,
                "name": kit.name,
                "is_default": kit.is_default,
                "data": dict(kit.data),
                "locked_fields": list(kit.locked_fields or []),
                "logo_asset_id": kit.logo_asset_id,
                "projects": projects,
            }
            for p in s.scalars(select(Project).where(Project.brand_kit_id == kit_id)):
                p.brand_kit_id = None
            s.delete(kit)
        self.ensure_default()
        return snapshot

    def restore(self, snapshot: dict[str, Any]) -> int:
        with self.ctx.session() as s:
            if snapshot["is_default"]:
                for k in s.scalars(select(BrandKit)):
                    k.is_default = False
            kit = BrandKit(
                id=snapshot["id"],
                name=snapshot["name"],
                is_default=snapshot["is_default"],
                data=snapshot["data"],
                locked_fields=snapshot["locked_fields"],
                logo_asset_id=snapshot["logo_asset_id"],
            )
            s.add(kit)
            s.flush()
            for pid in snapshot["projects"]:
                project = s.get(Project, pid)
                if project is not None:
                    project.brand_kit_id = kit.id
            return kit.id

    def set_default(self, kit_id: int) -> int | None:
        """Make `kit_id` the default; returns the previous default's id (for undo)."""
        with self.ctx.session() as s:
            self._kit(s, kit_id)
            previous = None
            for k in s.scalars(select(BrandKit)):
                if k.is_default:
                    previous = k.id
                k.is_default = k.id == kit_id
            return previous

    def set_style(self, kit_id: int, style: BrandStyle) -> BrandStyle:
        """Replace the kit's style (kit-level edits are never locked); returns the previous."""
        with self.ctx.session() as s:
            kit = self._kit(s, kit_id)
            previous = BrandStyle.from_dict(kit.data)
            kit.data = style.to_dict()
            return previous

    def set_field(self, kit_id: int, path: str, value: Any) -> Any:
        """Change one dotted field of the kit's style; returns its previous value."""
        style = self.get(kit_id).style
        previous = style.get_path(path)
        self.set_style(kit_id, style.with_path(path, value))
        return previous

    def set_locked(self, kit_id: int, groups: list[str]) -> list[str]:
        unknown = set(groups) - set(LOCKABLE_GROUPS)
        if unknown:
            raise InvalidInput(f"Tidak bisa dikunci: {unknown}", f"Cannot be locked: {unknown}")
        with self.ctx.session() as s:
            kit = self._kit(s, kit_id)
            previous = list(kit.locked_fields or [])
            kit.locked_fields = sorted(set(groups))
            return previous

    # Logo -----------------------------------------------------------------------------
    def set_logo(self, kit_id: int, source: Path | None) -> tuple[int | None, list[str]]:
        """Use `source` (PNG or SVG) as the kit's logo; returns (previous asset id, warnings).

        A logo without transparency is accepted with a warning (it will show as a box).
        """
        from app.media.logo import logo_has_transparency, logo_natural_size
        from app.media.qt_app import ensure_gui_application

        warnings: list[str] = []
        asset_id = None
        if source is not None:
            source = Path(source)
            self.check_logo(source)  # a clear error when it is not a readable PNG/SVG
            ensure_gui_application()
            width_px, height_px = logo_natural_size(source)
            if not logo_has_transparency(source):
                warnings.append(
                    self.ctx.msg(
                        "Logo tidak punya latar transparan: akan tampil sebagai kotak di atas video.",
                        "The logo has no transparent background: it will show as a box over the video.",
                    )
                )
            asset_id = self._store_file(source, "brand", "image", width_px, height_px)
        with self.ctx.session() as s:
            kit = self._kit(s, kit_id)
            previous, kit.logo_asset_id = kit.logo_asset_id, asset_id
        return previous, warnings

    def check_logo(self, source: Path) -> None:
        """Raise a clear InvalidInput when `source` cannot be a logo (checked before any change)."""
        from app.media.logo import LOGO_SUFFIXES, logo_natural_size
        from app.media.qt_app import ensure_gui_application

        source = Path(source)
        if source.suffix.lower() not in LOGO_SUFFIXES:
            raise InvalidInput(
                f"Logo {source.name} harus PNG atau SVG.",
                f"Logo {source.name} must be a PNG or SVG.",
            )
        if not source.is_file():
            raise InvalidInput(
                f"Berkas logo {source} tidak ada.", f"Logo file {source} is missing."
            )
        ensure_gui_application()
        logo_natural_size(source)

    def get_logo_asset(self, kit_id: int) -> int | None:
        with self.ctx.workspace.session() as s:
            return self._kit(s, kit_id).logo_asset_id

    def restore_logo(self, kit_id: int, asset_id: int | None) -> None:
        with self.ctx.session() as s:
            self._kit(s, kit_id).logo_asset_id = asset_id

    def _store_file(
        self,
        source: Path,
        subfolder: str,
        kind: str,
        width_px: int | None = None,
        height_px: int | None = None,
    ) -> int:
        from app.media.probe import sha256_of

        folder = self.ctx.workspace.media_dir / subfolder
        folder.mkdir(parents=True, exist_ok=True)
        target = copy_output(source, folder / source.name, Overwrite.NEW_NAME)
        with self.ctx.session() as s:
            asset = MediaAsset(
                path=target.relative_to(self.ctx.workspace.root).as_posix(),
                inside_workspace=True,
                kind=kind,
                original_name=source.name,
                content_sha256=sha256_of(target),
                size_bytes=target.stat().st_size,
                width_px=width_px,
                height_px=height_px,
            )
            s.add(asset)
            s.flush()
            return asset.id

    # Fonts ----------------------------------------------------------------------------
    def add_font(self, kit_id: int, source: Path) -> tuple[str, ...]:
        """Copy a .ttf/.otf into the workspace and embed it in the kit; returns its families."""
        from app.media import fonts
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        source = Path(source)
        fonts.check_font_file(source)  # clear error when missing or broken
        folder = self.ctx.workspace.media_dir / "fonts"
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / source.name
        if not target.exists():
            shutil.copyfile(source, target)
        # The workspace copy is what Qt draws with: the source may be deleted later.
        families = fonts.register_font_file(target)
        rel = target.relative_to(self.ctx.workspace.root).as_posix()
        style = self.get(kit_id).style
        if rel not in style.fonts.files:
            self.set_field(kit_id, "fonts.files", [*style.fonts.files, rel])
        return families

    def check_font(self, source: Path) -> tuple[str, ...]:
        """The families a font file provides; a clear InvalidInput when missing or broken."""
        from app.media import fonts
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        return fonts.check_font_file(Path(source))

    def font_paths(self, style: BrandStyle) -> list[Path]:
        return [self.ctx.workspace.root / f for f in style.fonts.files]

    def register_fonts(self, style: BrandStyle) -> list[str]:
        """Register the kit's embedded fonts; returns a warning per missing/broken file."""
        from app.media import fonts
        from app.media.qt_app import ensure_gui_application

        ensure_gui_application()
        warnings = []
        for path in self.font_paths(style):
            try:
                fonts.register_font_file(path)
            except KilasError as exc:
                warnings.append(exc.message(self.ctx.language))
        for family in {
            style.fonts.heading_family,
            style.fonts.body_family,
            style.caption.font_family,
        }:
            if not fonts.family_available(family):
                warnings.append(
                    self.ctx.msg(
                        f"Fon {family!r} tidak terpasang; memakai {fonts.FALLBACK_FAMILY}.",
                        f"Font {family!r} is not installed; using {fonts.FALLBACK_FAMILY}.",
                    )
                )
        return warnings

    # Projects -------------------------------------------------------------------------
    def project_kit_id(self, project_id: int) -> int:
        with self.ctx.workspace.session() as s:
            kit_id = get_project_or_raise(s, project_id).brand_kit_id
            if kit_id is not None and s.get(BrandKit, kit_id) is not None:
                return kit_id
        return self.ensure_default()

    def set_project_kit(self, project_id: int, kit_id: int | None) -> int | None:
        with self.ctx.session() as s:
            if kit_id is not None:
                self._kit(s, kit_id)
            project = get_project_or_raise(s, project_id)
            previous, project.brand_kit_id = project.brand_kit_id, kit_id
            return previous

    def project_overrides(self, project_id: int) -> dict[str, Any]:
        with self.ctx.workspace.session() as s:
            return dict(
                (get_project_or_raise(s, project_id).options or {}).get(OVERRIDES_KEY) or {}
            )

    def set_project_overrides(self, project_id: int, overrides: dict[str, Any]) -> dict[str, Any]:
        """Replace all overrides (undo uses this); returns the previous ones."""
        with self.ctx.session() as s:
            project = get_project_or_raise(s, project_id)
            options = dict(project.options or {})
            previous = dict(options.get(OVERRIDES_KEY) or {})
            options[OVERRIDES_KEY] = dict(overrides)
            project.options = options
            return previous

    def set_project_field(self, project_id: int, path: str, value: Any) -> dict[str, Any]:
        """A project-level edit of one field; FieldLocked when the kit locks it."""
        kit = self.get(self.project_kit_id(project_id))
        group = path_locked(path, kit.locked)
        if group is not None:
            raise FieldLocked(
                f"{path} dikunci oleh brand kit {kit.name!r} ({group}); ubah di brand kit.",
                f"{path} is locked by brand kit {kit.name!r} ({group}); change it in the kit.",
            )
        kit.style.with_path(path, value)  # validates the path
        overrides = self.project_overrides(project_id)
        overrides[path] = value
        return self.set_project_overrides(project_id, overrides)

    def project_brand(self, project_id: int) -> ProjectBrand:
        """Everything a render takes from the project's kit, in one lookup. Raises (naming
        the kit) when the kit cannot be read or its logo file is gone: a video never goes
        out without its branding."""
        kit_id = self.project_kit_id(project_id)
        if not kit_id:  # a read-only workspace that has no kit yet: the default kit's style
            return ProjectBrand(
                DEFAULT_KIT_NAME, BrandStyle(), None, self.project_fields(project_id)
            )
        kit = self.get(kit_id)
        if kit.logo_missing:
            raise BrandKitUnreadable(
                f"Logo brand kit {kit.name!r} hilang ({kit.logo_path}). Pilih ulang logonya "
                "di layar Brand.",
                f"The logo of brand kit {kit.name!r} is missing ({kit.logo_path}). Choose the "
                "logo again in the Brand screen.",
            )
        return ProjectBrand(
            kit_name=kit.name,
            style=self._with_overrides(kit, project_id),
            logo_path=kit.logo_path,
            fields=self.project_fields(project_id),
        )

    def project_style(self, project_id: int) -> BrandStyle:
        """The kit's style with the project's unlocked overrides applied."""
        return self._with_overrides(self.get(self.project_kit_id(project_id)), project_id)

    def _with_overrides(self, kit: KitView, project_id: int) -> BrandStyle:
        style = kit.style
        for path, value in self.project_overrides(project_id).items():
            if path_locked(path, kit.locked) is None:
                try:
                    style = style.with_path(path, value)
                except (AttributeError, TypeError, ValueError):
                    continue  # an override left over from an older style document
        return style

    def project_logo(self, project_id: int) -> Path | None:
        kit = self.get(self.project_kit_id(project_id))
        return kit.logo_path if kit.logo_path is not None and not kit.logo_missing else None

    def project_fields(self, project_id: int) -> dict[str, str]:
        """Template fields from the project: title, date, cta, name, role (handle etc. from kit)."""
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, project_id)
            options = project.options or {}
            when = project.planned_publish_at.date() if project.planned_publish_at else date.today()
            first_lt = s.scalars(shots_query(project_id).where(Shot.lower_third_name != "")).first()
            return {
                "title": str(options.get("title_card_text") or project.title),
                "date": format_date_id(when),
                "cta": str(options.get("call_to_action") or ""),
                "name": first_lt.lower_third_name if first_lt else "",
                "role": first_lt.lower_third_role if first_lt else "",
            }
