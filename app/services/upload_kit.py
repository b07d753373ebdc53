"""Upload kits: per finished video a folder ready to post, and optionally one ZIP per batch.

A kit folder is named after the video's output name and holds:
  <output>.mp4    the video
  <output>.srt    the subtitles (when the project has an active subtitle track)
  cover.jpg       a 1080×1920 JPEG of the chosen frame (Project.options["cover_time_s"])
  caption.txt     the post text and hashtags (Project.options["caption"], ["hashtags"])
Every file is written under a temporary name and renamed, so a crash leaves no half file.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

from app.core.batch_sheet import parse_hashtags
from app.core.errors import NotFound
from app.core.overwrite import Overwrite
from app.services.context import AppContext
from app.services.render_queue import DONE, JobView, RenderQueue
from app.store.models import RenderBatch
from app.store.queries.projects import get_project_or_raise

COVER_SIZE = "1080x1920"
DEFAULT_COVER_TIME_S = 1.0  # inside the title card of most templates


class UploadKitService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def build(self, job: JobView, video: Path) -> Path:
        """Write the kit beside `video` (its folder is the kit folder); returns the folder."""
        video = Path(video)
        folder = video.parent
        with self.ctx.workspace.session() as s:
            project = get_project_or_raise(s, job.project_id, include_deleted=True)
            options = dict(project.options or {})
        self.write_caption(folder / "caption.txt", options)
        self.write_srt(job.project_id, folder / f"{video.stem}.srt")
        cover_s = options.get("cover_time_s")
        self.write_cover(
            video, folder / "cover.jpg", float(cover_s) if cover_s is not None else None
        )
        return folder

    # Parts ------------------------------------------------------------------------------
    def write_caption(self, path: Path, options: dict[str, Any]) -> None:
        caption = str(options.get("caption", "") or "").strip()
        tags = options.get("hashtags") or ()
        if isinstance(tags, str):
            tags = parse_hashtags(tags)
        parts = [p for p in (caption, " ".join(tags)) if p]
        _write_text_atomic(path, "\n\n".join(parts) + "\n")

    def write_srt(self, project_id: int, path: Path) -> bool:
        """The project's active subtitle track as SRT (the one SRT writer); False: none."""
        from app.services.subtitle_files import write_srt
        from app.services.subtitles import SubtitleService

        cues = [c for c in self.ctx.service(SubtitleService).cues(project_id) if c.text.strip()]
        if not cues:
            return False
        # The kit folder is the job's own: a re-run of the job writes its kit again.
        write_srt(cues, path, Overwrite.REPLACE)
        return True

    def write_cover(self, video: Path, target: Path, time_s: float | None = None) -> None:
        """A 1080×1920 JPEG of the frame at `time_s` of the finished video (what viewers see)."""
        from app.media.frames import save_frame
        from app.media.probe import probe

        duration = probe(video).duration_s or 0.0
        t = DEFAULT_COVER_TIME_S if time_s is None else float(time_s)
        t = max(0.0, min(t, max(0.0, duration - 0.1)))
        save_frame(
            video,
            t,
            target,
            width_px=1080,
            height_px=1920,
            fit="pad",
            image_format="jpeg",
            ffmpeg=self.ctx.setting("ffmpeg_path"),
        )

    # Batch ZIP --------------------------------------------------------------------------
    def build_batch_zip(self, batch_id: int) -> Path | None:
        """One ZIP of every finished kit of the batch, in its output folder (None: nothing)."""
        with self.ctx.workspace.session() as s:
            batch = s.get(RenderBatch, batch_id)
            if batch is None:
                raise NotFound(f"Batch {batch_id} tidak ada.", f"Batch {batch_id} does not exist.")
            out_dir, source = Path(batch.out_dir), batch.source_path
        jobs = [
            j for j in self.ctx.service(RenderQueue).jobs(batch_id=batch_id) if j.status == DONE
        ]
        if not jobs:
            return None
        name = (Path(source).stem if source else f"batch-{batch_id}") or f"batch-{batch_id}"
        target = out_dir / f"{name}.zip"
        tmp = out_dir / f".{name}.part.zip"
        # Videos are already compressed: store them, deflate only the small text files.
        with zipfile.ZipFile(tmp, "w") as zf:
            for job in sorted(jobs, key=lambda j: j.output_name):
                folder = Path(job.output_path).parent
                for path in sorted(folder.iterdir()):
                    if path.is_file() and not path.name.startswith("."):
                        method = (
                            zipfile.ZIP_DEFLATED
                            if path.suffix in (".txt", ".srt")
                            else zipfile.ZIP_STORED
                        )
                        zf.write(path, f"{folder.name}/{path.name}", compress_type=method)
        os.replace(tmp, target)
        return target


def _write_text_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)
