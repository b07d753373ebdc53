"""The brand screen's live 9:16 preview and its preflight findings panel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.preflight import ERROR, Finding
from app.ui.common.frame_view import FrameView
from app.ui.style.theme import set_role

PREVIEW_W_PX = 360


class PreviewPanel(QWidget):
    """The canvas plus what it shows: which layer, which platforms' safe zone."""

    options_changed = Signal()

    LAYERS = (
        ("title_card", QT_TRANSLATE_NOOP("PreviewPanel", "Kartu judul")),
        ("lower_third", QT_TRANSLATE_NOOP("PreviewPanel", "Keterangan nama")),
        ("end_card", QT_TRANSLATE_NOOP("PreviewPanel", "Kartu penutup")),
        ("on_screen_text", QT_TRANSLATE_NOOP("PreviewPanel", "Teks di layar")),
    )
    PLATFORMS = (("tiktok", "TikTok"), ("reels", "Reels"), ("shorts", "Shorts"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.layer_combo = QComboBox()
        for key, label in self.LAYERS:
            self.layer_combo.addItem(self.tr(label), key)
        self.layer_combo.currentIndexChanged.connect(self.options_changed)
        top.addWidget(self.layer_combo, 1)
        self.safe_box = QCheckBox(self.tr("Zona aman"), checked=True)
        self.safe_box.toggled.connect(self.options_changed)
        top.addWidget(self.safe_box)
        column.addLayout(top)
        platforms = QHBoxLayout()
        self.platform_boxes: dict[str, QCheckBox] = {}
        for key, label in self.PLATFORMS:
            box = QCheckBox(label, checked=True)
            box.toggled.connect(self.options_changed)
            self.platform_boxes[key] = box
            platforms.addWidget(box)
        platforms.addStretch(1)
        column.addLayout(platforms)
        self.canvas = FrameView(PREVIEW_W_PX)
        self.canvas.setAccessibleName(self.tr("Pratinjau 9:16"))
        column.addWidget(self.canvas, 1)

    def layer(self) -> str:
        return self.layer_combo.currentData()

    def platforms(self) -> list[str]:
        return [k for k, b in self.platform_boxes.items() if b.isChecked()]

    def set_platforms(self, keys: list[str]) -> None:
        for key, box in self.platform_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys or not keys)
            box.blockSignals(False)

    def show_safe_zone(self) -> bool:
        return self.safe_box.isChecked()

    def set_image(self, image: QImage) -> None:
        self.canvas.set_image(image)


class PreflightPanel(QWidget):
    """Findings of the preflight check, errors first, with one-click fixes."""

    fix_requested = Signal(str)  # finding key
    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.summary = QLabel(self.tr("Pemeriksaan sebelum render"))
        set_role(self.summary, "subtitle")
        head.addWidget(self.summary, 1)
        self.run_button = QPushButton(self.tr("Periksa (F5)"))
        self.run_button.clicked.connect(self.run_requested)
        head.addWidget(self.run_button)
        self.fix_button = QPushButton(self.tr("Perbaiki"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._fix_selected)
        head.addWidget(self.fix_button)
        column.addLayout(head)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Tingkat"), self.tr("Shot"), self.tr("Perbaikan"), self.tr("Temuan")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setColumnWidth(0, 84)
        self.tree.setColumnWidth(1, 40)
        self.tree.setColumnWidth(2, 78)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda *_: self._fix_selected())
        column.addWidget(self.tree, 1)
        self.findings: list[Finding] = []

    def show_message(self, text: str) -> None:
        self.findings = []
        self.tree.clear()
        self.summary.setText(text)
        self.fix_button.setEnabled(False)

    def set_findings(self, findings: list[Finding], language: str) -> None:
        self.findings = list(findings)
        self.tree.clear()
        errors = sum(1 for f in findings if f.severity == ERROR)
        warnings = len(findings) - errors
        if not findings:
            self.summary.setText(self.tr("Siap render: tidak ada temuan."))
        else:
            self.summary.setText(self.tr("{0} galat, {1} peringatan").format(errors, warnings))
        for f in findings:
            level = self.tr("Galat") if f.severity == ERROR else self.tr("Peringatan")
            fixable = self.tr("Perbaiki ▸") if f.fix else ""
            item = QTreeWidgetItem([level, str(f.shot_number or "–"), fixable, f.message(language)])
            item.setData(0, Qt.UserRole, f.key)
            item.setForeground(0, QColor("#C62828") if f.severity == ERROR else QColor("#B26A00"))
            item.setForeground(2, QColor("#1565C0"))
            item.setToolTip(3, f.message(language))
            self.tree.addTopLevelItem(item)
        self._selection_changed()

    def selected(self) -> Finding | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        key = items[0].data(0, Qt.UserRole)
        return next((f for f in self.findings if f.key == key), None)

    def select_key(self, key: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.UserRole) == key:
                self.tree.setCurrentItem(item)
                return

    def _selection_changed(self) -> None:
        finding = self.selected()
        self.fix_button.setEnabled(finding is not None and finding.fix is not None)

    def _fix_selected(self) -> None:
        finding = self.selected()
        if finding is not None and finding.fix:
            self.fix_requested.emit(finding.key)
