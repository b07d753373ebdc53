"""Calendar and performance-report speed on a busy year's data.

Run: .venv/bin/python tests/benchmarks/bench_calendar.py

A workspace with 500 projects, each planned and published on 4 platforms (2,000
publications) and a metrics CSV of 2,000 rows written the way offices do ("1.234",
"5 Agt 2026", ";"-separated). Measured side by side in one run (median of ROUNDS):
  A  first import of the CSV (creates 2,000 rows)
  B  re-import of the same file (updates the same 2,000 rows)
  C  monthly report aggregation (all groups) for one month
  D  monthly report PDF (2 pages + video table)
  E  ICS export of the whole calendar (2,000 events)
  F  calendar cadence (12 weeks + warnings)
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication

ROUNDS = 5
PROJECTS = 500
PLATFORMS = ("tiktok", "reels", "shorts", "whatsapp")
MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nov", "Des")


def _median_ms(fn, rounds: int = ROUNDS) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication(["bench"])
    from sqlalchemy import insert

    from app.services.calendar import CalendarService
    from app.services.context import AppContext
    from app.services.metrics import MetricsService
    from app.services.reports import ReportService
    from app.store.models import Project, Publication
    from app.store.workspace import open_workspace

    tmp = Path(tempfile.mkdtemp(prefix="kilas-bench-cal-"))
    ctx = AppContext(open_workspace(tmp / "ruang kerja"))
    rng = random.Random(9)
    start = datetime(2026, 1, 5, 12, 0)
    with ctx.session() as s:
        s.execute(
            insert(Project),
            [
                {
                    "title": f"Video layanan publik nomor {i}",
                    "status": "published",
                    "template_name": "tutorial-layanan-publik",
                    "topic_tags": [f"topik{i % 7}"],
                    "target_duration_s": 30.0 + (i % 4) * 20,
                }
                for i in range(PROJECTS)
            ],
        )
        s.execute(
            insert(Publication),
            [
                {
                    "project_id": p + 1,
                    "platform": pf,
                    "planned_at": start + timedelta(hours=17 * p + 3 * k),
                    "published_at": start + timedelta(hours=17 * p + 3 * k),
                }
                for p in range(PROJECTS)
                for k, pf in enumerate(PLATFORMS)
            ],
        )
    lines = [
        "title;platform;posted_at;views;likes;comments;shares;saves;watch_time_s;followers_gained"
    ]
    for p in range(PROJECTS):
        for k, pf in enumerate(PLATFORMS):
            when = start + timedelta(hours=17 * p + 3 * k)
            views = rng.randint(200, 90000)
            lines.append(
                f"Video layanan publik nomor {p};{pf};{when.day} {MONTHS_ID[when.month - 1]} "
                f"{when.year} {when:%H.%M};{views:,}".replace(",", ".")
                + f";{rng.randint(0, 5000)};{rng.randint(0, 300)};{rng.randint(0, 400)};"
                f"{rng.randint(0, 300)};{rng.randint(5, 55)},{rng.randint(0, 9)};{rng.randint(0, 80)}"
            )
    csv_path = tmp / "kinerja 2026.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    metrics = ctx.service(MetricsService)
    reports = ctx.service(ReportService)
    calendar = ctx.service(CalendarService)

    first = []

    def first_import() -> None:
        metrics.restore_snapshot([])
        first.append(metrics.import_csv(csv_path).created)

    a = _median_ms(first_import)
    assert first[-1] == PROJECTS * len(PLATFORMS), first
    b = _median_ms(lambda: metrics.import_csv(csv_path))
    month = "2026-06"
    c = _median_ms(lambda: reports.monthly(month))
    pdf = tmp / "laporan.pdf"
    d = _median_ms(lambda: reports.export(month, "pdf", pdf))
    e = _median_ms(lambda: calendar.export("ics", tmp / "kalender.ics"))
    f = _median_ms(lambda: calendar.cadence(datetime(2026, 6, 15, 9, 0)))
    report = reports.monthly(month)
    print(
        f"data: {PROJECTS} projects × {len(PLATFORMS)} platforms = {len(lines) - 1} rows; "
        f"{month}: {report.totals.videos} videos, {len(report.videos)} rows"
    )
    print(f"A first import (2,000 rows)        {a:8.1f} ms")
    print(f"B re-import, updates (2,000 rows)  {b:8.1f} ms   B/A = {b / a:.2f}")
    print(f"C monthly aggregation              {c:8.1f} ms")
    print(f"D monthly PDF                      {d:8.1f} ms   D/C = {d / c:.1f}")
    print(f"E ICS export (2,000 events)        {e:8.1f} ms")
    print(f"F cadence (12 weeks + warnings)    {f:8.1f} ms")
    print(f"per imported row: {a / (len(lines) - 1):.3f} ms (A), {b / (len(lines) - 1):.3f} ms (B)")
    ctx.workspace.close()


if __name__ == "__main__":
    main()
