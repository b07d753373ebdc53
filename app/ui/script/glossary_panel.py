"""Workspace glossary: official names and terms, highlighted in the editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.services.context import AppContext
from app.services.script import ScriptService

# Labels marked for lupdate, translated where shown.
CATEGORIES = (
    ("instansi", QT_TRANSLATE_NOOP("GlossaryPanel", "Instansi")),
    ("pejabat", QT_TRANSLATE_NOOP("GlossaryPanel", "Pejabat")),
    ("istilah", QT_TRANSLATE_NOOP("GlossaryPanel", "Istilah")),
    ("layanan", QT_TRANSLATE_NOOP("GlossaryPanel", "Layanan")),
    ("tempat", QT_TRANSLATE_NOOP("GlossaryPanel", "Tempat")),
)


class GlossaryPanel(QWidget):
    changed = Signal()  # terms were added or removed
    error = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = ctx.service(ScriptService)
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("mis. Diskominfo, Call Center 112"))
        self.category = QComboBox()
        for key, label in CATEGORIES:
            self.category.addItem(self.tr(label), key)
        self.add_btn = QPushButton(self.tr("Tambah"))
        self.remove_btn = QPushButton(self.tr("Hapus istilah"))
        self.list = QListWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.term, 1)
        row.addWidget(self.category)
        row.addWidget(self.add_btn)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_btn)
        self.add_btn.clicked.connect(self.add_current)
        self.term.returnPressed.connect(self.add_current)
        self.remove_btn.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for row in self.svc.glossary():
            item = QListWidgetItem(
                f"{row['term']}  ·  {row['category']}" if row["category"] else row["term"]
            )
            item.setData(Qt.UserRole, row["id"])
            self.list.addItem(item)

    def add_current(self) -> None:
        try:
            self.svc.add_term(self.term.text(), self.category.currentData() or "")
        except KilasError as exc:
            self.error.emit(exc)
            return
        self.term.clear()
        self.refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            self.svc.delete_term(int(item.data(Qt.UserRole)))
        except KilasError as exc:
            self.error.emit(exc)
            return
        self.refresh()
        self.changed.emit()
