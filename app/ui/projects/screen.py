"""Projects screen: the board by production status, a sortable table, missing-media relink."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.core.status import STATUS_ORDER, status_labels
from app.services.calendar import CalendarService
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService, ProjectSummary
from app.ui.common.actions import add_action
from app.ui.common.empty_state import EmptyState
from app.ui.common.screen import Screen
from app.ui.projects import commands
from app.ui.projects.board import ProjectBoard
from app.ui.projects.new_dialog import NewProjectDialog
from app.workers.jobs import JobRunner


class ProjectsScreen(Screen):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.projects = ctx.service(ProjectService)
        self.library = ctx.service(MediaLibrary)
        self.runner = JobRunner(self)  # relinking media probes and hashes files
        self._summaries: list[ProjectSummary] = []
        self.status_labels = status_labels(ctx.language)
        self._build()
        self.refresh()

    # Layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QToolBar()
        self.act_new = add_action(
            self,
            bar,
            self.tr("Proyek baru"),
            QKeySequence.New,
            self.on_new_triggered,
            icon="file-plus",
        )
        self.act_rename = add_action(
            self,
            bar,
            self.tr("Ganti nama"),
            QKeySequence(Qt.Key_F2),
            self.on_rename_triggered,
            icon="pencil",
        )
        self.act_duplicate = add_action(
            self,
            bar,
            self.tr("Duplikat"),
            QKeySequence("Ctrl+D"),
            self.on_duplicate_triggered,
            icon="copy",
        )
        self.act_delete = add_action(
            self,
            bar,
            self.tr("Hapus"),
            QKeySequence.Delete,
            self.on_delete_triggered,
            icon="trash-2",
        )
        self.act_open = add_action(
            self,
            bar,
            self.tr("Buka naskah"),
            QKeySequence(Qt.Key_Return),
            self.on_open_triggered,
            icon="file-text",
        )
        bar.addSeparator()
        self.filter_edit = QLineEdit(placeholderText=self.tr("Cari judul atau seri…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.on_filter_changed)
        bar.addWidget(self.filter_edit)
        layout.addWidget(bar)
        if self.ctx.read_only:
            for act in (self.act_new, self.act_rename, self.act_duplicate, self.act_delete):
                act.setEnabled(False)

        split = QSplitter()
        self.tabs = QTabWidget()
        self.board = ProjectBoard(self.status_labels)
        self.board.project_dropped.connect(self.on_board_project_dropped)
        self.board.project_selected.connect(self.on_project_selected)
        self.board.project_activated.connect(self.project_opened)
        self.tabs.addTab(self.board, self.tr("Papan"))

        self.model = QStandardItemModel(0, 7)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Judul"),
                self.tr("Seri"),
                self.tr("Status"),
                self.tr("Shot"),
                self.tr("Perkiraan (dtk)"),
                self.tr("Jadwal tayang"),
                self.tr("Diubah"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.UserRole + 1)
        self.table = QTableView()
        self.table.setObjectName("projects-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.on_open_triggered())
        self.table.selectionModel().currentRowChanged.connect(self.on_table_row_changed)
        self.tabs.addTab(self.table, self.tr("Tabel"))
        split.addWidget(self.tabs)
        self.empty = EmptyState(
            "folder-kanban",
            self.tr("Belum ada proyek. Buat proyek pertama, dari templat naskah atau kosong."),
            self.tr("Proyek baru…"),
            cover=self.tabs,
        )
        self.empty.action_triggered.connect(self.act_new.trigger)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        self.detail = QLabel(wordWrap=True, textFormat=Qt.RichText)
        self.detail.setAlignment(Qt.AlignTop)
        side_layout.addWidget(self.detail)
        side_layout.addWidget(QLabel(self.tr("Media hilang")))
        self.missing_list = QListWidget()
        self.missing_list.setObjectName("missing-media")
        side_layout.addWidget(self.missing_list)
        row = QHBoxLayout()
        self.relink_button = QPushButton(self.tr("Tautkan ulang…"))
        self.relink_button.clicked.connect(self.on_relink_clicked)
        self.search_button = QPushButton(self.tr("Cari di folder…"))
        self.search_button.clicked.connect(self.on_search_folder_clicked)
        row.addWidget(self.relink_button)
        row.addWidget(self.search_button)
        side_layout.addLayout(row)
        split.addWidget(side)
        side.setMaximumWidth(250)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)

    # Data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        # Dates are stored in UTC; show them in the team's time zone, as the calendar does.
        calendar = self.ctx.service(CalendarService)
        self._summaries = [
            replace(
                p,
                planned_publish_at=calendar.to_local(p.planned_publish_at),
                updated_at=calendar.to_local(p.updated_at),
            )
            for p in self.projects.summaries()
        ]
        if self.project_id not in {p.id for p in self._summaries}:
            self.project_id = self._summaries[0].id if self._summaries else None
        self.board.set_projects(self._summaries, self.project_id)
        self.empty.setVisible(not self._summaries)
        self._fill_table()
        self._show_detail()

    def _fill_table(self) -> None:
        self.model.setRowCount(0)
        order = {s.value: i for i, s in enumerate(STATUS_ORDER)}
        for p in self._summaries:
            planned = f"{p.planned_publish_at:%d/%m/%Y}" if p.planned_publish_at else ""
            values = [
                (p.title, p.title.lower()),
                (p.series, p.series.lower()),
                (self.status_labels.get(p.status, p.status), order.get(p.status, 99)),
                (str(p.shot_count), p.shot_count),
                (f"{p.estimated_s:.0f}", p.estimated_s),
                (planned, p.planned_publish_at.isoformat() if p.planned_publish_at else ""),
                (f"{p.updated_at:%d/%m/%Y %H:%M}", p.updated_at.isoformat()),
            ]
            row = []
            for text, key in values:
                item = QStandardItem(text)
                item.setData(key, Qt.UserRole + 1)
                item.setData(p.id, Qt.UserRole)
                row.append(item)
            self.model.appendRow(row)

    def _show_detail(self) -> None:
        self.missing_list.clear()
        p = next((x for x in self._summaries if x.id == self.project_id), None)
        if p is None:
            self.detail.setText(
                self.tr("Belum ada proyek. Tekan Ctrl+N untuk membuat proyek baru.")
            )
            self.relink_button.setEnabled(False)
            self.search_button.setEnabled(False)
            return
        budget = (
            self.tr("melebihi target")
            if p.estimated_s > p.target_duration_s
            else self.tr("sesuai target")
        )
        self.detail.setText(
            f"<h3>{_esc(p.title)}</h3><p>{_esc(p.series)}</p>"
            + self.tr(
                "<p>Status: <b>{0}</b><br>{1} shot, ±{2} dtk dari {3} dtk ({4})<br>Platform: {5}</p>"
            ).format(
                self.status_labels.get(p.status, p.status),
                p.shot_count,
                round(p.estimated_s),
                round(p.target_duration_s),
                budget,
                ", ".join(p.target_platforms) or "-",
            )
        )
        for info in self.library.missing_for_project(p.id):
            item = QListWidgetItem(f"{info.original_name or info.path.name} — {info.path}")
            item.setData(Qt.UserRole, info.id)
            item.setToolTip(str(info.path))
            self.missing_list.addItem(item)
        if not self.missing_list.count():
            self.missing_list.addItem(QListWidgetItem(self.tr("Semua media ditemukan.")))
        has_missing = bool(self.library.missing_for_project(p.id))
        self.relink_button.setEnabled(has_missing and not self.ctx.read_only)
        self.search_button.setEnabled(has_missing and not self.ctx.read_only)

    def _changed(self) -> None:
        self.refresh()
        self.projects_changed.emit()

    def _selected(self) -> ProjectSummary | None:
        return next((x for x in self._summaries if x.id == self.project_id), None)

    def _run(self, command) -> None:
        try:
            self.undo_stack.push(command)
        except KilasError as exc:
            QMessageBox.warning(self, self.tr("Kilas"), exc.message(self.ctx.language))

    # Slots ----------------------------------------------------------------------------
    def on_project_selected(self, project_id: int) -> None:
        if project_id != self.project_id:
            self.project_id = project_id
            self._show_detail()
            self.project_selected.emit(project_id)

    def on_table_row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.on_project_selected(current.data(Qt.UserRole))

    def on_filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:  # the board has no filter; the table shows the matches
            self.tabs.setCurrentWidget(self.table)

    def on_new_triggered(self) -> None:
        dialog = NewProjectDialog(self)
        if dialog.exec():
            title, template, series = dialog.values()
            cmd = commands.create_project(self.projects, self._changed, title, template, series)
            self._run(cmd)
            if cmd.project_id:
                self.project_id = cmd.project_id
                self.refresh()
                self.project_selected.emit(cmd.project_id)

    def on_rename_triggered(self) -> None:
        p = self._selected()
        if p is None:
            return
        title, ok = QInputDialog.getText(
            self, self.tr("Ganti nama"), self.tr("Judul baru:"), text=p.title
        )
        if ok and title.strip() and title.strip() != p.title:
            self._run(
                commands.rename_project(self.projects, self._changed, p.id, p.title, title.strip())
            )

    def on_duplicate_triggered(self) -> None:
        p = self._selected()
        if p is not None:
            cmd = commands.duplicate_project(self.projects, self._changed, p.id)
            self._run(cmd)
            if cmd.project_id:
                self.project_id = cmd.project_id
                self.refresh()
                self.project_selected.emit(cmd.project_id)

    def on_delete_triggered(self) -> None:
        p = self._selected()
        if p is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus proyek"),
            self.tr('Hapus proyek "{0}"? Anda bisa membatalkannya dengan Ctrl+Z.').format(p.title),
        )
        if answer == QMessageBox.Yes:
            self._run(commands.DeleteProject(self.projects, self._changed, p.id))

    def on_open_triggered(self) -> None:
        if self.project_id is not None:
            self.project_opened.emit(self.project_id)

    def on_board_project_dropped(self, project_id: int, status: str) -> None:
        current = next((x for x in self._summaries if x.id == project_id), None)
        if current is None or current.status == status or self.ctx.read_only:
            return
        self.project_id = project_id
        self._run(
            commands.change_status(self.projects, self._changed, project_id, current.status, status)
        )

    def _missing_asset_id(self) -> int | None:
        item = self.missing_list.currentItem() or self.missing_list.item(0)
        return item.data(Qt.UserRole) if item is not None else None

    def on_relink_clicked(self) -> None:
        asset_id = self._missing_asset_id()
        if asset_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas pengganti"))
        if path:
            self._relink(asset_id, Path(path))

    def on_search_folder_clicked(self) -> None:
        asset_id = self._missing_asset_id()
        if asset_id is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Cari media di folder"))
        if not folder:
            return
        library = self.library

        def found(hits: list[Path]) -> None:
            if not hits:
                QMessageBox.information(
                    self, self.tr("Kilas"), self.tr("Tidak ada berkas yang cocok di folder itu.")
                )
                return
            self._relink(asset_id, hits[0])

        # Searching hashes every file of the same size: on a worker, never on the GUI thread.
        self.status_message.emit(self.tr("Mencari media di folder…"))
        self.runner.start(
            lambda _r, _c: library.find_candidates(asset_id, Path(folder)),
            on_succeeded=found,
            on_failed=self._relink_failed,
        )

    def _relink(self, asset_id: int, path: Path) -> None:
        """Probe and hash the replacement in the background, then show the project again."""
        library = self.library

        def relinked(_result: None) -> None:
            self.status_message.emit(self.tr("Media ditautkan ulang: {0}").format(path.name))
            self._show_detail()

        self.runner.start(
            lambda _r, _c: library.relink(asset_id, path),
            on_succeeded=relinked,
            on_failed=self._relink_failed,
        )

    def _relink_failed(self, exc: KilasError) -> None:
        QMessageBox.warning(self, self.tr("Kilas"), exc.message(self.ctx.language))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
