"""`script import|export|stats|glossary`: the script editor's services from the command line."""

from __future__ import annotations

import argparse
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


def _import(args: argparse.Namespace) -> int:
    from app.services.script import ScriptService

    ctx = open_context(args)
    svc = ctx.service(ScriptService)
    svc.import_file(args.project_id, args.file, replace=not args.append)
    stats = svc.stats(args.project_id)
    if args.json:
        emit_json({"project_id": args.project_id, **stats.as_dict()})
    say(
        args,
        f"Naskah diimpor: {stats.shots} shot, {stats.words} kata, ±{stats.estimated_seconds:.1f} dtk.",
        f"Script imported: {stats.shots} shots, {stats.words} words, ~{stats.estimated_seconds:.1f} s.",
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.services.script_export import ScriptExportService

    if args.format == "pdf":
        ensure_gui_application()  # Qt's PDF writer lays text out with QtGui
    ctx = open_context(args)
    path = ctx.service(ScriptExportService).export(
        args.project_id, args.format, args.out, overwrite_rule(args)
    )
    if args.json:
        emit_json({"project_id": args.project_id, "format": args.format, "path": str(path)})
    say(args, f"Naskah diekspor ke {path}", f"Script exported to {path}")
    return 0


def _backups(args: argparse.Namespace) -> int:
    from app.services.script import ScriptService

    backups = open_context(args).service(ScriptService).script_backups(args.project_id)
    if args.json:
        emit_json([b.__dict__ for b in backups])
        return 0
    for b in backups:
        print(f"{b.id:4d}  {b.created_at:%Y-%m-%d %H:%M}  {b.reason:8s}  {b.shot_count} shot")
    if not backups:
        say(args, "Belum ada naskah cadangan.", "No script backups yet.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from app.services.script import ScriptService

    open_context(args).service(ScriptService).restore_backup(args.project_id, args.backup_id)
    say(
        args,
        f"Naskah cadangan {args.backup_id} dikembalikan (naskah sebelumnya ikut dicadangkan).",
        f"Script backup {args.backup_id} restored (the script it replaced is backed up too).",
    )
    return 0


def _stats(args: argparse.Namespace) -> int:
    from app.services.script import ScriptService

    ctx = open_context(args)
    stats = ctx.service(ScriptService).stats(args.project_id, args.wpm)
    data = stats.as_dict()
    if args.json:
        emit_json(data)
        return 0
    over = ", ".join(map(str, stats.over_budget_shots)) or "-"
    say(
        args,
        f"{stats.shots} shot · {stats.words} kata · ±{data['estimated_seconds']} / "
        f"{stats.target_duration_s:g} dtk ({stats.words_per_minute:g} kata/menit)\n"
        f"Shot yang narasinya melebihi durasi: {over}",
        f"{stats.shots} shots · {stats.words} words · ~{data['estimated_seconds']} / "
        f"{stats.target_duration_s:g} s ({stats.words_per_minute:g} wpm)\n"
        f"Shots whose narration overflows: {over}",
    )
    return 0


def _glossary(args: argparse.Namespace) -> int:
    from app.services.script import ScriptService

    ctx = open_context(args)
    svc = ctx.service(ScriptService)
    if args.add:
        svc.add_term(args.add, args.category or "")
    rows = svc.glossary()
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            print(f"{row['term']}" + (f"  [{row['category']}]" if row["category"] else ""))
    return 0


def register(sub) -> None:
    group = sub.add_parser("script", help="naskah: impor, ekspor, statistik / script tools")
    leaves = group.add_subparsers(dest="script_command", metavar="SUBCOMMAND")
    leaves.required = True

    p = command(leaves, "import", "impor naskah teks ke proyek / import a text script", _import)
    p.add_argument("project_id", type=int, metavar="ID")
    p.add_argument("file", type=Path, metavar="FILE.txt")
    p.add_argument(
        "--append",
        action="store_true",
        help="tambahkan di akhir, jangan ganti / add at the end instead of replacing",
    )

    p = command(leaves, "export", "ekspor naskah / export the script", _export)
    p.add_argument("project_id", type=int, metavar="ID")
    p.add_argument("--format", choices=["txt", "docx", "pdf"], default="txt")
    add_output(p)

    p = command(
        leaves, "backups", "naskah yang diganti impor / scripts an import replaced", _backups
    )
    p.add_argument("project_id", type=int, metavar="ID")
    p = command(leaves, "restore", "kembalikan naskah cadangan / restore a script backup", _restore)
    p.add_argument("project_id", type=int, metavar="ID")
    p.add_argument("backup_id", type=int, metavar="BACKUP")

    p = command(leaves, "stats", "statistik naskah / script statistics", _stats)
    p.add_argument("project_id", type=int, metavar="ID")
    p.add_argument(
        "--wpm",
        type=float,
        default=None,
        help="kata per menit (bawaan: pengaturan) / words per minute",
    )

    p = command(leaves, "glossary", "glosarium istilah resmi / glossary of terms", _glossary)
    p.add_argument("--add", default=None, metavar="TERM")
    p.add_argument("--category", default=None)
