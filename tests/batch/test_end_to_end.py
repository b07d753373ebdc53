"""Two sheet rows rendered by the real renderer (draft quality, one-second clips)."""

from __future__ import annotations

from pathlib import Path

import av
from PIL import Image

from app.services.batch_sheet import BatchSheetService
from app.services.render_queue import RenderQueue
from app.workers.queue_runner import QueueRunner
from tests.batch.conftest import write_sheet

ROWS = [
    'Layanan KTP;narasi.m4a;"klip a.mp4;foto.png";Budi Santoso;Kepala Dinas;tiktok;ktp-01;Urus KTP gratis;#ktp;no',
    "Vaksinasi;narasi.m4a;klip b.mp4;Dr. Sari;Kepala Puskesmas;reels;vaksin-01;Ayo vaksin;#vaksin;no",
]


def test_two_rows_become_two_upload_kits(ctx, sheet_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "keluaran"
    result = ctx.service(BatchSheetService).create_batch(
        write_sheet(sheet_dir, ROWS), out, quality="draft", make_zip=True
    )
    assert len(result.job_ids) == 2
    QueueRunner(ctx, jobs=2).run(until_idle=True)
    jobs = ctx.service(RenderQueue).jobs(batch_id=result.batch_id)
    logs = "".join(
        p.read_text(errors="replace")[-2000:] for p in ctx.workspace.cache_dir.glob("*.log")
    )
    assert [j.status for j in jobs] == ["done", "done"], ([j.error for j in jobs], logs)
    for name in ("ktp-01", "vaksin-01"):
        kit = out / name
        assert sorted(p.name for p in kit.iterdir()) == ["caption.txt", "cover.jpg", f"{name}.mp4"]
        with av.open(str(kit / f"{name}.mp4")) as video:
            stream = video.streams.video[0]
            assert (stream.codec_context.width, stream.codec_context.height) == (1080, 1920)
            assert abs(video.duration / 1e6 - 2.0) < 0.6  # the narration's length
            assert video.streams.audio
        with Image.open(kit / "cover.jpg") as cover:
            assert cover.size == (1080, 1920)
    assert (out / "batch.zip").is_file()
    assert not [p for p in out.rglob("*") if ".part" in p.name]
