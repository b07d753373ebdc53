"""Projects: create from templates, rename, duplicate, soft delete and restore, missing media."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InvalidInput, NotFound
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.shots import ShotService

pytestmark = pytest.mark.both_backends


def test_create_from_template_makes_shots_with_estimate(ctx) -> None:
    service = ctx.service(ProjectService)
    pid = service.create("Cara Lapor 112 — Kota Semarang", template="tutorial-layanan-publik")
    summary = service.summary(pid)
    assert summary.status == "script"
    assert summary.shot_count == 5
    # Each shot lasts its narration or its target, whichever is longer.
    assert summary.estimated_s >= 30


def test_unknown_template_and_empty_title_are_clear_errors(ctx) -> None:
    service = ctx.service(ProjectService)
    with pytest.raises(InvalidInput) as info:
        service.create("Judul", template="tidak-ada")
    assert "tutorial-layanan-publik" in info.value.message("id")
    with pytest.raises(InvalidInput):
        service.create("   ")


def test_duplicate_copies_shots_and_delete_can_be_undone(ctx) -> None:
    service = ctx.service(ProjectService)
    pid = service.create("Asli", template="tutorial-layanan-publik")
    copy_id = service.duplicate(pid)
    shots = ctx.service(ShotService)
    assert [s.narration for s in shots.list(copy_id)] == [s.narration for s in shots.list(pid)]
    assert service.summary(copy_id).title == "Asli (salinan)"
    service.delete(copy_id)
    assert copy_id not in [p.id for p in service.summaries()]
    with pytest.raises(NotFound):
        service.rename(copy_id, "x")
    service.restore(copy_id)
    assert copy_id in [p.id for p in service.summaries()]


def test_status_change_returns_previous_for_undo(ctx) -> None:
    service = ctx.service(ProjectService)
    pid = service.create("Status")
    assert service.set_status(pid, "review") == "idea"
    assert service.summary(pid).status == "review"
    with pytest.raises(ValueError):
        service.set_status(pid, "selesai")


def test_media_deleted_behind_kilas_is_reported_and_relinked(
    ctx, landscape_clip: Path, tmp_path: Path
) -> None:
    library = ctx.service(MediaLibrary)
    service = ctx.service(ProjectService)
    pid = service.create("Media", template="tutorial-layanan-publik")
    asset_id = library.import_file(landscape_clip)
    first_shot = ctx.service(ShotService).list(pid)[0]
    ctx.service(ShotService).update(first_shot.id, media_asset_id=asset_id)
    stored = library.get(asset_id).path
    assert stored.is_file() and stored.parent.name == "media"
    assert library.missing_for_project(pid) == []

    moved = tmp_path / "dipindah ü" / landscape_clip.name
    moved.parent.mkdir()
    stored.rename(moved)
    missing = library.missing_for_project(pid)
    assert [m.id for m in missing] == [asset_id]
    assert library.find_candidates(asset_id, moved.parent) == [moved]
    library.relink(asset_id, moved)
    assert library.missing_for_project(pid) == []
    assert library.get(asset_id).path == moved


def test_import_never_overwrites_same_name(ctx, landscape_clip: Path) -> None:
    library = ctx.service(MediaLibrary)
    a = library.get(library.import_file(landscape_clip)).path
    b = library.get(library.import_file(landscape_clip)).path
    assert a != b and a.is_file() and b.is_file()
