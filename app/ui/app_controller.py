"""Opens workspaces for the GUI, builds the sample on first launch, swaps main windows.

The sample builder and the render queue are imported where they are used: neither is
needed to paint the first window (start-up time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from app.core.errors import KilasError
from app.core.formatting import fmt_int, fmt_percent
from app.services.context import AppContext
from app.services.paths import default_workspace
from app.services.workspaces import display_location, is_team_location, open_context
from app.ui.main_window import MainWindow, remember_workspace
from app.workers.jobs import JobFailed, JobRunner, JobSucceeded, Outcome

# The render queue starts after the main window's first paint, or after this at the latest.
QUEUE_START_LATEST_MS = 3000


class AppController(QObject):
    def __init__(self, app: QApplication, settings: QSettings, language: str) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.language = language
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.runner = JobRunner(self)

    def open(self, root: Path | str | None, media_root: Path | None = None) -> bool:
        """Open `root` (default: the sample workspace, created on first launch), or a team
        workspace's postgresql:// location with its shared folder `media_root`."""
        if root is not None and is_team_location(root):
            return self._open_team_at_start(str(root), media_root)
        is_default = root is None
        root = Path(root) if root else default_workspace()
        while True:
            try:
                ctx = open_context(root, self.language)
                break
            except KilasError as exc:
                QMessageBox.critical(None, "Kilas", exc.message(self.language))
                folder = QFileDialog.getExistingDirectory(
                    None, self.tr("Pilih folder ruang kerja lain")
                )
                if not folder:
                    return False
                root, is_default = Path(folder), False
        first_launch = is_default and not ctx.read_only and not _has_projects(ctx)
        if first_launch and not self._build_sample(ctx):
            ctx.workspace.close()
            return False
        self._show(ctx)
        return True

    def _build_sample(self, ctx: AppContext) -> bool:
        """Builds the sample with a progress dialog; the GUI stays responsive."""
        dialog = QProgressDialog(
            self.tr("Menyiapkan ruang kerja contoh…"), self.tr("Batal"), 0, 100
        )
        dialog.setWindowTitle("Kilas")
        dialog.setWindowModality(Qt.ApplicationModal)
        dialog.setMinimumDuration(0)
        loop = QEventLoop()
        outcome: dict[str, Outcome] = {}

        def finished(result: Outcome) -> None:
            outcome["result"] = result
            loop.quit()

        # Cancel stops the build at its next step, and the build removes what it made.
        job = self.runner.start(
            lambda report, cancel: _build_sample_in(ctx, report, cancel),
            on_progress=lambda f, label: (
                dialog.setValue(int(f * 100)),
                dialog.setLabelText(label),
            ),
            on_finished=finished,
        )
        dialog.canceled.connect(job.cancel)
        loop.exec()  # a nested event loop, not a processEvents() poll: signals drive it
        dialog.close()
        result = outcome["result"]
        if isinstance(result, JobFailed):
            QMessageBox.critical(None, "Kilas", result.error.message(self.language))
        return isinstance(result, JobSucceeded)

    def _show(self, ctx: AppContext) -> None:
        old_window, old_ctx = self.window, self.ctx
        self.ctx = ctx
        remember_workspace(self.settings, ctx.workspace.display_name)
        self.window = MainWindow(ctx, self.settings)
        self.window.workspace_requested.connect(self.on_window_workspace_requested)
        self.window.sample_requested.connect(self.on_window_sample_requested)
        self.window.team_workspace_requested.connect(self.on_window_team_workspace_requested)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ctx is not None:
            _queue(old_ctx).stop()
            old_ctx.workspace.close()

        # The render queue runs whatever screen is open; starting it also puts jobs a crash
        # interrupted back in the queue. After the first paint, so start-up stays quick (and
        # at the latest after a few seconds, for a window that starts minimised).
        def start_queue() -> None:
            if self.ctx is ctx:  # not for a workspace closed meanwhile
                _queue(ctx).start()

        # Deferred once more so that other listeners of the first paint go first.
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, start_queue))
        QTimer.singleShot(QUEUE_START_LATEST_MS, start_queue)

    def on_window_workspace_requested(self, root: Path) -> None:
        if self.ctx is not None and Path(root).absolute() == self.ctx.workspace.root:
            return
        try:
            ctx = open_context(Path(root), self.language)
        except KilasError as exc:
            QMessageBox.critical(self.window, "Kilas", exc.message(self.language))
            return
        self._show(ctx)

    def on_window_sample_requested(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Pilih folder kosong untuk ruang kerja contoh")
        )
        if not folder:
            return
        try:
            ctx = open_context(Path(folder), self.language)
        except KilasError as exc:
            QMessageBox.critical(self.window, "Kilas", exc.message(self.language))
            return
        if _has_projects(ctx):
            QMessageBox.warning(
                self.window,
                "Kilas",
                self.tr("Folder itu sudah berisi proyek; pilih folder kosong."),
            )
            ctx.workspace.close()
            return
        if self._build_sample(ctx):
            self._show(ctx)
        else:
            ctx.workspace.close()

    # Team workspaces ----------------------------------------------------------------------
    def _open_team_at_start(self, location: str, media_root: Path | None) -> bool:
        """`kilas --workspace postgresql://… [--media-root DIR]`: open it, or ask for what is
        missing (password, shared folder) in the team dialog."""
        from app.ui.team.open_dialog import media_root_setting

        remembered = self.settings.value(media_root_setting(display_location(location)), "")
        media_root = media_root or (Path(remembered) if remembered else None)
        if media_root is not None:
            try:
                self._show(open_context(location, self.language, media_root=media_root))
                return True
            except KilasError as exc:
                QMessageBox.critical(None, "Kilas", exc.message(self.language))
        self.on_window_team_workspace_requested("open", display_location(location))
        return self.window is not None

    def on_window_team_workspace_requested(self, mode: str, location: str) -> None:
        from app.ui.team.open_dialog import TeamWorkspaceDialog

        dialog = TeamWorkspaceDialog(self.settings, mode, location, self.window)
        dialog.submitted.connect(lambda login: self._connect_team(dialog, login, mode))
        dialog.exec()

    def _connect_team(self, dialog, login, mode: str) -> None:
        """Open (or copy this workspace into) the team workspace as a background job; the
        dialog shows progress and stays open with the form filled if it fails."""
        source = self.ctx.workspace if (mode == "copy" and self.ctx is not None) else None

        def work(report, cancel):
            ctx = open_context(
                login.location,
                self.language,
                media_root=login.media_root,
                password=login.password or None,
            )
            if source is None:
                return ctx, None
            from app.services.workspace_migrate import migrate_workspace

            try:
                return ctx, migrate_workspace(source, ctx.workspace, report, cancel)
            except BaseException:
                ctx.workspace.close()
                raise

        def succeeded(result) -> None:
            ctx, copied = result
            self._remember_team_login(login)
            dialog.accept()
            if copied is not None:
                QMessageBox.information(
                    self.window,
                    "Kilas",
                    self.tr(
                        "Ruang kerja disalin ke %1: jumlah baris di setiap tabel dan isi %2 "
                        "berkas sama dengan sumbernya."
                    )
                    .replace("%1", copied.target)
                    .replace("%2", fmt_int(copied.files, self.language)),
                )
            self._show(ctx)

        def progress(fraction: float, label: str) -> None:
            dialog.status.setText(
                self.tr("Menyalin… %1").replace("%1", fmt_percent(fraction, self.language, 0))
            )

        job = self.runner.start(
            work,
            on_progress=progress,
            on_succeeded=succeeded,
            on_failed=lambda error: dialog.show_error(error.message(self.language)),
            on_canceled=lambda: dialog.show_error(self.tr("Dibatalkan; tidak ada yang diubah.")),
        )
        dialog.rejected.connect(job.cancel)

    def _remember_team_login(self, login) -> None:
        from app.services.team_login import save_password
        from app.ui.team.open_dialog import media_root_setting

        self.settings.setValue(media_root_setting(login.location), str(login.media_root))
        if login.remember and login.password:
            save_password(login.location, login.password)

    def shutdown(self) -> None:
        self.runner.cancel_all()
        self.runner.wait(10000)
        if self.ctx is not None:
            _queue(self.ctx).stop()
            self.ctx.workspace.close()


def _queue(ctx: AppContext):
    from app.workers.queue_runner import QueueController

    return ctx.service(QueueController)


def _has_projects(ctx: AppContext) -> bool:
    from app.services.sample import has_projects

    return has_projects(ctx)


def _build_sample_in(ctx: AppContext, report, cancel):
    from app.services.sample import build_sample

    return build_sample(ctx, report, cancel)
