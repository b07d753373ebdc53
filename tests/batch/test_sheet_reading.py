"""Reading sheets as Excel saves them, and turning rows into queued projects."""

from __future__ import annotations

from pathlib import Path

from app.services.batch_sheet import BatchSheetService, read_sheet
from app.services.render_queue import RenderQueue
from app.services.shots import ShotService
from app.store.models import Project
from tests.batch.conftest import HEADER, write_sheet

GOOD = 'Layanan KTP é;narasi.m4a;"klip a.mp4;klip b.mp4;foto.png";Budi Santoso;Kepala Dinas;tiktok;ktp-01;Urus KTP – gratis;#ktp #dukcapil;tidak'


def test_windows_1252_semicolon_sheet_from_indonesian_excel(
    ctx, sheet_dir: Path, tmp_path: Path
) -> None:
    sheet = write_sheet(sheet_dir, [GOOD], encoding="cp1252")
    header, rows = read_sheet(sheet)
    assert header == HEADER.split(";")
    assert rows[0][0] == "Layanan KTP é" and rows[0][2] == "klip a.mp4;klip b.mp4;foto.png"
    result = ctx.service(BatchSheetService).create_batch(sheet, tmp_path / "keluaran")
    assert not result.problems
    [job_id] = result.job_ids
    job = ctx.service(RenderQueue).get(job_id)
    assert job.status == "queued" and job.upload_kit
    assert Path(job.output_path) == (tmp_path / "keluaran" / "ktp-01" / "ktp-01.mp4").absolute()
    with ctx.workspace.session() as s:
        project = s.get(Project, job.project_id)
        assert project.title == "Layanan KTP é"
        assert project.options["caption"] == "Urus KTP – gratis"
        assert project.options["hashtags"] == ["#ktp", "#dukcapil"]
        assert project.narration_asset_id is not None and project.series == "batch"
    shots = ctx.service(ShotService).list(job.project_id)
    assert len(shots) == 3  # one per clip, in the sheet's order
    assert [s.lower_third_name for s in shots] == ["Budi Santoso", "", ""]
    assert abs(sum(s.target_duration_s for s in shots) - 2.0) < 0.05  # the narration's length


def test_utf8_bom_comma_sheet(ctx, sheet_dir: Path, tmp_path: Path) -> None:
    lines = [
        GOOD.replace(";", ",").replace(
            '"klip a.mp4,klip b.mp4,foto.png"', '"klip a.mp4;klip b.mp4"'
        )
    ]
    path = sheet_dir / "bom.csv"
    path.write_bytes(
        b"\xef\xbb\xbf" + ("\n".join([HEADER.replace(";", ","), *lines]) + "\n").encode()
    )
    header, _rows = read_sheet(path)
    assert header[0] == "title"  # not "\ufefftitle"
    result = ctx.service(BatchSheetService).create_batch(path, tmp_path / "out")
    assert len(result.job_ids) == 1 and not result.problems


def test_xlsx_sheet(ctx, sheet_dir: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(HEADER.split(";"))
    ws.append(
        [
            "Vaksin",
            "narasi.m4a",
            "klip a.mp4",
            "Dr. Sari",
            "Kepala Puskesmas",
            "reels",
            2026,
            "",
            "",
            "yes",
        ]
    )
    ws.append(["Pajak", "narasi.m4a", "klip b.mp4", "", "", "shorts", "pajak", "", "", "no"])
    wb.save(sheet_dir / "batch.xlsx")
    ctx.set_setting("whisper_model_path", "")
    result = ctx.service(BatchSheetService).create_batch(sheet_dir / "batch.xlsx", tmp_path / "out")
    # Row 2 asks for subtitles but no Whisper model is set: rejected with the reason.
    assert [r.row_number for r in result.rows if r.job_id] == [3]
    [rejected] = result.rejected
    assert rejected.row_number == 2 and "Whisper" in rejected.reason and rejected.output == "2026"


def test_bad_rows_are_reported_and_good_rows_still_queue(
    ctx, sheet_dir: Path, tmp_path: Path
) -> None:
    lines = [
        GOOD,
        "Hilang;tidak-ada.m4a;klip a.mp4;;;tiktok;hilang;;;no",
        "Rusak;narasi.m4a;rusak.mp4;;;tiktok;rusak;;;no",
        "Ganda;narasi.m4a;klip a.mp4;;;tiktok;KTP-01;;;no",
        "Suara bukan;klip b.mp4;klip a.mp4;;;tiktok;bisu;;;no",
        "Brand;narasi.m4a;klip a.mp4;;;tiktok;brand;;;no",
    ]
    sheet = write_sheet(sheet_dir, lines)
    result = ctx.service(BatchSheetService).create_batch(sheet, tmp_path / "out")
    assert len(result.job_ids) == 2  # rows 2 and 7
    reasons = {r.row_number: r.reason for r in result.rejected}
    assert set(reasons) == {3, 4, 5, 6}
    assert "tidak-ada.m4a" in reasons[3]
    assert "rusak.mp4" in reasons[4]
    assert "baris 2" in reasons[5]
    assert "suara" in reasons[6]
    report = ctx.service(BatchSheetService).report(result.batch_id)
    assert {p["row"] for p in report["problems"]} == {3, 4, 5, 6}


def test_a_sheet_without_the_required_columns_is_refused_whole(
    ctx, sheet_dir: Path, tmp_path: Path
) -> None:
    path = sheet_dir / "salah.csv"
    path.write_text("judul;narasi\nA;b.m4a\n", encoding="utf-8")
    result = ctx.service(BatchSheetService).create_batch(path, tmp_path / "out")
    assert result.fatal and result.batch_id is None
    assert "title" in result.problems[0].reason_en


def test_brand_kit_by_name_and_unknown_template(ctx, sheet_dir: Path, tmp_path: Path) -> None:
    from app.store.models import BrandKit

    with ctx.session() as s:
        s.add(BrandKit(name="Diskominfo Kota", data={}))
    header = "title,narration,clips,lower_third_name,lower_third_role,preset,output,brand,template"
    (sheet_dir / "brand.csv").write_text(
        "\n".join(
            [
                header,
                "Satu,narasi.m4a,klip a.mp4,,,tiktok,satu,diskominfo kota,tutorial-layanan-publik",
                "Dua,narasi.m4a,klip a.mp4,,,tiktok,dua,Dinas Lain,",
                "Tiga,narasi.m4a,klip a.mp4,,,tiktok,tiga,,templat-salah",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = ctx.service(BatchSheetService).create_batch(sheet_dir / "brand.csv", tmp_path / "out")
    [queued] = [r for r in result.rows if r.job_id]
    with ctx.workspace.session() as s:
        project = s.get(Project, queued.project_id)
        assert (
            project.brand_kit_id is not None and project.template_name == "tutorial-layanan-publik"
        )
    reasons = {r.row_number: r.reason for r in result.rejected}
    assert "Dinas Lain" in reasons[3] and "Diskominfo Kota" in reasons[3]
    assert "templat-salah" in reasons[4]
