"""Calendar, ideas, metrics import and reports through the services, on a real workspace."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.core import cadence
from app.core.errors import InvalidInput, NotFound
from app.services.calendar import CalendarService
from app.services.ideas import IdeaService
from app.services.metrics import MetricsService, MetricValues
from app.services.projects import ProjectService
from app.services.reports import ReportService

pytestmark = pytest.mark.both_backends

TEMPLATE = "tutorial-layanan-publik"


@pytest.fixture
def projects(ctx):
    ps = ctx.service(ProjectService)
    return [
        ps.create("Cara Mengurus KTP-el di Dukcapil", TEMPLATE),
        ps.create("Jadwal SIM Keliling Desember"),
        ps.create("Layanan Call Center 112"),
    ]


def test_plan_snaps_to_slot_and_sets_earliest_planned_date(ctx, projects):
    cal = ctx.service(CalendarService)
    cal.set_target("tiktok", 3, cadence.parse_slots([{"weekday": 0, "time": "19:00"}]))
    monday = date(2026, 11, 30)
    when = cal.plan(projects[0], "tiktok", monday)
    assert when == datetime(2026, 11, 30, 19, 0)
    cal.plan(projects[0], "reels", datetime(2026, 11, 28, 8, 0))
    summary = ctx.service(ProjectService).summary(projects[0])
    assert summary.planned_publish_at == cal.to_utc(datetime(2026, 11, 28, 8, 0))
    entries = cal.entries(date(2026, 11, 1), date(2026, 11, 30))
    assert [(e.platform, e.planned_at) for e in entries] == [
        ("reels", datetime(2026, 11, 28, 8, 0)),
        ("tiktok", datetime(2026, 11, 30, 19, 0)),
    ]
    assert projects[0] not in [u[0] for u in cal.unscheduled()]


def test_move_between_platforms_and_undo_restores(ctx, projects):
    cal = ctx.service(CalendarService)
    pid = projects[1]
    cal.plan(pid, "tiktok", datetime(2026, 12, 2, 19, 0))
    before = cal.state(pid)
    cal.move(pid, "tiktok", date(2026, 12, 4), new_platform="shorts")
    (entry,) = cal.entries()
    assert entry.platform == "shorts" and entry.planned_at.date() == date(2026, 12, 4)
    cal.restore(before)
    (entry,) = cal.entries()
    assert entry.platform == "tiktok" and entry.planned_at == datetime(2026, 12, 2, 19, 0)
    cal.plan(pid, "reels", date(2026, 12, 3))
    with pytest.raises(InvalidInput):
        cal.move(pid, "tiktok", date(2026, 12, 3), new_platform="reels")
    with pytest.raises(InvalidInput):
        cal.plan(pid, "friendster", date(2026, 12, 3))


def test_mark_published_records_date_link_and_status(ctx, projects):
    cal = ctx.service(CalendarService)
    pid = projects[2]
    cal.plan(pid, "tiktok", datetime(2026, 11, 20, 19, 0))
    cal.mark_published(pid, "tiktok", datetime(2026, 11, 20, 19, 5), "https://vt.tiktok.com/x1")
    (entry,) = cal.entries()
    assert entry.published_at == datetime(2026, 11, 20, 19, 5)
    assert entry.url == "https://vt.tiktok.com/x1" and entry.status == "published"
    with pytest.raises(InvalidInput):
        cal.mark_published(pid, "tiktok", datetime(2026, 11, 20, 19, 5), "tiktok.com/x1")
    with pytest.raises(InvalidInput):  # a posted video is not dragged to another day
        cal.move(pid, "tiktok", date(2026, 11, 27))


def test_times_are_local_wall_clock_stored_as_utc(ctx, projects):
    cal = ctx.service(CalendarService)
    cal.tz = timezone(timedelta(hours=7))  # WIB
    cal.plan(projects[0], "tiktok", datetime(2026, 12, 1, 19, 0))
    assert ctx.service(ProjectService).summary(projects[0]).planned_publish_at == datetime(
        2026, 12, 1, 12, 0
    )
    assert cal.entries()[0].planned_at == datetime(2026, 12, 1, 19, 0)
    assert "DTSTART:20261201T120000Z" in cal.export_ics()


def test_cadence_warns_about_a_video_due_soon_in_review(ctx, projects):
    cal = ctx.service(CalendarService)
    ctx.service(ProjectService).set_status(projects[0], "review")
    now = cal.now_local()
    cal.plan(projects[0], "tiktok", now + timedelta(days=1))
    view = cal.cadence(now)
    assert any(
        w.kind == "due_soon_not_ready" and w.project_id == projects[0] for w in view.warnings
    )
    assert sum(w.count for w in view.weeks if w.kind == "planned") == 1


def test_calendar_exports_ics_and_csv_with_non_ascii_titles(ctx, projects, tmp_path):
    ps = ctx.service(ProjectService)
    pid = ps.create("Sosialisasi Pajak Kendaraan — Pemutihan Denda 🚗, Tahap II")
    cal = ctx.service(CalendarService)
    cal.plan(pid, "reels", datetime(2026, 12, 10, 12, 0))
    cal.plan(projects[0], "tiktok", datetime(2027, 1, 10, 12, 0))
    ics_path = tmp_path / "jadwal é.ics"
    assert cal.export("ics", ics_path, date(2026, 12, 1), date(2026, 12, 31)) == 1
    raw = ics_path.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = raw.decode("utf-8").replace("\r\n ", "")
    assert "Pemutihan Denda 🚗\\, Tahap II" in text and "KTP-el" not in text
    csv_path = tmp_path / "jadwal.csv"
    cal.export("csv", csv_path)
    csv_text = csv_path.read_text(encoding="utf-8-sig")
    assert "Pemutihan Denda 🚗, Tahap II" in csv_text and "2026-12-10 12:00" in csv_text
    with pytest.raises(InvalidInput):
        cal.export("ics", ics_path, date(2026, 12, 31), date(2026, 12, 1))


def test_ideas_backlog_to_project_with_template_and_undo(ctx):
    ideas = ctx.service(IdeaService)
    iid = ideas.create("Cara lapor jalan rusak", "Aduan LAPOR!", 1, "23 aduan bulan ini")
    low = ideas.create("Hari Ibu", "Hari besar nasional", 3)
    assert [i.id for i in ideas.list()] == [iid, low]
    previous = ideas.update(low, "Hari Ibu 22 Desember", "Kampanye", 2, "")
    assert previous.title == "Hari Ibu" and ideas.get(low).source == "Kampanye"
    pid = ideas.to_project(iid, TEMPLATE)
    summary = ctx.service(ProjectService).summary(pid)
    assert summary.title == "Cara lapor jalan rusak" and summary.shot_count > 0
    assert ideas.get(iid).project_id == pid and ideas.get(iid).project_title == summary.title
    with pytest.raises(InvalidInput):
        ideas.to_project(iid, TEMPLATE)
    gone = ideas.delete(low)
    with pytest.raises(NotFound):
        ideas.get(low)
    ideas.restore(gone)
    assert ideas.get(low).title == "Hari Ibu 22 Desember"
    with pytest.raises(InvalidInput):
        ideas.create("  ")


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_metrics_import_bad_input_is_read_or_listed(ctx, projects, tmp_path):
    csv_path = _write(
        tmp_path / "kinerja.csv",
        "title,platform,posted_at,views,likes,comments,shares,saves,watch_time_s,"
        "followers_gained,Catatan Admin\n"
        'Cara Mengurus KTP-el di Dukcapil,TikTok,5 Agustus 2026,"1.234",56,7,8,9,"21,5",3,x\n'
        'Jadwal SIM Keliling Desember,Instagram,05/08/2026,"1,234",12%,1,2,3,0:19,1,y\n'
        "Video Yang Tidak Ada,tiktok,2026-08-05,999,1,1,1,1,1,1,z\n"
        "Layanan Call Center 112,tiktok,5 Agt 2026,banyak,1,1,1,1,1,1,\n",
    )
    result = ctx.service(MetricsService).import_csv(csv_path)
    assert result.created == 2 and result.updated == 0
    assert result.unknown_columns == ("Catatan Admin",)
    assert [(r.line, r.title, r.reason) for r in result.unknown_videos] == [
        (4, "Video Yang Tidak Ada", "unknown_title")
    ]
    assert result.bad_rows[0].line == 5 and "views" in result.bad_rows[0].reason
    first = ctx.service(MetricsService).get(projects[0], "tiktok")
    assert first.views == 1234 and first.watch_time_s == 21.5
    assert first.posted_at == datetime(2026, 8, 5)
    second = ctx.service(MetricsService).get(projects[1], "reels")
    assert second.views == 1234 and second.likes == 12 and second.watch_time_s == 19


def test_reimport_updates_instead_of_duplicating(ctx, projects, tmp_path):
    header = "project_id;platform;posted_at;views;likes\n"
    path = _write(tmp_path / "a.csv", header + f"{projects[0]};tiktok;1/9/2026;100;10\n")
    svc = ctx.service(MetricsService)
    assert svc.import_csv(path).created == 1
    _write(path, header + f"{projects[0]};tiktok;1/9/2026;2.500;40\n")
    again = svc.import_csv(path)
    assert (again.created, again.updated) == (0, 1)
    rows = ctx.service(ReportService).rows()
    assert len(rows) == 1 and rows[0].views == 2500 and rows[0].likes == 40


def test_platform_export_through_a_remembered_mapping(ctx, projects, tmp_path):
    export = _write(
        tmp_path / "tiktok_export.csv",
        "Konten,Waktu unggah,Jumlah putar,Hati,Watched full video (%)\n"
        "Cara Mengurus KTP-el di Dukcapil,10/09/2026 19:00,1.2K,87,34%\n",
    )
    svc = ctx.service(MetricsService)
    with pytest.raises(InvalidInput):
        svc.import_csv(export, platform="tiktok")  # nothing recognised without a mapping
    columns = {
        "Konten": "title",
        "Waktu unggah": "posted_at",
        "Jumlah putar": "views",
        "Hati": "likes",
    }
    svc.save_mapping("TikTok Studio", columns, "tiktok")
    result = svc.import_csv(export, mapping_name="TikTok Studio")
    assert result.created == 1 and result.unknown_columns == ("Watched full video (%)",)
    got = svc.get(projects[0], "tiktok")
    assert got.views == 1200 and got.posted_at == datetime(2026, 9, 10, 19, 0)
    assert svc.mappings()["TikTok Studio"]["platform"] == "tiktok"
    with pytest.raises(NotFound):
        svc.import_csv(export, mapping_name="Tidak ada")


def test_hand_entry_and_undo(ctx, projects):
    svc = ctx.service(MetricsService)
    values = MetricValues(datetime(2026, 10, 1, 19, 0), 5000, 300, 20, 40, 10, 18.0, 12)
    assert svc.record(projects[0], "reels", values) is None
    svc.restore(projects[0], "reels", None)
    assert svc.get(projects[0], "reels") is None
    with pytest.raises(InvalidInput):
        svc.record(projects[0], "reels", MetricValues(None, -1))


def test_monthly_report_json_csv_pdf(ctx, projects, tmp_path, qapp):
    svc = ctx.service(MetricsService)
    svc.record(
        projects[0], "tiktok", MetricValues(datetime(2026, 10, 5, 19), 10000, 800, 50, 100, 50)
    )
    svc.record(projects[0], "reels", MetricValues(datetime(2026, 10, 6, 12), 4000, 200, 10, 20, 10))
    svc.record(projects[1], "tiktok", MetricValues(datetime(2026, 9, 28, 19), 900, 10, 1, 1, 1))
    reports = ctx.service(ReportService)
    report = reports.export("2026-10", "json", tmp_path / "okt.json")
    data = json.loads((tmp_path / "okt.json").read_text(encoding="utf-8"))
    assert data["totals"]["views"] == 14000 and data["totals"]["likes"] == 1000
    assert {"comments", "shares"} <= set(data["totals"])
    assert data["totals"]["engagement_rate"] == round(1240 / 14000, 4)
    assert data["previous_month_totals"]["views"] == 900
    assert [g["key"] for g in data["by_platform"]] == ["tiktok", "reels"]
    assert data["by_template"][0]["key"] == TEMPLATE
    assert report.by_month[-1].totals.views == 14000 and len(report.by_month) == 6
    reports.export("2026-10", "csv", tmp_path / "okt.csv")
    lines = (tmp_path / "okt.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4 and lines[-1].startswith(",TOTAL,")
    reports.export("2026-10", "pdf", tmp_path / "okt.pdf")
    assert (tmp_path / "okt.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(InvalidInput):
        reports.monthly("Oktober")


def test_utf16_excel_text_and_formula_titles(ctx, tmp_path):
    ps = ctx.service(ProjectService)
    pid = ps.create('=HYPERLINK("http://x") Pengumuman')
    path = tmp_path / "excel unicode.txt"
    path.write_bytes(
        "project_id\tplatform\tposted_at\tviews\n".encode("utf-16")
        + f"{pid}\tYouTube\t3 Sep 2026\t1.234\n".encode("utf-16-le")
    )
    result = ctx.service(MetricsService).import_csv(path)
    assert result.created == 1
    ctx.service(CalendarService).plan(pid, "shorts", datetime(2026, 9, 3, 17, 0))
    out = tmp_path / "k.csv"
    ctx.service(CalendarService).export("csv", out)
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8-sig")
    ctx.service(ReportService).export("2026-09", "csv", tmp_path / "r.csv")
    assert "'=HYPERLINK" in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")


README_EXAMPLE = """\
title,platform,posted_at,views,likes,comments,shares,saves,watch_time_s,followers_gained
Cara Menghubungi Call Center 112,TikTok,5 Agustus 2026 19.00,12.480,936,87,214,158,"21,4",46
Cara Menghubungi Call Center 112,reels,06/08/2026 12:00,"5,310",402,35,61,97,0:19,22
Kapan Harus Menelepon 112?,shorts,2026-08-09,1.2K,88,4,9,12,18,3
"""


def test_readme_example_imports_as_documented(ctx, tmp_path):
    ps = ctx.service(ProjectService)
    first = ps.create("Cara Menghubungi Call Center 112")
    second = ps.create("Kapan Harus Menelepon 112?")
    path = _write(tmp_path / "kinerja-agustus.csv", README_EXAMPLE)
    result = ctx.service(MetricsService).import_csv(path)
    assert (result.created, result.unknown_videos, result.bad_rows) == (3, [], [])
    svc = ctx.service(MetricsService)
    tiktok = svc.get(first, "tiktok")
    assert (tiktok.views, tiktok.watch_time_s, tiktok.posted_at) == (
        12480,
        21.4,
        datetime(2026, 8, 5, 19, 0),
    )
    assert svc.get(first, "reels").views == 5310 and svc.get(first, "reels").watch_time_s == 19
    assert svc.get(second, "shorts").views == 1200
    totals = ctx.service(ReportService).monthly("2026-08").totals
    assert totals.views == 12480 + 5310 + 1200 and totals.videos == 2


def test_canceled_import_saves_nothing(ctx, tmp_path):
    import threading

    from app.core.errors import Canceled

    ctx.service(ProjectService).create("Cara Menghubungi Call Center 112")
    path = _write(tmp_path / "kinerja.csv", README_EXAMPLE)
    stop = threading.Event()
    stop.set()
    with pytest.raises(Canceled):
        ctx.service(MetricsService).import_csv(path, cancel=stop)
    assert ctx.service(ReportService).rows() == []


def test_sample_plan_fills_calendar_ideas_targets_and_metrics(ctx, projects):
    from app.services.sample_plan import add_plan_sample

    add_plan_sample(ctx, projects)
    cal = ctx.service(CalendarService)
    entries = cal.entries()
    assert len(entries) == 6 and all(p not in [u[0] for u in cal.unscheduled()] for p in projects)
    published = [e for e in entries if e.published_at]
    assert {e.platform for e in published} == {"tiktok", "reels"} and published[0].url
    assert len(ctx.service(IdeaService).list()) == 4
    assert {t.platform: t.per_week for t in cal.targets()}["tiktok"] == 3
    rows = ctx.service(ReportService).rows()
    assert sum(r.views for r in rows) == 12480 + 5310
    # Everything planned is in the future, everything posted in the past.
    now = cal.now_local()
    assert all(e.planned_at > now for e in entries if not e.published_at)
    assert all(e.published_at < now for e in published)


def test_posting_times_stay_local_through_import_and_report(ctx, projects, tmp_path):
    wib = timezone(timedelta(hours=7))
    ctx.service(CalendarService).tz = wib  # the service every other one asks for the zone
    path = _write(
        tmp_path / "k.csv",
        f"project_id,platform,posted_at,views\n{projects[0]},tiktok,5 Agt 2026 19.00,100\n",
    )
    ctx.service(MetricsService).import_csv(path)
    (row,) = ctx.service(ReportService).rows()
    assert row.posted_at == datetime(2026, 8, 5, 19, 0)  # shown as typed
    report = ctx.service(ReportService).monthly("2026-08")
    assert [g.key for g in report.by_hour if g.totals.views] == ["18–21"]
    with ctx.workspace.session() as s:
        from app.store.models import MetricRecord

        stored = s.query(MetricRecord).one().posted_at
    assert stored == datetime(2026, 8, 5, 12, 0)  # UTC in the database
