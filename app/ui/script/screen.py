"""Script editor (naskah): shots in order with scenes, live duration against the budget,
glossary highlighting, review and approval, plain-text paste/import and DOCX/PDF export.

Every edit is a QUndoCommand (app.ui.script.commands) that saves through ScriptService at
once. Typing only recomputes the edited shot's estimate and the running total (a cached sum),
so a 300-shot script stays as quick as a short one.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core import timing
from app.core.errors import KilasError
from app.core.formatting import fmt_decimal, fmt_number
from app.core.glossary import GlossaryMatcher
from app.services.context import AppContext
from app.services.script import ScriptService
from app.services.script_review import ReviewService
from app.services.shots import ShotView
from app.ui.common.elided_label import ElidedLabel
from app.ui.common.screen import Screen
from app.ui.script.actions import build_actions
from app.ui.script.commands import (
    ContentCommand,
    DeleteShotCommand,
    DuplicateShotCommand,
    EditFieldCommand,
    InsertShotCommand,
    MergeShotsCommand,
    ReorderCommand,
    SplitShotCommand,
)
from app.ui.script.glossary_panel import GlossaryPanel
from app.ui.script.io_actions import ScriptIOActions
from app.ui.script.review_panel import ReviewPanel
from app.ui.script.shot_editor import ShotEditor, TextView, UndoKeyFilter
from app.ui.style.theme import set_role
from app.workers.jobs import JobRunner

# Undo-step names, marked for lupdate and translated where used (self.tr).
FIELD_LABELS = {
    "narration": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah narasi"),
    "on_screen_text": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah teks layar"),
    "visual_notes": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah visual"),
    "location": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah lokasi"),
    "target_duration_s": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah durasi target"),
    "shot_type": QT_TRANSLATE_NOOP("ScriptScreen", "Ubah jenis shot"),
    "scene_id": QT_TRANSLATE_NOOP("ScriptScreen", "Pindah adegan"),
}
BAR_OK = "QProgressBar::chunk { background: #16a34a; }"
BAR_NEAR = "QProgressBar::chunk { background: #ca8a04; }"
BAR_OVER = "QProgressBar { color: #7f1d1d; font-weight: 600; } QProgressBar::chunk { background: #dc2626; }"


class ScriptScreen(ScriptIOActions, Screen):
    export_finished = Signal(str)  # path written, or "" when it failed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.svc = ctx.service(ScriptService)
        self.shots: list[ShotView] = []
        self.seconds: list[float] = []  # estimate per shot, same order
        self.words: list[int] = []
        self.over: list[bool] = []  # narration cannot fit the shot's own target
        self.total_s = 0.0
        self.target_s = 60.0
        self.scene_titles: dict[int, str] = {}
        self.comments: dict[int, list[str]] = {}  # open reviewer comments pinned to shots
        self.wpm = 140.0  # read in refresh()
        self.jobs = JobRunner(self)
        self._row_of: dict[int, int] = {}
        self._reloading = False

        self.title_label = ElidedLabel()
        set_role(self.title_label, "title")
        self.budget = QProgressBar()
        self.budget.setObjectName("budgetBar")
        self.budget.setMinimumWidth(260)
        self.budget.setTextVisible(True)
        self.budget.setAlignment(Qt.AlignCenter)
        self.wpm_spin = QSpinBox()
        self.wpm_spin.setRange(80, 240)
        self.wpm_spin.setSuffix(self.tr(" kata/menit"))
        self.wpm_spin.setToolTip(
            self.tr("Kecepatan narasi untuk perkiraan durasi (Indonesia: 130–160)")
        )
        self.wpm_spin.setValue(round(self.wpm))
        self.stats_label = QLabel()
        self.error_label = QLabel()
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.shot_list = QListWidget()
        self.shot_list.setObjectName("shotList")
        self.shot_list.setDragDropMode(QAbstractItemView.InternalMove)
        self.shot_list.setDefaultDropAction(Qt.MoveAction)
        # Two unwrapped lines per row and uniform sizes: updating a row while typing does not
        # re-measure every row (that cost several ms per key in a 300-shot script).
        self.shot_list.setWordWrap(False)
        self.shot_list.setUniformItemSizes(True)
        self.shot_list.setTextElideMode(Qt.ElideRight)
        self.shot_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.shot_list.setSpacing(2)
        self.shot_list.setMinimumWidth(250)
        self.editor = ShotEditor(self.undo_stack, ctx.language)
        self.review = ReviewPanel(ctx, lambda: self.current_shot_id())
        self.glossary = GlossaryPanel(ctx)
        side = QTabWidget()
        side.addTab(self.review, self.tr("Tinjauan"))
        side.addTab(self.glossary, self.tr("Glosarium"))
        self.text_view = TextView()
        side.addTab(self.text_view, self.tr("Teks"))
        self.side_tabs = side

        self.toolbar = QToolBar()
        build_actions(self)

        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("Durasi")))
        top.addWidget(self.budget, 1)
        top.addWidget(self.wpm_spin)
        top.addWidget(self.stats_label)
        top.addWidget(self.new_button)
        splitter = QSplitter()
        splitter.addWidget(self.shot_list)
        splitter.addWidget(self.editor)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([300, 560, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.error_label)
        layout.addWidget(splitter, 1)

        self.review_timer = QTimer(self, singleShot=True, interval=400)
        self.review_timer.timeout.connect(self.review.refresh)
        self.review_timer.timeout.connect(self.refresh_text_view)
        side.currentChanged.connect(lambda _i: self.refresh_text_view())
        self.key_filter = UndoKeyFilter(self.undo_stack, self)
        self.shot_list.installEventFilter(self.key_filter)
        self.shot_list.currentRowChanged.connect(self.on_shot_list_current_changed)
        self.shot_list.model().rowsMoved.connect(self.on_shot_list_rows_moved)
        self.editor.field_edited.connect(self.on_editor_field_edited)
        self.editor.script_pasted.connect(self.paste_script)
        self.wpm_spin.valueChanged.connect(self.on_wpm_changed)
        self.review.shot_requested.connect(lambda sid: self.select_shot(sid))
        self.review.error.connect(self.show_error)
        self.review.changed.connect(lambda: self.reload())
        self.glossary.error.connect(self.show_error)
        self.glossary.changed.connect(self.update_glossary)
        self.update_glossary()
        self.refresh()

    # Loading ---------------------------------------------------------------------------
    def set_project(self, project_id: int | None) -> None:
        if project_id != self.project_id:
            self.undo_stack.clear()  # undo steps belong to the project they were made in
        super().set_project(project_id)

    def refresh(self) -> None:
        # The spin box keeps 80–240; a stored value outside it (edited elsewhere) is clamped.
        self.wpm = min(240.0, max(80.0, float(self.ctx.setting("narration_wpm"))))
        self.wpm_spin.blockSignals(True)
        self.wpm_spin.setValue(round(self.wpm))
        self.wpm_spin.blockSignals(False)
        self.reload()
        self.review.set_project(self.project_id)

    def reload(
        self,
        select_id: int | None = None,
        select_index: int | None = None,
        focus_narration: bool = False,
    ) -> None:
        """Reads the script again and shows it, keeping (or moving) the selection."""
        current = self.current_shot_id()
        if self.project_id is not None:
            try:
                self.svc.header(self.project_id)
            except KilasError as exc:  # deleted elsewhere (projects screen, another window)
                self.project_id = None
                self.undo_stack.clear()
                self.show_error(exc)
        self._reloading = True
        try:
            enabled = self.project_id is not None
            for act in self.toolbar.actions():
                act.setEnabled(enabled)
            self.export_button.setEnabled(enabled)
            if self.project_id is None:
                self.shots, self.scene_titles, self.comments = [], {}, {}
                self.title_label.setText(self.tr("Pilih atau buat proyek untuk menulis naskah."))
                self.target_s = 60.0
            else:
                title, self.target_s = self.svc.header(self.project_id)
                self.title_label.setText(title)
                self.shots = self.svc.shot_views(self.project_id)
                self.scene_titles = {sc.id: sc.title for sc in self.svc.scenes(self.project_id)}
                self.comments = {}
                for rec in self.ctx.service(ReviewService).records(self.project_id):
                    if rec.decision == "comment" and rec.shot_id and not rec.resolved:
                        self.comments.setdefault(rec.shot_id, []).append(
                            f"{rec.reviewer}: {rec.comment}"
                        )
            self._recompute_all()
            self._row_of = {sh.id: i for i, sh in enumerate(self.shots)}
            self.shot_list.clear()
            for i in range(len(self.shots)):
                item = QListWidgetItem()
                item.setData(Qt.UserRole, self.shots[i].id)
                self.shot_list.addItem(item)
                self._paint_item(i)
        finally:
            self._reloading = False
        if select_id is not None and select_id in self._row_of:
            row = self._row_of[select_id]
        elif select_index is not None:
            row = min(select_index, len(self.shots) - 1)
        elif current in self._row_of:
            row = self._row_of[current]
        else:
            row = 0 if self.shots else -1
        self.shot_list.setCurrentRow(row)
        self._load_editor(row)
        self.update_totals()
        self.review_timer.start()
        if focus_narration:
            self.editor.narration.setFocus()

    def _recompute_all(self) -> None:
        self.seconds, self.words, self.over = [], [], []
        for shot in self.shots:
            seconds, words, over = self._estimate(shot)
            self.seconds.append(seconds)
            self.words.append(words)
            self.over.append(over)

    def _recompute_row(self, row: int) -> None:
        self.seconds[row], self.words[row], self.over[row] = self._estimate(self.shots[row])

    def _estimate(self, shot: ShotView) -> tuple[float, int, bool]:
        """(shot seconds, narration words, narration overflows its target) — the same rules
        as app.core.timing, counting the words once (a 10 000-word narration costs ms)."""
        words = timing.count_words(shot.narration)
        speak_s = words * 60.0 / self.wpm
        target_s = shot.target_duration_s or 0.0
        return max(speak_s, target_s), words, bool(target_s) and speak_s > target_s + 1e-9

    def num(self, value: float, digits: int = 1, trim: bool = False) -> str:
        """A number as the UI language writes it (7,3 / 7.3)."""
        if trim:
            return fmt_number(value, self.ctx.language, digits)
        return fmt_decimal(value, digits, self.ctx.language)

    def _paint_item(self, row: int) -> None:
        shot, item = self.shots[row], self.shot_list.item(row)
        over = self.over[row]
        head = f"{row + 1}. {self.num(self.seconds[row])} {self.tr('dtk')}"
        if over:
            head += self.tr("  ⚠ tidak muat")
        starts_scene = bool(
            shot.scene_id and (row == 0 or self.shots[row - 1].scene_id != shot.scene_id)
        )
        if shot.id in self.comments:
            head += self.tr("  · {0} komentar").format(len(self.comments[shot.id]))
        if starts_scene:
            head += "   ▸ " + (self.scene_titles.get(shot.scene_id) or self.tr("(adegan)"))
        source = shot.narration or shot.visual_notes or "—"
        text = f"{head}\n{' '.join(source[:200].split())[:90]}"
        if item.text() != text:  # unchanged rows are not touched while typing
            item.setText(text)
        if item.data(Qt.UserRole + 1) != over:
            item.setData(Qt.UserRole + 1, over)
            item.setForeground(QColor("#991b1b") if over else QColor("#111827"))
        if item.data(Qt.UserRole + 2) != starts_scene:
            item.setData(Qt.UserRole + 2, starts_scene)
            item.setBackground(QColor("#eef2ff") if starts_scene else QColor(0, 0, 0, 0))

    def _load_editor(self, row: int) -> None:
        shot = self.shots[row] if 0 <= row < len(self.shots) else None
        scenes = sorted(self.scene_titles.items())
        self.editor.load(shot, scenes, row + 1, self.comments.get(shot.id, []) if shot else [])
        self._update_estimate_label(row)

    def _update_estimate_label(self, row: int) -> None:
        if not 0 <= row < len(self.shots):
            self.editor.set_estimate("", False)
            return
        shot = self.shots[row]
        words = self.words[row]
        speak_s = words * 60.0 / self.wpm
        text = self.tr("{0} kata · narasi {1} dtk · shot {2} dtk").format(
            words, self.num(speak_s), self.num(self.seconds[row])
        )
        over = self.over[row]
        if over:
            text += self.tr(" · ⚠ tidak muat dalam target {0} dtk").format(
                self.num(shot.target_duration_s, 1, trim=True)
            )
        self.editor.set_estimate(text, over)

    def update_totals(self) -> None:
        self.total_s = sum(self.seconds)
        words = sum(self.words)
        target = self.target_s
        self.budget.setRange(0, max(1, round(target * 10)))
        self.budget.setValue(min(round(self.total_s * 10), round(target * 10)))
        over_s = self.total_s - target
        if over_s > 1e-9:
            self.budget.setFormat(
                self.tr("{0} / {1} dtk · lewat {2} dtk").format(
                    self.num(self.total_s), self.num(target, trim=True), self.num(over_s)
                )
            )
            style = BAR_OVER
        else:
            self.budget.setFormat(
                self.tr("{0} / {1} dtk").format(self.num(self.total_s), self.num(target, trim=True))
            )
            style = BAR_NEAR if self.total_s > 0.9 * target else BAR_OK
        if self.budget.styleSheet() != style:  # re-polishing costs more than the rest
            self.budget.setStyleSheet(style)
        over_n = sum(self.over)
        text = self.tr("{0} shot · {1} kata").format(len(self.shots), words)
        if over_n:
            text += self.tr(" · {0} shot tidak muat").format(over_n)
        self.stats_label.setText(text)

    def update_glossary(self) -> None:
        self.editor.set_glossary(GlossaryMatcher(self.svc.glossary_terms()))

    # Selection -------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.shot_list.currentRow()

    def current_shot_id(self) -> int | None:
        row = self.current_row()
        return self.shots[row].id if 0 <= row < len(self.shots) else None

    def select_shot(self, shot_id: int) -> None:
        if shot_id in self._row_of:
            self.shot_list.setCurrentRow(self._row_of[shot_id])

    def step_shot(self, offset: int) -> None:
        """Selects the previous/next shot and keeps typing in its narration."""
        row = self.current_row() + offset
        if 0 <= row < len(self.shots):
            self.shot_list.setCurrentRow(row)
            self.editor.narration.setFocus()

    def on_shot_list_current_changed(self, row: int) -> None:
        if not self._reloading:
            self._load_editor(row)

    # Editing ---------------------------------------------------------------------------
    def on_editor_field_edited(self, field: str, old, new) -> None:
        shot_id = self.editor.shot_id
        if shot_id is None or self.project_id is None:
            return
        self.undo_stack.push(
            EditFieldCommand(
                self, shot_id, field, old, new, self.tr(FIELD_LABELS.get(field, field))
            )
        )

    def apply_shot_field(self, shot_id: int, field: str, value) -> None:
        """Shows a saved field value: list row, estimates, totals, the editor when open."""
        row = self._row_of.get(shot_id)
        if row is None:
            return
        self.shots[row] = dataclasses.replace(self.shots[row], **{field: value})
        if field in ("narration", "target_duration_s"):
            self._recompute_row(row)
        self._paint_item(row)
        if field == "scene_id" and row + 1 < len(self.shots):
            self._paint_item(row + 1)
        self.editor.apply_field(shot_id, field, value)
        if row == self.current_row():
            self._update_estimate_label(row)
        self.update_totals()
        self.review_timer.start()

    def _push(self, command) -> None:
        self.error_label.hide()
        self.undo_stack.push(command)

    def insert_shot(self) -> None:
        row = self.current_row()
        self._push(InsertShotCommand(self, row + 1 if row >= 0 else None, self.tr("Sisip shot")))

    def add_shot(self) -> None:
        self._push(InsertShotCommand(self, None, self.tr("Tambah shot")))

    def duplicate_shot(self) -> None:
        if (sid := self.current_shot_id()) is not None:
            self._push(DuplicateShotCommand(self, sid, self.tr("Duplikat shot")))

    def delete_shot(self) -> None:
        if (sid := self.current_shot_id()) is not None:
            self._push(DeleteShotCommand(self, sid, self.tr("Hapus shot")))

    def split_shot(self) -> None:
        if (sid := self.current_shot_id()) is not None:
            cursor = self.editor.narration_cursor()
            self._push(SplitShotCommand(self, sid, cursor, self.tr("Pisah shot")))

    def merge_shot(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.shots) - 1:
            self._push(MergeShotsCommand(self, self.shots[row].id, self.tr("Gabung shot")))

    def move_shot(self, offset: int) -> None:
        row = self.current_row()
        target = row + offset
        if not (0 <= row < len(self.shots) and 0 <= target < len(self.shots)):
            return
        order = [sh.id for sh in self.shots]
        order.insert(target, order.pop(row))
        self._push(ReorderCommand(self, order, order[target], self.tr("Pindah shot")))

    def on_shot_list_rows_moved(self, *_args) -> None:
        if self._reloading:
            return
        order = [
            int(self.shot_list.item(i).data(Qt.UserRole)) for i in range(self.shot_list.count())
        ]
        if order != [sh.id for sh in self.shots]:
            moved = self.current_shot_id()
            # After the drop has finished: the list is rebuilt by the command.
            QTimer.singleShot(
                0, lambda: self._push(ReorderCommand(self, order, moved, self.tr("Pindah shot")))
            )

    def rename_scene(self, title: str | None = None) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.shots):
            return
        scene_id = self.shots[row].scene_id
        if scene_id is None:
            self.show_error(
                KilasError(
                    'Shot ini belum masuk adegan. Pakai "Adegan baru" dulu.',
                    'This shot is not in a scene. Use "New scene" first.',
                )
            )
            return
        if title is None:
            title, ok = QInputDialog.getText(
                self,
                self.tr("Ganti nama adegan"),
                self.tr("Judul adegan"),
                text=self.scene_titles.get(scene_id, ""),
            )
            if not ok:
                return
        self._push(
            ContentCommand(
                self,
                self.tr("Ganti nama adegan"),
                lambda: self.svc.rename_scene(scene_id, title),
                row,
            )
        )

    def new_scene(self, title: str | None = None) -> None:
        sid = self.current_shot_id()
        if sid is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Adegan baru"), self.tr("Judul adegan"))
            if not ok:
                return
        self._push(
            ContentCommand(
                self,
                self.tr("Adegan baru"),
                lambda: self.svc.start_scene_at(sid, title),
                self.current_row(),
            )
        )

    # Settings and projects -------------------------------------------------------------
    def on_wpm_changed(self, value: int) -> None:
        try:
            self.ctx.set_setting("narration_wpm", float(value))
        except KilasError as exc:
            self.show_error(exc)
        self.wpm = float(value)
        self._recompute_all()
        for row in range(len(self.shots)):
            self._paint_item(row)
        self._update_estimate_label(self.current_row())
        self.update_totals()

    def refresh_text_view(self) -> None:
        """The whole script in the plain-text format, only while its tab is shown."""
        if self.side_tabs.currentWidget() is self.text_view:
            text = self.svc.export_text(self.project_id) if self.project_id else ""
            self.text_view.show_text(text)

    def show_error(self, exc: KilasError) -> None:
        message = exc.message(self.ctx.language) if isinstance(exc, KilasError) else str(exc)
        self.error_label.setText(message)
        self.error_label.show()
        self.status_message.emit(message)
