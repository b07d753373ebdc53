"""Review and approval records, "changed since approval", and DOCX/PDF/TXT export."""

import os

import pytest

from app.core.errors import InvalidInput, KilasError
from app.media.outputs import OutputWriteFailed
from app.services.projects import ProjectService
from app.services.script import ScriptService
from app.services.script_export import ScriptExportService
from app.services.script_review import ReviewService
from app.services.shots import ShotService


@pytest.fixture
def project(ctx):
    return ctx.service(ProjectService).create(
        "Cara Menghubungi Call Center 112", "tutorial-layanan-publik", series="Layanan Darurat"
    )


def test_approval_records_name_time_comment_version_and_detects_later_edits(ctx, project):
    review = ctx.service(ReviewService)
    shots = ctx.service(ShotService).list(project)
    with pytest.raises(InvalidInput):
        review.submit(project)  # no reviewer name set anywhere
    ctx.set_setting("reviewer_name", "Rina (penulis)")
    review.submit(project)
    review.comment(
        project, "Sebut nomornya dengan jelas.", shot_id=shots[2].id, reviewer="Pak Budi"
    )
    review.approve(project, "Pak Budi", "Siap produksi")
    state = review.state(project)
    assert state.state == "approved" and state.approved_version == 1
    assert review.changes_since_approval(project).changed is False

    ctx.service(ShotService).update(shots[2].id, narration="Langkah kedua, tekan 112 lalu bicara.")
    state = review.state(project)
    assert state.state == "changed_since_approval" and state.script_version == 2
    assert "Berubah sejak disetujui" in state.label("id")
    diff = review.changes_since_approval(project)
    (change,) = diff.changes
    assert change.kind == "changed" and change.number_after == 3
    assert "112" in change.fields[0].words_added

    records = review.records(project)
    assert [r.decision for r in records] == ["submitted", "comment", "approved"]
    pinned = records[1]
    assert pinned.shot_number == 3 and pinned.reviewer == "Pak Budi"
    assert records[2].script_version == 1 and records[2].comment == "Siap produksi"
    with pytest.raises(InvalidInput):
        review.request_changes(project, "Pak Budi", "")
    review.request_changes(project, "Pak Budi", "Perlu dipersingkat")
    assert review.records(project)[-1].script_version == 2


def test_deleted_shot_undo_keeps_pinned_comment(ctx, project):
    shot = ctx.service(ShotService).list(project)[1]
    ctx.service(ReviewService).comment(project, "Ganti gambar", shot.id, reviewer="Ani")
    svc = ctx.service(ScriptService)
    record = svc.delete_shot(shot.id)
    assert ctx.service(ReviewService).records(project)[0].shot_id is None
    svc.restore_shot(record)
    assert ctx.service(ReviewService).records(project)[0].shot_number == 2


def test_export_txt_docx_pdf_for_sign_off(ctx, project, tmp_path, qapp):
    from docx import Document

    ctx.service(ReviewService).approve(project, "Pak Budi")
    out = tmp_path / "ekspor naskah"
    out.mkdir()
    ex = ctx.service(ScriptExportService)
    txt = ex.export(project, "txt", out / "naskah.txt")
    again = ctx.service(ProjectService).create("Salinan")
    ctx.service(ScriptService).import_file(again, txt)
    assert ctx.service(ScriptService).plain_text(again) == ctx.service(ScriptService).plain_text(
        project
    )

    docx_path = ex.export(project, "docx", out / "naskah.docx")
    doc = Document(str(docx_path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Cara Menghubungi Call Center 112" in text
    assert "Layanan Darurat" in text and "Disetujui" in text and "v1" in text
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "No.",
        "Visual",
        "Narasi",
        "Teks layar",
        "Durasi",
    ]
    assert len(table.rows) == 6 and table.rows[1].cells[2].text.startswith("Pernah bingung")

    pdf = ex.export(project, "pdf", out / "naskah.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2000
    assert sorted(p.name for p in out.iterdir()) == ["naskah.docx", "naskah.pdf", "naskah.txt"]


def test_empty_script_exports_an_empty_table(ctx, tmp_path):
    pid = ctx.service(ProjectService).create("Kosong")
    assert ctx.service(ScriptService).stats(pid).shots == 0
    path = ctx.service(ScriptExportService).export(pid, "docx", tmp_path / "kosong.docx")
    assert path.exists()
    with pytest.raises(KilasError):
        ctx.service(ScriptService).import_text(pid, "  \n\n ")


def test_read_only_folder_gives_a_clear_error(ctx, project, tmp_path, monkeypatch, qapp):
    folder = tmp_path / "hanya baca"
    folder.mkdir()
    ex = ctx.service(ScriptExportService)
    if os.geteuid() != 0:  # root can write anywhere; the monkeypatched case below covers it
        folder.chmod(0o500)
        with pytest.raises(OutputWriteFailed) as err:
            ex.export(project, "pdf", folder / "naskah.pdf")
        assert "tidak bisa ditulisi" in err.value.message("id")
        folder.chmod(0o700)

    import app.media.outputs as outputs

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(outputs.os, "open", refuse)
    for fmt in ("pdf", "docx", "txt"):
        with pytest.raises(OutputWriteFailed) as err:
            ex.export(project, fmt, folder / f"naskah.{fmt}")
        message = err.value.message("en")
        assert "cannot be written to (read-only or no permission)" in message
        assert "Errno" not in message and "PermissionError" not in message
    assert list(folder.iterdir()) == []


def test_undoing_a_replacing_import_re_pins_comments(ctx, project):
    shot = ctx.service(ShotService).list(project)[3]
    ctx.service(ReviewService).comment(project, "Cek ejaan", shot.id, reviewer="Ani")
    svc = ctx.service(ScriptService)
    before = svc.import_text(project, "Satu.\n\nDua.", replace=True)
    assert ctx.service(ReviewService).records(project)[0].shot_number is None
    svc.restore_content(project, before)
    assert ctx.service(ReviewService).records(project)[0].shot_number == 4
