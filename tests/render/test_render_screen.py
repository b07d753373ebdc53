"""The render screen: preview of any frame, render with progress, cancel."""

from __future__ import annotations

import pytest

from app.ui.render.screen import RenderScreen
from tests.render.helpers import import_media, make_project


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
    widget = RenderScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_project(project)
    qtbot.waitUntil(lambda: widget.plan is not None, timeout=15000)
    return widget


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


def test_render_runs_in_the_background_and_can_be_canceled(qtbot, screen, tmp_path):
    tmp_path = tmp_path / "hasil"
    screen.out_edit.setText(str(tmp_path))
    screen.quality_box.setCurrentIndex(screen.quality_box.findData("draft"))
    screen.on_render_clicked()
    assert not screen.render_button.isEnabled() and screen.cancel_button.isEnabled()
    with qtbot.waitSignal(screen.render_job.signals.canceled, timeout=30000):
        screen.on_cancel_clicked()
    qtbot.waitUntil(lambda: screen.render_button.isEnabled(), timeout=5000)
    assert "dibatalkan" in screen.status.text()
    assert not tmp_path.exists() or list(tmp_path.iterdir()) == []
    # Then a full render finishes with the file named in the status line.
    screen.on_render_clicked()
    qtbot.waitUntil(lambda: screen.render_job is None, timeout=60000)
    assert screen.progress.value() == 1000
    files = [p.name for p in tmp_path.iterdir()]
    assert len(files) == 1 and files[0] in screen.status.text()
