"""Brand kit screen: kit list, editor, live 9:16 preview with safe zones, preflight panel.

Every edit is an undoable command calling the brand service. The preview is repainted by
the renderer's own drawing code on the next event-loop turn after an edit (coalesced), so
the time from an edit to the new picture stays well under 100 ms.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QRadioButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.brand import BrandStyle, path_locked
from app.core.errors import KilasError
from app.core.visual_templates import apply_caption_look
from app.resources.templates import load_caption_looks
from app.services.brand import BrandService
from app.services.brand_files import BrandFiles
from app.services.brand_preview import BrandPreview
from app.services.context import AppContext
from app.services.preflight import PreflightService
from app.ui.brand.commands import CallCommand, KitStyleCommand, OverridesCommand
from app.ui.brand.editor import BrandEditor
from app.ui.brand.kit_actions import KitActionsMixin
from app.ui.brand.panels import PREVIEW_W_PX, PreflightPanel, PreviewPanel
from app.ui.common.actions import add_action
from app.ui.common.screen import Screen
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner

PREFLIGHT_DELAY_MS = 400  # re-check after edits settle; the preview never waits for it


class BrandScreen(KitActionsMixin, Screen):
    preflight_finished = Signal()  # the newest preflight run has shown its findings

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.brand = ctx.service(BrandService)
        self.files = ctx.service(BrandFiles)
        self.preview = ctx.service(BrandPreview)
        self.preflight = ctx.service(PreflightService)
        self.preview.ensure_gui()
        self.kit_id: int | None = None
        self.style = BrandStyle()
        self.locked: tuple[str, ...] = ()
        self.logo_path: Path | None = None
        self._pushing = False
        self._edit_started: float | None = None
        self.last_preview_ms: float | None = None  # edit → new picture, for the benchmark
        self.runner = JobRunner(self)
        self._preflight_run = 0  # only the newest preflight's answer is shown
        self._build()

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QToolBar()
        add_action(self, bar, self.tr("Kit baru"), QKeySequence.New, self.on_new_kit, icon="plus")
        add_action(
            self, bar, self.tr("Ganti nama"), QKeySequence("F2"), self.on_rename_kit, icon="pencil"
        )
        add_action(
            self,
            bar,
            self.tr("Jadikan bawaan"),
            QKeySequence("Ctrl+D"),
            self.on_set_default,
            icon="star",
        )
        add_action(
            self,
            bar,
            self.tr("Hapus kit"),
            QKeySequence("Ctrl+Delete"),
            self.on_delete_kit,
            icon="trash-2",
        )
        bar.addSeparator()
        add_action(
            self,
            bar,
            self.tr("Impor .kilasbrand…"),
            QKeySequence("Ctrl+I"),
            self.on_import,
            icon="file-input",
        )
        add_action(
            self,
            bar,
            self.tr("Ekspor…"),
            QKeySequence("Ctrl+E"),
            self.on_export,
            icon="file-output",
        )
        bar.addSeparator()
        add_action(
            self,
            bar,
            self.tr("Pilih logo…"),
            QKeySequence("Ctrl+L"),
            self.on_choose_logo,
            icon="image",
        )
        add_action(
            self,
            bar,
            self.tr("Periksa"),
            QKeySequence("F5"),
            self.run_preflight,
            icon="shield-check",
        )
        outer.addWidget(bar)

        splitter = QSplitter(Qt.Horizontal)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(QLabel(self.tr("Brand kit")))
        self.kit_list = QListWidget()
        self.kit_list.currentItemChanged.connect(self.on_kit_list_changed)
        lcol.addWidget(self.kit_list, 1)
        lcol.addWidget(QLabel(self.tr("Kit untuk proyek ini")))
        self.project_kit = QComboBox()
        self.project_kit.activated.connect(self.on_project_kit_activated)
        lcol.addWidget(self.project_kit)
        scope_row = QHBoxLayout()
        scope_row.addWidget(QLabel(self.tr("Ubah:")))
        self.scope_kit = QRadioButton(self.tr("Brand kit"), checked=True)
        self.scope_project = QRadioButton(self.tr("Proyek ini"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.scope_kit)
        self.scope_group.addButton(self.scope_project)
        self.scope_project.toggled.connect(lambda _on: self._reload_style(full=True))
        scope_row.addWidget(self.scope_kit)
        scope_row.addWidget(self.scope_project)
        lcol.addLayout(scope_row)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        set_role(self.notice, "warning")
        lcol.addWidget(self.notice)
        splitter.addWidget(left)

        middle = QSplitter(Qt.Vertical)
        self.editor = BrandEditor(self.preview.font_families())
        self.editor.field_edited.connect(self.on_editor_field_edited)
        self.editor.logo_requested.connect(self.on_choose_logo)
        self.editor.font_file_requested.connect(self.on_add_font)
        self.editor.look_chosen.connect(self.on_editor_look_chosen)
        self.editor.locks_edited.connect(self.on_editor_locks_edited)
        middle.addWidget(self.editor)
        self.findings = PreflightPanel()
        self.findings.run_requested.connect(self.run_preflight)
        self.findings.fix_requested.connect(self.on_findings_fix_requested)
        middle.addWidget(self.findings)
        middle.setSizes([420, 300])
        splitter.addWidget(middle)

        self.preview_panel = PreviewPanel()
        self.preview_panel.options_changed.connect(self._schedule_preview)
        splitter.addWidget(self.preview_panel)
        splitter.setSizes([220, 640, PREVIEW_W_PX + 20])
        splitter.setStretchFactor(1, 1)
        outer.addWidget(splitter, 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=0)
        self._preview_timer.timeout.connect(self.update_preview)
        self._preflight_timer = QTimer(self, singleShot=True, interval=PREFLIGHT_DELAY_MS)
        self._preflight_timer.timeout.connect(self.run_preflight)
        self.preview_panel.options_changed.connect(self._preflight_timer.start)

    # Loading --------------------------------------------------------------------------
    def project_scope(self) -> bool:
        return self.project_id is not None and self.scope_project.isChecked()

    def refresh(self) -> None:
        self._show_error_safely(self._refresh)

    def _refresh(self) -> None:
        self.preview.forget()
        kits = self.brand.list_kits()
        current = self.kit_id
        if self.project_id is not None and (current is None or current not in {k.id for k in kits}):
            current = self.brand.project_kit_id(self.project_id)
        if current not in {k.id for k in kits}:
            current = next((k.id for k in kits if k.is_default), kits[0].id if kits else None)
        self.kit_list.blockSignals(True)
        self.kit_list.clear()
        for kit in kits:
            label = kit.name + ("  ★ " + self.tr("bawaan") if kit.is_default else "")
            if kit.locked:
                label += "  [" + self.tr("terkunci") + "]"
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, kit.id)
            self.kit_list.addItem(item)
            if kit.id == current:
                self.kit_list.setCurrentItem(item)
        self.kit_list.blockSignals(False)
        self.kit_id = current
        self.project_kit.blockSignals(True)
        self.project_kit.clear()
        has_project = self.project_id is not None
        if has_project:
            chosen = self.brand.project_kit_id(self.project_id)
            for kit in kits:
                self.project_kit.addItem(kit.name, kit.id)
            self.project_kit.setCurrentIndex(max(0, self.project_kit.findData(chosen)))
            from app.services.projects import ProjectService

            self.preview_panel.set_platforms(
                list(self.ctx.service(ProjectService).summary(self.project_id).target_platforms)
            )
        self.project_kit.blockSignals(False)
        self.project_kit.setEnabled(has_project)
        self.scope_project.setEnabled(has_project)
        if not has_project:
            self.scope_kit.setChecked(True)
        self._reload_style(full=True)
        self.run_preflight()

    def _reload_style(self, full: bool) -> None:
        """Read the style being edited; `full` also refills the editor (after undo/redo)."""
        if self.kit_id is None:
            return
        if self.project_scope():
            kit = self.brand.get(self.brand.project_kit_id(self.project_id))
            self.style = self.brand.project_style(self.project_id)
        else:
            kit = self.brand.get(self.kit_id)
            self.style = kit.style
        self.locked = kit.locked
        self.logo_path = kit.logo_path if not kit.logo_missing else None
        if full:
            logo_name = kit.logo_path.name if kit.logo_path else ""
            if kit.logo_missing:
                logo_name += self.tr(" (berkas hilang)")
            self.editor.load(
                self.style, kit.locked, self.project_scope(), logo_name, kit.style.fonts.files
            )
            warnings = self.brand.register_fonts(self.style)
            self.notice.setText("\n".join(warnings))
        self._schedule_preview()

    # Preview --------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        try:
            image = self.preview.render(
                self.style,
                self.preview.fields(self.project_id),
                self.preview.background(self.project_id),
                self.logo_path,
                self.preview_panel.layer(),
                self.preview_panel.platforms(),
                width_px=PREVIEW_W_PX,
                show_safe_zone=self.preview_panel.show_safe_zone(),
            )
        except KilasError as exc:
            self.notice.setText(exc.message(self.ctx.language))
            return
        self.preview_panel.set_image(image)
        if self._edit_started is not None:
            self.last_preview_ms = (time.perf_counter() - self._edit_started) * 1000
            self._edit_started = None

    # Edits ----------------------------------------------------------------------------
    def _after_command(self) -> None:
        # The first redo comes from our own edit: the editor already shows the value and
        # apply_edit already holds the new style, so only undo/redo reload from the service.
        if not self._pushing:
            self._reload_style(full=True)
        self._preflight_timer.start()

    def _push(self, command) -> None:
        self._pushing = True
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing = False

    def on_editor_field_edited(self, path: str, value: Any) -> None:
        self._edit_started = time.perf_counter()
        self.apply_edit(path, value)

    def apply_edit(self, path: str, value: Any, text: str | None = None) -> None:
        """One undoable edit of the kit (or of the project, in project scope)."""
        if self.kit_id is None:
            return
        text = text or self.tr("Ubah {0}").format(path)
        if self.project_scope():
            kit = self.brand.get(self.brand.project_kit_id(self.project_id))
            if path_locked(path, kit.locked):
                self.status_message.emit(self.tr("Bagian ini dikunci oleh brand kit."))
                return
            before = self.brand.project_overrides(self.project_id)
            after = {**before, path: value}
            self._push(
                OverridesCommand(
                    self.brand, self.project_id, before, after, text, path, self._after_command
                )
            )
        else:
            before = self.brand.get(self.kit_id).style
            after = before.with_path(path, value)
            self._push(
                KitStyleCommand(
                    self.brand, self.kit_id, before, after, text, path, self._after_command
                )
            )
        self.style = self.style.with_path(path, value)
        self._schedule_preview()

    def on_editor_look_chosen(self, name: str) -> None:
        look = load_caption_looks().get(name)
        if look is None or self.kit_id is None:
            return
        self._edit_started = time.perf_counter()
        caption = apply_caption_look(self.style.caption, look)
        text = self.tr("Gaya subtitle {0}").format(look.label_in(self.ctx.language))
        if self.project_scope():
            before = self.brand.project_overrides(self.project_id)
            changes = {
                f"caption.{k}": v
                for k, v in caption.__dict__.items()
                if not path_locked(f"caption.{k}", self.locked)
            }
            self._push(
                OverridesCommand(
                    self.brand,
                    self.project_id,
                    before,
                    {**before, **changes},
                    text,
                    "",
                    self._after_command,
                )
            )
        else:
            before = self.brand.get(self.kit_id).style
            self._push(
                KitStyleCommand(
                    self.brand,
                    self.kit_id,
                    before,
                    before.with_changes(caption=caption),
                    text,
                    "caption.look",
                    lambda: self._reload_after_look(),
                )
            )

    def _reload_after_look(self) -> None:
        self._reload_style(full=True)  # several fields changed at once
        self._preflight_timer.start()

    def on_editor_locks_edited(self, groups: list) -> None:
        if self.kit_id is None:
            return
        kit_id = self.kit_id
        before = list(self.brand.get(kit_id).locked)
        self._push(
            CallCommand(
                self.tr("Ubah kunci brand kit"),
                lambda: self.brand.set_locked(kit_id, groups),
                lambda _r: self.brand.set_locked(kit_id, before),
                self._after_locks,
            )
        )

    def _after_locks(self) -> None:
        self._refresh_kit_labels()
        self._after_command()

    def _refresh_kit_labels(self) -> None:
        self.refresh()

    # Preflight ------------------------------------------------------------------------
    def run_preflight(self) -> None:
        """Check the project on a worker thread; only the newest run's answer is shown."""
        if self.project_id is None:
            self.findings.show_message(self.tr("Buka proyek untuk memeriksanya sebelum render."))
            return
        platforms = self.preview_panel.platforms() or None
        pid = self.project_id
        self.findings.summary.setText(self.tr("Memeriksa…"))
        self._preflight_run += 1
        run = self._preflight_run
        self.runner.start(
            lambda _report, _cancel: self.preflight.run(pid, platforms),
            on_succeeded=lambda found: self._on_preflight_done(run, found),
            on_failed=lambda exc: self._on_preflight_failed(run, exc),
        )

    def _on_preflight_done(self, run: int, found: list) -> None:
        if run == self._preflight_run:  # an older run answering late is ignored
            self.findings.set_findings(found, self.ctx.language)
            self.preflight_finished.emit()

    def _on_preflight_failed(self, run: int, exc: KilasError) -> None:
        if run == self._preflight_run:
            self.findings.show_message(exc.message(self.ctx.language))
            self.preflight_finished.emit()

    def on_findings_fix_requested(self, key: str) -> None:
        if self.project_id is None:
            return
        pid = self.project_id
        try:
            before = self.preflight.apply_fix(pid, key, self.preview_panel.platforms() or None)
        except KilasError as exc:
            self._error(exc)
            return
        after = self.brand.project_overrides(pid)
        self.brand.set_project_overrides(pid, before)  # the command re-applies it (undoable)
        self._push(
            OverridesCommand(
                self.brand,
                pid,
                before,
                after,
                self.tr("Perbaiki: {0}").format(key),
                "",
                self._after_fix,
            )
        )

    def _after_fix(self) -> None:
        self._reload_style(full=True)
        self.run_preflight()

    # Errors ---------------------------------------------------------------------------
    def _error(self, exc: KilasError) -> None:
        message = exc.message(self.ctx.language)
        self.status_message.emit(message)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Brand kit"), message)
        else:
            self.notice.setText(message)

    def _show_error_safely(self, fn) -> None:
        try:
            fn()
        except KilasError as exc:
            self.notice.setText(exc.message(self.ctx.language))
