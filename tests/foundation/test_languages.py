"""Each UI language is whole: in English no Indonesian word of the translation source is on
any screen or dialog, and in Indonesian no English word of the translations."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.services.brand import BrandService
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.store.workspace import open_workspace
from app.ui.i18n import TRANSLATIONS_DIR, install_language
from app.ui.main_window import MainWindow
from app.ui.screens import SCREENS
from tests.foundation.ui_texts import catalogue_words, visible_texts, words_from


def _dialogs(ctx, parent):
    from app.ui.calendar.dialogs import IdeaDialog, PublishDialog
    from app.ui.help.dialogs import GuideDialog, ShortcutsDialog
    from app.ui.help.shortcuts import collect_shortcuts
    from app.ui.projects.new_dialog import NewProjectDialog
    from app.ui.render.queue_dialogs import AddJobsDialog, SheetDialog
    from app.ui.subtitles.model_dialog import ModelDialog
    from app.ui.team.open_dialog import TeamWorkspaceDialog

    yield NewProjectDialog(parent)
    yield TeamWorkspaceDialog(parent.settings, "open", parent=parent)
    yield TeamWorkspaceDialog(parent.settings, "copy", parent=parent)
    yield ModelDialog(ctx, parent)
    yield AddJobsDialog(ctx, parent)
    yield AddJobsDialog(ctx, parent, series_mode=True)
    yield SheetDialog(ctx, parent)
    yield PublishDialog("Test 2", datetime(2026, 12, 2, 19, 0), "tiktok", True, parent=parent)
    yield IdeaDialog(parent)
    yield GuideDialog(True, parent)
    yield ShortcutsDialog(collect_shortcuts(parent, parent.all_screens()), parent)


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_screen_and_dialog_speaks_one_language(qtbot, tmp_path: Path, language) -> None:
    id_only, en_only = catalogue_words(TRANSLATIONS_DIR / "kilas_en.ts")
    foreign = id_only if language == "en" else en_only
    ws = open_workspace(tmp_path / "ws")
    ctx = AppContext(ws, language)
    ProjectService(ctx).create("Test 1")  # user data in no word of either language
    brand = BrandService(ctx)
    brand.rename(brand.ensure_default(), "Test 2")
    try:
        assert install_language(language)
        window = MainWindow(ctx, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
        qtbot.addWidget(window)
        window.resize(1366, 720)
        window.show()
        found = []
        for spec in SCREENS:
            window.show_screen(spec.key)
            found += [(spec.key, *hit) for hit in words_from(visible_texts(window), foreign)]
        for menu in window.menuBar().actions():
            texts = [("menu", a.text()) for a in [menu, *menu.menu().actions()]]
            found += [("menu", *hit) for hit in words_from(texts, foreign)]
        for dialog in _dialogs(ctx, window):
            qtbot.addWidget(dialog)
            dialog.show()
            name = type(dialog).__name__
            found += [(name, *hit) for hit in words_from(visible_texts(dialog), foreign)]
            dialog.close()
        unique = sorted(set(found))
        assert not unique, "\n".join(" | ".join(hit) for hit in unique)
    finally:
        install_language("id")
        ws.close()
