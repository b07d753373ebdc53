"""Storyboard fixtures: a project with shots and quickly made pictures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def project_id(ctx) -> int:
    from app.services.projects import ProjectService
    from app.store.models import Scene, Shot

    pid = ctx.service(ProjectService).create("Layanan 112 Darurat")
    with ctx.session() as s:
        scene = Scene(project_id=pid, position=0, title="Pembuka", location="Kantor Camat")
        s.add(scene)
        s.flush()
        texts = [
            ("Warga panik saat rumah tetangga terbakar.", "wide", ""),
            ("Cukup tekan 112, gratis dari semua operator.", "close_up", "Pasar Baru"),
            ("Petugas datang dalam hitungan menit.", "medium", "Pasar Baru"),
        ]
        for pos, (narration, shot_type, location) in enumerate(texts):
            s.add(
                Shot(
                    project_id=pid,
                    scene_id=scene.id,
                    position=pos,
                    narration=narration,
                    shot_type=shot_type,
                    location=location,
                    target_duration_s=3.0,
                )
            )
    return pid


def make_png(path: Path, width_px: int = 320, height_px: int = 180, color: str = "teal") -> Path:
    """A small picture written by Qt (much faster than an ffmpeg run per file)."""
    from PySide6.QtGui import QColor, QImage

    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width_px, height_px, QImage.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


@pytest.fixture
def picture(tmp_path, qapp) -> Path:
    return make_png(tmp_path / "foto lokasi é.png", 640, 360, "orange")
