"""Interface language: Bahasa Indonesia is the source language, English comes from a .qm file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

_installed: QTranslator | None = None


def install_language(language: str) -> bool:
    """Install the translator for `language` ('id' needs none). Returns True on success."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if language == "id":
        return True
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS_DIR / f"kilas_{language}.qm")):
        app.installTranslator(translator)
        _installed = translator
        return True
    return False
