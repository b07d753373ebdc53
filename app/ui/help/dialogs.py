"""Help menu dialogs: the shortcut list and the getting-started guide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.help.shortcuts import WINDOW_SCOPE, ShortcutEntry
from app.ui.screens import SCREENS


class ShortcutsDialog(QDialog):
    """Every shortcut, grouped by where it works, with a filter box."""

    def __init__(self, entries: list[ShortcutEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daftar pintasan keyboard"))
        self.resize(560, 600)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Cari pintasan atau perintah…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.on_filter_text_changed)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcut-tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Perintah"), self.tr("Tombol")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill(entries)

    def _fill(self, entries: list[ShortcutEntry]) -> None:
        sections = [(WINDOW_SCOPE, self.tr("Di semua layar"))] + [
            (spec.key, QCoreApplication.translate("Navigation", spec.label)) for spec in SCREENS
        ]
        for key, title in sections:
            rows = sorted(
                {(e.text, e.native_keys) for e in entries if e.screen_key == key},
                key=lambda row: row[0].lower(),
            )
            if not rows:
                continue
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            for text, keys in rows:
                QTreeWidgetItem(section, [text, keys])
        self.tree.expandAll()

    def on_filter_text_changed(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            shown = 0
            for j in range(section.childCount()):
                row = section.child(j)
                match = not needle or needle in row.text(0).lower() or needle in row.text(1).lower()
                row.setHidden(not match)
                shown += match
            section.setHidden(shown == 0)

    def row_texts(self) -> list[tuple[str, str]]:
        """(command, keys) of every visible row (for tests and accessibility checks)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                row = section.child(j)
                if not row.isHidden() and not section.isHidden():
                    out.append((row.text(0), row.text(1)))
        return out


class GuideDialog(QDialog):
    """The getting-started guide: shown on first start, reachable later from Bantuan (F1)."""

    def __init__(self, show_at_start: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panduan memulai Kilas"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("guide-text")
        self.text.setOpenLinks(False)
        self.text.setHtml(self.guide_html())
        layout.addWidget(self.text, 1)
        self.show_again = QCheckBox(self.tr("Tampilkan panduan ini saat Kilas dibuka"), self)
        self.show_again.setChecked(show_at_start)
        layout.addWidget(self.show_again)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons, 0, Qt.AlignRight)

    def guide_html(self) -> str:
        steps = [
            self.tr(
                "<b>Proyek</b> (Ctrl+1): satu proyek adalah satu video. Tekan Ctrl+N untuk "
                "proyek baru dari templat, atau buka contoh <i>Kampanye Layanan 112</i>."
            ),
            self.tr(
                "<b>Naskah</b> (Ctrl+2): tulis narasi dan teks layar per shot. Bilah di atas "
                "menunjukkan perkiraan durasi terhadap target 60 detik."
            ),
            self.tr(
                "<b>Storyboard</b> (Ctrl+3): tambahkan foto atau video ke setiap shot, seret "
                "kartu untuk mengubah urutan. Urutan naskah ikut berubah."
            ),
            self.tr(
                "<b>Subtitle</b> (Ctrl+4): Kilas menulis takarir dari suara narasi secara "
                "otomatis, lalu Anda bisa memperbaikinya."
            ),
            self.tr(
                "<b>Render</b> (Ctrl+5): periksa pratinjau dan buat video 1080×1920 bermerek. "
                "Video jadi ada di folder keluaran; klik <i>Buka folder</i>."
            ),
            self.tr(
                "<b>Brand kit</b>, <b>Kalender</b> dan <b>Laporan</b>: logo dan warna instansi, "
                "jadwal unggah, dan angka kinerja setiap bulan."
            ),
        ]
        items = "".join(f"<li style='margin-bottom:8px'>{s}</li>" for s in steps)
        intro = self.tr(
            "<h2>Selamat datang di Kilas</h2><p>Dari naskah sampai video siap unggah, dalam "
            "enam langkah. Semua perubahan tersimpan otomatis; Ctrl+Z membatalkan.</p>"
        )
        outro = self.tr(
            "<p>Daftar semua pintasan: <b>Bantuan → Daftar pintasan</b> (Ctrl+/). Ada masalah? "
            "<b>Bantuan → Laporkan masalah…</b> membuat satu berkas zip untuk dikirim ke tim "
            "pendukung, tanpa perlu internet.</p>"
        )
        return f"{intro}<ol>{items}</ol>{outro}"
