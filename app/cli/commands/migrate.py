"""`workspace migrate --from A --to B`: a single-user workspace into a team database and back."""

from __future__ import annotations

from app.cli.common import command, emit_json, language_from, say, warn


def register(sub) -> None:
    group = sub.add_parser(
        "workspace", help="ruang kerja: pindah ke tim dan kembali / move to a team and back"
    )
    leaves = group.add_subparsers(dest="workspace_command", metavar="SUBCOMMAND")
    p = command(
        leaves,
        "migrate",
        "salin ruang kerja ke ruang kerja tim (atau sebaliknya) dan periksa salinannya / copy a "
        "workspace into a team workspace (or back) and check the copy",
        cmd_migrate,
    )
    p.add_argument("--from", dest="source", required=True, metavar="DIR|URL")
    p.add_argument("--to", dest="target", required=True, metavar="DIR|URL")


def cmd_migrate(args) -> int:
    from app.core.formatting import fmt_decimal, fmt_int
    from app.services.workspace_migrate import migrate_locations

    result = migrate_locations(
        args.source, args.target, args.media_root, language_from(args), _progress_printer(args)
    )
    if args.json:
        emit_json(result.to_dict())
        return 0
    en = language_from(args) == "en"
    print(
        f"{'table' if en else 'tabel':<24} {'source' if en else 'sumber':>8} {'target' if en else 'tujuan':>8}"
    )
    for name, (before, after) in result.tables.items():
        print(f"{name:<24} {before:>8} {after:>8}")
    lang = language_from(args)
    megabytes = fmt_decimal(result.bytes_copied / 1e6, 1, lang)
    say(
        args,
        f"Jumlah baris sama di setiap tabel. {fmt_int(result.files, lang)} berkas "
        f"({megabytes} MB) disalin, isinya sama (sha256 semuanya: {result.files_sha256}).",
        f"Row counts are equal in every table. {fmt_int(result.files, lang)} files "
        f"({megabytes} MB) copied, their contents equal (sha256 of all: {result.files_sha256}).",
    )
    say(args, f"Selesai: {result.target}", f"Done: {result.target}")
    return 0


def _progress_printer(args):
    last = [-1]

    def report(fraction: float, _label: str) -> None:
        percent = int(fraction * 100)
        if percent // 10 != last[0] // 10 and not args.json:
            warn(args, f"… {percent}%", f"… {percent}%")
        last[0] = percent

    return report
