"""Support: `report-problem` writes the same zip as Bantuan → Laporkan masalah."""

from __future__ import annotations

from app.cli.common import add_output, command, emit_json, open_context, overwrite_rule, say


def register(sub) -> None:
    p = command(
        sub,
        "report-problem",
        "laporan masalah (zip: versi, pemeriksaan, catatan) / problem report zip",
        cmd_report_problem,
    )
    add_output(p, "FILE.zip")


def cmd_report_problem(args) -> int:
    from app.services.problem_report import build_problem_report

    ctx = open_context(args)
    written = build_problem_report(ctx, args.out, overwrite_rule(args))
    if args.json:
        emit_json({"report": str(written)})
    say(args, f"Laporan masalah: {written}", f"Problem report: {written}")
    return 0
