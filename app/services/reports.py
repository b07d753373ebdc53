"""Performance reports: a month's numbers grouped for the team's periodic report; PDF/CSV/JSON."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.core import reports as core
from app.core.clock import utc_now
from app.core.csv_text import csv_text
from app.core.errors import InvalidInput
from app.core.overwrite import Overwrite
from app.media.outputs import write_output
from app.services.calendar import CalendarService
from app.services.context import AppContext
from app.store.models import BrandKit, MetricRecord, Project

CSV_COLUMNS = [
    "project_id",
    "title",
    "platform",
    "posted_at",
    "views",
    "likes",
    "comments",
    "shares",
    "saves",
    "watch_time_s",
    "followers_gained",
    "engagement_rate",
    "template",
    "duration_band",
    "topic_tags",
]


def check_month(month: str) -> str:
    try:
        return core.parse_month(month)
    except ValueError:
        raise InvalidInput(
            f"Bulan {month!r} tidak valid; tulis YYYY-MM, mis. 2026-08.",
            f"Invalid month {month!r}; write YYYY-MM, e.g. 2026-08.",
        ) from None


class ReportService:
    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def rows(self) -> list[core.MetricRow]:
        cal = self.ctx.service(CalendarService)
        with self.ctx.workspace.session() as s:
            # The columns the report uses (whole projects would decode every JSON column).
            project_cols = (
                Project.id,
                Project.title,
                Project.template_name,
                Project.target_duration_s,
                Project.topic_tags,
            )
            query = (
                select(MetricRecord, *project_cols)
                .join(Project, Project.id == MetricRecord.project_id)
                .where(Project.deleted_at.is_(None))
            )
            return [
                core.MetricRow(
                    project_id=pid,
                    title=title,
                    platform=m.platform,
                    posted_at=cal.to_local(m.posted_at),
                    views=m.views,
                    likes=m.likes,
                    comments=m.comments,
                    shares=m.shares,
                    saves=m.saves,
                    watch_time_s=m.watch_time_s,
                    followers_gained=m.followers_gained,
                    template_name=template,
                    duration_s=duration,
                    topic_tags=tuple(tags or ()),
                )
                for m, pid, title, template, duration, tags in s.execute(query)
            ]

    def months(self, rows: list[core.MetricRow] | None = None) -> list[str]:
        """Months that have numbers, newest first (the current month always included)."""
        now = self.ctx.service(CalendarService).now_local()
        rows = self.rows() if rows is None else rows
        found = {core.month_key(r.posted_at) for r in rows if r.posted_at}
        found.add(core.month_key(now))
        return sorted(found, reverse=True)

    def monthly(self, month: str, rows: list[core.MetricRow] | None = None) -> core.MonthlyReport:
        return core.monthly_report(self.rows() if rows is None else rows, check_month(month))

    def _organisation(self) -> str:
        with self.ctx.workspace.session() as s:
            kits = list(s.scalars(select(BrandKit).order_by(BrandKit.is_default.desc())))
            return str((kits[0].data or {}).get("organisation", "")) if kits else ""

    # exports -------------------------------------------------------------------------------
    def to_json(self, report: core.MonthlyReport) -> dict[str, Any]:
        def groups(items: list[core.GroupStat]) -> list[dict[str, Any]]:
            return [{"key": g.key, **g.totals.as_dict()} for g in items]

        return {
            "month": report.month,
            "generated_at": utc_now().isoformat() + "Z",
            "totals": report.totals.as_dict(),
            "previous_month_totals": report.previous.as_dict(),
            "best_times": core.best_times(report),
            "by_platform": groups(report.by_platform),
            "by_template": groups(report.by_template),
            "by_duration": groups(report.by_duration),
            "by_topic": groups(report.by_topic),
            "by_weekday": groups(report.by_weekday),
            "by_hour": groups(report.by_hour),
            "by_month": groups(report.by_month),
            "videos": [
                {
                    **asdict(v),
                    "posted_at": v.posted_at.isoformat() if v.posted_at else None,
                    "topic_tags": list(v.topic_tags),
                    "engagement_rate": round(v.interactions / v.views, 4) if v.views else 0.0,
                }
                for v in report.videos
            ],
        }

    def to_csv(self, report: core.MonthlyReport) -> str:
        def rate(v) -> float:
            return round(v.interactions / v.views, 4) if v.views else 0.0

        rows = [
            [
                v.project_id,
                v.title,
                v.platform,
                v.posted_at.strftime("%Y-%m-%d %H:%M") if v.posted_at else "",
                v.views,
                v.likes,
                v.comments,
                v.shares,
                v.saves,
                v.watch_time_s,
                v.followers_gained,
                rate(v),
                v.template_name,
                core.duration_band(v.duration_s),
                "|".join(v.topic_tags),
            ]
            for v in report.videos
        ]
        t = report.totals
        rows.append(
            [
                "",
                "TOTAL",
                "",
                "",
                t.views,
                t.likes,
                t.comments,
                t.shares,
                t.saves,
                t.avg_watch_time_s,
                t.followers_gained,
                t.engagement_rate,
                "",
                "",
                "",
            ]
        )
        return csv_text(CSV_COLUMNS, rows)

    def export(
        self, month: str, fmt: str, path: Path, overwrite: Overwrite = Overwrite.REFUSE
    ) -> core.MonthlyReport:
        """Write the month's report as pdf, csv or json (written beside, then renamed)."""
        report = self.monthly(month)
        fmt = fmt.lower()
        if fmt not in ("pdf", "csv", "json"):
            raise InvalidInput(
                f"Format {fmt!r} tidak didukung (pdf, csv, json).",
                f"Unsupported format {fmt!r} (pdf, csv, json).",
            )
        write_output(
            Path(path), lambda tmp: self._write(report, fmt, tmp), overwrite, require_content=True
        )
        return report

    def _write(self, report: core.MonthlyReport, fmt: str, tmp: Path) -> None:
        if fmt == "json":
            tmp.write_text(
                json.dumps(self.to_json(report), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        elif fmt == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                fh.write(self.to_csv(report))
        elif fmt == "pdf":
            from app.media.report_pdf import write_report_pdf

            organisation = self._organisation()
            write_report_pdf(report, tmp, organisation=organisation, language=self.ctx.language)
        else:  # checked by export
            raise AssertionError(fmt)
