"""Empty screens say what to do next and offer the button that does it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from app.services.projects import ProjectService
from app.ui.common.empty_state import EmptyState
from app.ui.main_window import MainWindow


@pytest.fixture
def empty_window(qtbot, ctx, tmp_path: Path):
    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _new_project_dialog_answers(monkeypatch, title: str) -> None:
    from app.ui.projects.new_dialog import NewProjectDialog

    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: True)
    monkeypatch.setattr(NewProjectDialog, "values", lambda self: (title, "", ""))


@pytest.mark.parametrize("key", ["script", "storyboard", "subtitles", "render"])
def test_a_project_screen_without_projects_offers_to_create_one(
    empty_window, ctx, monkeypatch, qtbot, key
) -> None:
    empty_window.show_screen(key)
    page = empty_window.stack.currentWidget()
    assert page is empty_window.no_project and page.isVisible()
    assert "Buat proyek" in page.text() and page.button.isEnabled()
    _new_project_dialog_answers(monkeypatch, "Imbauan Banjir")
    qtbot.mouseClick(page.button, Qt.LeftButton)
    (project,) = ctx.service(ProjectService).summaries()
    assert project.title == "Imbauan Banjir"
    # back on the screen the user was on, now showing the new project
    assert empty_window.stack.currentWidget() is empty_window.screens[key]
    assert empty_window.screens[key].project_id == project.id


def test_projects_board_without_projects_has_a_new_project_button(
    empty_window, ctx, monkeypatch, qtbot
) -> None:
    screen = empty_window.show_screen("projects")
    assert screen.empty.isVisible() and screen.empty.geometry() == screen.tabs.rect()
    _new_project_dialog_answers(monkeypatch, "Cara Lapor 112")
    qtbot.mouseClick(screen.empty.button, Qt.LeftButton)
    assert [p.title for p in ctx.service(ProjectService).summaries()] == ["Cara Lapor 112"]
    assert not screen.empty.isVisible()


def test_empty_storyboard_render_queue_ideas_and_report_say_what_to_do(
    empty_window, ctx, monkeypatch
) -> None:
    pid = ctx.service(ProjectService).create("Kosong")
    empty_window.set_current_project(pid)
    storyboard = empty_window.show_screen("storyboard")
    assert storyboard.empty.isVisible() and "Kartu dari gambar" in storyboard.empty.button.text()
    triggered = []
    storyboard.act_add.triggered.connect(lambda: triggered.append("add"))
    monkeypatch.setattr(
        "app.ui.storyboard.screen.QFileDialog.getOpenFileNames", lambda *a, **k: ([], "")
    )
    storyboard.empty.button.click()
    assert triggered == ["add"]

    render = empty_window.show_screen("render")
    queue_empty = render.findChild(EmptyState)
    assert queue_empty is not None and queue_empty.isVisible()
    assert "Antrean kosong" in queue_empty.text()

    calendar = empty_window.show_screen("calendar")
    ideas_empty = next(e for e in calendar.findChildren(EmptyState) if "ide" in e.text())
    assert not ideas_empty.isHidden()  # on the ideas tab, next to the calendar

    report = empty_window.show_screen("report")
    assert report.empty.isVisible() and "Impor" in report.empty.button.text()


def test_the_empty_state_follows_the_view_it_covers(qapp) -> None:
    from PySide6.QtWidgets import QListWidget

    view = QListWidget()
    view.resize(400, 300)
    empty = EmptyState("inbox", "Belum ada apa-apa.", "Tambah", cover=view.viewport())
    view.show()
    view.resize(600, 500)
    assert empty.geometry() == view.viewport().rect()
    view.close()
