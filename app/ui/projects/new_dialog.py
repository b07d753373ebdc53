"""The New project dialog: title, series and an optional script template."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.resources.templates import load_templates
from app.ui.i18n import current_language


class NewProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Proyek baru"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit()
        self.series_edit = QLineEdit()
        self.template_combo = QComboBox()
        self.template_combo.addItem(self.tr("(kosong)"), None)
        for name, tpl in load_templates().items():
            self.template_combo.addItem(tpl.title_in(current_language()), name)
            self.template_combo.setItemData(self.template_combo.count() - 1, tpl.description, 3)
        form.addRow(self.tr("Judul"), self.title_edit)
        form.addRow(self.tr("Seri"), self.series_edit)
        form.addRow(self.tr("Templat naskah"), self.template_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setEnabled(False)
        self.title_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        form.addRow(buttons)

    def values(self) -> tuple[str, str | None, str]:
        return (
            self.title_edit.text().strip(),
            self.template_combo.currentData(),
            self.series_edit.text().strip(),
        )
