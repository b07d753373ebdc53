"""The queue panel: live rows, progress, cancel, retry, reorder, pause, sheet import."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.machine import machine_name
from app.services.projects import ProjectService
from app.services.render_queue import RenderQueue
from app.store.models import Project
from app.ui.render.queue_panel import MACHINE_COL, PROGRESS_COL
from app.workers.queue_runner import JobEventKind, QueueController
from tests.batch.conftest import write_sheet


@pytest.fixture
def panel(ctx, qtbot, fake_render):
    from app.ui.render.queue_panel import QueuePanel

    controller = ctx.service(QueueController)
    controller.jobs = 1
    widget = QueuePanel(ctx, autostart=False)
    qtbot.addWidget(widget)
    yield widget
    controller.stop()


def _project(ctx, title: str, fake: str = "ok") -> int:
    project_id = ctx.service(ProjectService).create(title)
    with ctx.session() as s:
        s.get(Project, project_id).options = {"fake": fake}
    return project_id


def _texts(panel, col: int) -> list[str]:
    return [panel.table.item(r, col).text() for r in range(panel.table.rowCount())]


def test_queue_runs_live_with_cancel_retry_and_reorder(ctx, panel, qtbot, tmp_path: Path) -> None:
    queue = ctx.service(RenderQueue)
    a, b, c = queue.add(
        [_project(ctx, "Blok", "block"), _project(ctx, "Dua"), _project(ctx, "Tiga")],
        out_dir=tmp_path / "out",
    )
    panel.refresh()
    assert _texts(panel, 1) == ["Blok", "Dua", "Tiga"]
    # Reorder before starting: "Tiga" up one place.
    panel.select_job(c)
    panel.act_up.trigger()
    assert _texts(panel, 1) == ["Blok", "Tiga", "Dua"]
    panel.controller.start()
    qtbot.waitUntil(
        lambda: queue.get(a).status == "running" and "Berjalan" in _texts(panel, 4), timeout=20000
    )
    panel.select_job(a)
    assert panel.act_cancel.isEnabled()
    panel.act_cancel.trigger()  # cancel is a kill of its worker
    qtbot.waitUntil(lambda: _texts(panel, 4).count("Selesai") == 2, timeout=30000)
    assert queue.get(a).status == "canceled"
    assert "Dibatalkan" in _texts(panel, 4)
    panel.select_job(a)
    assert panel.act_retry.isEnabled()
    with ctx.session() as s:
        s.get(Project, queue.get(a).project_id).options = {"fake": "ok"}
    panel.act_retry.trigger()
    qtbot.waitUntil(lambda: queue.get(a).status == "done", timeout=20000)
    panel.refresh()
    assert _texts(panel, 4) == ["Selesai"] * 3
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        Path(queue.get(j).output_path).name for j in (a, b, c)
    )


def test_pause_stops_new_jobs_and_shows_it(ctx, panel, qtbot) -> None:
    queue = ctx.service(RenderQueue)
    [job] = queue.add([_project(ctx, "Satu")])
    panel.act_pause.trigger()
    assert queue.is_paused() and "DIJEDA" in panel.summary.text()
    assert panel.act_pause.text() == "Lanjutkan antrean"
    panel.act_pause.trigger()
    qtbot.waitUntil(lambda: queue.get(job).status == "done", timeout=20000)


def test_sheet_import_reports_rejected_rows(
    ctx, panel, qtbot, sheet_dir: Path, tmp_path: Path
) -> None:
    sheet = write_sheet(
        sheet_dir,
        [
            "Satu;narasi.m4a;klip a.mp4;Budi;Kadis;tiktok;satu;;;no",
            "Dua;hilang.m4a;klip a.mp4;;;tiktok;dua;;;no",
        ],
    )
    messages: list[str] = []
    panel.status_message.connect(messages.append)
    from app.services.batch_sheet import BatchSheetService

    result = ctx.service(BatchSheetService).create_batch(sheet, tmp_path / "out")
    panel.on_sheet_imported(result)
    assert messages[-1] == "1 video masuk antrean, 1 baris ditolak."
    assert _texts(panel, 1) == ["Satu"]


def test_the_panel_runs_standalone(tmp_path: Path) -> None:
    # In its own process: exec()/quit() on the test run's shared QApplication would leave
    # later tests unable to wait for signals.
    import subprocess
    import sys

    workspace = tmp_path / "ruang kerja"
    code = (
        "import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]); QTimer.singleShot(0, app.quit);"
        "from app.ui.render import queue_panel;"
        f"sys.exit(queue_panel.main(['--workspace', {str(workspace)!r}]))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert proc.returncode == 0, proc.stderr
    assert (workspace / "kilas.db").is_file()


def test_the_panel_follows_events_without_re_reading_the_queue(
    ctx, panel, qtbot, monkeypatch, tmp_path: Path
) -> None:
    """Progress comes from events alone; a status change reads that one job. Nothing
    re-reads every job on a timer."""
    import threading

    reads = {"jobs": 0, "get": 0}

    def counted(name):
        original = getattr(RenderQueue, name)

        def wrapper(self, *args, **kwargs):
            if threading.current_thread() is threading.main_thread():  # the panel's reads
                reads[name] += 1
            return original(self, *args, **kwargs)

        return wrapper

    monkeypatch.setattr(RenderQueue, "jobs", counted("jobs"))
    monkeypatch.setattr(RenderQueue, "get", counted("get"))
    progress_events = []
    panel.controller.job_event.connect(
        lambda e: progress_events.append(e) if e.kind == JobEventKind.PROGRESS else None
    )
    [job] = panel.controller.add([_project(ctx, "Lambat", "slow")], out_dir=tmp_path / "out")
    assert _texts(panel, 1) == ["Lambat"] and _texts(panel, 4) == ["Menunggu"]
    qtbot.waitUntil(lambda: _texts(panel, 4) == ["Selesai"], timeout=30000)
    assert len(progress_events) >= 5
    assert panel.table.item(0, PROGRESS_COL).data(Qt.UserRole) == 1.0
    # queued, started, done: one read of that job each; never the whole queue.
    assert reads == {"jobs": 0, "get": 3}


def test_a_single_user_queue_has_no_computer_column(panel) -> None:
    assert panel.table.isColumnHidden(MACHINE_COL)


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_team_queue_shows_which_computer_renders_each_job(ctx, panel, qtbot) -> None:
    """Other computers claim and finish jobs: the panel shows it within seconds, without
    being refreshed, and names this computer as such."""
    queue = ctx.service(RenderQueue)
    a, b = queue.add([_project(ctx, "Satu"), _project(ctx, "Dua")])
    panel.refresh()
    assert not panel.table.isColumnHidden(MACHINE_COL)
    header = panel.table.horizontalHeaderItem(MACHINE_COL).text()
    assert header == "Komputer" and _texts(panel, MACHINE_COL) == ["", ""]
    queue.claim("ruang-editor:4242")  # another computer's worker takes the first job
    qtbot.waitUntil(lambda: _texts(panel, 4) == ["Berjalan", "Menunggu"], timeout=20000)
    assert _texts(panel, MACHINE_COL) == ["ruang-editor", ""]
    queue.heartbeat(a, "ruang-editor:4242", progress=0.4)
    qtbot.waitUntil(
        lambda: panel.table.item(0, PROGRESS_COL).data(Qt.UserRole) == 0.4, timeout=20000
    )
    # A worker of this computer (another process) takes the second.
    queue.claim(f"{machine_name()}:{os.getpid() + 1}")
    queue.finish(a, "ruang-editor:4242", {"size_bytes": 2_000_000})
    qtbot.waitUntil(lambda: "Selesai" in _texts(panel, 4), timeout=20000)
    rows = dict(zip(_texts(panel, 1), _texts(panel, MACHINE_COL), strict=True))
    assert rows == {"Satu": "ruang-editor", "Dua": f"{machine_name()} (komputer ini)"}
    # Paused from another computer: the summary says so.
    queue.pause()
    qtbot.waitUntil(lambda: "DIJEDA" in panel.summary.text(), timeout=20000)
