"""The render screen: preview of any frame, render with progress, cancel."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from app.media.outputs import pid_alive
from app.services.render_queue import RenderQueue
from app.ui.render.screen import RenderScreen
from app.workers.queue_runner import QueueController
from tests.batch.conftest import FAKE
from tests.render.helpers import import_media, make_project


def _open(qtbot, ctx, project: int) -> RenderScreen:
    controller = ctx.service(QueueController)
    controller.jobs = 1
    widget = RenderScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_project(project)
    qtbot.waitUntil(lambda: widget.plan is not None, timeout=15000)
    return widget


@pytest.fixture
def screen(qtbot, ctx, landscape_clip):
    clip = import_media(ctx, landscape_clip)
    project = make_project(
        ctx,
        [
            dict(media_asset_id=clip, target_duration_s=1.0, on_screen_text="Hubungi 112"),
            dict(target_duration_s=1.0, lower_third_name="Budi", lower_third_role="Camat"),
        ],
        options={"title_card": False, "end_card": False},
    )
    yield _open(qtbot, ctx, project)
    ctx.service(QueueController).stop()


def test_preview_follows_the_scrubber_and_the_shot_list(qtbot, screen):
    qtbot.waitUntil(
        lambda: screen.preview.pixmap() is not None and not screen.preview.pixmap().isNull(),
        timeout=10000,
    )
    assert screen.shot_list.count() == 3  # two shots and the sound summary
    first = screen.preview.pixmap().toImage()
    screen.jump_to_shot(1)
    assert "shot 2 dari 2" in screen.time_label.text()
    qtbot.waitUntil(lambda: screen.preview.pixmap().toImage() != first, timeout=10000)


def _rows(panel) -> list[tuple[str, str]]:
    """(project, status) of each row of the queue panel."""
    return [
        (panel.table.item(r, 1).text(), panel.table.item(r, 4).text())
        for r in range(panel.table.rowCount())
    ]


class _UrlRecorder(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[Path] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(Path(url.toLocalFile()))


def test_a_render_runs_in_a_worker_process_and_shows_in_the_queue(qtbot, ctx, screen, tmp_path):
    out = tmp_path / "hasil"
    screen.out_edit.setText(str(out))
    screen.quality_box.setCurrentIndex(screen.quality_box.findData("draft"))
    screen.on_render_clicked()
    assert not screen.render_button.isEnabled() and screen.cancel_button.isEnabled()
    job_id = screen.render_job_id
    qtbot.waitUntil(lambda: screen.render_job_id is None, timeout=60000)
    job = ctx.service(RenderQueue).get(job_id)
    assert job.status == "done", job.error
    # Rendered by a worker process, not by the window's own process.
    assert job.result["worker_pid"] != os.getpid()
    assert screen.progress.value() == 1000
    files = [p.name for p in out.iterdir()]
    assert files == ["layanan-112-gratis-tiktok-draft.mp4"] and files[0] in screen.status.text()
    # The finished render is a job in the queue panel below.
    assert _rows(screen.queue_panel) == [("Layanan 112 Gratis", "Selesai")]
    # Something to click: the folder and the system's player get the finished file.
    opened = _UrlRecorder()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        assert screen.open_folder_button.isVisibleTo(screen) and screen.play_button.isVisibleTo(
            screen
        )
        screen.open_folder_button.click()
        screen.play_button.click()
        panel = screen.queue_panel
        panel.table.selectRow(0)
        assert panel.act_open_folder.isEnabled() and panel.act_play.isEnabled()
        panel.act_play.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    video = out / files[0]
    assert opened.paths == [out, video, video]


def test_cancel_from_the_render_screen_kills_the_worker_and_leaves_nothing(
    qtbot, ctx, tmp_path, children_with
):
    children_with(FAKE)
    project = make_project(ctx, [dict(target_duration_s=1.0)], options={"fake": "block"})
    screen = _open(qtbot, ctx, project)
    try:
        out = tmp_path / "hasil"
        screen.out_edit.setText(str(out))
        screen.on_render_clicked()
        runner = screen.controller._runner
        # The stand-in renderer has written half a file and waits: cancel now.
        qtbot.waitUntil(
            lambda: runner.live().get(screen.render_job_id, (0.0,))[0] >= 0.5, timeout=30000
        )
        [worker] = runner.workers
        pid = worker.pid
        assert list(out.glob(".*.part*"))  # half written, hidden name
        screen.on_cancel_clicked()
        qtbot.waitUntil(lambda: screen.render_job_id is None, timeout=30000)
        assert "dibatalkan" in screen.status.text()
        assert list(out.iterdir()) == []
        qtbot.waitUntil(lambda: not pid_alive(pid), timeout=10000)  # killed (maybe unreaped)
        assert _rows(screen.queue_panel) == [("Layanan 112 Gratis", "Dibatalkan")]
        assert screen.render_button.isEnabled()
    finally:
        ctx.service(QueueController).stop()


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_render_taken_by_another_computer_is_followed_to_its_end(qtbot, ctx, screen, monkeypatch):
    """In a team the render farm may take the screen's render: the screen shows where it
    runs, its progress and the finished video (this computer's path of it)."""
    controller = ctx.service(QueueController)
    controller.stop()
    monkeypatch.setattr(controller, "start", controller.watch)  # this computer renders nothing
    out = ctx.workspace.root / "renders" / "hasil"
    screen.out_edit.setText(str(out))
    screen.on_render_clicked()
    job_id = screen.render_job_id
    queue = ctx.service(RenderQueue)
    other = "ruang-render:77"
    assert queue.claim(other).id == job_id
    queue.heartbeat(job_id, other, progress=0.5)
    qtbot.waitUntil(lambda: "ruang-render" in screen.status.text(), timeout=20000)
    assert screen.progress.value() == 500 and screen.cancel_button.isEnabled()
    target = Path(queue.get(job_id).output_path)
    target.parent.mkdir(parents=True)
    target.write_bytes(b"video")  # written through the other computer's mapping
    queue.finish(job_id, other, {"output_path": f"/mnt/lain/{target.name}", "size_bytes": 5})
    qtbot.waitUntil(lambda: screen.render_job_id is None, timeout=20000)
    assert screen.finished_path == target and target.name in screen.status.text()
