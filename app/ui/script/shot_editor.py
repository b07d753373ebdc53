"""The detail editor of one shot: narration, on-screen text, visual, location, target, type.

It emits `field_edited(field, old, new)` for every user change; the screen turns that into an
undoable command that saves at once. Ctrl+Z inside the fields goes to the screen's undo stack
(not the widgets' own), so one undo history covers typing and structure edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.glossary import GlossaryMatcher
from app.core.script_text import parse_script
from app.services.shots import ShotView
from app.services.storyboard import SHOT_TYPES
from app.ui.script.highlighter import GlossaryHighlighter
from app.ui.style.theme import set_role


def looks_like_script(text: str) -> bool:
    """Pasted text that holds several shots (markers or paragraphs) becomes shots."""
    if "\n" not in text.strip():
        return False
    return len(parse_script(text).shots) > 1


class UndoKeyFilter(QObject):
    """Sends Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z in a child widget to the screen's undo stack."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    @staticmethod
    def _which(event) -> str | None:
        if event.matches(QKeySequence.Undo):
            return "undo"
        if event.matches(QKeySequence.Redo) or (
            event.key() == Qt.Key_Y and event.modifiers() == Qt.ControlModifier
        ):
            return "redo"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.ShortcutOverride and self._which(event):
            event.accept()  # keep the window's Edit menu shortcut from taking it
            return True
        if event.type() == QEvent.KeyPress:
            which = self._which(event)
            if which == "undo":
                self.stack.undo()
                return True
            if which == "redo":
                self.stack.redo()
                return True
        return False


class NarrationEdit(QPlainTextEdit):
    """Narration field; pasting a whole script asks the screen to split it into shots."""

    script_pasted = Signal(str)
    extra_actions: tuple[QAction, ...] = ()  # added to the right-click menu

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        if text and looks_like_script(text):
            self.script_pasted.emit(text)
            return
        super().insertFromMimeData(source)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        for act in self.extra_actions:
            menu.addAction(act)
        menu.exec(event.globalPos())
        menu.deleteLater()


# Shot types as the editor offers them (Qt translation, context ShotEditor).
SHOT_TYPE_LABELS = {
    "extreme_wide": QT_TRANSLATE_NOOP("ShotEditor", "Sangat lebar (EWS)"),
    "wide": QT_TRANSLATE_NOOP("ShotEditor", "Lebar (WS)"),
    "medium": QT_TRANSLATE_NOOP("ShotEditor", "Sedang (MS)"),
    "close_up": QT_TRANSLATE_NOOP("ShotEditor", "Dekat (CU)"),
    "extreme_close_up": QT_TRANSLATE_NOOP("ShotEditor", "Sangat dekat (ECU)"),
    "insert": QT_TRANSLATE_NOOP("ShotEditor", "Sisipan / detail"),
    "over_shoulder": QT_TRANSLATE_NOOP("ShotEditor", "Dari balik bahu (OTS)"),
}


class ShotEditor(QWidget):
    field_edited = Signal(str, object, object)  # field, old value, new value
    script_pasted = Signal(str)

    def __init__(
        self, undo_stack: QUndoStack, language: str = "id", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.values: dict[str, Any] = {}
        self.shot_id: int | None = None
        self._loading = False
        self.key_filter = UndoKeyFilter(undo_stack, self)

        self.heading = QLabel()
        set_role(self.heading, "subtitle")
        self.estimate = QLabel()
        self.comments_label = QLabel()  # reviewers' open comments on this shot
        self.comments_label.setWordWrap(True)
        set_role(self.comments_label, "notice")
        self.estimate.setObjectName("shotEstimate")
        self.estimate.setWordWrap(True)  # a long warning must not set the window width
        self.narration = NarrationEdit()
        self.narration.setPlaceholderText(self.tr("Narasi (suara/dialog) shot ini…"))
        self.on_screen = QPlainTextEdit()
        self.on_screen.setPlaceholderText(self.tr("Teks yang tampil di layar"))
        self.on_screen.setMaximumHeight(64)
        self.visual = QPlainTextEdit()
        self.visual.setPlaceholderText(self.tr("Apa yang terlihat di gambar"))
        self.visual.setMaximumHeight(64)
        self.location = QLineEdit()
        self.target = QDoubleSpinBox()
        self.target.setRange(0.0, 600.0)
        self.target.setDecimals(1)
        self.target.setSingleStep(0.5)
        self.target.setSuffix(self.tr(" dtk"))
        self.target.setSpecialValueText(self.tr("otomatis (dari narasi)"))
        self.shot_type = QComboBox()
        for key in SHOT_TYPES:
            self.shot_type.addItem(self.tr(SHOT_TYPE_LABELS[key]), key)
        self.scene = QComboBox()

        for w in (self.narration, self.on_screen, self.visual):
            w.setUndoRedoEnabled(False)  # one undo history: the screen's stack
            w.setTabChangesFocus(True)
        for w in (
            self.narration,
            self.on_screen,
            self.visual,
            self.location,
            self.target,
            self.shot_type,
            self.scene,
        ):
            w.installEventFilter(self.key_filter)
        self.target.lineEdit().installEventFilter(self.key_filter)  # it holds the focus

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.comments_label)
        self.fields = QWidget()  # disabled as a whole when there is no shot
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Narasi"), self.narration)
        form.addRow("", self.estimate)
        form.addRow(self.tr("Teks layar"), self.on_screen)
        form.addRow(self.tr("Visual"), self.visual)
        form.addRow(self.tr("Lokasi"), self.location)
        form.addRow(self.tr("Durasi target"), self.target)
        form.addRow(self.tr("Jenis shot"), self.shot_type)
        form.addRow(self.tr("Adegan"), self.scene)
        layout.addWidget(self.fields, 1)

        self.highlighters = [
            GlossaryHighlighter(self.narration.document(), GlossaryMatcher([])),
            GlossaryHighlighter(self.on_screen.document(), GlossaryMatcher([])),
        ]
        self.narration.textChanged.connect(
            lambda: self._edited("narration", self.narration.toPlainText())
        )
        self.on_screen.textChanged.connect(
            lambda: self._edited("on_screen_text", self.on_screen.toPlainText())
        )
        self.visual.textChanged.connect(
            lambda: self._edited("visual_notes", self.visual.toPlainText())
        )
        self.location.textEdited.connect(lambda t: self._edited("location", t))
        self.target.valueChanged.connect(lambda v: self._edited("target_duration_s", v or None))
        self.shot_type.activated.connect(
            lambda _i: self._edited("shot_type", self.shot_type.currentData())
        )
        self.scene.activated.connect(lambda _i: self._edited("scene_id", self.scene.currentData()))
        self.narration.script_pasted.connect(self.script_pasted)
        self.matcher = GlossaryMatcher([])
        self.fix_spelling_action = QAction(self.tr("Samakan ejaan dengan glosarium"), self)
        self.fix_spelling_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.fix_spelling_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.fix_spelling_action.triggered.connect(self.fix_glossary_spelling)
        self.addAction(self.fix_spelling_action)
        self.narration.extra_actions = (self.fix_spelling_action,)
        self.load(None, [], 0)

    # Loading ---------------------------------------------------------------------------
    def set_glossary(self, matcher: GlossaryMatcher) -> None:
        self.matcher = matcher
        for h in self.highlighters:
            h.set_matcher(matcher)

    def load(
        self,
        shot: ShotView | None,
        scenes: list[tuple[int, str]],
        number: int,
        comments: list[str] | None = None,
    ) -> None:
        self._loading = True
        try:
            self.shot_id = shot.id if shot else None
            self.fields.setEnabled(shot is not None)
            self.scene.clear()
            self.scene.addItem(self.tr("(tanpa adegan)"), None)
            for scene_id, title in scenes:
                self.scene.addItem(title or self.tr("(adegan tanpa judul)"), scene_id)
            if shot is None:
                self.comments_label.hide()
                self.heading.setText(
                    self.tr("Belum ada shot. Ctrl+Enter: shot baru · Ctrl+Shift+V: tempel naskah")
                )
                self.values = {}
                for w in (self.narration, self.on_screen, self.visual):
                    w.setPlainText("")
                self.location.setText("")
                self.target.setValue(0)
                return
            self.heading.setText(self.tr("Shot {0}").format(number))
            self.comments_label.setVisible(bool(comments))
            self.comments_label.setText(
                "\n".join(self.tr("Komentar — {0}").format(c) for c in comments or [])
            )
            self.values = {
                "narration": shot.narration,
                "on_screen_text": shot.on_screen_text,
                "visual_notes": shot.visual_notes,
                "location": shot.location,
                "target_duration_s": shot.target_duration_s,
                "shot_type": shot.shot_type,
                "scene_id": shot.scene_id,
            }
            for field, value in self.values.items():
                self._show(field, value)
            for edit in (self.narration, self.on_screen, self.visual):
                edit.moveCursor(edit.textCursor().MoveOperation.End)  # continue writing
        finally:
            self._loading = False

    def _show(self, field: str, value: Any) -> None:
        if field in ("narration", "on_screen_text", "visual_notes"):
            edit = {
                "narration": self.narration,
                "on_screen_text": self.on_screen,
                "visual_notes": self.visual,
            }[field]
            if edit.toPlainText() != (value or ""):
                cursor_pos = edit.textCursor().position()
                edit.setPlainText(value or "")
                cursor = edit.textCursor()
                cursor.setPosition(min(cursor_pos, len(value or "")))
                edit.setTextCursor(cursor)
        elif field == "location":
            if self.location.text() != (value or ""):
                self.location.setText(value or "")
        elif field == "target_duration_s":
            self.target.setValue(float(value or 0))
        elif field == "shot_type":
            index = self.shot_type.findData(value)
            if index < 0:
                self.shot_type.addItem(str(value), value)
                index = self.shot_type.count() - 1
            self.shot_type.setCurrentIndex(index)
        elif field == "scene_id":
            self.scene.setCurrentIndex(max(0, self.scene.findData(value)))

    def apply_field(self, shot_id: int, field: str, value: Any) -> None:
        """Shows a value saved by a command (undo/redo) without emitting a new edit."""
        if shot_id != self.shot_id:
            return
        self._loading = True
        try:
            self.values[field] = value
            self._show(field, value)
        finally:
            self._loading = False

    def _edited(self, field: str, value: Any) -> None:
        if self._loading or self.shot_id is None:
            return
        old = self.values.get(field)
        if old == value or (not old and not value and field != "scene_id"):
            return
        self.values[field] = value
        self.field_edited.emit(field, old, value)

    def set_estimate(self, text: str, overflow: bool) -> None:
        self.estimate.setText(text)
        role = "error-strong" if overflow else "muted"
        if self.estimate.property("role") != role:  # re-polishing on every key is costly
            set_role(self.estimate, role)

    def fix_glossary_spelling(self) -> None:
        """Rewrites glossary terms typed with the wrong letter case ("diskominfo") in the
        narration and on-screen text; each field change is one undoable edit."""
        for edit in (self.narration, self.on_screen):
            text = edit.toPlainText()
            fixed, last = [], 0
            for m in self.matcher.find(text):
                fixed.append(text[last : m.start])
                fixed.append(text[m.start : m.end] if m.exact else m.term)
                last = m.end
            fixed.append(text[last:])
            new_text = "".join(fixed)
            if new_text != text:
                edit.setPlainText(new_text)  # textChanged → field_edited → command

    def narration_cursor(self) -> int:
        return self.narration.textCursor().position()


class TextView(QWidget):
    """The script as plain text (the import/export format), read-only, with a copy button:
    handy to send a draft by chat or mail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.copy_btn = QPushButton(self.tr("Salin semua"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_btn)
        self.copy_btn.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.text.toPlainText())
        )

    def show_text(self, text: str) -> None:
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
