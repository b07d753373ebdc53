"""The subtitle editor screen, headless."""

from __future__ import annotations

import numpy as np
import pytest

from app.core.captions import Word, segment
from app.services.media_library import MediaLibrary
from app.services.projects import ProjectService
from app.services.subtitles import SubtitleService, load_rules
from app.services.whisper_models import WhisperModelService
from app.store.models import Project, Shot
from tests.media_factory import make_image
from tests.render.helpers import import_media
from tests.subtitles.caption_pixels import qimage_rgb

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


def _colour_count(image, colour: str, region: tuple[int, int, int, int]) -> int:
    """Pixels of `image` (numpy RGB) near `colour` inside region x0, y0, x1, y1."""
    rgb = np.array([int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)])
    x0, y0, x1, y1 = region
    return int((np.abs(image[y0:y1, x0:x1] - rgb).sum(axis=2) < 60).sum())


def test_preview_shows_the_timeline_frame_at_the_cue_with_the_caption_as_burned(
    ctx, qtbot, project, media_dir
):
    # Two shots: a red picture for the first 1.5 s, then a blue one.
    red = import_media(ctx, make_image(media_dir / "merah.png", "1080x1920", "red"))
    blue = import_media(ctx, make_image(media_dir / "biru.png", "1080x1920", "blue"))
    with ctx.session() as s:
        s.add(Shot(project_id=project, position=0, media_asset_id=red, target_duration_s=1.5))
        s.add(Shot(project_id=project, position=1, media_asset_id=blue, target_duration_s=2.0))
        s.get(Project, project).options = {"title_card": False, "end_card": False}
    screen = make_screen(ctx, qtbot, project)
    screen.preview.setFixedSize(270, 480)  # the pixel boxes below are for its full size
    caption = ctx.service(SubtitleService).caption_style(project)
    middle = (20, 150, 250, 250)  # inside the safe box, above the caption

    screen.table.setCurrentCell(0, 2)  # "Warga Kota Semarang" at 0 s: the red shot
    qtbot.waitUntil(lambda: screen.preview.frame is not None, timeout=30_000)
    first = qimage_rgb(screen.preview.image())
    assert first[200, 135, 0] > 180 and first[200, 135, 2] < 80  # red

    screen.table.setCurrentCell(2, 2)  # "nomor darurat 112" at 2.0 s: the blue shot
    qtbot.waitUntil(lambda: screen.preview.frame is not None and screen._frame_for[1] == 2000)
    qtbot.waitUntil(lambda: qimage_rgb(screen.preview.image())[200, 135, 2] > 180, timeout=30_000)
    shown = qimage_rgb(screen.preview.image())
    assert _colour_count(shown, "#FF0000", middle) == 0  # not the first shot's picture
    # The caption in the brand colours just above the bottom band: the first word lit
    # (karaoke at the cue's start), the rest in the fill colour, nothing in the top half.
    band = (0, 270, 270, 320)
    lit = _colour_count(shown, caption.highlight_colour, band)
    unlit = _colour_count(shown, caption.colour, band)
    assert lit > 30 and unlit > lit
    assert _colour_count(shown, caption.colour, (0, 70, 270, 240)) == 0
    lit_x = np.nonzero((np.abs(shown[270:320] - [0xF2, 0xA9, 0x00]).sum(axis=2) < 60).any(axis=0))
    unlit_x = np.nonzero((np.abs(shown[270:320] - 255).sum(axis=2) < 60).any(axis=0))
    assert lit_x[0].max() < unlit_x[0].max()  # "nomor" is left of "darurat 112"

    # Playback moves the highlight: at 2.5 s "nomor darurat" are spoken.
    screen._update_views(at_ms=2450)
    later = qimage_rgb(screen.preview.image())
    assert _colour_count(later, caption.highlight_colour, band) > lit


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


def test_nothing_to_click_that_cannot_act(ctx, qtbot, project):
    """No cue: the cue buttons are off; the model dialog's "use" needs a chosen model, and
    the waveform says it is loading, not that there is no narration."""
    from app.services.subtitles import SubtitleService
    from app.ui.subtitles.model_dialog import ModelDialog

    screen = make_screen(ctx, qtbot, project)
    assert ctx.service(SubtitleService).cues(project)  # the fixture has cues: clear the view
    screen.cues = []
    screen._fill_table()
    screen._update_views()
    assert not any(b.isEnabled() for b in screen.cue_buttons)
    assert not any(w.isEnabled() for w in screen.all_cue_buttons)
    screen.waveform.set_loading()
    assert screen.waveform.loading
    dialog = ModelDialog(ctx, screen)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.use_btn.isEnabled()
    assert dialog.empty_hint.isVisibleTo(dialog)
    dialog.status.setText("Tidak ada internet: unduhan gagal.")
    dialog.refresh()
    assert dialog.status.text() == "Tidak ada internet: unduhan gagal."  # not overwritten
