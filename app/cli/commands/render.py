"""`render ID --preset tiktok|reels|shorts|whatsapp --quality draft|final --out DIR`."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import command, emit_json, ensure_gui_application, open_context, say, warn
from app.core.presets import PRESET_ORDER, QUALITIES


def register(sub) -> None:
    p = command(
        sub,
        "render",
        "render proyek menjadi video 1080×1920 / render a project to a 1080×1920 video",
        cmd_render,
    )
    p.add_argument("project", type=int, metavar="ID")
    p.add_argument(
        "--preset",
        choices=PRESET_ORDER,
        default="tiktok",
        help="platform tujuan / target platform (default tiktok)",
    )
    p.add_argument(
        "--quality",
        choices=QUALITIES,
        default="final",
        help="draft (cepat / fast) atau final (default)",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR|FILE.mp4",
        help="folder atau berkas keluaran (default: renders/ di ruang kerja)",
    )
    p.add_argument(
        "--frame",
        type=float,
        default=None,
        metavar="DETIK",
        help="hanya satu bingkai PNG pada detik ini / only one PNG frame at this second",
    )


def cmd_render(args) -> int:
    from app.services.render import RenderService

    ensure_gui_application()  # overlays are painted with QPainter (offscreen)
    ctx = open_context(args)
    service = ctx.service(RenderService)
    if args.frame is not None:
        png = service.preview_frame(args.project, args.frame, args.preset)
        out = args.out or Path(f"frame-{args.project}-{args.frame:g}s.png")
        if out.is_dir():
            out = out / f"frame-{args.project}-{args.frame:g}s.png"
        out.write_bytes(png)
        if args.json:
            emit_json({"frame_path": str(out), "t_s": args.frame})
        else:
            say(args, f"Bingkai disimpan: {out}", f"Frame saved: {out}")
        return 0
    for message in service.plan_warnings(args.project, args.preset, args.quality):
        warn(args, f"Peringatan: {message}", f"Warning: {message}")
    last = [-1]

    def report(fraction: float, label: str = "") -> None:
        if args.json:
            return
        percent = int(fraction * 100)
        if percent != last[0]:
            last[0] = percent
            sys.stdout.write(f"\r{percent:3d}%  {label:<40}")
            sys.stdout.flush()

    result = service.render(args.project, args.preset, args.quality, args.out, report)
    if args.json:
        emit_json(result.to_dict())
    else:
        sys.stdout.write("\n")
        say(
            args,
            f"Selesai: {result.output_path} ({result.duration_s:.1f} d video, "
            f"{result.size_bytes / 1e6:.1f} MB, {result.wall_s:.1f} d)",
            f"Done: {result.output_path} ({result.duration_s:.1f} s of video, "
            f"{result.size_bytes / 1e6:.1f} MB, {result.wall_s:.1f} s)",
        )
    return 0
