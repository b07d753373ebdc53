"""Render benchmark: a one-minute project of 6 shots from 1080p landscape phone-like clips
with logo, title card, lower third, captions and music.

Run: .venv/bin/python tests/benchmarks/bench_render.py [--runs 3] [--quality draft|final]
     [--moviepy-seconds 5] [--skip-moviepy]

Measured side by side in one run, runs interleaved (the machine is shared), medians of
`--runs`:
- Kilas: RenderService.render (loudness pass, overlay painting and the one ffmpeg graph);
- plain: one ffmpeg that decodes the same six 10 s windows, scales them to 1080×1920,
  concatenates and encodes with the same x264/AAC settings (no overlays, no captions);
- peak resident memory of each ffmpeg process;
- moviepy 2 CompositeVideoClip with the same layers, for `--moviepy-seconds` of output,
  extrapolated to 60 s (for the record).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image, ImageDraw

from app.core.presets import load_preset
from app.media.ffmpeg_runner import ffmpeg_path, run_with_progress

FFMPEG = ffmpeg_path()
SHOT_S = 10.0
SHOTS = 6
MEDIA = Path(tempfile.gettempdir()) / "kilas-bench-render-media"


def make_inputs() -> dict[str, object]:
    """Phone-like 1080p clips (grainy, 30 fps, AAC), music, a logo; cached between runs."""
    MEDIA.mkdir(exist_ok=True)
    clips = []
    for i in range(SHOTS):
        path = MEDIA / f"klip-{i + 1}.mp4"
        clips.append(path)
        if path.is_file():
            continue
        print(f"membuat {path.name}…", flush=True)
        subprocess.run(
            [
                FFMPEG,
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                f"testsrc2=size=1920x1080:rate=30:duration={SHOT_S + 1},hue=h={i * 60},noise=alls=6:allf=t",
                "-f",
                "lavfi",
                "-i",
                f"sine=frequency={300 + 50 * i}:sample_rate=48000:duration={SHOT_S + 1}",
                "-c:v",
                "libx264",
                # About what a phone writes: 1080p30 H.264 High at ~16 Mb/s.
                "-preset",
                "veryfast",
                "-b:v",
                "16M",
                "-maxrate",
                "20M",
                "-bufsize",
                "32M",
                "-pix_fmt",
                "yuv420p",
                "-c:a",
                "aac",
                "-b:a",
                "128k",
                str(path),
            ],
            check=True,
        )
    music = MEDIA / "musik.m4a"
    if not music.is_file():
        subprocess.run(
            [
                FFMPEG,
                "-v",
                "error",
                "-y",
                "-f",
                "lavfi",
                "-i",
                "sine=frequency=220:sample_rate=48000:duration=70",
                "-c:a",
                "aac",
                str(music),
            ],
            check=True,
        )
    logo = MEDIA / "logo.png"
    if not logo.is_file():
        img = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
        ImageDraw.Draw(img).ellipse(
            (10, 10, 390, 390), fill=(11, 79, 138, 255), outline="white", width=20
        )
        img.save(logo)
    srt = MEDIA / "captions.srt"
    if not srt.is_file():
        words = [
            "Hubungi",
            "nomor",
            "darurat",
            "112",
            "gratis",
            "dari",
            "semua",
            "operator",
            "seluler",
            "di",
            "seluruh",
            "Indonesia",
        ]
        lines, t_ms = [], 500
        for n in range(1, 72):
            text = " ".join(words[(n * 2) % len(words) : (n * 2) % len(words) + 2])
            lines.append(f"{n}\n{_ts(t_ms)} --> {_ts(t_ms + 750)}\n{text}\n")
            t_ms += 800
        srt.write_text("\n".join(lines), encoding="utf-8")
    return {"clips": clips, "music": music, "logo": logo, "srt": srt}


def _ts(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


def make_project(media: dict, root: Path):
    from app.services.brand import BrandService
    from app.services.context import AppContext
    from app.services.media_library import MediaLibrary
    from app.services.projects import ProjectService
    from app.services.subtitles import SubtitleService
    from app.store.models import Project, Shot
    from app.store.workspace import open_workspace

    ctx = AppContext(open_workspace(root))
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
                    target_duration_s=SHOT_S,
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
    return ctx, project_id


def plain_args(media: dict, out: Path, quality: str) -> list[str]:
    """Decode + scale + encode of the same windows with the same encoder settings."""
    preset = load_preset("tiktok", quality)
    args = ["-y"]  # run_with_progress adds the executable and the progress reporting
    for clip in media["clips"]:
        args += ["-ss", "0.5", "-t", f"{SHOT_S}", "-i", str(clip)]
    chains = "".join(
        f"[{i}:v]fps=30,scale=1080:1920,setsar=1[v{i}];[{i}:a]aformat=sample_rates=48000:channel_layouts=stereo[a{i}];"
        for i in range(SHOTS)
    )
    joined = "".join(f"[v{i}][a{i}]" for i in range(SHOTS))
    graph = f"{chains}{joined}concat=n={SHOTS}:v=1:a=1[v][a]"
    gop = preset.gop_frames(30)
    return args + [
        "-filter_complex",
        graph,
        "-map",
        "[v]",
        "-map",
        "[a]",
        "-c:v",
        "libx264",
        "-preset",
        preset.x264_preset,
        "-crf",
        str(preset.crf),
        "-profile:v",
        "high",
        "-pix_fmt",
        "yuv420p",
        "-g",
        str(gop),
        "-keyint_min",
        str(gop),
        "-bf",
        "2",
        "-flags",
        "+cgop",
        "-r",
        "30",
        "-c:a",
        "aac",
        "-b:a",
        f"{preset.audio_bitrate_kbps}k",
        "-ar",
        "48000",
        "-ac",
        "2",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
        str(out),
    ]


def moviepy_render(
    media: dict, ctx, project_id: int, seconds: float, out: Path, quality: str
) -> float:
    """The same layers with moviepy's CompositeVideoClip, for `seconds` of output."""
    from moviepy import AudioFileClip, CompositeVideoClip, ImageClip, VideoFileClip

    from app.services.render import RenderService

    plan = ctx.service(RenderService).build_plan(project_id, "tiktok", quality)
    preset = load_preset("tiktok", quality)
    started = time.monotonic()
    base = VideoFileClip(str(media["clips"][0])).subclipped(0.5, 0.5 + seconds)
    base = base.resized(height=1920).cropped(x_center=base.w * 1920 / base.h / 2, width=1080)
    layers = [base]
    for o in plan.overlays:
        if o.start_s < seconds:
            layers.append(
                ImageClip(o.path)
                .with_position((o.x_px, o.y_px))
                .with_start(o.start_s)
                .with_duration(min(o.end_s, seconds) - o.start_s)
            )
    if plan.captions_ass:  # captions as image layers (moviepy has no libass)
        for k in range(int(seconds / 0.8)):
            img = Image.new("RGBA", (700, 120), (0, 0, 0, 0))
            ImageDraw.Draw(img).rectangle((0, 0, 699, 119), fill=(0, 0, 0, 160))
            path = MEDIA / f"cap-{k}.png"
            img.save(path)
            layers.append(
                ImageClip(str(path))
                .with_position((190, 1100))
                .with_start(k * 0.8)
                .with_duration(0.75)
            )
    video = CompositeVideoClip(layers, size=(1080, 1920)).with_duration(seconds)
    video = video.with_audio(AudioFileClip(str(media["music"])).subclipped(0, seconds))
    video.write_videofile(
        str(out),
        fps=30,
        codec="libx264",
        preset=preset.x264_preset,
        audio_codec="aac",
        ffmpeg_params=["-crf", str(preset.crf), "-pix_fmt", "yuv420p"],
        temp_audiofile=str(out.with_suffix(".temp-audio.m4a")),  # not in the current folder
        logger=None,
    )
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quality", choices=["draft", "final"], default="draft")
    parser.add_argument("--moviepy-seconds", type=float, default=5.0)
    parser.add_argument("--skip-moviepy", action="store_true")
    args = parser.parse_args()

    from app.cli.common import ensure_gui_application
    from app.services.render import RenderService

    ensure_gui_application()
    media = make_inputs()
    work = Path(tempfile.mkdtemp(prefix="kilas-bench-render-"))
    ctx, project_id = make_project(media, work / "Ruang Kerja Bench")
    service = ctx.service(RenderService)
    plan = service.build_plan(project_id, "tiktok", args.quality)
    print(
        f"proyek: {len(plan.shots)} shot, {plan.duration_s:.1f} s, {len(plan.overlays)} lapisan, "
        f"subtitle: {'ya' if plan.captions_ass else 'tidak'}, kualitas {args.quality} "
        f"({plan.output.x264_preset}, CRF {plan.output.crf})",
        flush=True,
    )
    ours, plain, ours_mem, plain_mem = [], [], [], []
    for run in range(args.runs):
        out = work / f"plain-{run}.mp4"
        stats = run_with_progress(plain_args(media, out, args.quality), plan.duration_s)
        plain.append(stats.wall_s)
        plain_mem.append(stats.peak_memory_mb or 0)
        result = service.render(project_id, "tiktok", args.quality, work / f"kilas-{run}.mp4")
        ours.append(result.wall_s)
        ours_mem.append(result.peak_memory_mb or 0)
        print(
            f"run {run + 1}: Kilas {result.wall_s:.1f} s, plain {stats.wall_s:.1f} s "
            f"(ratio {result.wall_s / stats.wall_s:.2f})",
            flush=True,
        )
    med_ours, med_plain = statistics.median(ours), statistics.median(plain)
    print()
    print(
        f"Kilas render (one graph, overlays + captions + music + loudness): median {med_ours:.1f} s"
    )
    print(
        f"plain ffmpeg decode+scale+encode, same x264 settings:            median {med_plain:.1f} s"
    )
    print(
        f"ratio Kilas / plain: {med_ours / med_plain:.2f} (goal <= 1.10); median of the "
        f"per-run ratios {statistics.median(o / p for o, p in zip(ours, plain, strict=True)):.2f}"
    )
    print(
        f"peak memory of ffmpeg: Kilas {statistics.median(ours_mem):.0f} MB, plain {statistics.median(plain_mem):.0f} MB"
    )
    if not args.skip_moviepy:
        seconds = args.moviepy_seconds
        wall = moviepy_render(media, ctx, project_id, seconds, work / "moviepy.mp4", args.quality)
        print(
            f"moviepy CompositeVideoClip: {wall:.1f} s for {seconds:g} s of output "
            f"= about {wall * plan.duration_s / seconds:.0f} s per {plan.duration_s:.0f} s video "
            f"({wall * plan.duration_s / seconds / med_ours:.1f}x Kilas)"
        )
    ctx.workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
