"""Script screen actions that move text in and out: paste, text-file import, exports and
"Baru dari templat". Mixed into ScriptScreen (kept apart to keep each module short)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.core.errors import KilasError
from app.core.overwrite import Overwrite
from app.core.text_decode import decode_text
from app.services.projects import ProjectService
from app.services.script_export import ScriptExportService
from app.ui.script.commands import ContentCommand


class ScriptIOActions:
    """Needs from the screen: ctx, svc, project_id, shots, jobs, title_label, current_row(),
    _push(), show_error(), set_project(), the signals status_message, project_opened and
    export_finished."""

    # Paste and import ------------------------------------------------------------------
    def paste_script(self, text: str, replace: bool = False) -> None:
        """Splits text with the plain-text parser and inserts the shots after this one."""
        if self.project_id is None:
            return
        row = self.current_row()
        index = None if replace else (row + 1 if row >= 0 else None)
        pid = self.project_id

        def change() -> None:
            self.svc.import_text(pid, text, index=index, replace=replace, return_before=False)

        try:
            self._push(ContentCommand(self, self.tr("Tempel naskah"), change, index or 0))
        except KilasError as exc:
            self.show_error(exc)

    def paste_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.paste_script(text)

    def import_file_dialog(self) -> None:
        if self.project_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor naskah teks"), "", self.tr("Teks (*.txt *.md);;Semua berkas (*)")
        )
        if not path:
            return
        replace = True
        if self.shots:
            box = QMessageBox(
                QMessageBox.Question,
                self.tr("Impor naskah"),
                self.tr("Naskah ini sudah berisi shot. Ganti seluruhnya atau tambahkan?"),
                parent=self,
            )
            replace_btn = box.addButton(self.tr("Ganti"), QMessageBox.DestructiveRole)
            box.addButton(self.tr("Tambahkan"), QMessageBox.AcceptRole)
            cancel = box.addButton(QMessageBox.Cancel)
            box.exec()
            if box.clickedButton() is cancel:
                return
            replace = box.clickedButton() is replace_btn
        self.import_file(Path(path), replace)

    def restore_backup_dialog(self) -> None:
        """Choose one of the scripts an import replaced and put it back (undoable)."""
        if self.project_id is None:
            return
        backups = self.svc.script_backups(self.project_id)
        if not backups:
            QMessageBox.information(
                self,
                self.tr("Pulihkan naskah"),
                self.tr("Belum ada naskah yang diganti impor di proyek ini."),
            )
            return
        reasons = {"import": self.tr("sebelum impor"), "restore": self.tr("sebelum pemulihan")}
        labels = [
            self.tr("{0} · {1} · {2} shot").format(
                f"{b.created_at:%d/%m/%Y %H:%M}", reasons.get(b.reason, b.reason), b.shot_count
            )
            for b in backups
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Pulihkan naskah"), self.tr("Naskah yang dikembalikan:"), labels, 0, False
        )
        if ok:
            self.restore_backup(backups[labels.index(label)].id)

    def restore_backup(self, backup_id: int) -> None:
        pid = self.project_id

        def change() -> None:
            self.svc.restore_backup(pid, backup_id)

        try:
            self._push(ContentCommand(self, self.tr("Pulihkan naskah"), change, 0))
        except KilasError as exc:
            self.show_error(exc)

    def import_file(self, path: Path, replace: bool = True) -> None:
        try:
            text = decode_text(Path(path).read_bytes(), Path(path).name)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.show_error(
                KilasError(
                    f"Berkas tidak bisa dibaca: {reason}.", f"Cannot read the file: {reason}."
                )
            )
            return
        except KilasError as exc:  # not a text file: nothing is replaced
            self.show_error(exc)
            return
        self.paste_script(text, replace=replace)

    # Export ----------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> None:
        if self.project_id is None:
            return
        filters = {"txt": "Teks (*.txt)", "docx": "Word (*.docx)", "pdf": "PDF (*.pdf)"}
        default = f"{self.title_label.text() or 'naskah'}.{fmt}".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Ekspor naskah"), default, filters[fmt])
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path) -> None:
        """Writes the export on a worker thread; `export_finished` tells the outcome."""
        pid, service = self.project_id, self.ctx.service(ScriptExportService)
        self.jobs.start(
            lambda report, cancel: str(service.export(pid, fmt, path, Overwrite.REPLACE)),
            on_succeeded=self._export_done,
            on_failed=self._export_failed,
        )
        self.status_message.emit(self.tr("Mengekspor naskah…"))

    def _export_done(self, path: str) -> None:
        self.status_message.emit(self.tr("Naskah diekspor ke {0}").format(path))
        self.export_finished.emit(path)

    def _export_failed(self, exc: KilasError) -> None:
        self.show_error(exc)
        self.export_finished.emit("")

    def new_from_template(self) -> None:
        from app.ui.projects.new_dialog import NewProjectDialog

        dialog = NewProjectDialog(self)
        if dialog.exec() != NewProjectDialog.Accepted:
            return
        title, template, series = dialog.values()
        try:
            project_id = self.ctx.service(ProjectService).create(title, template, series)
        except KilasError as exc:
            self.show_error(exc)
            return
        self.set_project(project_id)
        self.projects_changed.emit()
        self.project_opened.emit(project_id)

    def dragEnterEvent(self, event) -> None:
        if self.project_id is not None and self._dropped_text_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for path in self._dropped_text_files(event):
            self.import_file(path, replace=False)
        event.acceptProposedAction()

    @staticmethod
    def _dropped_text_files(event) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [
            Path(u.toLocalFile())
            for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith((".txt", ".md"))
        ]
