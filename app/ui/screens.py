"""The main window's screens, in navigation order. Every screen exists: a screen module that
fails to import is an error, not a placeholder.

Widgets are imported only to build a screen: every CLI command reads this list (the
`screenshot` views) and should not pay for QtWidgets at start."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.services.context import AppContext
    from app.ui.common.screen import Screen


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # used by `screenshot VIEW`
    label: str  # Indonesian source text, translated in context "Navigation"
    module: str
    class_name: str
    icon: str  # bundled icon name (assets/icons), shown in the navigation
    needs_project: bool = False  # without a current project it shows "create a project"


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("projects", "Proyek", "app.ui.projects.screen", "ProjectsScreen", "folder-kanban"),
    ScreenSpec("script", "Naskah", "app.ui.script.screen", "ScriptScreen", "file-text", True),
    ScreenSpec(
        "storyboard",
        "Storyboard",
        "app.ui.storyboard.screen",
        "StoryboardScreen",
        "layout-grid",
        True,
    ),
    ScreenSpec(
        "subtitles", "Subtitle", "app.ui.subtitles.screen", "SubtitlesScreen", "captions", True
    ),
    ScreenSpec("render", "Render", "app.ui.render.screen", "RenderScreen", "film", True),
    ScreenSpec("brand", "Brand kit", "app.ui.brand.screen", "BrandScreen", "palette"),
    ScreenSpec("calendar", "Kalender", "app.ui.calendar.screen", "CalendarScreen", "calendar-days"),
    ScreenSpec("report", "Laporan", "app.ui.report.screen", "ReportScreen", "chart-column"),
)

# Marks the labels for Qt's lupdate without translating them at import time.
_LABELS = [
    QCoreApplication.translate("Navigation", "Proyek"),
    QCoreApplication.translate("Navigation", "Naskah"),
    QCoreApplication.translate("Navigation", "Storyboard"),
    QCoreApplication.translate("Navigation", "Subtitle"),
    QCoreApplication.translate("Navigation", "Render"),
    QCoreApplication.translate("Navigation", "Brand kit"),
    QCoreApplication.translate("Navigation", "Kalender"),
    QCoreApplication.translate("Navigation", "Laporan"),
]


def spec_for(key: str) -> ScreenSpec:
    for spec in SCREENS:
        if spec.key == key:
            return spec
    raise KeyError(key)


def create_screen(spec: ScreenSpec, ctx: AppContext, parent: QWidget | None = None) -> Screen:
    module = importlib.import_module(spec.module)
    return getattr(module, spec.class_name)(ctx, parent)
