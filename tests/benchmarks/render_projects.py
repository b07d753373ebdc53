"""The render benchmark's two projects, built once into a cache folder.

- sample: the embedded sample workspace's first project (`kilas-cli sample`): one phone clip
  and six stills with a slow zoom, title card, logo, texts, lower third, end card, recorded
  narration and music;
- phone: six shots of 1080p30 ~16 Mb/s landscape phone-like clips (grainy testsrc2, AAC)
  covering 9:16 by cropping, one of them shorter than its shot (held), sound of two clips,
  logo, title card, lower third, captions and music.

`--quick` variants are short (about 1.5-2 s a shot) for a smoke run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw

from app.media.ffmpeg_runner import ffmpeg_path

ROOT = Path(__file__).resolve().parents[2]
PHONE_SHOTS = 6
SHORT_SHOT = 2  # 0-based: this clip is shorter than its shot, so its last frame is held


def _run_ffmpeg(*args: str) -> None:
    subprocess.run([ffmpeg_path(), "-v", "error", "-y", *args], check=True)


def phone_media(folder: Path, shot_s: float) -> dict[str, object]:
    """Phone-like clips, music, a logo and captions (SRT); reused when present."""
    folder.mkdir(parents=True, exist_ok=True)
    clips = []
    for i in range(PHONE_SHOTS):
        length_s = shot_s * 0.7 if i == SHORT_SHOT else shot_s + 1
        path = folder / f"klip-{i + 1}.mp4"
        clips.append(path)
        if path.is_file():
            continue
        print(f"membuat {path.name}…", flush=True)
        _run_ffmpeg(
            "-f",
            "lavfi",
            "-i",
            f"testsrc2=size=1920x1080:rate=30:duration={length_s},hue=h={i * 60},noise=alls=6:allf=t",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency={300 + 50 * i}:sample_rate=48000:duration={length_s}",
            # About what a phone writes: 1080p30 H.264 High at ~16 Mb/s, AAC.
            *("-c:v", "libx264", "-preset", "veryfast", "-b:v", "16M", "-maxrate", "20M"),
            *("-bufsize", "32M", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "128k"),
            str(path),
        )
    music = folder / "musik.m4a"
    if not music.is_file():
        _run_ffmpeg(
            "-f",
            "lavfi",
            "-i",
            "sine=frequency=220:sample_rate=48000:duration=70",
            "-c:a",
            "aac",
            str(music),
        )
    logo = folder / "logo.png"
    if not logo.is_file():
        img = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
        ImageDraw.Draw(img).ellipse(
            (10, 10, 390, 390), fill=(11, 79, 138, 255), outline="white", width=20
        )
        img.save(logo)
    srt = folder / "captions.srt"
    words = "Hubungi nomor darurat 112 gratis dari semua operator seluler di seluruh Indonesia"
    words = words.split()
    lines, t_ms, n = [], 500, 1
    while t_ms + 750 < shot_s * PHONE_SHOTS * 1000:
        text = " ".join(words[(n * 2) % len(words) : (n * 2) % len(words) + 2])
        lines.append(f"{n}\n{_ts(t_ms)} --> {_ts(t_ms + 750)}\n{text}\n")
        t_ms, n = t_ms + 800, n + 1
    srt.write_text("\n".join(lines), encoding="utf-8")
    return {"clips": clips, "music": music, "logo": logo, "srt": srt}


def _ts(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def make_phone_project(root: Path, shot_s: float) -> tuple[Path, int]:
    """A workspace at `root` with the phone project; returns (workspace, project id)."""
    from app.services.brand import BrandService
    from app.services.context import AppContext
    from app.services.media_library import MediaLibrary
    from app.services.projects import ProjectService
    from app.services.subtitles import SubtitleService
    from app.store.models import Project, Shot
    from app.store.workspace import open_workspace

    workspace = root / "Ruang Kerja Telepon"
    marker = workspace / ".bench-project"
    if marker.is_file():
        return workspace, int(marker.read_text())
    media = phone_media(root / "media", shot_s)
    ctx = AppContext(open_workspace(workspace))
    lib = ctx.service(MediaLibrary)
    ids = [lib.import_file(p, copy=False) for p in media["clips"]]
    music = lib.import_file(media["music"], copy=False)
    project_id = ctx.service(ProjectService).create("Layanan Darurat 112")
    with ctx.session() as s:
        s.get(Project, project_id).music_asset_id = music
        s.get(Project, project_id).options = {"call_to_action": "Simpan nomor 112"}
        for i, asset in enumerate(ids):
            s.add(
                Shot(
                    project_id=project_id,
                    position=i,
                    media_asset_id=asset,
                    target_duration_s=shot_s,
                    focus_x=0.35 + 0.05 * i,
                    clip_audio=i in (1, 4),
                    media_in_s=0.5,
                    lower_third_name="dr. Siti Rahmawati" if i == 1 else "",
                    lower_third_role="Kepala Dinas Kesehatan" if i == 1 else "",
                )
            )
    brand = ctx.service(BrandService)
    brand.set_logo(brand.project_kit_id(project_id), media["logo"])
    ctx.service(SubtitleService).import_srt(project_id, media["srt"])
    ctx.workspace.close()
    marker.write_text(str(project_id))
    return workspace, project_id


def make_sample_project(root: Path, quick: bool) -> tuple[Path, int]:
    """The sample workspace (built by `python -m app sample`); quick: its first project
    without the recorded narration and with 1.5 s shots."""
    workspace = root / "Contoh Kampanye 112"
    marker = workspace / ".bench-project"
    if marker.is_file():
        return workspace, int(marker.read_text())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [sys.executable, "-m", "app", "sample", "--workspace", str(workspace), "--json"],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
    )
    from sqlalchemy import select

    from app.services.context import AppContext
    from app.store.models import Project, Shot
    from app.store.workspace import open_workspace

    ctx = AppContext(open_workspace(workspace))
    with ctx.session() as s:
        project_id = min(s.scalars(select(Project.id)))
        if quick:
            s.get(Project, project_id).narration_asset_id = None
            for shot in s.scalars(select(Shot).where(Shot.project_id == project_id)):
                shot.narration = ""
                shot.target_duration_s = 1.5
    ctx.workspace.close()
    marker.write_text(str(project_id))
    return workspace, project_id
