"""Bahasa Indonesia by default, English from the translation file kept in the repo."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from app.ui.i18n import TRANSLATIONS_DIR, install_language
from app.ui.main_window import MainWindow


def test_english_translation_is_complete_in_repo() -> None:
    root = ET.parse(TRANSLATIONS_DIR / "kilas_en.ts").getroot()
    messages = root.findall(".//message")
    assert len(messages) > 300
    unfinished = [
        m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"
    ]
    assert len(unfinished) <= len(messages) * 0.05, unfinished[:10]


def test_window_switches_language(qtbot, ctx, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat)
    try:
        assert install_language("en")
        assert QCoreApplication.translate("Navigation", "Proyek") == "Projects"
        win = MainWindow(ctx, settings)
        qtbot.addWidget(win)
        assert win.nav.item(1).text() == "Script"
        assert win.menuBar().actions()[0].text() == "&File"
    finally:
        install_language("id")
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    assert win.nav.item(1).text() == "Naskah"


def test_qt_dialog_buttons_speak_indonesian_in_the_indonesian_ui(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    try:
        assert install_language("id")
        box = QDialogButtonBox(
            QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Close
        )
        qtbot.addWidget(box)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"OK", "Batal", "Tutup"}
        assert install_language("en")
        box = QDialogButtonBox(QDialogButtonBox.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text().replace("&", "") == "Cancel"
    finally:
        install_language("id")
