"""Side panel: edit the selected card(s) and set the picture.

With several cards selected, the choice fields (shot type, angle, movement, status) apply to
all of them; the text fields need a single card. The panel only emits intent signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.storyboard import ANGLES, MOVEMENTS, SHOT_TYPES, STATUSES, Card, label
from app.ui.style.theme import set_role


class _TextEdit(QPlainTextEdit):
    """A plain text edit that reports an edit when it loses focus (one undo step per edit)."""

    edited = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._original = ""
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        self._original = text
        self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._original:
            self._original = self.toPlainText()
            self.edited.emit(self._original)


class CardPanel(QWidget):
    field_edited = Signal(str, object)  # field name, new value
    picture_from_file = Signal()
    picture_from_clipboard = Signal()
    picture_from_video = Signal()
    picture_from_sketch = Signal()
    picture_cleared = Signal()
    frame_view_requested = Signal()

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.cards: list[Card] = []
        self._loading = False
        self.setMinimumWidth(280)
        self.setMaximumWidth(360)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        set_role(self.title, "subtitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)

        form = QFormLayout()
        self.shot_type = self._combo(SHOT_TYPES, "shot_type")
        self.angle = self._combo(ANGLES, "angle")
        self.movement = self._combo(MOVEMENTS, "camera_movement")
        self.status = self._combo(STATUSES, "production_status")
        self.location = QLineEdit()
        self.location.editingFinished.connect(self._on_location_finished)
        self.duration = QDoubleSpinBox(minimum=0.0, maximum=600.0, singleStep=0.5, decimals=1)
        self.duration.setSpecialValueText(self.tr("otomatis"))
        self.duration.setSuffix(self.tr(" dtk"))
        self.duration.editingFinished.connect(self._on_duration_finished)
        self.narration = _TextEdit()
        self.narration.setMaximumHeight(110)
        self.narration.edited.connect(lambda text: self._emit("narration", text))
        self.on_screen = _TextEdit()
        self.on_screen.setMaximumHeight(50)
        self.on_screen.edited.connect(lambda text: self._emit("on_screen_text", text))
        self.notes = _TextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.edited.connect(lambda text: self._emit("visual_notes", text))
        form.addRow(self.tr("Jenis shot"), self.shot_type)
        form.addRow(self.tr("Sudut"), self.angle)
        form.addRow(self.tr("Gerakan kamera"), self.movement)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Lokasi"), self.location)
        form.addRow(self.tr("Durasi target"), self.duration)
        form.addRow(self.tr("Narasi"), self.narration)
        form.addRow(self.tr("Teks layar"), self.on_screen)
        form.addRow(self.tr("Catatan visual"), self.notes)
        layout.addLayout(form)

        self.picture_note = QLabel()
        self.picture_note.setWordWrap(True)
        layout.addWidget(self.picture_note)
        buttons = QGridLayout()
        self.buttons = {
            "file": QPushButton(self.tr("Pilih gambar…")),
            "paste": QPushButton(self.tr("Tempel (Ctrl+V)")),
            "video": QPushButton(self.tr("Dari video…")),
            "sketch": QPushButton(self.tr("Sketsa…")),
            "clear": QPushButton(self.tr("Hapus gambar")),
            "frame": QPushButton(self.tr("Bingkai 9:16")),
        }
        self.buttons["file"].clicked.connect(self.picture_from_file)
        self.buttons["paste"].clicked.connect(self.picture_from_clipboard)
        self.buttons["video"].clicked.connect(self.picture_from_video)
        self.buttons["sketch"].clicked.connect(self.picture_from_sketch)
        self.buttons["clear"].clicked.connect(self.picture_cleared)
        self.buttons["frame"].clicked.connect(self.frame_view_requested)
        for i, button in enumerate(self.buttons.values()):
            buttons.addWidget(button, i // 2, i % 2)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.show_cards([])

    def _combo(self, table: dict[str, tuple[str, str]], field: str) -> QComboBox:
        combo = QComboBox()
        for key in table:
            combo.addItem(label(table, key, self.language), key)
        combo.activated.connect(lambda _i, c=combo, f=field: self._emit(f, c.currentData()))
        return combo

    def _emit(self, field: str, value: Any) -> None:
        if not self._loading and self.cards:
            self.field_edited.emit(field, value)

    def _on_location_finished(self) -> None:
        if self.cards and self.location.text() != self.cards[0].location:
            self._emit("location", self.location.text().strip())

    def _on_duration_finished(self) -> None:
        value = self.duration.value() or None
        if self.cards and value != self.cards[0].target_duration_s:
            self._emit("target_duration_s", value)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        i = combo.findData(key)
        if i < 0:  # a value typed in the script editor that the list does not know
            combo.addItem(key, key)
            i = combo.count() - 1
        combo.setCurrentIndex(i)

    def show_cards(self, cards: list[Card]) -> None:
        self._loading = True
        self.cards = list(cards)
        single = len(cards) == 1
        for w in (self.location, self.duration, self.narration, self.on_screen, self.notes):
            w.setEnabled(single)
        for w in (self.shot_type, self.angle, self.movement, self.status):
            w.setEnabled(bool(cards))
        for key, button in self.buttons.items():
            button.setEnabled(single or (key == "clear" and bool(cards)))
        if not cards:
            self.title.setText(self.tr("Pilih kartu untuk mengubahnya."))
            self.picture_note.setText("")
            for combo in (self.shot_type, self.angle, self.movement, self.status):
                combo.setCurrentIndex(-1)
            for edit in (self.narration, self.on_screen, self.notes):
                edit.set_text("")
            self.location.clear()
        elif not single:
            self.title.setText(self.tr("{0} kartu dipilih").format(len(cards)))
            self.picture_note.setText(
                self.tr("Pilihan di atas berlaku untuk semua kartu terpilih.")
            )
        card = cards[0] if cards else None
        if card is not None:
            for combo, field in (
                (self.shot_type, "shot_type"),
                (self.angle, "angle"),
                (self.movement, "camera_movement"),
                (self.status, "production_status"),
            ):
                values = {getattr(c, field) for c in cards}
                if len(values) == 1:
                    self._select(combo, values.pop())
                else:  # the selected cards differ: show no value rather than the first one's
                    combo.setCurrentIndex(-1)
        if cards and not single:
            for edit in (self.narration, self.on_screen, self.notes):
                edit.set_text("")
            self.location.clear()
        if single:
            self.title.setText(self.tr("Kartu #{0}").format(card.number))
            self.location.setText(card.location)
            self.duration.setValue(card.target_duration_s or 0.0)
            self.narration.set_text(card.narration)
            self.on_screen.set_text(card.on_screen_text)
            self.notes.set_text(card.visual_notes)
            if card.picture_missing:
                note = self.tr("Berkas gambar hilang: {0}. Pilih gambar lagi.").format(
                    card.picture_path.name
                )
            elif card.picture_path is None:
                note = self.tr(
                    "Belum ada gambar: seret foto, tempel, ambil dari video, atau sketsa."
                )
            else:
                note = self.tr("Gambar: {0}").format(card.picture_path.name)
            self.picture_note.setText(note)
        self._loading = False

    def focused_text_pending(self) -> None:
        """Commit a text field being edited before the selection changes."""
        widget = self.focusWidget()
        if isinstance(widget, _TextEdit) or widget in (self.location, self.duration):
            widget.clearFocus()
