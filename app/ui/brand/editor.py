"""The brand kit editor form: identity and logo, colours, fonts, card styles, captions, locks.

The form only reports intent (`field_edited(path, value)` and friends); the screen turns
each into an undoable command. `load()` fills it without emitting anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.brand import BrandStyle, path_locked
from app.resources.templates import load_caption_looks, templates_of_kind
from app.ui.i18n import current_language


class ColourField(QWidget):
    """A swatch button with its hex code; `allow_empty` adds an 'automatic' reset."""

    colour_chosen = Signal(str)

    def __init__(self, allow_empty: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setMinimumWidth(130)
        self.button.clicked.connect(self._pick)
        row.addWidget(self.button)
        self.reset = QToolButton(text="×")
        self.reset.setToolTip(self.tr("Otomatis (dari palet)"))
        self.reset.setVisible(allow_empty)
        self.reset.clicked.connect(lambda: self.choose(""))
        row.addWidget(self.reset)
        row.addStretch(1)
        self._value = ""

    def set_value(self, value: str) -> None:
        self._value = value or ""
        if self._value:
            fg = "#000000" if QColor(self._value).lightnessF() > 0.55 else "#FFFFFF"
            self.button.setText(self._value.upper())
            self.button.setStyleSheet(f"background:{self._value}; color:{fg}; padding:4px;")
        else:
            self.button.setText(self.tr("otomatis"))
            self.button.setStyleSheet("")

    def value(self) -> str:
        return self._value

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.EnabledChange:
            # The swatch's style sheet hides Qt's greyed look: say it in words instead.
            self.set_value(self._value)
            if not self.isEnabled():
                self.button.setText(self.button.text() + " · " + self.tr("terkunci"))

    def choose(self, value: str) -> None:
        """As if the user picked `value` (used by the dialog and by tests)."""
        self.set_value(value)
        self.colour_chosen.emit(value)

    def _pick(self) -> None:
        colour = QColorDialog.getColor(
            QColor(self._value or "#FFFFFF"), self, self.tr("Pilih warna")
        )
        if colour.isValid():
            self.choose(colour.name().upper())


class BrandEditor(QTabWidget):
    field_edited = Signal(str, object)  # dotted path, new value
    logo_requested = Signal()
    font_file_requested = Signal()
    look_chosen = Signal(str)
    locks_edited = Signal(list)

    CORNERS = (
        ("top_left", QT_TRANSLATE_NOOP("BrandEditor", "Kiri atas")),
        ("top_right", QT_TRANSLATE_NOOP("BrandEditor", "Kanan atas")),
        ("bottom_left", QT_TRANSLATE_NOOP("BrandEditor", "Kiri bawah")),
        ("bottom_right", QT_TRANSLATE_NOOP("BrandEditor", "Kanan bawah")),
    )

    def __init__(self, families: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.families = families
        self._setters: dict[str, Callable[[Any], None]] = {}
        self._widgets: dict[str, QWidget] = {}
        self._loading = False
        self.addTab(self._scroll(self._identity_tab()), self.tr("Identitas"))
        self.addTab(self._scroll(self._colours_tab()), self.tr("Warna"))
        self.addTab(self._scroll(self._fonts_tab()), self.tr("Fon"))
        self.addTab(self._scroll(self._cards_tab()), self.tr("Kartu"))
        self.addTab(self._scroll(self._captions_tab()), self.tr("Subtitle"))
        self.addTab(self._scroll(self._locks_tab()), self.tr("Kunci"))

    # Building -------------------------------------------------------------------------
    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.NoFrame)
        area.setWidget(widget)
        return area

    def _emit(self, path: str, value: Any) -> None:
        if not self._loading:
            self.field_edited.emit(path, value)

    def _line(self, form: QFormLayout, label: str, path: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(lambda text, p=path: self._emit(p, text))
        form.addRow(label, edit)
        self._setters[path] = lambda v, e=edit: e.setText(str(v or ""))
        self._widgets[path] = edit
        return edit

    def _spin(
        self, form: QFormLayout, label: str, path: str, lo: int, hi: int, suffix: str = " px"
    ) -> QSpinBox:
        spin = QSpinBox(minimum=lo, maximum=hi, suffix=suffix)
        spin.valueChanged.connect(lambda v, p=path: self._emit(p, int(v)))
        form.addRow(label, spin)
        self._setters[path] = lambda v, s=spin: s.setValue(int(v))
        self._widgets[path] = spin
        return spin

    def _dspin(
        self,
        form: QFormLayout,
        label: str,
        path: str,
        lo: float,
        hi: float,
        step: float,
        suffix: str = "",
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=lo, maximum=hi, singleStep=step, decimals=2, suffix=suffix)
        spin.valueChanged.connect(lambda v, p=path: self._emit(p, round(float(v), 2)))
        form.addRow(label, spin)
        self._setters[path] = lambda v, s=spin: s.setValue(float(v))
        self._widgets[path] = spin
        return spin

    def _combo(
        self, form: QFormLayout, label: str, path: str, items: list[tuple[str, str]]
    ) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, p=path: self._emit(p, c.currentData())
        )

        def setter(v: Any, c: QComboBox = combo) -> None:
            index = c.findData(v)
            if index < 0:  # e.g. an installed font this laptop lacks: keep showing its name
                c.addItem(str(v), v)
                index = c.count() - 1
            c.setCurrentIndex(index)

        form.addRow(label, combo)
        self._setters[path] = setter
        self._widgets[path] = combo
        return combo

    def _colour(
        self, form: QFormLayout, label: str, path: str, allow_empty: bool = False
    ) -> ColourField:
        field = ColourField(allow_empty)
        field.colour_chosen.connect(lambda v, p=path: self._emit(p, v))
        form.addRow(label, field)
        self._setters[path] = field.set_value
        self._widgets[path] = field
        return field

    def _identity_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self._line(form, self.tr("Nama instansi"), "organisation")
        self._line(form, self.tr("Akun media sosial"), "handle")
        self._line(form, self.tr("Ajakan penutup"), "call_to_action")
        logo_row = QWidget()
        row = QHBoxLayout(logo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.logo_label = QLabel(self.tr("(belum ada logo)"))
        self.logo_label.setWordWrap(True)
        self.logo_button = QPushButton(self.tr("Pilih logo…"))
        self.logo_button.setToolTip(self.tr("PNG transparan atau SVG"))
        self.logo_button.clicked.connect(self.logo_requested)
        row.addWidget(self.logo_label, 1)
        row.addWidget(self.logo_button)
        form.addRow(self.tr("Logo"), logo_row)
        self._combo(
            form, self.tr("Posisi logo"), "logo.corner", [(k, self.tr(t)) for k, t in self.CORNERS]
        )
        self._spin(form, self.tr("Lebar logo"), "logo.width_px", 40, 600)
        self._spin(form, self.tr("Jarak dari tepi aman"), "logo.margin_px", -100, 300)
        slider = QSlider(Qt.Horizontal, minimum=10, maximum=100)
        slider.valueChanged.connect(lambda v: self._emit("logo.opacity", round(v / 100, 2)))
        form.addRow(self.tr("Opasitas logo"), slider)
        self._setters["logo.opacity"] = lambda v, s=slider: s.setValue(round(float(v) * 100))
        self._widgets["logo.opacity"] = slider
        return page

    def _colours_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        for key, label in (
            ("primary", QT_TRANSLATE_NOOP("BrandEditor", "Warna utama")),
            ("secondary", QT_TRANSLATE_NOOP("BrandEditor", "Warna kedua")),
            ("accent", QT_TRANSLATE_NOOP("BrandEditor", "Aksen")),
            ("text_light", QT_TRANSLATE_NOOP("BrandEditor", "Teks terang")),
            ("text_dark", QT_TRANSLATE_NOOP("BrandEditor", "Teks gelap")),
        ):
            self._colour(form, self.tr(label), f"palette.{key}")
        return page

    def _fonts_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        items = [(f, f) for f in self.families]
        self._combo(form, self.tr("Fon judul"), "fonts.heading_family", items)
        self._combo(form, self.tr("Fon isi"), "fonts.body_family", items)
        self.font_files_label = QLabel()
        self.font_files_label.setWordWrap(True)
        form.addRow(self.tr("Berkas fon kit"), self.font_files_label)
        self.font_button = QPushButton(self.tr("Tambah berkas fon (.ttf/.otf)…"))
        self.font_button.clicked.connect(self.font_file_requested)
        form.addRow("", self.font_button)
        note = QLabel(
            self.tr("Fon bawaan (OFL): Inter, Lato. Fon yang tidak terpasang diganti Inter.")
        )
        note.setWordWrap(True)
        form.addRow(note)
        return page

    def _cards_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for kind, title in (
            ("title_card", "Kartu judul"),
            ("lower_third", "Lower third (nama + jabatan)"),
            ("end_card", "Kartu penutup"),
        ):
            box = QGroupBox(self.tr(title))
            form = QFormLayout(box)
            self._combo(
                form,
                self.tr("Templat"),
                f"{kind}.template",
                [(t.name, t.label_in(current_language())) for t in templates_of_kind(kind)],
            )
            self._dspin(form, self.tr("Durasi"), f"{kind}.duration_s", 0.5, 15.0, 0.5, " dtk")
            self._dspin(form, self.tr("Skala teks"), f"{kind}.text_scale", 0.5, 2.0, 0.05, "×")
            self._colour(form, self.tr("Latar"), f"{kind}.background", allow_empty=True)
            self._colour(form, self.tr("Warna teks"), f"{kind}.text_colour", allow_empty=True)
            column.addWidget(box)
        column.addStretch(1)
        return page

    def _captions_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.look_combo = QComboBox()
        for look in load_caption_looks().values():
            self.look_combo.addItem(look.label_in(current_language()), look.name)
        self.look_combo.activated.connect(
            lambda _i: self.look_chosen.emit(self.look_combo.currentData())
        )
        form.addRow(self.tr("Gaya siap pakai"), self.look_combo)
        self._combo(form, self.tr("Fon"), "caption.font_family", [(f, f) for f in self.families])
        self._spin(form, self.tr("Ukuran"), "caption.size_px", 30, 140)
        self._colour(form, self.tr("Warna"), "caption.colour")
        self._colour(form, self.tr("Warna sorotan kata"), "caption.highlight_colour")
        self._spin(form, self.tr("Garis tepi"), "caption.outline_px", 0, 20)
        self._colour(form, self.tr("Warna garis tepi"), "caption.outline_colour")
        self._spin(form, self.tr("Garis dasar (y)"), "caption.bottom_y_px", 600, 1900)
        return page

    def _locks_tab(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        note = QLabel(
            self.tr("Bagian yang dikunci tidak bisa diubah dari proyek; hanya dari brand kit.")
        )
        note.setWordWrap(True)
        column.addWidget(note)
        self.lock_boxes: dict[str, QCheckBox] = {}
        for group, label in (
            ("logo", QT_TRANSLATE_NOOP("BrandEditor", "Kunci logo")),
            ("colours", QT_TRANSLATE_NOOP("BrandEditor", "Kunci warna")),
            ("fonts", QT_TRANSLATE_NOOP("BrandEditor", "Kunci fon")),
        ):
            box = QCheckBox(self.tr(label))
            box.toggled.connect(self._locks_toggled)
            self.lock_boxes[group] = box
            column.addWidget(box)
        column.addStretch(1)
        return page

    def _locks_toggled(self) -> None:
        if not self._loading:
            self.locks_edited.emit(sorted(g for g, b in self.lock_boxes.items() if b.isChecked()))

    # Loading --------------------------------------------------------------------------
    def load(
        self,
        style: BrandStyle,
        locked: tuple[str, ...],
        project_scope: bool,
        logo_name: str,
        font_files: tuple[str, ...],
    ) -> None:
        """Show `style`; in project scope the kit's locked fields are read-only."""
        self._loading = True
        try:
            for path, setter in self._setters.items():
                setter(style.get_path(path))
                group = path_locked(path, locked) if project_scope else None
                widget = self._widgets[path]
                widget.setEnabled(group is None)
                widget.setToolTip(self.tr("Dikunci oleh brand kit") if group else "")
            logo_locked = project_scope and "logo" in locked
            self.logo_button.setEnabled(not project_scope)
            self.logo_button.setToolTip(
                self.tr("Logo diatur di brand kit")
                if project_scope
                else self.tr("PNG transparan atau SVG")
            )
            self.logo_label.setText(logo_name or self.tr("(belum ada logo)"))
            self.logo_label.setEnabled(not logo_locked)
            self.font_button.setEnabled(not project_scope)
            self.font_files_label.setText(
                ", ".join(f.rsplit("/", 1)[-1] for f in font_files) or "-"
            )
            index = self.look_combo.findData(style.caption.look)
            self.look_combo.setCurrentIndex(max(0, index))
            self.look_combo.setEnabled(
                not (project_scope and "fonts" in locked and "colours" in locked)
            )
            for group, box in self.lock_boxes.items():
                box.setChecked(group in locked)
                box.setEnabled(not project_scope)
        finally:
            self._loading = False

    def widget_for(self, path: str) -> QWidget:
        return self._widgets[path]
