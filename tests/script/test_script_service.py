"""Script service: shot edits with undo data, stats, import, glossary, plain text."""

import pytest

from app.core.errors import InvalidInput, KilasError
from app.core.text_decode import decode_text
from app.services.projects import ProjectService
from app.services.script import ScriptService
from app.services.shots import ShotService

pytestmark = pytest.mark.both_backends


@pytest.fixture
def project(ctx):
    return ctx.service(ProjectService).create("Call Center 112", "tutorial-layanan-publik")


def narrations(ctx, pid):
    return [s.narration for s in ctx.service(ShotService).list(pid)]


def test_plain_text_and_glossary_terms_for_subtitles(ctx, project):
    svc = ctx.service(ScriptService)
    text = svc.plain_text(project)
    assert text.startswith("Pernah bingung") and text.count("\n\n") == 4
    svc.add_term("Diskominfo", "instansi")
    svc.add_term("Call Center 112")
    with pytest.raises(InvalidInput):
        svc.add_term("diskominfo")
    assert svc.glossary_terms() == ["Call Center 112", "Diskominfo"]


def test_stats_follow_words_per_minute_and_mark_overflowing_shots(ctx, project):
    svc = ctx.service(ScriptService)
    stats = svc.stats(project, words_per_minute=140)
    assert stats.shots == 5 and stats.words == 48
    assert stats.over_budget_shots == []
    first = ctx.service(ShotService).list(project)[0]
    svc.update_shot(first.id, narration="kata " * 40)  # 40 words ≈ 17 s in a 5 s shot
    stats = svc.stats(project, words_per_minute=140)
    assert stats.over_budget_shots == [1]
    assert stats.as_dict()["estimated_seconds"] > 40


def test_split_merge_duplicate_delete_and_their_undo(ctx, project):
    svc = ctx.service(ScriptService)
    before = narrations(ctx, project)
    first = ctx.service(ShotService).list(project)[0]
    cursor = first.narration.index("harus")
    new_id, prev = svc.split_shot(first.id, cursor)
    after = narrations(ctx, project)
    assert after[0] == "Pernah bingung" and after[1].startswith("harus menghubungi")
    assert len(after) == 6
    # undo split
    svc.delete_shot(new_id)
    svc.update_shot(first.id, **prev)
    assert narrations(ctx, project) == before

    prev, record = svc.merge_with_next(first.id)
    assert len(narrations(ctx, project)) == 4
    assert narrations(ctx, project)[0].endswith("di ponsel Anda.")
    svc.update_shot(first.id, **prev)
    svc.restore_shot(record)
    assert narrations(ctx, project) == before

    dup = svc.duplicate_shot(first.id)
    assert narrations(ctx, project)[1] == before[0]
    record = svc.delete_shot(dup)
    assert narrations(ctx, project) == before
    svc.restore_shot(record)
    assert [s.id for s in ctx.service(ShotService).list(project)][1] == dup


def test_import_windows_1252_and_utf16_files(ctx, project, tmp_path):
    text = "# Pembuka\n## Shot 1\nTEKS: “Aman”\nKafé warga — buka 24 jam.\n"
    for enc in ("cp1252", "utf-16", "utf-8-sig"):
        path = tmp_path / f"naskah {enc}.txt"
        path.write_bytes(text.encode(enc))
        svc = ctx.service(ScriptService)
        svc.import_file(project, path)
        shots = ctx.service(ShotService).list(project)
        assert len(shots) == 1
        assert shots[0].narration == "Kafé warga — buka 24 jam."
        assert shots[0].on_screen_text == "“Aman”"
    assert decode_text("é".encode("utf-16-le") * 20) == "é" * 20


def test_import_undo_restores_previous_script(ctx, project):
    svc = ctx.service(ScriptService)
    before = narrations(ctx, project)
    content = svc.import_text(project, "Satu.\n\nDua.", replace=True)
    assert narrations(ctx, project) == ["Satu.", "Dua."]
    svc.restore_content(project, content)
    assert narrations(ctx, project) == before


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"PK\x03\x04" + bytes(range(256)) * 4, "Word/Excel"),
        (b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (bytes(range(256)) * 8, "binary data"),
    ],
)
def test_a_file_that_is_not_text_is_refused_and_changes_nothing(ctx, project, tmp_path, data, what):
    svc = ctx.service(ScriptService)
    before = narrations(ctx, project)
    path = tmp_path / "bukan naskah.bin"
    path.write_bytes(data)
    with pytest.raises(KilasError) as err:
        svc.import_file(project, path, replace=True)
    message = err.value.message("en")
    assert what in message and "Nothing was changed" in message
    assert narrations(ctx, project) == before
    assert not any("\x00" in n for n in narrations(ctx, project))


def test_an_import_that_replaces_the_script_keeps_a_backup_to_go_back_to(ctx, project, tmp_path):
    svc = ctx.service(ScriptService)
    original = narrations(ctx, project)
    replacement = tmp_path / "versi baru.txt"
    replacement.write_text("Naskah baru sama sekali.\n\nShot kedua.", encoding="utf-8")
    svc.import_file(project, replacement, replace=True)
    assert narrations(ctx, project) != original
    [backup] = svc.script_backups(project)  # survives a restart: it is in the workspace
    assert backup.reason == "import" and backup.shot_count == len(original)
    svc.restore_backup(project, backup.id)
    assert narrations(ctx, project) == original
    newest = svc.script_backups(project)[0]  # the restore kept what it replaced, too
    assert newest.reason == "restore" and newest.shot_count == 2
    with pytest.raises(KilasError):
        svc.restore_backup(project, 9999)
