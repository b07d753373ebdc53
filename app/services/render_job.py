"""Running one queued render job (inside a worker process): subtitles, render, upload kit.

The render function is a parameter, so the queue does not care what a job does; the worker
passes `default_render` (the renderer's `RenderService.render`). A render function has the
signature
`fn(ctx, project_id, preset, quality, out_path, report, cancel) -> dict | RenderResult`.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

from app.core.errors import DiskFull, JobTakenOver, KilasError
from app.core.overwrite import Overwrite
from app.core.progress import ProgressFn
from app.media import outputs
from app.media.render_run import disk_full
from app.services.context import AppContext
from app.services.render import RenderService
from app.services.render_outputs import output_already_made, remove_staging, staging_path
from app.services.render_queue import JobView


def default_render(
    ctx: AppContext,
    project_id: int,
    preset: str,
    quality: str,
    out_path: Path,
    report: ProgressFn,
    cancel: threading.Event,
) -> Any:
    # The render paints its overlays with QPainter; it brings its own offscreen
    # QGuiApplication (app/media/qt_app.py) when the process has none.
    return ctx.service(RenderService).render(project_id, preset, quality, out_path, report, cancel)


def _as_dict(result: Any) -> dict[str, Any]:
    if result is None:
        return {}
    if isinstance(result, dict):
        data = dict(result)
    elif is_dataclass(result):
        data = asdict(result)
    else:
        data = {
            k: getattr(result, k)
            for k in ("output_path", "duration_s", "wall_s", "size_bytes")
            if hasattr(result, k)
        }
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in data.items()}


def execute_job(
    ctx: AppContext,
    job: JobView,
    render_fn: Callable[..., Any],
    report: ProgressFn,
    cancel: threading.Event,
    still_ours: Callable[[], bool] | None = None,
) -> dict[str, Any]:
    """Render `job` to its output path exactly once, then build its upload kit.

    `still_ours()` refreshes the runner's claim and says whether it still holds the job; it is
    asked right before the video is renamed into place: a worker whose job was taken over (its
    heartbeat went silent) must not publish a second copy. Refreshing the claim there also
    keeps it fresh for the moment the rename takes.
    """
    out = Path(job.output_path)
    started = time.monotonic()
    result: dict[str, Any] = {}
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if output_already_made(out, job.output_since):
            # A previous attempt renamed the video into place and then died: keep it.
            result = {"output_path": str(out), "reused": True}
        else:
            if job.options.get("subtitles"):
                # Transcription takes the first 30 % of the bar, the render the rest.
                _transcribe(ctx, job, lambda f, label="": report(0.3 * f, label), cancel)
                render_report = report
                report = lambda f, label="": render_report(0.3 + 0.7 * f, label)  # noqa: E731
            if out.exists():  # not this job's (older than the job): never replace it
                raise outputs.exists_message(out)
            staged = staging_path(out, job.id)
            # The job is this worker's now: what earlier attempts left (a killed worker, a
            # computer that lost the network) goes, whichever machine wrote it.
            remove_staging(out, job.id)
            try:
                try:
                    result = _as_dict(
                        render_fn(
                            ctx, job.project_id, job.preset, job.quality, staged, report, cancel
                        )
                    )
                except DiskFull as exc:
                    raise disk_full(out) from exc  # name the job's output, not the staging file
                produced = Path(result.get("output_path") or staged)
                if produced != staged and produced.parent == staged.parent and produced.is_file():
                    os.replace(produced, staged)  # the renderer avoided a name: take it back
                if not staged.is_file() or staged.stat().st_size == 0:
                    raise KilasError(
                        "Render selesai tanpa menghasilkan berkas video.",
                        "The render finished without producing a video file.",
                    )
                if still_ours is not None and not still_ours():
                    raise JobTakenOver()
                # Atomic, and refused if a file took the name meanwhile: the output path
                # holds a whole video or nothing, and never someone else's file replaced.
                try:
                    outputs.publish(staged, out, Overwrite.REFUSE)
                except outputs.OutputExists:
                    if not output_already_made(out, job.output_since):
                        raise
                    # An earlier attempt of this job published it meanwhile (its worker
                    # stalled past the heartbeat timeout right after its claim check).
                    result = {**result, "reused": True}
            finally:
                remove_staging(out, job.id, os.getpid())
        result["output_path"] = str(out)
        result["size_bytes"] = out.stat().st_size
        result["worker_pid"] = os.getpid()  # the process that rendered (never the GUI's)
        if job.upload_kit:
            from app.services.upload_kit import UploadKitService

            report(0.99, ctx.msg("Menyiapkan paket unggah", "Preparing the upload kit"))
            kit = ctx.service(UploadKitService).build(job, out)
            result["kit_dir"] = str(kit)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise disk_full(out) from exc
        raise KilasError(
            f"Gagal menulis {out.name}: {exc.strerror or exc}",
            f"Could not write {out.name}: {exc.strerror or exc}",
        ) from exc
    result["wall_s"] = round(time.monotonic() - started, 3)
    return result


def _transcribe(ctx: AppContext, job: JobView, report: ProgressFn, cancel: threading.Event) -> None:
    """Whisper subtitles for a project that has none yet (the sheet's subtitles=yes)."""
    from app.services.subtitles import SubtitleService

    service = ctx.service(SubtitleService)
    if service.active_track(job.project_id) and service.cues(job.project_id):
        return  # transcribed (and perhaps corrected) already: keep the user's work
    report(0.0, ctx.msg("Membuat subtitle (Whisper)", "Transcribing subtitles (Whisper)"))
    service.transcribe_project(job.project_id, progress=report, cancel=cancel)
