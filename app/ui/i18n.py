"""Interface language: Bahasa Indonesia is the source language, English comes from a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.resources import translations_dir

TRANSLATIONS_DIR = translations_dir()
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

# Per language, the catalogues to install. Kilas's own strings are written in Indonesian, so
# 'id' needs only Qt's dialogs (OK, Batal, the file dialog), which Qt itself ships no
# Indonesian for; 'en' needs Kilas's strings, and Qt's dialogs are English already.
CATALOGUES = {"id": ("qtbase_id",), "en": ("kilas_en",)}

# Qt's own number widgets (spin boxes) follow the default locale: 4,5 dtk in Indonesian.
LOCALES = {
    "id": (QLocale.Indonesian, QLocale.Indonesia),
    "en": (QLocale.English, QLocale.UnitedKingdom),
}

_installed: list[QTranslator] = []
_current = "id"


def current_language() -> str:
    """The UI language installed last ('id' or 'en'), for formatting in app.core.formatting."""
    return _current


def install_language(language: str) -> bool:
    """Install the translators for `language`. Returns True when every catalogue loaded."""
    global _current
    app = QCoreApplication.instance()
    _current = "en" if language == "en" else "id"
    QLocale.setDefault(QLocale(*LOCALES[_current]))
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
