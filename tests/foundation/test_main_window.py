"""The main window and projects screen as a user drives them (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from app.services.projects import ProjectService
from app.ui.main_window import MainWindow, recent_workspaces, remember_workspace
from app.ui.screens import SCREENS


@pytest.fixture
def window(qtbot, ctx, tmp_path: Path):
    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    ctx.service(ProjectService).create("Cara Lapor 112", template="tutorial-layanan-publik")
    ctx.service(ProjectService).create("Imbauan Banjir")
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_navigation_lists_every_screen_in_indonesian(window) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:6] == ["Proyek", "Naskah", "Storyboard", "Subtitle", "Render", "Brand kit"]
    assert len(labels) == len(SCREENS)
    assert window.project_combo.count() == 2


def test_board_drag_changes_status_and_undo_restores(window, ctx) -> None:
    screen = window.screen("projects")
    pid = ctx.service(ProjectService).summaries()[0].id
    screen.on_board_project_dropped(pid, "review")
    assert ctx.service(ProjectService).summary(pid).status == "review"
    review_column = screen.board.columns["review"]
    assert [review_column.item(i).data(Qt.UserRole) for i in range(review_column.count())] == [pid]
    window.undo_group.undo()
    assert ctx.service(ProjectService).summary(pid).status == "script"
    window.undo_group.redo()
    assert ctx.service(ProjectService).summary(pid).status == "review"


def test_delete_asks_and_can_be_undone(window, ctx, monkeypatch) -> None:
    screen = window.screen("projects")
    target = ctx.service(ProjectService).summaries()[1]
    screen.on_project_selected(target.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    screen.on_delete_triggered()
    assert len(ctx.service(ProjectService).summaries()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    screen.on_delete_triggered()
    assert [p.title for p in ctx.service(ProjectService).summaries()] == ["Cara Lapor 112"]
    assert window.project_combo.count() == 1  # the window follows the projects screen
    window.undo_group.undo()
    assert len(ctx.service(ProjectService).summaries()) == 2


def test_table_sorts_by_estimate(window) -> None:
    screen = window.screen("projects")
    screen.tabs.setCurrentWidget(screen.table)
    screen.table.sortByColumn(4, Qt.DescendingOrder)
    first = screen.proxy.index(0, 0).data()
    assert first == "Cara Lapor 112"  # the templated one has narration, the other none
    screen.table.sortByColumn(4, Qt.AscendingOrder)
    assert screen.proxy.index(0, 0).data() == "Imbauan Banjir"


def test_filter_narrows_the_table(window) -> None:
    screen = window.screen("projects")
    screen.filter_edit.setText("banjir")
    assert screen.proxy.rowCount() == 1 and screen.tabs.currentWidget() is screen.table


def test_every_screen_opens_as_its_own_screen_with_its_controls(window) -> None:
    for spec in SCREENS:
        shown = window.show_screen(spec.key)
        assert window.stack.currentWidget() is shown
        # The screen's own class (there is no placeholder screen to fall back to) ...
        assert (type(shown).__module__, type(shown).__name__) == (spec.module, spec.class_name)
        # ... showing controls a user can work with, not only a notice.
        controls = [
            w
            for w in shown.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QAbstractItemView | QLineEdit | QPlainTextEdit)
            and w.isVisible()
        ]
        assert len(controls) >= 2, f"{spec.key} shows no controls"


def test_layout_and_recent_workspaces_are_remembered(qtbot, ctx, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat)
    win = MainWindow(ctx, settings)
    qtbot.addWidget(win)
    win.resize(700, 520)  # within the offscreen screen (800×600)
    win.show_screen("storyboard")
    win.close()
    again = MainWindow(ctx, settings)
    qtbot.addWidget(again)
    assert again.size().width() == 700
    assert again.nav.currentRow() == [s.key for s in SCREENS].index("storyboard")
    remember_workspace(settings, Path("/data/Ruang Kerja é"))
    remember_workspace(settings, ctx.workspace.root)
    assert recent_workspaces(settings)[:2] == [str(ctx.workspace.root), "/data/Ruang Kerja é"]


def test_read_only_workspace_shows_notice(qtbot, workspace_dir: Path, tmp_path: Path) -> None:
    from app.services.context import AppContext
    from app.store.workspace import open_workspace

    first = open_workspace(workspace_dir)
    second = open_workspace(workspace_dir)
    try:
        win = MainWindow(
            AppContext(second), QSettings(str(tmp_path / "r.ini"), QSettings.IniFormat)
        )
        qtbot.addWidget(win)
        from PySide6.QtWidgets import QLabel

        notice = win.findChild(QLabel, "read-only-notice")
        assert notice is not None and "hanya-baca" in notice.text()
        assert not win.screen("projects").act_new.isEnabled()
    finally:
        second.close()
        first.close()


def test_screenshot_command_writes_png(workspace_dir: Path, tmp_path: Path, capsys) -> None:
    from PySide6.QtGui import QImage

    from app.cli import main as cli_main

    out = tmp_path / "layar proyek.png"
    assert cli_main(["new", "--title", "Uji", "--workspace", str(workspace_dir)]) == 0
    assert (
        cli_main(["screenshot", "projects", "--workspace", str(workspace_dir), "--out", str(out)])
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_new_project_from_dialog_with_template_and_undo(window, ctx, monkeypatch) -> None:
    from app.ui.projects.new_dialog import NewProjectDialog

    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: True)
    monkeypatch.setattr(
        NewProjectDialog, "values", lambda self: ("Cara Urus e-KTP", "tutorial-layanan-publik", "")
    )
    screen = window.screen("projects")
    screen.on_new_triggered()
    titles = [p.title for p in ctx.service(ProjectService).summaries()]
    assert "Cara Urus e-KTP" in titles and window.project_combo.count() == 3
    assert screen.project_id == ctx.service(ProjectService).summaries()[-1].id
    assert window.project_combo.currentText() == "Cara Urus e-KTP"  # the top picker follows
    window.undo_group.undo()
    assert "Cara Urus e-KTP" not in [p.title for p in ctx.service(ProjectService).summaries()]
    window.undo_group.redo()
    assert ctx.service(ProjectService).summaries()[-1].shot_count == 5


def test_restart_on_naskah_shows_the_current_project(qtbot, ctx, tmp_path: Path) -> None:
    ctx.service(ProjectService).create("Cara Lapor 112", template="tutorial-layanan-publik")
    settings = QSettings(str(tmp_path / "restart.ini"), QSettings.IniFormat)
    first = MainWindow(ctx, settings)
    qtbot.addWidget(first)
    first.show_screen("script")
    first.close()
    again = MainWindow(ctx, settings)
    qtbot.addWidget(again)
    script = again.stack.currentWidget()
    assert script is again.screens["script"]
    assert script.project_id == again.project_combo.currentData() is not None


def test_board_selection_and_new_projects_follow_in_the_top_picker(window, monkeypatch) -> None:
    screen = window.screen("projects")
    ids = [p.id for p in window.projects.summaries()]
    screen.on_project_selected(ids[1])
    assert window.project_combo.currentData() == ids[1]
    screen.on_duplicate_triggered()
    newest = max(p.id for p in window.projects.summaries())
    assert window.project_combo.currentData() == newest
    assert window.project_combo.currentText() == window.projects.summary(newest).title


def test_every_screen_fits_a_1366x768_laptop(window) -> None:
    window.all_screens()  # the stacked screens' largest minimum is the window's
    need = window.minimumSizeHint()
    # 1366×768 less the taskbar leaves about 1366×720 for the window.
    assert need.width() <= 1366 and need.height() <= 720, (need.width(), need.height())


def test_missing_media_is_searched_and_relinked_in_the_background(
    window, ctx, qtbot, landscape_clip: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from app.services.media_library import MediaLibrary
    from app.services.shots import ShotService

    library = ctx.service(MediaLibrary)
    pid = ctx.service(ProjectService).summaries()[0].id
    asset_id = library.import_file(landscape_clip)
    shot = ctx.service(ShotService).list(pid)[0]
    ctx.service(ShotService).update(shot.id, media_asset_id=asset_id)
    moved = tmp_path / "flashdisk" / "arsip" / landscape_clip.name
    moved.parent.mkdir(parents=True)
    library.get(asset_id).path.rename(moved)
    screen = window.screen("projects")
    screen.on_project_selected(pid)
    screen.refresh()
    assert screen.missing_list.item(0).data(Qt.UserRole) == asset_id
    folder = str(moved.parent.parent)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: folder)
    screen.on_search_folder_clicked()
    assert screen.runner.busy(), "the folder is searched and hashed off the GUI thread"
    qtbot.waitUntil(lambda: not screen.runner.busy(), timeout=20_000)
    assert library.get(asset_id).path == moved
    assert screen.missing_list.item(0).text() == "Semua media ditemukan."


def test_the_render_queue_starts_after_the_window_is_first_painted(qtbot, qapp, tmp_path) -> None:
    # Start-up work the first screen does not need waits for the first paint, so the window
    # appears sooner; the queue then starts (and would put interrupted jobs back).
    from app.ui.app_controller import AppController
    from app.workers.queue_runner import QueueController

    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    controller = AppController(qapp, settings, "id")
    order: list[str] = []
    try:
        assert controller.open(tmp_path / "ruang kerja")
        queue = controller.ctx.service(QueueController)
        queue.running_changed.connect(lambda on: order.append(f"queue {on}"))
        controller.window.first_painted.connect(lambda: order.append("painted"))
        assert not queue.running  # nothing ran before the window was painted
        qtbot.waitUntil(lambda: queue.running)
        assert order[:2] == ["painted", "queue True"]
    finally:
        controller.shutdown()
        controller.window.close()
