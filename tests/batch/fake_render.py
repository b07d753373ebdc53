"""A stand-in render function for queue tests: the queue must not care what a job does.

Behaviour comes from Project.options["fake"]: ok (default), fail, enospc, block (write half
a file, then wait for a `release` file in the workspace), slow. Every call is logged to
<workspace>/fake-renders.log so tests can count renders per output.
"""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

from app.core.errors import KilasError
from app.store.models import MediaAsset, Project


def render(
    ctx, project_id: int, preset: str, quality: str, out_path: Path, report, cancel: threading.Event
):
    with ctx.workspace.session() as s:
        project = s.get(Project, project_id)
        mode = os.environ.get("KILAS_FAKE_MODE") or (project.options or {}).get("fake", "ok")
        shots = sorted(project.shots, key=lambda sh: sh.position)
        first_clip = None
        if shots and shots[0].media_asset_id:
            asset = s.get(MediaAsset, shots[0].media_asset_id)
            first_clip = ctx.workspace.root / asset.path
    log = ctx.workspace.root / "fake-renders.log"  # shared by all workers (and computers)
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"start {project_id} {Path(out_path).name}\n")
    out_path = Path(out_path)
    if mode == "ok" and first_clip is not None:
        # Projects made from a sheet: the "video" is a copy of the first clip (a real MP4,
        # so the upload kit can take a cover frame from it).
        import shutil

        report(0.5, "render")
        shutil.copyfile(first_clip, out_path)
        report(1.0, "selesai")
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"done {project_id} {out_path.name}\n")
        return {"duration_s": 2.0}
    if mode == "fail":
        raise KilasError("Klip rusak.", "Broken clip.")
    with out_path.open("wb") as fh:
        fh.write(b"\0" * 1000)
        report(0.3, "render")
        if mode == "enospc":
            raise OSError(errno.ENOSPC, "No space left on device", str(out_path))
        if mode == "block":
            fh.flush()
            report(0.5, "blocked")
            release = ctx.workspace.root / "release"
            while not release.exists():
                time.sleep(0.02)
        if mode == "slow":
            for i in range(10):
                time.sleep(0.05)
                report(0.3 + i * 0.07, "render")
        fh.write(b"\1" * 1000)
    report(1.0, "selesai")
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"done {project_id} {out_path.name}\n")
    return {"duration_s": 1.0, "size_bytes": out_path.stat().st_size}
