"""Moving the sample workspace into a team database and back out, losing nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.core.errors import WorkspaceError
from app.services.context import AppContext
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.sample import build_sample
from app.services.workspace_migrate import migrate_workspace, owned_files
from app.store.stats import row_counts
from app.store.workspace import open_workspace
from tests.pg_server import PASSWORD


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory) -> Path:
    """A single-user workspace with the full sample (projects, media, brand kit, calendar)."""
    folder = tmp_path_factory.mktemp("migrasi") / "Humas Kota"
    ws = open_workspace(folder)
    build_sample(AppContext(ws))
    ws.close()
    return folder


def _counts(ws) -> dict[str, int]:
    with ws.session() as s:
        counts = row_counts(s)
    return counts


def test_a_workspace_moves_into_a_team_database_and_back_out_the_same(
    sample_folder, team_url, tmp_path, capsys
):
    copy = tmp_path / "sumber"
    shutil.copytree(sample_folder, copy)
    shared = tmp_path / "bersama"
    code = cli_main(
        ["workspace", "migrate", "--from", str(copy), "--to", team_url]
        + ["--media-root", str(shared), "--json"]
    )
    assert code == 0
    into_team = json.loads(capsys.readouterr().out)
    assert into_team["ok"] and into_team["files"] > 0 and PASSWORD not in json.dumps(into_team)
    assert into_team["tables"]["projects"] == {"source": 3, "target": 3}
    assert all(t["source"] == t["target"] for t in into_team["tables"].values())

    team = AppContext(open_workspace(team_url, media_root=shared, local_dir=tmp_path / "lokal"))
    try:
        titles = sorted(p.title for p in team.service(ProjectService).summaries())
        assert len(titles) == 3
        library = team.service(MediaLibrary)
        first_asset = library.get(1)
        assert not first_asset.missing and shared in first_asset.path.parents
        new_id = team.service(ProjectService).create("Proyek baru di server")  # ids go on
        assert new_id == 4
    finally:
        team.workspace.close()

    archive = tmp_path / "arsip"
    code = cli_main(
        ["workspace", "migrate", "--from", team_url, "--media-root", str(shared)]
        + ["--to", str(archive), "--json"]
    )
    assert code == 0
    back_out = json.loads(capsys.readouterr().out)
    assert back_out["ok"] and back_out["files_sha256"] == into_team["files_sha256"]
    original, archived = open_workspace(copy), open_workspace(archive)
    try:
        before, after = _counts(original), _counts(archived)
        before["projects"] += 1  # the one made on the server
        assert {k: v for k, v in after.items() if k != "settings"} == {
            k: v for k, v in before.items() if k != "settings"
        }
        assert owned_files(copy) == owned_files(archive)
    finally:
        original.close()
        archived.close()


def test_a_target_that_already_has_work_is_refused_and_left_alone(sample_folder, tmp_path):
    source = open_workspace(sample_folder)
    other = AppContext(open_workspace(tmp_path / "punya orang"))
    other.service(ProjectService).create("Jangan ditimpa")
    try:
        with pytest.raises(WorkspaceError) as refused:
            migrate_workspace(source, other.workspace)
        assert "sudah berisi data" in refused.value.message("id")
        assert [p.title for p in other.service(ProjectService).summaries()] == ["Jangan ditimpa"]
    finally:
        source.close()
        other.workspace.close()


def test_a_disk_that_fills_up_midway_leaves_an_empty_target(
    sample_folder, team_url, tmp_path, monkeypatch
):
    source = open_workspace(sample_folder)
    target = open_workspace(team_url, media_root=tmp_path / "bersama", local_dir=tmp_path / "l")
    copies = []
    real_copy = shutil.copy2

    def copy_until_full(src, dst):
        if len(copies) == 2:
            raise OSError(28, "No space left on device")
        copies.append(dst)
        return real_copy(src, dst)

    monkeypatch.setattr(shutil, "copy2", copy_until_full)
    try:
        with pytest.raises(WorkspaceError) as failed:
            migrate_workspace(source, target)
        assert "dikosongkan" in failed.value.message("id")
        assert not any(_counts(target).get(name) for name in ("projects", "shots", "media_assets"))
        assert owned_files(target.root) == []
        assert _counts(source)["projects"] == 3  # the source is untouched
    finally:
        source.close()
        target.close()
