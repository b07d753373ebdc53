"""Brand kit and preflight commands: brand list|export|import, preflight ID --platform P."""

from __future__ import annotations

from pathlib import Path

from app.cli.common import (
    add_output,
    command,
    emit_json,
    ensure_gui_application,
    open_context,
    overwrite_rule,
    say,
    warn,
)


def register(sub) -> None:
    group = sub.add_parser("brand", help="brand kit: list, export, import")
    leaves = group.add_subparsers(dest="brand_command", metavar="SUBCOMMAND")
    command(leaves, "list", "daftar brand kit / list brand kits", cmd_list)
    p = command(
        leaves, "export", "ekspor brand kit ke berkas .kilasbrand / export a kit", cmd_export
    )
    p.add_argument("name", help="nama atau id brand kit / kit name or id")
    add_output(p)
    p = command(leaves, "import", "impor berkas .kilasbrand / import a kit file", cmd_import)
    p.add_argument("file", type=Path)
    p.add_argument("--name", default=None, help="nama baru / new name")
    group.set_defaults(handler=lambda args: (group.print_help(), 2)[1])

    p = command(
        sub,
        "preflight",
        "periksa proyek sebelum render / check a project before rendering",
        cmd_preflight,
    )
    p.add_argument("project_id", type=int, metavar="ID")
    p.add_argument(
        "--platform",
        action="append",
        choices=["tiktok", "reels", "shorts", "whatsapp"],
        help="platform tujuan (bisa diulang) / target platform (repeatable)",
    )
    p.add_argument(
        "--fix",
        action="store_true",
        help="terapkan semua perbaikan sekali klik / apply every one-click fix",
    )


def cmd_list(args) -> int:
    from app.services.brand import BrandService

    ctx = open_context(args)
    kits = ctx.service(BrandService).list_kits()
    if args.json:
        emit_json(
            [
                {
                    "id": k.id,
                    "name": k.name,
                    "default": k.is_default,
                    "organisation": k.style.organisation,
                    "handle": k.style.handle,
                    "locked": list(k.locked),
                    "logo": str(k.logo_path) if k.logo_path else None,
                }
                for k in kits
            ]
        )
        return 0
    for k in kits:
        mark = "*" if k.is_default else " "
        locked = f" [{', '.join(k.locked)}]" if k.locked else ""
        print(f"{mark} {k.id:3d}  {k.name}  {k.style.organisation} {k.style.handle}{locked}")
    return 0


def cmd_export(args) -> int:
    from app.services.brand_files import BrandFiles

    ensure_gui_application()
    ctx = open_context(args)
    files = ctx.service(BrandFiles)
    out = files.export_kit(args.name, args.out, overwrite_rule(args))
    for w in files.warnings:
        warn(args, w, w)
    if args.json:
        emit_json({"file": str(out), "size_bytes": out.stat().st_size})
    else:
        say(args, f"Brand kit diekspor ke {out}", f"Brand kit exported to {out}")
    return 0


def cmd_import(args) -> int:
    from app.services.brand import BrandService
    from app.services.brand_files import BrandFiles

    ensure_gui_application()
    ctx = open_context(args)
    kit_id, warnings = ctx.service(BrandFiles).import_kit(args.file, args.name)
    kit = ctx.service(BrandService).get(kit_id)
    if args.json:
        emit_json({"id": kit_id, "name": kit.name, "warnings": warnings})
    else:
        say(
            args,
            f"Brand kit {kit.name!r} diimpor (id {kit_id}).",
            f"Brand kit {kit.name!r} imported (id {kit_id}).",
        )
        for w in warnings:
            print(w)
    return 0


def cmd_preflight(args) -> int:
    """Prints a JSON list of findings; exit code 1 when any finding is an error."""
    from app.core.preflight import has_errors
    from app.services.preflight import PreflightService

    ensure_gui_application()
    ctx = open_context(args)
    service = ctx.service(PreflightService)
    findings = service.run(args.project_id, args.platform)
    if args.fix:
        for f in findings:
            if f.fix:
                try:
                    service.apply_fix(args.project_id, f.key, args.platform)
                except Exception:  # an earlier fix may have resolved it already
                    continue
        findings = service.run(args.project_id, args.platform)
    emit_json([f.to_dict(ctx.language) for f in findings])
    return 1 if has_errors(findings) else 0
