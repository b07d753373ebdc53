"""Upload kits: the video, its SRT, a 1080×1920 cover and caption.txt in a folder per video."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

from PIL import Image

from app.services.batch_sheet import BatchSheetService
from app.services.render_job import execute_job
from app.services.render_queue import RenderQueue
from app.store.models import SubtitleCue, SubtitleTrack
from tests.batch import fake_render
from tests.batch.conftest import write_sheet

ROW = 'Cek Bansos;narasi.m4a;"klip a.mp4;foto.png";Sari;Dinsos;tiktok;bansos-01;Cek penerima bansos di sini.;bansos, dinsos;no'


def test_kit_folder_holds_video_srt_cover_and_caption(ctx, sheet_dir: Path, tmp_path: Path) -> None:
    sheets = ctx.service(BatchSheetService)
    result = sheets.create_batch(write_sheet(sheet_dir, [ROW]), tmp_path / "out", make_zip=True)
    queue = ctx.service(RenderQueue)
    job = queue.get(result.job_ids[0])
    with ctx.session() as s:
        track = SubtitleTrack(project_id=job.project_id, language="id")
        s.add(track)
        s.flush()
        s.add(SubtitleCue(track_id=track.id, start_ms=0, end_ms=1200, text="Cek penerima"))
        s.add(SubtitleCue(track_id=track.id, start_ms=1200, end_ms=2000, text="bansos"))
    got = execute_job(ctx, job, fake_render.render, lambda f, label="": None, threading.Event())
    kit = Path(got["kit_dir"])
    assert kit == tmp_path / "out" / "bansos-01"
    assert sorted(p.name for p in kit.iterdir()) == [
        "bansos-01.mp4",
        "bansos-01.srt",
        "caption.txt",
        "cover.jpg",
    ]
    assert (kit / "caption.txt").read_text(
        encoding="utf-8"
    ) == "Cek penerima bansos di sini.\n\n#bansos #dinsos\n"
    srt = (kit / "bansos-01.srt").read_text(encoding="utf-8")
    assert srt.startswith("1\n00:00:00,000 --> 00:00:01,200\nCek penerima\n")
    with Image.open(kit / "cover.jpg") as cover:
        assert cover.size == (1080, 1920) and cover.format == "JPEG"
    # The batch ZIP gathers the kits once nothing is left to run.
    queue.claim("host:1")
    queue.finish(job.id, "host:1", got)
    zip_path = sheets.finish_batch_if_complete(result.batch_id)
    with zipfile.ZipFile(zip_path) as zf:
        assert sorted(zf.namelist()) == [
            "bansos-01/bansos-01.mp4",
            "bansos-01/bansos-01.srt",
            "bansos-01/caption.txt",
            "bansos-01/cover.jpg",
        ]
    assert not list((tmp_path / "out").glob(".*part*"))


def test_subtitles_yes_transcribes_before_rendering_and_the_kit_has_the_srt(
    ctx, sheet_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    from app.services import subtitles

    calls: list[int] = []

    def fake_transcribe(self, project_id, progress=None, cancel=None, **kw):
        calls.append(project_id)
        progress(0.5, "whisper")
        with self.ctx.session() as s:
            track = SubtitleTrack(project_id=project_id, language="id")
            s.add(track)
            s.flush()
            s.add(SubtitleCue(track_id=track.id, start_ms=0, end_ms=900, text="Halo warga"))

    monkeypatch.setattr(subtitles.SubtitleService, "transcribe_project", fake_transcribe)
    monkeypatch.setattr(BatchSheetService, "_has_whisper_model", lambda self: True)
    row = ROW.replace("bansos-01", "sub-01").replace(";no", ";yes")
    result = ctx.service(BatchSheetService).create_batch(
        write_sheet(sheet_dir, [row]), tmp_path / "o"
    )
    job = ctx.service(RenderQueue).get(result.job_ids[0])
    seen: list[float] = []
    got = execute_job(
        ctx, job, fake_render.render, lambda f, label="": seen.append(f), threading.Event()
    )
    assert calls == [job.project_id]
    assert 0.15 in seen and max(seen) <= 1.0  # transcription fills the first 30 % of the bar
    srt = (Path(got["kit_dir"]) / "sub-01.srt").read_text(encoding="utf-8")
    assert "Halo warga" in srt
