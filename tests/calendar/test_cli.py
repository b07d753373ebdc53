"""`calendar export`, `metrics import`, `report` from the command line."""

from __future__ import annotations

import json
from datetime import datetime

from app.cli import main
from app.services.calendar import CalendarService
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.store.workspace import open_workspace


def _seed(workspace_dir) -> int:
    ws = open_workspace(workspace_dir)
    ctx = AppContext(ws)
    pid = ctx.service(ProjectService).create("Pelayanan Pajak Keliling — Kecamatan Ciledug")
    ctx.service(CalendarService).plan(pid, "tiktok", datetime(2026, 12, 2, 19, 0))
    ws.close()
    return pid


def test_calendar_export_ics_and_csv(workspace_dir, tmp_path, capsys):
    _seed(workspace_dir)
    out = tmp_path / "kalender é.ics"
    code = main(
        [
            "calendar",
            "export",
            "--workspace",
            str(workspace_dir),
            "--format",
            "ics",
            "--out",
            str(out),
            "--from",
            "2026-12-01",
            "--to",
            "31/12/2026",
        ]
    )
    assert code == 0 and "1 jadwal" in capsys.readouterr().out
    assert "Kecamatan Ciledug" in out.read_bytes().decode("utf-8").replace("\r\n ", "")
    code = main(
        [
            "calendar",
            "export",
            "--workspace",
            str(workspace_dir),
            "--format",
            "csv",
            "--out",
            str(tmp_path / "k.csv"),
            "--from",
            "2027-01-01",
        ]
    )
    assert code == 0
    assert len((tmp_path / "k.csv").read_text(encoding="utf-8-sig").splitlines()) == 1
    code = main(
        [
            "calendar",
            "export",
            "--workspace",
            str(workspace_dir),
            "--out",
            str(out),
            "--from",
            "kemarin",
        ]
    )
    assert code == 1 and "Tanggal" in capsys.readouterr().err


def test_metrics_import_lists_unknown_videos_and_report_json(workspace_dir, tmp_path, capsys):
    pid = _seed(workspace_dir)
    csv_path = tmp_path / "angka.csv"
    csv_path.write_text(
        "project_id,title,platform,posted_at,views,likes,comments,shares,Extra\n"
        f'{pid},,tiktok,2 Des 2026 19.00,"12.345",1.001,"1,002",3,?\n'
        ",Video Lain,tiktok,2 Des 2026,5,1,1,1,?\n",
        encoding="utf-8",
    )
    assert main(["metrics", "import", str(csv_path), "--workspace", str(workspace_dir)]) == 0
    out = capsys.readouterr().out
    assert "1 baru" in out and "Video Lain" in out and "baris 3" in out and "Extra" in out
    assert (
        main(["metrics", "import", str(csv_path), "--workspace", str(workspace_dir), "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["updated"] == 1 and data["unknown_videos"][0]["title"] == "Video Lain"
    report = tmp_path / "des.json"
    assert (
        main(
            [
                "report",
                "--month",
                "2026-12",
                "--format",
                "json",
                "--out",
                str(report),
                "--workspace",
                str(workspace_dir),
            ]
        )
        == 0
    )
    totals = json.loads(report.read_text(encoding="utf-8"))["totals"]
    assert (totals["views"], totals["likes"], totals["comments"], totals["shares"]) == (
        12345,
        1001,
        1002,
        3,
    )
    pdf = tmp_path / "des.pdf"
    assert (
        main(["report", "--month", "2026-12", "--out", str(pdf), "--workspace", str(workspace_dir)])
        == 0
    )
    assert pdf.read_bytes()[:4] == b"%PDF"
    assert (
        main(["report", "--month", "13-2026", "--out", str(pdf), "--workspace", str(workspace_dir)])
        == 1
    )


def test_calendar_plan_and_published_from_the_command_line(workspace_dir, capsys):
    pid = _seed(workspace_dir)
    ws = ["--workspace", str(workspace_dir)]
    assert (
        main(["calendar", "plan", str(pid), "--platform", "reels", "--at", "3 Des 2026", *ws]) == 0
    )
    assert "03/12/2026 12:00" in capsys.readouterr().out  # snapped to the Reels slot (Thu 12:00)
    assert (
        main(
            [
                "calendar",
                "published",
                str(pid),
                "--platform",
                "tiktok",
                "--at",
                "2026-12-02 19:07",
                "--url",
                "https://vt.tiktok.com/zz",
                *ws,
            ]
        )
        == 0
    )
    assert (
        main(["calendar", "published", str(pid), "--platform", "tiktok", "--at", "2026-12-02", *ws])
        == 1
    )
    ws_ = open_workspace(workspace_dir)
    entries = {e.platform: e for e in CalendarService(AppContext(ws_)).entries()}
    ws_.close()
    assert entries["tiktok"].published_at == datetime(2026, 12, 2, 19, 7)
    assert entries["tiktok"].status == "published" and entries["reels"].planned_at.hour == 12
