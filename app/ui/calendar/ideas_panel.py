"""The ideas backlog: idea cards, and turning one into a project with a script template."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.resources.templates import load_templates
from app.services.ideas import IdeaData, IdeaService
from app.services.projects import ProjectService
from app.ui.calendar.dialogs import IdeaDialog
from app.ui.calendar.edits import push_edit
from app.ui.common.empty_state import EmptyState
from app.ui.i18n import current_language

PRIORITY_COLOURS = {1: "#ffcdd2", 2: "#fff9c4", 3: "#e0e0e0"}


class IdeasPanel(QWidget):
    changed = Signal()
    failed = Signal(object)  # KilasError
    project_created = Signal(int)

    def __init__(self, ctx, undo_stack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ideas = ctx.service(IdeaService)
        self.undo_stack = undo_stack
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Prio"), self.tr("Ide"), self.tr("Sumber")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.itemDoubleClicked.connect(lambda _item: self.on_edit_clicked())
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            "lightbulb",
            self.tr("Belum ada ide. Catat ide video di sini, lalu jadikan proyek."),
            self.tr("Ide baru"),
            cover=self.table.viewport(),
        )
        self.empty.action_triggered.connect(self.on_add_clicked)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ide baru"), self)
        self.add_button.setToolTip(self.tr("Ide baru (Ctrl+I)"))
        self.edit_button = QPushButton(self.tr("Ubah"), self)
        self.delete_button = QPushButton(self.tr("Hapus"), self)
        for button, slot in (
            (self.add_button, self.on_add_clicked),
            (self.edit_button, self.on_edit_clicked),
            (self.delete_button, self.on_delete_clicked),
        ):
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        self.template = QComboBox(self)
        self.template.addItem(self.tr("(tanpa templat)"), "")
        for name, tpl in load_templates().items():
            self.template.addItem(tpl.title_in(current_language()), name)
        if self.template.count() > 1:
            self.template.setCurrentIndex(1)
        self.make_button = QPushButton(self.tr("Jadikan proyek"), self)
        self.make_button.clicked.connect(self.on_make_project_clicked)
        row2.addWidget(self.template, 1)
        row2.addWidget(self.make_button)
        layout.addLayout(row2)
        new_action = QAction(self.tr("Ide baru"), self)
        new_action.setShortcut(QKeySequence("Ctrl+I"))
        new_action.setShortcutContext(Qt.WindowShortcut)
        new_action.triggered.connect(self.on_add_clicked)
        self.addAction(new_action)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._items: list[IdeaData] = []

    def refresh(self) -> None:
        selected = self.selected()
        self._items = self.ideas.list()
        self.table.setRowCount(len(self._items))
        names = {1: self.tr("Tinggi"), 2: self.tr("Sedang"), 3: self.tr("Rendah")}
        for row, idea in enumerate(self._items):
            prio = QTableWidgetItem(names.get(idea.priority, str(idea.priority)))
            prio.setBackground(QColor(PRIORITY_COLOURS.get(idea.priority, "#ffffff")))
            prio.setForeground(QColor("#111827"))
            title = idea.title
            if idea.project_id:
                title = "✓ " + title
            item = QTableWidgetItem(title)
            tip = [idea.title, idea.notes]
            if idea.project_id:
                tip.append(self.tr("Sudah menjadi proyek: {0}").format(idea.project_title))
                item.setForeground(QColor("#6b7280"))
            item.setToolTip("\n".join(t for t in tip if t))
            for col, cell in enumerate((prio, item, QTableWidgetItem(idea.source))):
                cell.setData(Qt.UserRole, idea.id)
                self.table.setItem(row, col, cell)
            if selected and idea.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self._items)
        self._update_buttons()

    def selected(self) -> IdeaData | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        idea_id = self.table.item(rows[0].row(), 0).data(Qt.UserRole)
        return next((i for i in self._items if i.id == idea_id), None)

    def _update_buttons(self) -> None:
        idea = self.selected()
        writable = not self.ctx.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and idea is not None)
        self.delete_button.setEnabled(writable and idea is not None)
        self.make_button.setEnabled(writable and idea is not None and idea.project_id is None)

    def _push(self, text, do, undo):
        try:
            return push_edit(self.undo_stack, text, do, undo, self.changed.emit, self.failed.emit)
        except KilasError as exc:
            self.failed.emit(exc)
            return None

    # slots ----------------------------------------------------------------------------------
    def on_add_clicked(self) -> None:
        dialog = IdeaDialog(self)
        if dialog.exec():
            self.add_idea(*dialog.values())

    def add_idea(self, title: str, source: str, priority: int, notes: str) -> int | None:
        state: dict = {}

        def do():
            if "data" in state:
                self.ideas.restore(state["data"])
            else:
                idea_id = self.ideas.create(title, source, priority, notes)
                state["data"] = self.ideas.get(idea_id)
            return state["data"].id

        return self._push(self.tr("Ide baru"), do, lambda: self.ideas.delete(state["data"].id))

    def on_edit_clicked(self) -> None:
        idea = self.selected()
        if idea is None:
            return
        dialog = IdeaDialog(self, idea.title, idea.source, idea.priority, idea.notes)
        if dialog.exec():
            values = dialog.values()
            self._push(
                self.tr("Ubah ide"),
                lambda: self.ideas.update(idea.id, *values),
                lambda: self.ideas.update(
                    idea.id, idea.title, idea.source, idea.priority, idea.notes
                ),
            )

    def on_delete_clicked(self) -> None:
        idea = self.selected()
        if idea is not None:
            self._push(
                self.tr("Hapus ide"),
                lambda: self.ideas.delete(idea.id),
                lambda: self.ideas.restore(idea),
            )

    def on_make_project_clicked(self) -> None:
        idea = self.selected()
        if idea is not None:
            self.make_project(idea.id, self.template.currentData() or None)

    def make_project(self, idea_id: int, template: str | None) -> int | None:
        projects = self.ctx.service(ProjectService)
        state: dict = {}

        def do():
            if "project_id" in state:  # redo after undo: bring the same project back
                projects.restore(state["project_id"])
                self.ideas.link(idea_id, state["project_id"])
            else:
                state["project_id"] = self.ideas.to_project(idea_id, template)
            return state["project_id"]

        def undo():
            self.ideas.unlink(idea_id)
            projects.delete(state["project_id"])

        project_id = self._push(self.tr("Jadikan proyek"), do, undo)
        if project_id:
            self.project_created.emit(project_id)
        return project_id
