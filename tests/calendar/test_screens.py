"""Calendar and report screens: drag to plan, undo, mark published, ideas, import, charts."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent

from app.services.calendar import CalendarService
from app.services.ideas import IdeaService
from app.services.metrics import MetricsService, MetricValues
from app.services.projects import ProjectService
from app.services.sample_plan import add_plan_sample
from app.ui.calendar.grid import MIME


@pytest.fixture
def sample(ctx):
    ps = ctx.service(ProjectService)
    ids = [
        ps.create("Cara Menghubungi Call Center 112", "tutorial-layanan-publik"),
        ps.create("Kapan Harus Menelepon 112?"),
        ps.create("Di Balik Layar Petugas 112"),
    ]
    ps.set_status(ids[1], "review")
    add_plan_sample(ctx, ids)
    extra = ps.create("Sosialisasi Pajak Kendaraan — Pemutihan")
    return ids, extra


def _drop(target, payload: dict) -> None:
    mime = QMimeData()
    mime.setData(MIME, json.dumps(payload).encode("utf-8"))
    event = QDropEvent(
        QPointF(5, 5), Qt.CopyAction | Qt.MoveAction, mime, Qt.LeftButton, Qt.NoModifier
    )
    target.dropEvent(event)


def test_calendar_shows_sample_and_drag_plans_with_undo(ctx, sample, qtbot):
    from app.ui.calendar.screen import CalendarScreen

    ids, extra = sample
    screen = CalendarScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    cal = ctx.service(CalendarService)
    texts = [c.list.item(i).text() for c in screen.grid.cells for i in range(c.list.count())]
    assert any("Kapan Harus Menelepon 112?" in t and "[Tinjauan]" in t for t in texts)
    assert screen.unscheduled.count() == 1
    assert "Tinjauan" in screen.cadence.warnings.item(0).text()  # due in 2 days, still in review
    assert screen.cadence.series.barSets()[0].count() == 12
    # Drag the unplanned project onto a day of the month view.
    day = cal.now_local().date() + timedelta(days=5)
    if day.month != screen.grid.anchor.month:
        screen.step(1)
    target = screen.grid.cell_for(day)
    with qtbot.waitSignal(screen.grid.item_dropped, timeout=2000):
        _drop(target, {"project_id": extra, "platform": ""})
    (entry,) = [e for e in cal.entries() if e.project_id == extra]
    assert entry.planned_at.date() == day and entry.platform == "tiktok"
    assert screen.unscheduled.count() == 0
    screen.undo_stack.undo()
    assert not [e for e in cal.entries() if e.project_id == extra]
    screen.undo_stack.redo()
    assert [e.planned_at.date() for e in cal.entries() if e.project_id == extra] == [day]


def test_week_view_drag_between_platforms(ctx, sample, qtbot):
    from app.ui.calendar.screen import CalendarScreen

    ids, _ = sample
    screen = CalendarScreen(ctx)
    qtbot.addWidget(screen)
    screen.set_mode("week")
    cal = ctx.service(CalendarService)
    (tiktok,) = [e for e in cal.entries() if e.project_id == ids[1] and e.platform == "tiktok"]
    screen.grid.anchor = tiktok.planned_at.date()
    screen.refresh()
    target = screen.grid.cell_for(tiktok.planned_at.date(), "shorts")
    with qtbot.waitSignal(screen.grid.item_dropped, timeout=2000):
        _drop(target, {"project_id": ids[1], "platform": "tiktok"})
    platforms = sorted(e.platform for e in cal.entries() if e.project_id == ids[1])
    assert platforms == ["reels", "shorts"]
    screen.undo_stack.undo()
    assert sorted(e.platform for e in cal.entries() if e.project_id == ids[1]) == [
        "reels",
        "tiktok",
    ]


def test_mark_published_and_ideas_panel_undo(ctx, sample, qtbot):
    from app.ui.calendar.screen import CalendarScreen

    ids, _ = sample
    screen = CalendarScreen(ctx)
    qtbot.addWidget(screen)
    when = datetime(2026, 11, 25, 19, 4)
    assert screen.mark_published(ids[1], "tiktok", when, "https://vt.tiktok.com/abc")
    cal = ctx.service(CalendarService)
    (entry,) = [e for e in cal.entries() if e.project_id == ids[1] and e.platform == "tiktok"]
    assert entry.published_at == when and entry.status == "published"
    screen.undo_stack.undo()
    (entry,) = [e for e in cal.entries() if e.project_id == ids[1] and e.platform == "tiktok"]
    assert entry.published_at is None and entry.status == "review"
    # Ideas backlog: add, turn into a project, undo both.
    panel = screen.ideas
    assert panel.table.rowCount() == 4
    idea_id = panel.add_idea("Cara daftar BPJS lewat aplikasi", "Aduan LAPOR!", 1, "")
    assert panel.table.rowCount() == 5
    project_id = panel.make_project(idea_id, "tutorial-layanan-publik")
    assert ctx.service(ProjectService).summary(project_id).shot_count > 0
    assert screen.unscheduled.count() == 2  # the new project waits to be planned
    screen.undo_stack.undo()
    assert ctx.service(IdeaService).get(idea_id).project_id is None
    assert project_id not in [p.id for p in ctx.service(ProjectService).summaries()]
    screen.undo_stack.undo()
    assert panel.table.rowCount() == 4


class _FakeMapping:
    """Stands in for the mapping dialog: the user's choices, accepted."""

    def __init__(self, table, saved, parent) -> None:
        self.headers = table.headers

    def exec(self) -> bool:
        return True

    def columns(self) -> dict[str, str]:
        return {
            "Video title": "title",
            "Post time": "posted_at",
            "Video views": "views",
            "Likes": "likes",
        }

    def selected_platform(self) -> str:
        return "tiktok"

    def save_name(self) -> str:
        return "TikTok Studio"


def test_report_screen_import_hand_entry_export(ctx, sample, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.report.screen import ReportScreen

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    ids, _ = sample
    screen = ReportScreen(ctx)
    qtbot.addWidget(screen)
    assert "17.790" in screen.kpis["views"].text()  # the sample's published video
    export = tmp_path / "tiktok export.csv"
    export.write_text(
        "Video title,Post time,Video views,Likes,Catatan admin\n"
        "Kapan Harus Menelepon 112?,5 Agt 2026 19.00,1.234,56,0:21\n"
        "Video Lama Tahun Lalu,04/08/2026,500,5,0:10\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(screen.import_finished, timeout=10000) as blocker:
        assert screen.import_file(export, dialog_factory=_FakeMapping)
    result = blocker.args[0]
    assert result.created == 1 and [r.title for r in result.unknown_videos] == [
        "Video Lama Tahun Lalu"
    ]
    text, details = screen.import_summary(result)
    assert "Video Lama Tahun Lalu" in details and "Catatan admin" in details
    assert "TikTok Studio" in ctx.service(MetricsService).mappings()
    assert screen.month.currentData() is not None
    screen.set_month("2026-08")
    assert "1.234" in screen.kpis["views"].text()
    assert screen.chart_platform.values == [("TikTok", 1234)]
    screen.undo_stack.undo()  # undo the import
    assert ctx.service(MetricsService).get(ids[1], "tiktok") is None
    values = MetricValues(datetime(2026, 10, 2, 19, 0), 2000, 100, 10, 5, 5, 15.0, 3)
    assert screen.record(ids[2], "shorts", values)
    assert screen.month.currentData() == "2026-10" and "2.000" in screen.kpis["views"].text()
    assert screen.table.rowCount() == 1
    pdf = tmp_path / "laporan oktober.pdf"
    with qtbot.waitSignal(screen.export_finished, timeout=10000):
        screen.export("2026-10", "pdf", pdf)
    assert pdf.read_bytes()[:4] == b"%PDF"
    qtbot.waitUntil(lambda: screen.job is None)
    screen.undo_stack.undo()
    assert ctx.service(MetricsService).get(ids[2], "shorts") is None


def test_targets_dialog_parses_slots():
    from app.ui.calendar.dialogs import parse_slot_text

    slots = parse_slot_text("Sen 19:00, Rab 19.30; Jum 12:00")
    assert [s.label() for s in slots] == ["Sen 19:00", "Rab 19:30", "Jum 12:00"]
    with pytest.raises(ValueError):
        parse_slot_text("Senin jam tujuh")


def test_dialogs_build_and_return_values(qtbot, tmp_path):
    from app.core import cadence
    from app.services.calendar import Target
    from app.services.metrics import read_csv
    from app.ui.calendar.dialogs import IdeaDialog, PublishDialog, TargetsDialog
    from app.ui.report.dialogs import HandEntryDialog, MappingDialog

    publish = PublishDialog("Judul", datetime(2026, 11, 25, 19, 0), "reels", True, "https://x.id/1")
    qtbot.addWidget(publish)
    assert publish.values() == ("reels", datetime(2026, 11, 25, 19, 0), "https://x.id/1")
    slots = tuple(cadence.parse_slots([{"weekday": 0, "time": "19:00"}]))
    targets = TargetsDialog([Target("tiktok", 3, slots), Target("reels", 2, ())])
    qtbot.addWidget(targets)
    assert targets.values()[0] == ("tiktok", 3, list(slots))
    idea = IdeaDialog(None, "Ide", "Aduan LAPOR!", 1, "catatan")
    qtbot.addWidget(idea)
    assert idea.values() == ("Ide", "Aduan LAPOR!", 1, "catatan")
    known = MetricValues(datetime(2026, 11, 11, 19, 0), 12480, 936, 87, 214, 158, 21.4, 46)
    entry = HandEntryDialog(
        [(1, "Video A"), (2, "Video B")],
        lambda pid, pf: known if pid == 1 else None,
        datetime(2026, 11, 23, 10, 0),
        None,
        1,
    )
    qtbot.addWidget(entry)
    assert entry.values() == (1, "tiktok", known)  # prefilled from the stored numbers
    path = tmp_path / "ekspor.csv"
    path.write_text("Konten;Jumlah putar;Platform\nVideo A;1.234;TikTok\n", encoding="utf-8")
    mapping = MappingDialog(
        read_csv(path), {"Lama": {"columns": {"Konten": "title"}, "platform": "reels"}}
    )
    qtbot.addWidget(mapping)
    assert mapping.columns() == {"Platform": "platform"}  # only the known header
    mapping.saved_combo.setCurrentIndex(1)  # apply the remembered mapping
    assert mapping.columns() == {"Konten": "title", "Platform": "platform"}
    assert mapping.selected_platform() == "reels" and mapping.save_name() == "Lama"
