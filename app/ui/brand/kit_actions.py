"""Kit actions of the brand screen: create, rename, delete, default, project kit, logo,
fonts, import and export — each an undoable command calling the brand services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QListWidgetItem

from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.ui.brand.commands import CallCommand


class KitActionsMixin:
    """Mixed into BrandScreen (uses its brand/files services, undo stack and widgets)."""

    # Kits -----------------------------------------------------------------------------
    def on_kit_list_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.kit_id = item.data(Qt.UserRole)
        self.scope_kit.setChecked(True)
        self._reload_style(full=True)

    def select_kit(self, kit_id: int) -> None:
        self.kit_id = kit_id
        self.refresh()

    def create_kit(self, name: str) -> None:
        holder: dict[str, int] = {}

        def do() -> int:
            if "snapshot" in holder:
                return self.brand.restore(holder.pop("snapshot"))  # redo after undo
            return self.brand.create(name, self.style)

        def undo(kit_id: int) -> None:
            holder["snapshot"] = self.brand.delete(kit_id)

        try:
            self.brand.check_name(name)
        except KilasError as exc:
            self._error(exc)
            return
        command = CallCommand(self.tr("Kit baru {0}").format(name), do, undo, self.refresh)
        self._push(command)
        self.select_kit(command.result)

    def on_new_kit(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Kit baru"),
            self.tr("Nama brand kit:"),
            text=self.brand.free_name(self.tr("Kit baru")),
        )
        if ok and name.strip():
            self.create_kit(name.strip())

    def on_delete_kit(self) -> None:
        if self.kit_id is None:
            return
        kit_id = self.kit_id
        holder: dict[str, Any] = {}

        def do() -> None:
            holder["snapshot"] = self.brand.delete(kit_id)
            self.kit_id = None

        def undo(_r) -> None:
            self.kit_id = self.brand.restore(holder["snapshot"])

        self._push(CallCommand(self.tr("Hapus brand kit"), do, undo, self.refresh))

    def on_set_default(self) -> None:
        if self.kit_id is None:
            return
        kit_id = self.kit_id
        self._push(
            CallCommand(
                self.tr("Jadikan kit bawaan"),
                lambda: self.brand.set_default(kit_id),
                lambda previous: previous is not None and self.brand.set_default(previous),
                self.refresh,
            )
        )

    def on_project_kit_activated(self, _index: int) -> None:
        if self.project_id is None:
            return
        pid, kit_id = self.project_id, self.project_kit.currentData()
        self._push(
            CallCommand(
                self.tr("Pilih kit proyek"),
                lambda: self.brand.set_project_kit(pid, kit_id),
                lambda previous: self.brand.set_project_kit(pid, previous),
                self.refresh,
            )
        )

    def set_logo_file(self, path: Path) -> None:
        if self.kit_id is None:
            return
        kit_id = self.kit_id
        state: dict[str, Any] = {}

        def do() -> None:
            if "new" in state:  # redo: reuse the copy made the first time
                self.brand.restore_logo(kit_id, state["new"])
                return
            previous, warnings = self.brand.set_logo(kit_id, path)
            state["old"], state["new"] = previous, self.brand.get_logo_asset(kit_id)
            if warnings:
                self.status_message.emit(" ".join(warnings))
                self.notice.setText(" ".join(warnings))

        try:  # validate first: a command must not fail halfway
            self.brand.check_logo(path)
        except KilasError as exc:
            self._error(exc)
            return
        self._push(
            CallCommand(
                self.tr("Ganti logo"),
                do,
                lambda _r: self.brand.restore_logo(kit_id, state.get("old")),
                lambda: self._reload_style(full=True),
            )
        )
        self.preview.forget_background()

    def on_choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), "", self.tr("Logo (*.png *.svg *.jpg *.jpeg *.webp)")
        )
        if path:
            self.set_logo_file(Path(path))

    def on_add_font(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Tambah fon"), "", self.tr("Fon (*.ttf *.otf)")
        )
        if path:
            self.add_font_file(Path(path))

    def add_font_file(self, path: Path) -> None:
        """Embed a font file in the kit (undoable); a broken file is refused up front."""
        if self.kit_id is None:
            return
        kit_id = self.kit_id
        before = self.brand.get(kit_id).style
        try:
            families = self.brand.check_font(path)
        except KilasError as exc:
            self._error(exc)
            return
        self._push(
            CallCommand(
                self.tr("Tambah fon"),
                lambda: self.brand.add_font(kit_id, path),
                lambda _r: self.brand.set_style(kit_id, before),
                lambda: self._reload_style(full=True),
            )
        )
        self.status_message.emit(self.tr("Fon ditambahkan: {0}").format(", ".join(families)))

    def on_rename_kit(self) -> None:
        if self.kit_id is None:
            return
        old = self.brand.get(self.kit_id).name
        name, ok = QInputDialog.getText(
            self, self.tr("Ganti nama"), self.tr("Nama brand kit:"), text=old
        )
        if ok and name.strip() and name.strip() != old:
            self.rename_kit(name.strip())

    def rename_kit(self, name: str) -> None:
        kit_id = self.kit_id
        try:
            self.brand.check_name(name, exclude_id=kit_id)
        except KilasError as exc:
            self._error(exc)
            return
        self._push(
            CallCommand(
                self.tr("Ganti nama brand kit"),
                lambda: self.brand.rename(kit_id, name),
                lambda old: self.brand.rename(kit_id, old),
                self.refresh,
            )
        )

    # Files ----------------------------------------------------------------------------
    def import_file(self, path: Path) -> int | None:
        try:
            kit_id, warnings = self.files.import_kit(path)
        except KilasError as exc:
            self._error(exc)
            return None
        self.status_message.emit(
            self.tr("Brand kit diimpor.") + (" " + " ".join(warnings) if warnings else "")
        )
        self.select_kit(kit_id)
        return kit_id

    def on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor brand kit"), "", self.tr("Brand kit Kilas (*.kilasbrand)")
        )
        if path:
            self.import_file(Path(path))

    def on_export(self) -> None:
        if self.kit_id is None:
            return
        name = self.brand.get(self.kit_id).name
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor brand kit"),
            f"{name}.kilasbrand",
            self.tr("Brand kit Kilas (*.kilasbrand)"),
        )
        if path:
            try:
                # The dialog asked about this exact name; the service adds .kilasbrand when missing,
                # and a file with that other name was never asked about.
                asked = Path(path).suffix == ".kilasbrand"
                rule = Overwrite.REPLACE if asked else Overwrite.REFUSE
                out = self.files.export_kit(self.kit_id, Path(path), rule)
            except KilasError as exc:
                self._error(exc)
                return
            self.status_message.emit(self.tr("Brand kit diekspor ke {0}").format(out))
            if self.files.warnings:
                self.notice.setText("\n".join(self.files.warnings))
