"""The embedded sample workspace a new user sees on first launch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from app.cli import main as cli_main
from app.media.probe import probe
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.shots import ShotService
from app.services.workspaces import open_context
from app.store.models import BrandKit, Project


def test_sample_command_builds_three_complete_projects(workspace_dir: Path, capsys) -> None:
    assert cli_main(["sample", "--workspace", str(workspace_dir), "--json"]) == 0
    ids = json.loads(capsys.readouterr().out)["project_ids"]
    ctx = open_context(workspace_dir)
    try:
        summaries = ctx.service(ProjectService).summaries()
        assert [p.id for p in summaries] == ids and len(ids) == 3
        assert {p.series for p in summaries} == {"Contoh: Kampanye Layanan 112"}
        assert len({p.status for p in summaries}) == 3, "projects in different statuses"
        library = ctx.service(MediaLibrary)
        for p in summaries:
            shots = ctx.service(ShotService).list(p.id)
            assert 6 <= len(shots) <= 10
            assert all(s.narration and s.media_asset_id for s in shots)
            assert library.missing_for_project(p.id) == []
        with ctx.workspace.session() as s:
            projects = s.scalars(select(Project)).all()
            for project in projects:
                narration = library.get(project.narration_asset_id)
                assert 45 <= probe(narration.path).duration_s <= 75, "about a minute of narration"
                assert library.get(project.music_asset_id).duration_s >= 60
            kit = s.scalars(select(BrandKit)).one()
            assert kit.is_default and kit.logo_asset_id and kit.data["handle"].startswith("@")
        # Running it again must not duplicate the sample.
        assert cli_main(["sample", "--workspace", str(workspace_dir)]) == 1
    finally:
        ctx.workspace.close()


def _workspace_state(ctx) -> tuple[dict[str, int], set[Path]]:
    from sqlalchemy import func as sql_func

    from app.store.models import Base

    with ctx.workspace.session() as s:
        rows = {
            t.name: s.scalar(select(sql_func.count()).select_from(t))
            for t in Base.metadata.sorted_tables
        }
    ws = ctx.workspace
    files = {p for d in (ws.media_dir, ws.cache_dir, ws.renders_dir) for p in d.rglob("*")}
    return rows, files


def test_canceled_sample_build_stops_and_leaves_no_half_workspace(ctx) -> None:
    import threading

    from app.core.errors import Canceled
    from app.services.sample import build_sample, has_projects

    before = _workspace_state(ctx)
    cancel = threading.Event()
    labels: list[str] = []

    def report(fraction: float, label: str) -> None:
        labels.append(label)
        if len(labels) == 3:  # brand kit, music and one shot's media are in the workspace
            cancel.set()

    with pytest.raises(Canceled):
        build_sample(ctx, report, cancel)
    assert len(labels) == 3, "the build stopped at the step after the cancel"
    assert _workspace_state(ctx) == before, "no rows and no media files are left behind"
    assert not has_projects(ctx)  # so the next launch builds the sample again
    assert len(build_sample(ctx)) == 3


def test_cancel_in_the_first_launch_dialog_stops_the_sample_build(ctx, qapp, tmp_path, monkeypatch):
    import threading

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from app.services import sample as sample_service
    from app.services.sample import has_projects
    from app.ui import app_controller

    class UserCancels(QProgressDialog):
        def setLabelText(self, text: str) -> None:  # the first step shows: the user clicks Batal
            super().setLabelText(text)
            if not self.wasCanceled():
                self.findChild(QPushButton).click()

    real_build = sample_service.build_sample

    def build_waiting_for_the_user(ctx, report, cancel: threading.Event):
        def report_then_wait(fraction: float, label: str) -> None:
            report(fraction, label)
            assert cancel.wait(5), "the dialog's Batal reaches the build"

        return real_build(ctx, report_then_wait, cancel)

    shown: list[str] = []
    monkeypatch.setattr(app_controller.QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(app_controller, "QProgressDialog", UserCancels)
    monkeypatch.setattr(sample_service, "build_sample", build_waiting_for_the_user)
    before = _workspace_state(ctx)
    settings = QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat)
    controller = app_controller.AppController(qapp, settings, "id")
    try:
        assert controller._build_sample(ctx) is False
        assert shown == [], "a cancel is not an error"
        assert not controller.runner.busy()
    finally:
        controller.deleteLater()
    assert _workspace_state(ctx) == before and not has_projects(ctx)
