"""The render queue panel: live jobs with progress and remaining time, and their controls.

In a team workspace it also shows which computer renders (or rendered) each job, and follows
what the other computers do (QueueController.watch).

Embedded in the Render screen; also runs alone:
`python -m app.ui.render.queue_panel --workspace DIR|URL [--media-root DIR]`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError, NotFound
from app.core.machine import machine_name
from app.services.batch_sheet import BatchResult, BatchSheetService
from app.services.context import AppContext
from app.services.render_queue import (
    ACTIVE,
    CANCELED,
    DONE,
    FAILED,
    QUEUED,
    RUNNING,
    JobView,
    RenderQueue,
    in_queue_order,
)
from app.ui.common.actions import add_action
from app.ui.common.desktop import open_folder_of, play
from app.ui.common.empty_state import EmptyState
from app.ui.render.queue_dialogs import AddJobsDialog, SheetDialog
from app.workers.jobs import JobRunner
from app.workers.queue_runner import JobEvent, JobEventKind, QueueController

# Marked for lupdate here, translated where the header is built (context QueuePanel).
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("QueuePanel", "Proyek"),
    QT_TRANSLATE_NOOP("QueuePanel", "Preset"),
    QT_TRANSLATE_NOOP("QueuePanel", "Kualitas"),
    QT_TRANSLATE_NOOP("QueuePanel", "Status"),
    QT_TRANSLATE_NOOP("QueuePanel", "Komputer"),
    QT_TRANSLATE_NOOP("QueuePanel", "Progres"),
    QT_TRANSLATE_NOOP("QueuePanel", "Sisa"),
    QT_TRANSLATE_NOOP("QueuePanel", "Keluaran"),
    QT_TRANSLATE_NOOP("QueuePanel", "Keterangan"),
)
STATUS_COL, MACHINE_COL, PROGRESS_COL, REMAINING_COL, NOTE_COL = 4, 5, 6, 7, 9
JOB_ID_ROLE = Qt.UserRole + 1


class ProgressDelegate(QStyledItemDelegate):
    """Draws the progress cell as a bar with a readable percentage."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        value = index.data(Qt.UserRole)
        if value is None:
            return
        fraction = max(0.0, min(1.0, float(value)))
        rect = option.rect.adjusted(4, 6, -4, -6)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor("#E3E6EA"))
        painter.drawRoundedRect(rect, 3, 3)
        done = QRectF(rect)
        done.setWidth(rect.width() * fraction)
        painter.setBrush(QColor("#1B6E3A") if fraction >= 1.0 else QColor("#0B4F8A"))
        painter.drawRoundedRect(done, 3, 3)
        text = f"{int(fraction * 100)}%"
        painter.setPen(QColor("#111111"))
        painter.drawText(rect, Qt.AlignCenter, text)
        # The part of the text over the filled bar is drawn light for contrast.
        painter.setClipRect(done)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(rect, Qt.AlignCenter, text)
        painter.restore()


class QueuePanel(QWidget):
    """`QueuePanel(ctx, parent)`: the workspace's render queue, live."""

    status_message = Signal(str)
    project_opened = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, autostart: bool = True
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = ctx.service(RenderQueue)
        self.controller = ctx.service(QueueController)
        self.jobs_runner = JobRunner(self)
        self._jobs: list[JobView] = []
        self._live: dict[int, tuple[float, float | None]] = {}  # job id -> progress, time left
        self._paused = False
        self.project_id: int | None = None
        self.status_text = {
            QUEUED: self.tr("Menunggu"),
            RUNNING: self.tr("Berjalan"),
            DONE: self.tr("Selesai"),
            FAILED: self.tr("Gagal"),
            CANCELED: self.tr("Dibatalkan"),
        }
        self._build()
        self.controller.job_event.connect(self.on_controller_job_event)
        self.controller.message.connect(self.status_message)
        self.controller.running_changed.connect(lambda _running: self._update_summary())
        if autostart:
            self.controller.start()
        else:
            self.controller.watch()  # a team's other computers: shown even while we run none
        self.refresh()

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QToolBar(self)
        self.act_add = add_action(
            self,
            bar,
            self.tr("Tambah proyek…"),
            "Ctrl+Shift+A",
            self.on_add_triggered,
            icon="list-plus",
        )
        self.act_series = add_action(
            self,
            bar,
            self.tr("Tambah seri…"),
            "Ctrl+Shift+S",
            self.on_add_series_triggered,
            icon="layers",
        )
        self.act_sheet = add_action(
            self,
            bar,
            self.tr("Impor lembar CSV/XLSX…"),
            "Ctrl+I",
            self.on_sheet_triggered,
            icon="file-spreadsheet",
        )
        bar.addSeparator()
        self.act_up = add_action(
            self,
            bar,
            self.tr("Naik"),
            "Alt+Up",
            lambda: self.on_move_triggered(-1),
            icon="arrow-up",
        )
        self.act_down = add_action(
            self,
            bar,
            self.tr("Turun"),
            "Alt+Down",
            lambda: self.on_move_triggered(1),
            icon="arrow-down",
        )
        bar.addSeparator()
        self.act_cancel = add_action(
            self,
            bar,
            self.tr("Batalkan"),
            QKeySequence.Delete,
            self.on_cancel_triggered,
            icon="circle-x",
        )
        self.act_retry = add_action(
            self, bar, self.tr("Ulangi"), "Ctrl+Shift+R", self.on_retry_triggered, icon="rotate-ccw"
        )
        self.act_clear = add_action(
            self,
            bar,
            self.tr("Bersihkan yang selesai"),
            None,
            self.on_clear_triggered,
            icon="list-x",
        )
        bar.addSeparator()
        self.act_open_folder = add_action(
            self,
            bar,
            self.tr("Buka folder"),
            "Ctrl+Shift+O",
            self.on_open_folder_triggered,
            icon="folder-open",
        )
        self.act_play = add_action(
            self, bar, self.tr("Putar"), "Ctrl+Shift+Space", self.on_play_triggered, icon="play"
        )
        bar.addSeparator()
        self.act_pause = add_action(
            self, bar, self.tr("Jeda antrean"), "Ctrl+P", self.on_pause_triggered, icon="pause"
        )
        self.act_pause.setCheckable(True)
        layout.addWidget(bar)

        line = QHBoxLayout()
        self.summary = QLabel(self)
        line.addWidget(self.summary, 1)
        line.addWidget(QLabel(self.tr("Render paralel:"), self))
        self.parallel = QSpinBox(self, minimum=1, maximum=8)
        self.parallel.setValue(self.controller.parallel_jobs)
        self.parallel.setToolTip(self.tr("Jumlah video yang dirender bersamaan"))
        self.parallel.valueChanged.connect(self.on_parallel_changed)
        line.addWidget(self.parallel)
        layout.addLayout(line)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("QueuePanel", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(PROGRESS_COL, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(PROGRESS_COL, QHeaderView.Fixed)
        header.resizeSection(PROGRESS_COL, 140)
        header.setSectionResizeMode(NOTE_COL, QHeaderView.Stretch)
        # One computer renders everything in a single-user workspace: no column for it.
        self.table.setColumnHidden(MACHINE_COL, not self.ctx.workspace.team)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            "list-plus",
            self.tr("Antrean kosong. Tambahkan proyek untuk dirender di latar belakang."),
            self.tr("Tambah proyek…"),
            cover=self.table.viewport(),
        )
        self.empty.action_triggered.connect(self.act_add.trigger)

    # Data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the whole queue again: at start and after this panel's own actions. Runner
        events update single rows (on_controller_job_event), so nothing polls."""
        self._jobs = self.queue.jobs()
        self._live = {
            job_id: live
            for job_id, live in self.controller.live().items()
            if any(j.id == job_id for j in self._jobs)
        }
        self._paused = self.queue.is_paused()
        self._show()

    def _show(self) -> None:
        selected = set(self.selected_ids())
        self.table.setRowCount(len(self._jobs))
        self.empty.setVisible(not self._jobs)
        for row, job in enumerate(self._jobs):
            progress, remaining = self._live.get(job.id, (job.progress, None))
            if job.status == DONE:
                progress = 1.0
            place = str(row + 1) if job.status in ACTIVE else ""
            cells = [
                place,
                job.project_title,
                job.preset,
                self.tr("Draf") if job.quality == "draft" else self.tr("Final"),
                self.status_text.get(job.status, job.status),
                self._machine(job),
                "",
                _clock(remaining) if job.status == RUNNING and remaining is not None else "",
                Path(job.output_path).name,
                self._note(job),
            ]
            for col, text in enumerate(cells):
                item = self.table.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, col, item)
                item.setText(text)
                item.setData(JOB_ID_ROLE, job.id)
                if col == NOTE_COL:
                    item.setToolTip(job.error or job.output_path)
            bar_item = self.table.item(row, PROGRESS_COL)
            bar_item.setData(Qt.UserRole, progress if job.status in (RUNNING, DONE) else None)
            colour = {FAILED: QColor("#B3261E"), DONE: QColor("#1B6E3A")}.get(job.status)
            self.table.item(row, STATUS_COL).setForeground(colour or self.palette().text().color())
        self.table.blockSignals(True)
        self.table.clearSelection()
        for row, job in enumerate(self._jobs):
            if job.id in selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._update_summary()
        self._update_actions()

    def _update_job(self, job_id: int) -> None:
        """One job changed (an event): read that job only and redraw from memory."""
        try:
            job = self.queue.get(job_id)
        except NotFound:  # removed meanwhile
            self._jobs = [j for j in self._jobs if j.id != job_id]
        else:
            self._jobs = in_queue_order([j for j in self._jobs if j.id != job_id] + [job])
            if job.status != RUNNING:
                self._live.pop(job_id, None)
        self._show()

    def _machine(self, job: JobView) -> str:
        """The computer that renders the job, or rendered it (nothing while it waits)."""
        if job.status == QUEUED or not job.machine:
            return ""
        if job.machine == machine_name():
            return self.tr("{0} (komputer ini)").format(job.machine)
        return job.machine

    def _note(self, job: JobView) -> str:
        if job.error:
            return job.error.splitlines()[0]
        if job.status == DONE:
            size = job.result.get("size_bytes")
            return self.tr("{0:.1f} MB").format(size / 1e6) if size else ""
        if job.attempts > 1 and job.status in ACTIVE:
            return self.tr("Percobaan ke-{0}").format(job.attempts)
        return ""

    def _update_summary(self) -> None:
        counts = {s: 0 for s in self.status_text}
        for job in self._jobs:
            counts[job.status] = counts.get(job.status, 0) + 1
        paused = self._paused
        text = self.tr("{0} berjalan · {1} menunggu · {2} selesai · {3} gagal").format(
            counts[RUNNING], counts[QUEUED], counts[DONE], counts[FAILED]
        )
        if paused:
            text += " · " + self.tr("ANTREAN DIJEDA")
        elif not self.controller.running and not self.ctx.read_only:
            text += " · " + self.tr("pelaksana berhenti")
        self.summary.setText(text)
        self.act_pause.blockSignals(True)
        self.act_pause.setChecked(paused)
        self.act_pause.setText(self.tr("Lanjutkan antrean") if paused else self.tr("Jeda antrean"))
        self.act_pause.blockSignals(False)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self._jobs[r].id for r in rows if r < len(self._jobs)]

    def _selected_jobs(self) -> list[JobView]:
        ids = set(self.selected_ids())
        return [j for j in self._jobs if j.id in ids]

    def _update_actions(self) -> None:
        jobs = self._selected_jobs()
        writable = not self.ctx.read_only
        for act in (self.act_add, self.act_series, self.act_sheet, self.act_pause, self.act_clear):
            act.setEnabled(writable)
        self.act_cancel.setEnabled(writable and any(j.status in ACTIVE for j in jobs))
        self.act_retry.setEnabled(writable and any(j.status in (FAILED, CANCELED) for j in jobs))
        finished = self._finished_output()
        self.act_open_folder.setEnabled(finished is not None)
        self.act_play.setEnabled(finished is not None)
        movable = writable and len(jobs) == 1 and jobs[0].status == QUEUED
        self.act_up.setEnabled(movable)
        self.act_down.setEnabled(movable)

    def _finished_output(self) -> Path | None:
        """The video of the one selected job, when it is done and still on disk."""
        jobs = self._selected_jobs()
        if len(jobs) != 1 or jobs[0].status != DONE:
            return None
        path = Path(jobs[0].output_path)
        return path if path.is_file() else None

    def on_open_folder_triggered(self) -> None:
        if (path := self._finished_output()) is not None:
            open_folder_of(path)

    def on_play_triggered(self) -> None:
        if (path := self._finished_output()) is not None:
            play(path)

    def set_project(self, project_id: int | None) -> None:
        """The project open in the host screen: preselected when adding to the queue."""
        self.project_id = project_id

    def select_job(self, job_id: int) -> None:
        for row, job in enumerate(self._jobs):
            if job.id == job_id:
                self.table.selectRow(row)

    # Slots ----------------------------------------------------------------------------
    def on_controller_job_event(self, event: JobEvent) -> None:
        if event.kind == JobEventKind.PROGRESS:
            self._update_progress(event.job_id, event.progress, event.remaining_s)
            return
        if event.kind == JobEventKind.PAUSED:  # the disk filled up: the queue paused itself
            self._paused = True
        if event.kind == JobEventKind.CHANGED and not event.job_id:  # paused elsewhere
            self._paused = self.queue.is_paused()
            self._update_summary()
        if event.job_id:
            self._update_job(event.job_id)
        if event.message:
            self.status_message.emit(event.message)

    def _update_progress(self, job_id: int, progress: float, remaining_s: float | None) -> None:
        self._live[job_id] = (progress, remaining_s)
        for row, job in enumerate(self._jobs):
            if job.id == job_id:
                self.table.item(row, PROGRESS_COL).setData(Qt.UserRole, progress)
                self.table.item(row, REMAINING_COL).setText(
                    _clock(remaining_s) if remaining_s is not None else ""
                )

    def on_add_triggered(self) -> None:
        self._add(series_mode=False)

    def on_add_series_triggered(self) -> None:
        self._add(series_mode=True)

    def _add(self, series_mode: bool) -> None:
        dialog = AddJobsDialog(self.ctx, self, series_mode=series_mode, project_id=self.project_id)
        if not dialog.exec():
            return
        try:
            ids = self.controller.add(
                dialog.project_ids(),
                preset=dialog.preset(),
                quality=dialog.quality(),
                upload_kit=dialog.upload_kit(),
            )
        except KilasError as exc:
            QMessageBox.warning(self, self.tr("Antrean"), exc.message(self.ctx.language))
            return
        # The controller announces each new job: its rows appear through the events.
        self.status_message.emit(self.tr("{0} video masuk antrean.").format(len(ids)))

    def on_sheet_triggered(self) -> None:
        dialog = SheetDialog(self.ctx, self)
        if not dialog.exec():
            return
        sheet, out_dir, preset, quality, make_zip = dialog.values()
        self.act_sheet.setEnabled(False)
        service = self.ctx.service(BatchSheetService)
        self.jobs_runner.start(
            lambda report, cancel: service.create_batch(sheet, out_dir, preset, quality, make_zip),
            on_succeeded=self.on_sheet_imported,
            on_failed=lambda exc: QMessageBox.warning(
                self, self.tr("Impor lembar"), exc.message(self.ctx.language)
            ),
            on_finished=lambda _outcome: self.act_sheet.setEnabled(True),
        )

    def on_sheet_imported(self, result: BatchResult) -> None:
        lang = self.ctx.language
        problems = [
            (
                self.tr("baris {0}: {1}").format(p.row_number, p.message(lang))
                if p.row_number > 1
                else p.message(lang)
            )
            for p in result.problems
        ]
        self.controller.poke()
        self.refresh()
        text = self.tr("{0} video masuk antrean, {1} baris ditolak.").format(
            len(result.job_ids), len(result.rejected)
        )
        self.status_message.emit(text)
        if problems or result.fatal:
            box = QMessageBox(QMessageBox.Warning, self.tr("Impor lembar"), text, parent=self)
            box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(problems[:6]))
            box.open()

    def on_move_triggered(self, delta: int) -> None:
        [job] = self._selected_jobs() or [None]
        if job is None:
            return
        self.queue.move(job.id, delta)
        self.refresh()
        self.select_job(job.id)

    def on_cancel_triggered(self) -> None:
        for job in self._selected_jobs():
            if job.status in ACTIVE:
                self.controller.cancel(job.id)
        self.refresh()

    def on_retry_triggered(self) -> None:
        for job in self._selected_jobs():
            try:
                self.queue.retry(job.id)
            except KilasError as exc:
                self.status_message.emit(exc.message(self.ctx.language))
        self.controller.poke()
        self.refresh()

    def on_clear_triggered(self) -> None:
        self.queue.remove_finished()
        self.refresh()

    def on_pause_triggered(self, checked: bool) -> None:
        if checked:
            self.queue.pause()
            self.status_message.emit(self.tr("Antrean dijeda: render yang berjalan diselesaikan."))
        else:
            self.queue.resume()
            self.controller.start()  # after a crash of the runner thread
            self.controller.poke()
        self.refresh()

    def on_parallel_changed(self, value: int) -> None:
        self.controller.set_parallel_jobs(value)

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.row() < len(self._jobs):
            self.project_opened.emit(self._jobs[index.row()].project_id)


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = int(round(seconds))
    return (
        f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
        if seconds >= 3600
        else f"{seconds // 60}:{seconds % 60:02d}"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the panel on its own window (for a render machine that only runs the queue)."""
    import argparse

    from app.services.paths import default_workspace
    from app.services.workspaces import open_context

    parser = argparse.ArgumentParser(prog="queue_panel")
    parser.add_argument("--workspace", default=None, metavar="DIR|URL")
    parser.add_argument("--media-root", type=Path, default=None, metavar="DIR")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = open_context(args.workspace or default_workspace(), media_root=args.media_root)
    panel = QueuePanel(ctx)
    panel.setWindowTitle(panel.tr("Kilas — antrean render"))
    panel.resize(1100, 600)
    panel.show()
    code = app.exec()
    ctx.service(QueueController).stop()
    ctx.workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
