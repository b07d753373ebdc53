"""A team workspace on a real PostgreSQL server: opening, its shared folder, upgrades, errors."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import text

from app.cli import main as cli_main
from app.core.errors import KilasError, WorkspaceUpgradeBlocked
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.workspaces import open_context
from app.store import migrate
from app.store.workspace import open_workspace
from tests.pg_server import PASSWORD


def _open(url: str, tmp_path, media: str = "bersama"):
    return open_workspace(url, media_root=tmp_path / media, local_dir=tmp_path / "lokal")


def test_a_new_team_database_gets_the_schema_and_its_shared_folder_a_marker(pg_server, tmp_path):
    url = pg_server.url(pg_server.new_database())
    ws = _open(url, tmp_path)
    try:
        assert ws.team and migrate.current_revisions(ws.engine) == migrate.head_revisions()
        assert PASSWORD not in ws.display_name and ws.display_name.startswith("postgresql://")
        marker = json.loads((tmp_path / "bersama" / "kilas-tim.json").read_text("utf-8"))
        assert marker["workspace_id"] and PASSWORD not in json.dumps(marker)
        assert (tmp_path / "bersama" / "media").is_dir()
        assert ws.cache_dir == tmp_path / "lokal" / "cache"  # this computer's, not the share's
    finally:
        ws.close()


def test_a_database_that_does_not_exist_yet_is_created(pg_server, tmp_path):
    ws = _open(pg_server.url("kilas_baru_sekali"), tmp_path)
    ws.close()
    with psycopg.connect(pg_server.url("postgres")) as conn:
        names = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert "kilas_baru_sekali" in names


def test_two_computers_mapping_the_share_elsewhere_see_the_same_media(
    team_url, tmp_path, tone_audio
):
    """Each computer sees the shared folder at its own path; stored paths are relative."""
    first = open_context(team_url, media_root=tmp_path / "bersama")
    project_id = first.service(ProjectService).create("Banjir Rob")
    asset_id = first.service(MediaLibrary).import_file(tone_audio)
    first.workspace.close()
    (tmp_path / "bersama").rename(tmp_path / "mnt-kilas")  # the other computer's mapping
    second = open_context(team_url, media_root=tmp_path / "mnt-kilas")
    try:
        assert second.service(ProjectService).summary(project_id).title == "Banjir Rob"
        info = second.service(MediaLibrary).get(asset_id)
        assert info.path.is_file() and tmp_path / "mnt-kilas" in info.path.parents
    finally:
        second.workspace.close()


def test_the_shared_folder_of_another_team_is_refused(pg_server, team_url, tmp_path):
    _open(team_url, tmp_path).close()
    other = pg_server.url(pg_server.new_database())
    with pytest.raises(KilasError) as refused:
        _open(other, tmp_path)
    assert "ruang kerja tim lain" in refused.value.message("id")
    assert "another team workspace" in refused.value.message("en")


def test_a_wrong_password_is_said_in_words_without_any_password(pg_server, team_url, tmp_path):
    wrong = team_url.replace(PASSWORD, "salah-sandi-123")
    with pytest.raises(KilasError) as refused:
        _open(wrong, tmp_path)
    for language in ("id", "en"):
        message = refused.value.message(language)
        assert "salah-sandi-123" not in message and PASSWORD not in message
    assert "kata sandi" in refused.value.message("id")
    assert "password" in refused.value.message("en")


def test_an_unreachable_server_is_said_in_words(pg_server, tmp_path):
    with pytest.raises(KilasError) as refused:
        _open(f"postgresql://kilas:{PASSWORD}@127.0.0.1:1/kilas", tmp_path)
    assert "tidak bisa dihubungi" in refused.value.message("id")
    assert PASSWORD not in refused.value.message("en")


def test_a_team_workspace_without_its_shared_folder_says_what_is_needed(team_url):
    with pytest.raises(KilasError) as refused:
        open_workspace(team_url)
    assert "--media-root" in refused.value.message("en")


def test_an_upgrade_waits_until_older_clients_have_closed_kilas(pg_server, tmp_path):
    """An older Kilas still connected would write rows the new schema no longer expects."""
    name = pg_server.new_database()
    url = pg_server.url(name)
    from alembic import command
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:  # the database as the first Kilas version left it
        cfg = migrate._config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    older = psycopg.connect(url, application_name="kilas 0001 @pc-editor")
    try:
        with pytest.raises(WorkspaceUpgradeBlocked) as refused:
            _open(url, tmp_path)
        assert "pc-editor" in refused.value.message("id")
        probe = psycopg.connect(url)
        assert probe.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        probe.close()
    finally:
        older.close()
    ws = _open(url, tmp_path)  # once the other Kilas is closed, the upgrade goes ahead
    try:
        assert migrate.current_revisions(ws.engine) == migrate.head_revisions()
        with ws.engine.connect() as conn:
            names = conn.execute(
                text("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")
            ).scalar()
        assert names.startswith("kilas ")  # how the next upgrade will see this client
    finally:
        ws.close()


def test_the_cli_works_on_a_team_workspace(team_url, tmp_path, capsys):
    shared = tmp_path / "bersama"
    args = ["--workspace", team_url, "--media-root", str(shared)]
    assert cli_main(["new", "--title", "Vaksinasi Lansia", *args]) == 0
    capsys.readouterr()
    assert cli_main(["projects", *args, "--json"]) == 0
    out = capsys.readouterr().out
    assert "Vaksinasi Lansia" in out and PASSWORD not in out


def test_doctor_names_the_server_the_shared_folder_and_the_other_kilas(team_url, tmp_path):
    from app.services.doctor import run_checks

    ctx = open_context(team_url, media_root=tmp_path / "bersama")
    other = psycopg.connect(team_url, application_name="kilas 0002 @pc-kabid")
    try:
        checks = {c.name: c for c in run_checks(ctx)}
        assert (
            checks["shared-folder"].ok
            and str(tmp_path / "bersama") in checks["shared-folder"].detail
        )
        assert "pc-kabid" in checks["team-clients"].detail
        assert PASSWORD not in checks["workspace"].detail
    finally:
        other.close()
        ctx.workspace.close()
