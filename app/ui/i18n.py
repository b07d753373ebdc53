"""Interface language: Bahasa Indonesia is the source language, English comes from a .qm file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

# Per language, the catalogues to install. Kilas's own strings are written in Indonesian, so
# 'id' needs only Qt's dialogs (OK, Batal, the file dialog), which Qt itself ships no
# Indonesian for; 'en' needs Kilas's strings, and Qt's dialogs are English already.
CATALOGUES = {"id": ("qtbase_id",), "en": ("kilas_en",)}

_installed: list[QTranslator] = []


def install_language(language: str) -> bool:
    """Install the translators for `language`. Returns True when every catalogue loaded."""
    app = QCoreApplication.instance()
    while _installed:
        app.removeTranslator(_installed.pop())
    ok = True
    for name in CATALOGUES.get(language, ()):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS_DIR / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            ok = False
    return ok and language in CATALOGUES
