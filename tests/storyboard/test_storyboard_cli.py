"""`storyboard export|animatic|shotlist|add` from the command line."""

from __future__ import annotations

import json

from app.cli import main


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_and_pdf(ctx, project_id, tmp_path, capsys, qapp):
    ws = str(ctx.workspace.root)
    code, out, _ = _run(
        capsys,
        "storyboard",
        "export",
        str(project_id),
        "--format",
        "csv",
        "--out",
        str(tmp_path / "daftar shot.csv"),
        "--workspace",
        ws,
        "--json",
    )
    assert code == 0 and json.loads(out)["cards"] == 3
    assert (tmp_path / "daftar shot.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    code, out, _ = _run(
        capsys,
        "storyboard",
        "export",
        str(project_id),
        "--out",
        str(tmp_path / "papan.pdf"),
        "--workspace",
        ws,
    )
    assert code == 0 and "Tersimpan" in out
    assert (tmp_path / "papan.pdf").read_bytes().startswith(b"%PDF")


def test_unknown_project_and_bad_picture_fail_clearly(ctx, project_id, tmp_path, capsys):
    ws = str(ctx.workspace.root)
    code, _, err = _run(
        capsys,
        "storyboard",
        "export",
        "99",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "x.csv"),
        "--workspace",
        ws,
    )
    assert code == 1 and "Proyek 99 tidak ditemukan" in err
    note = tmp_path / "catatan.txt"
    note.write_text("bukan gambar", encoding="utf-8")
    code, _, err = _run(
        capsys, "storyboard", "add", str(project_id), str(note), "--workspace", ws, "--lang", "en"
    )
    assert code == 1 and "catatan.txt is not a usable picture" in err


def test_shotlist_json_groups_by_location(ctx, project_id, capsys):
    code, out, _ = _run(
        capsys,
        "storyboard",
        "shotlist",
        str(project_id),
        "--workspace",
        str(ctx.workspace.root),
        "--json",
    )
    groups = json.loads(out)
    assert code == 0
    assert [g["location"] for g in groups] == ["Kantor Camat", "Pasar Baru"]
    assert [s["number"] for s in groups[1]["shots"]] == [2, 3]
