"""Review and approval panel: state, decisions, comments pinned to a shot, what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import KilasError
from app.core.script_diff import describe_change_id
from app.services.context import AppContext
from app.services.script_review import ReviewService
from app.ui.style.theme import set_role

STATE_COLOURS = {
    "draft": "#6b7280",
    "in_review": "#2563eb",
    "approved": "#15803d",
    "changed_since_approval": "#c2410c",
    "changes_requested": "#b91c1c",
}


# Review decisions as the history shows them (Qt translation, context ReviewPanel).
DECISION_LABELS = {
    "submitted": QT_TRANSLATE_NOOP("ReviewPanel", "Dikirim untuk ditinjau"),
    "approved": QT_TRANSLATE_NOOP("ReviewPanel", "Disetujui"),
    "changes_requested": QT_TRANSLATE_NOOP("ReviewPanel", "Dikembalikan untuk revisi"),
    "comment": QT_TRANSLATE_NOOP("ReviewPanel", "Komentar"),
}


class ReviewPanel(QWidget):
    shot_requested = Signal(int)  # a pinned comment was double-clicked
    changed = Signal()  # a decision or comment was recorded
    error = Signal(object)  # a KilasError to show

    def __init__(
        self, ctx: AppContext, current_shot: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_shot = current_shot
        self.project_id: int | None = None
        self.service = ctx.service(ReviewService)

        self.state_label = QLabel()
        self.state_label.setObjectName("approvalState")
        self.state_label.setWordWrap(True)
        self.reviewer = QLineEdit(str(ctx.setting("reviewer_name") or ""))
        self.reviewer.setPlaceholderText(self.tr("Nama Anda"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Komentar atau alasan keputusan"))
        self.comment.setMaximumHeight(70)
        self.submit_btn = QPushButton(self.tr("Kirim untuk ditinjau"))
        self.pin_btn = QPushButton(self.tr("Komentar pada shot ini"))
        self.approve_btn = QPushButton(self.tr("Setujui"))
        set_role(self.approve_btn, "success")
        self.reject_btn = QPushButton(self.tr("Kembalikan untuk revisi"))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.changes_label = QLabel(self.tr("Perubahan sejak disetujui"))
        self.changes = QListWidget()
        self.changes.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Peninjau")))
        row.addWidget(self.reviewer, 1)
        layout.addLayout(row)
        layout.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_btn)
        buttons.addWidget(self.pin_btn)
        layout.addLayout(buttons)
        buttons2 = QHBoxLayout()
        buttons2.addWidget(self.approve_btn)
        buttons2.addWidget(self.reject_btn)
        layout.addLayout(buttons2)
        layout.addWidget(QLabel(self.tr("Riwayat keputusan dan komentar")))
        layout.addWidget(self.history, 2)
        self.resolve_btn = QPushButton(self.tr("Tandai komentar selesai"))
        self.resolve_btn.setEnabled(False)
        layout.addWidget(self.resolve_btn)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 1)

        self.submit_btn.clicked.connect(lambda: self._decide("submit"))
        self.approve_btn.clicked.connect(lambda: self._decide("approve"))
        self.reject_btn.clicked.connect(lambda: self._decide("request_changes"))
        self.pin_btn.clicked.connect(lambda: self._decide("comment"))
        self.reviewer.editingFinished.connect(self._remember_reviewer)
        self.history.itemDoubleClicked.connect(self._open_pinned)
        self.history.currentItemChanged.connect(self._on_history_current)
        self.resolve_btn.clicked.connect(self._toggle_resolved)

    def _remember_reviewer(self) -> None:
        name = self.reviewer.text().strip()
        if name and name != self.ctx.setting("reviewer_name"):
            try:
                self.ctx.set_setting("reviewer_name", name)
            except KilasError as exc:
                self.error.emit(exc)

    def _decide(self, action: str) -> None:
        if self.project_id is None:
            return
        name, text = self.reviewer.text().strip(), self.comment.toPlainText().strip()
        try:
            if action == "comment":
                self.service.comment(self.project_id, text, self.current_shot(), reviewer=name)
            else:
                getattr(self.service, action)(self.project_id, name, text)
        except KilasError as exc:
            self.error.emit(exc)
            return
        self._remember_reviewer()
        self.comment.clear()
        self.refresh()
        self.changed.emit()

    def _on_history_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        record = item.data(Qt.UserRole + 1) if item else None
        self.resolve_btn.setEnabled(bool(record and record[1] == "comment"))
        if record:
            self.resolve_btn.setText(
                self.tr("Buka lagi komentar") if record[2] else self.tr("Tandai komentar selesai")
            )

    def _toggle_resolved(self) -> None:
        item = self.history.currentItem()
        record = item.data(Qt.UserRole + 1) if item else None
        if not record:
            return
        try:
            self.service.set_resolved(record[0], not record[2])
        except KilasError as exc:
            self.error.emit(exc)
            return
        self.refresh()
        self.changed.emit()

    def _open_pinned(self, item: QListWidgetItem) -> None:
        shot_id = item.data(Qt.UserRole)
        if shot_id:
            self.shot_requested.emit(int(shot_id))

    def set_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.refresh()

    def refresh(self) -> None:
        self.history.clear()
        self.changes.clear()
        if self.project_id is None:
            self.state_label.setText("")
            return
        state = self.service.state(self.project_id)
        colour = STATE_COLOURS.get(state.state, "#333")
        self.state_label.setText(
            f"<span style='color:{colour}; font-weight:600;'>{state.label(self.ctx.language)}</span>"
        )
        for rec in reversed(self.service.records(self.project_id)):
            where = self.tr(" · shot {0}").format(rec.shot_number) if rec.shot_number else ""
            text = (
                f"{rec.created_at:%Y-%m-%d %H:%M} · {self.tr(DECISION_LABELS.get(rec.decision, rec.decision))}"
                f" · {rec.reviewer} · v{rec.script_version}{where}"
            )
            if rec.comment:
                text += f"\n“{rec.comment}”"
            if rec.decision == "comment" and rec.resolved:
                text += self.tr("  ✓ selesai")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, rec.shot_id)
            item.setData(Qt.UserRole + 1, (rec.id, rec.decision, rec.resolved))
            if rec.resolved:
                item.setForeground(Qt.gray)
            if rec.shot_id:
                item.setToolTip(self.tr("Klik dua kali untuk membuka shot ini"))
            self.history.addItem(item)
        diff = self.service.changes_since_approval(self.project_id)
        visible = bool(diff and diff.changed)
        self.changes_label.setVisible(visible)
        self.changes.setVisible(visible)
        if visible:
            for change in diff.changes:
                self.changes.addItem(describe_change_id(change))
