"""Opens workspaces for the GUI, builds the sample on first launch, swaps main windows.

The sample builder and the render queue are imported where they are used: neither is
needed to paint the first window (start-up time)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from app.core.errors import KilasError
from app.services.context import AppContext
from app.services.paths import default_workspace
from app.services.workspaces import open_context
from app.ui.main_window import MainWindow, remember_workspace
from app.workers.jobs import JobFailed, JobRunner, JobSucceeded, Outcome


class AppController(QObject):
    def __init__(self, app: QApplication, settings: QSettings, language: str) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.language = language
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.runner = JobRunner(self)

    def open(self, root: Path | None) -> bool:
        """Open `root` (default: the sample workspace, created on first launch)."""
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
        remember_workspace(self.settings, ctx.workspace.root)
        self.window = MainWindow(ctx, self.settings)
        self.window.workspace_requested.connect(self.on_window_workspace_requested)
        self.window.sample_requested.connect(self.on_window_sample_requested)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_ctx is not None:
            _queue(old_ctx).stop()
            old_ctx.workspace.close()
        # The render queue runs whatever screen is open; starting it also puts jobs a crash
        # interrupted back in the queue. After the first paint, so start-up stays quick.
        QTimer.singleShot(0, lambda: _queue(ctx).start())

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
