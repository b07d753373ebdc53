"""The subtitle editor screen, headless."""

from __future__ import annotations

import pytest

from app.core.captions import Word, segment
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.subtitles import SubtitleService, load_rules
from app.services.whisper_models import WhisperModelService
from app.store.models import Project

TEXT = "Warga Kota Semarang dapat menghubungi nomor darurat 112 secara gratis."


@pytest.fixture(autouse=True)
def empty_caches(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))


@pytest.fixture
def project(ctx, silent_audio) -> int:
    pid = ctx.service(ProjectService).create("Layanan 112")
    asset = ctx.service(MediaLibrary).import_file(silent_audio)
    with ctx.session() as s:
        s.get(Project, pid).narration_asset_id = asset
    words = [Word(t, i * 400, i * 400 + 350) for i, t in enumerate(TEXT.split())]
    ctx.service(SubtitleService).store_events(pid, segment(words, load_rules("short")))
    return pid


def make_screen(ctx, qtbot, project_id):
    from app.ui.subtitles.screen import SubtitlesScreen

    screen = SubtitlesScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.set_project(project_id)
    yield_screen = screen
    return yield_screen


def test_without_a_model_the_screen_explains_how_to_get_one(ctx, qtbot, project):
    screen = make_screen(ctx, qtbot, project)
    assert screen.no_model.isVisible()
    assert "Impor model" in screen.no_model.text()
    assert not screen.transcribe_btn.isEnabled()
    assert screen.table.rowCount() == 4  # editing still works without a model
    qtbot.waitUntil(lambda: screen.waveform.duration_ms == 3000, timeout=10_000)  # narration
    assert len(screen.waveform.peaks) > 100


def test_edits_are_undoable(ctx, qtbot, project):
    screen = make_screen(ctx, qtbot, project)
    screen.table.setCurrentCell(0, 2)
    screen.on_split_clicked()
    assert [screen.table.item(r, 2).text() for r in range(2)] == ["Warga", "Kota Semarang"]
    screen.undo_stack.undo()
    assert screen.table.item(0, 2).text() == "Warga Kota Semarang"
    screen.find_edit.setText("gratis")
    screen.replace_edit.setText("tanpa biaya")
    screen.on_replace_clicked()
    assert screen.table.item(3, 2).text() == "secara tanpa biaya."
    assert "1" in screen.status.text()
    screen.table.item(0, 0).setText("00:00.250")  # edit a start time in the table
    assert ctx.service(SubtitleService).cues(project)[0].start_ms == 250
    screen.undo_stack.undo()
    assert ctx.service(SubtitleService).cues(project)[0].start_ms == 0
    screen.table.setCurrentCell(0, 2)
    screen.nudge(0, 100)
    assert ctx.service(SubtitleService).cues(project)[0].edited


def test_preview_shows_the_selected_caption_in_brand_colours(ctx, qtbot, project):
    screen = make_screen(ctx, qtbot, project)
    screen.table.setCurrentCell(1, 2)
    assert screen.preview.lines == ["dapat menghubungi"]
    assert screen.preview.karaoke
    image = screen.preview.render_image().toImage()
    assert not image.isNull()


def test_transcription_runs_as_a_job_and_invents_nothing_over_silence(
    ctx, qtbot, project, tiny_model
):
    ctx.service(WhisperModelService).import_model(tiny_model, validate=False)
    screen = make_screen(ctx, qtbot, project)
    assert not screen.no_model.isVisible() and screen.transcribe_btn.isEnabled()
    ctx.service(SubtitleService).set_text(project, 0, "disunting")
    screen.refresh()
    screen._ask_overwrite = lambda: True  # the user confirms the overwrite
    with qtbot.waitSignal(screen.status_message, timeout=90_000) as done:
        screen.on_transcribe_clicked()
        assert screen.progress.isVisible() and screen.cancel_btn.isVisible()
    assert "ucapan" in done.args[0]  # silence: no captions are invented
    qtbot.waitUntil(lambda: screen.job is None, timeout=10_000)
    assert screen.table.rowCount() == 0
    screen.undo_stack.undo()  # the transcription can be undone
    assert screen.table.rowCount() == 4
    assert screen.table.item(0, 2).text() == "disunting"


def test_cancel_stops_the_transcription(ctx, qtbot, project, tiny_model):
    ctx.service(WhisperModelService).import_model(tiny_model, validate=False)
    screen = make_screen(ctx, qtbot, project)
    screen.on_transcribe_clicked()
    screen.on_cancel_clicked()
    qtbot.waitUntil(lambda: screen.job is None, timeout=30_000)
    assert "dibatalkan" in screen.status.text().lower()
    assert screen.table.rowCount() == 4  # nothing replaced
