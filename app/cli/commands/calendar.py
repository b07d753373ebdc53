"""CLI: `calendar export`, `metrics import`, `report` (publishing calendar and performance)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.common import add_output, command, emit_json, open_context, overwrite_rule, say
from app.core.errors import InvalidInput
from app.core.metrics_parse import parse_datetime

if TYPE_CHECKING:
    from app.services.context import AppContext


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[AppContext]:
    """The workspace, closed again at the end (releases its lock for the next command)."""
    ctx = open_context(args)
    try:
        yield ctx
    finally:
        ctx.workspace.close()


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        value = parse_datetime(text)
    except ValueError:
        value = None
    if value is None:
        raise InvalidInput(
            f"Tanggal {text!r} tidak valid (mis. 2026-12-01 atau 01/12/2026).",
            f"Invalid date {text!r} (e.g. 2026-12-01 or 01/12/2026).",
        )
    return value.date()


def _calendar_export(args: argparse.Namespace) -> int:
    from app.services.calendar import CalendarService

    start, end = _date(getattr(args, "from")), _date(args.to)
    with _opened(args) as ctx:
        count = ctx.service(CalendarService).export(
            args.format, args.out, start, end, overwrite_rule(args)
        )
    if args.json:
        emit_json({"out": str(args.out), "format": args.format, "items": count})
    say(args, f"{count} jadwal ditulis ke {args.out}", f"{count} items written to {args.out}")
    return 0


def _when(text: str):
    try:
        value = parse_datetime(text)
    except ValueError:
        value = None
    if value is None:
        raise InvalidInput(
            f"Waktu {text!r} tidak valid (mis. '2026-12-01 19:00' atau '1 Des 2026').",
            f"Invalid time {text!r} (e.g. '2026-12-01 19:00' or '1 Dec 2026').",
        )
    # A bare date snaps to the platform's posting slot.
    has_clock = re.search(r"[ T]\d{1,2}[:.]\d{2}", text.strip()) is not None
    return value.replace(tzinfo=None) if has_clock else value.date()


def _calendar_plan(args: argparse.Namespace) -> int:
    from app.services.calendar import CalendarService

    with _opened(args) as ctx:
        when = ctx.service(CalendarService).plan(args.project, args.platform, _when(args.at))
    if args.json:
        emit_json({"project": args.project, "platform": args.platform, "planned_at": when})
    say(
        args,
        f"Proyek {args.project} dijadwalkan di {args.platform}: {when:%d/%m/%Y %H:%M}",
        f"Project {args.project} planned on {args.platform}: {when:%d/%m/%Y %H:%M}",
    )
    return 0


def _calendar_published(args: argparse.Namespace) -> int:
    from app.services.calendar import CalendarService

    when = _when(args.at)
    if not hasattr(when, "hour"):
        raise InvalidInput(
            "Sebutkan jam tayang, mis. '2026-12-01 19:05'.",
            "Give the posting time, e.g. '2026-12-01 19:05'.",
        )
    with _opened(args) as ctx:
        ctx.service(CalendarService).mark_published(args.project, args.platform, when, args.url)
    if args.json:
        emit_json(
            {
                "project": args.project,
                "platform": args.platform,
                "published_at": when,
                "url": args.url,
            }
        )
    say(
        args,
        f"Proyek {args.project} tercatat tayang di {args.platform}.",
        f"Project {args.project} recorded as published on {args.platform}.",
    )
    return 0


def _metrics_import(args: argparse.Namespace) -> int:
    from app.services.metrics import MetricsService, reason_text

    with _opened(args) as ctx:
        result = ctx.service(MetricsService).import_csv(
            args.file, platform=args.platform, mapping_name=args.mapping, save_as=args.save_mapping
        )
    if args.json:
        emit_json(result.as_dict())
        return 0
    say(
        args,
        f"Diimpor: {result.created} baru, {result.updated} diperbarui.",
        f"Imported: {result.created} new, {result.updated} updated.",
    )
    if result.unknown_columns:
        cols = ", ".join(result.unknown_columns)
        say(args, f"Kolom diabaikan (tak dikenal): {cols}", f"Columns ignored (unknown): {cols}")
    for row in result.unknown_videos:
        name = row.title or f"project_id {row.project_id}"
        say(
            args,
            f"  baris {row.line}: video tidak dikenal: {name} ({reason_text(row.reason)})",
            f"  line {row.line}: unknown video: {name} ({reason_text(row.reason, 'en')})",
        )
    for row in result.bad_rows:
        say(
            args,
            f"  baris {row.line}: tidak terbaca: {row.reason}",
            f"  line {row.line}: unreadable: {row.reason}",
        )
    return 0


def _report(args: argparse.Namespace) -> int:
    from app.services.reports import ReportService

    fmt = args.format or (args.out.suffix.lstrip(".").lower() or "pdf")
    if fmt == "pdf":
        from app.cli.common import ensure_gui_application

        ensure_gui_application()
    with _opened(args) as ctx:
        report = ctx.service(ReportService).export(args.month, fmt, args.out, overwrite_rule(args))
    if args.json:
        emit_json(
            {
                "out": str(args.out),
                "format": fmt,
                "month": report.month,
                "totals": report.totals.as_dict(),
            }
        )
    say(
        args,
        f"Laporan {report.month} ({report.totals.videos} video, "
        f"{report.totals.views} tayangan) ditulis ke {args.out}",
        f"Report {report.month} ({report.totals.videos} videos, {report.totals.views} views) "
        f"written to {args.out}",
    )
    return 0


def _group_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def register(sub) -> None:
    cal = sub.add_parser("calendar", help="kalender publikasi / publishing calendar")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="SUBCOMMAND")
    cal.set_defaults(handler=lambda _args: _group_help(cal))
    exp = command(
        cal_sub, "export", "ekspor kalender ICS/CSV / export the calendar", _calendar_export
    )
    exp.add_argument("--format", choices=["ics", "csv"], default="ics")
    add_output(exp)
    exp.add_argument("--from", default=None, metavar="DATE", help="YYYY-MM-DD atau DD/MM/YYYY")
    exp.add_argument("--to", default=None, metavar="DATE")

    plan = command(cal_sub, "plan", "jadwalkan proyek / plan a project", _calendar_plan)
    plan.add_argument("project", type=int, metavar="ID")
    plan.add_argument("--platform", required=True, help="tiktok, reels, shorts, whatsapp")
    plan.add_argument(
        "--at",
        required=True,
        metavar="WHEN",
        help="'2026-12-01 19:00'; a date alone snaps to the platform's slot",
    )
    pub = command(
        cal_sub, "published", "catat sudah tayang / record a posting", _calendar_published
    )
    pub.add_argument("project", type=int, metavar="ID")
    pub.add_argument("--platform", required=True)
    pub.add_argument("--at", required=True, metavar="WHEN", help="'2026-12-01 19:05'")
    pub.add_argument("--url", default="", help="tautan video / link to the post")

    met = sub.add_parser("metrics", help="angka kinerja video / performance numbers")
    met_sub = met.add_subparsers(dest="metrics_command", metavar="SUBCOMMAND")
    met.set_defaults(handler=lambda _args: _group_help(met))
    imp = command(met_sub, "import", "impor CSV kinerja / import a metrics CSV", _metrics_import)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.add_argument("--platform", default=None, help="tiktok, reels, shorts, whatsapp")
    imp.add_argument(
        "--mapping",
        default=None,
        metavar="NAME",
        help="pemetaan kolom tersimpan / saved column mapping",
    )
    imp.add_argument(
        "--save-mapping",
        default=None,
        metavar="NAME",
        help="simpan kolom yang dipakai / remember the columns used",
    )

    rep = command(sub, "report", "laporan bulanan / monthly report", _report)
    rep.add_argument("--month", required=True, metavar="YYYY-MM")
    rep.add_argument("--format", choices=["pdf", "csv", "json"], default=None)
    add_output(rep)
