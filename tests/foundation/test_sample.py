"""The embedded sample workspace a new user sees on first launch."""

from __future__ import annotations

import json
from pathlib import Path

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
