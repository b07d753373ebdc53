"""Support: `report-problem` writes the same zip as Bantuan → Laporkan masalah."""

from __future__ import annotations

from pathlib import Path

from app.cli.common import command, emit_json, open_context, say


def register(sub) -> None:
    p = command(
        sub,
        "report-problem",
        "laporan masalah (zip: versi, pemeriksaan, catatan) / problem report zip",
        cmd_report_problem,
    )
    p.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    p.add_argument(
        "--overwrite", action="store_true", help="timpa berkas yang ada / replace an existing file"
    )


def cmd_report_problem(args) -> int:
    from app.services.problem_report import build_problem_report

    ctx = open_context(args)
    written = build_problem_report(ctx, args.out, overwrite=args.overwrite)
    if args.json:
        emit_json({"report": str(written)})
    say(args, f"Laporan masalah: {written}", f"Problem report: {written}")
    return 0
