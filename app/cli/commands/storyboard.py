"""`storyboard export|animatic|shotlist|add`: the storyboard from the command line."""

from __future__ import annotations

import sys
from pathlib import Path

from app.cli.common import (
    add_output,
    command,
    emit_json,
    ensure_gui_application,
    open_context,
    overwrite_rule,
    say,
)


def register(sub) -> None:
    group = sub.add_parser("storyboard", help="storyboard: ekspor, animatik / export, animatic")
    leaves = group.add_subparsers(dest="storyboard_command", metavar="SUBCOMMAND")
    group.set_defaults(handler=lambda args: group.print_help() or 2)

    p = command(
        leaves, "export", "storyboard ke PDF (A4) atau CSV / storyboard to PDF or CSV", cmd_export
    )
    p.add_argument("project", type=int, metavar="ID")
    p.add_argument(
        "--format",
        choices=["pdf", "csv"],
        default=None,
        help="pdf (A4, 6 kartu per halaman) atau csv (daftar shot per lokasi)",
    )
    add_output(p)

    p = command(leaves, "animatic", "animatik MP4 1080×1920 / 1080×1920 animatic MP4", cmd_animatic)
    p.add_argument("project", type=int, metavar="ID")
    add_output(p, "FILE.mp4")
    p.add_argument("--fps", type=int, default=30)

    p = command(leaves, "shotlist", "daftar shot per lokasi / shot list by location", cmd_shotlist)
    p.add_argument("project", type=int, metavar="ID")

    p = command(leaves, "add", "kartu baru dari gambar / new cards from pictures", cmd_add)
    p.add_argument("project", type=int, metavar="ID")
    p.add_argument("files", type=Path, nargs="+", metavar="IMAGE")


def _service(args):
    from app.services.projects import ProjectService
    from app.services.storyboard_export import StoryboardExports

    ctx = open_context(args)
    ctx.service(ProjectService).summary(args.project)  # a clear error for an unknown id
    return ctx, ctx.service(StoryboardExports)


def cmd_export(args) -> int:
    from app.core.errors import InvalidInput

    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "csv"):
        raise InvalidInput("Pilih --format pdf atau csv.", "Choose --format pdf or csv.")
    ctx, board = _service(args)
    if fmt == "pdf":
        ensure_gui_application()  # QPdfWriter + QPainter need a (offscreen) GUI application
        out = board.export_pdf(args.project, args.out, overwrite_rule(args))
    else:
        out = board.export_csv(args.project, args.out, overwrite_rule(args))
    cards = len(board.cards(args.project))
    if args.json:
        emit_json({"out": str(out), "format": fmt, "cards": cards})
    else:
        say(args, f"Tersimpan: {out} ({cards} kartu)", f"Saved: {out} ({cards} cards)")
    return 0


def cmd_animatic(args) -> int:
    ensure_gui_application()  # frames are painted with QPainter
    ctx, board = _service(args)
    last = [-1]

    def report(fraction: float, label: str = "") -> None:
        percent = int(fraction * 100)
        if percent >= last[0] + 10 and not args.json:
            last[0] = percent
            print(f"{percent:3d}%", file=sys.stderr, flush=True)

    out = board.export_animatic(
        args.project, args.out, report=report, fps=args.fps, overwrite=overwrite_rule(args)
    )
    duration_s = sum(c.duration_s for c in board.animatic_cards(args.project))
    if args.json:
        emit_json(
            {
                "out": str(out),
                "duration_s": round(duration_s, 1),
                "narration": str(board.narration_track(args.project) or ""),
            }
        )
    else:
        say(
            args,
            f"Animatik tersimpan: {out} ({duration_s:.1f} dtk)",
            f"Animatic saved: {out} ({duration_s:.1f} s)",
        )
    return 0


def cmd_shotlist(args) -> int:
    from app.services.storyboard import SHOT_TYPES, label

    ctx, board = _service(args)
    groups = board.shot_list(args.project)
    if args.json:
        emit_json(
            [
                {
                    "location": g.location,
                    "duration_s": round(g.duration_s, 1),
                    "shots": [
                        {
                            "number": c.number,
                            "shot_type": c.shot_type,
                            "angle": c.angle,
                            "camera_movement": c.camera_movement,
                            "duration_s": c.duration_s,
                            "status": c.production_status,
                            "narration": c.narration,
                        }
                        for c in g.cards
                    ],
                }
                for g in groups
            ]
        )
        return 0
    for g in groups:
        print(f"== {g.location} ({g.duration_s:.1f} {ctx.msg('dtk', 's')})")
        for c in g.cards:
            kind = label(SHOT_TYPES, c.shot_type, ctx.language)
            print(f"  #{c.number:<3} {kind:<22} {c.duration_s:5.1f}  {c.narration_excerpt}")
    return 0


def cmd_add(args) -> int:
    ctx, exports = _service(args)
    result = exports.board.add_cards_from_images(args.project, list(args.files))
    for name, message in result.rejected:
        print(f"{name}: {message}", file=sys.stderr)
    if args.json:
        emit_json(
            {
                "created": list(result.created_ids),
                "rejected": [{"file": n, "message": m} for n, m in result.rejected],
            }
        )
    else:
        say(args, f"{len(result.created_ids)} kartu baru.", f"{len(result.created_ids)} new cards.")
    return 1 if result.rejected and not result.created_ids else 0
