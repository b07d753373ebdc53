"""`script import|export|stats` from the command line."""

import json

from app.cli import main
from app.services.context import AppContext
from app.services.projects import ProjectService
from app.store.workspace import open_workspace


def test_cli_import_stats_export(workspace_dir, tmp_path, capsys):
    ws_handle = open_workspace(workspace_dir)
    pid = AppContext(ws_handle).service(ProjectService).create("Imbauan DBD")
    ws_handle.close()  # the CLI opens it itself (a held workspace opens read-only)
    src = tmp_path / "naskah win.txt"
    src.write_bytes(
        "# Pembuka\r\n## Shot 1 | 3 dtk\r\nTEKS: “3M”\r\nKafé warga harus menguras bak mandi seminggu sekali agar nyamuk tidak berkembang biak.\r\n\r\n## Shot 2\r\nAyo!\r\n".encode(
            "cp1252"
        )
    )
    ws = ["--workspace", str(workspace_dir)]
    assert main(["script", "import", str(pid), str(src), *ws]) == 0
    capsys.readouterr()
    assert main(["script", "stats", str(pid), "--json", *ws]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["shots"] == 2 and data["words"] == 14
    assert data["over_budget_shots"] == [1]
    assert data["estimated_seconds"] == 6.0  # 14 words at 140 wpm
    out = tmp_path / "hasil.docx"
    assert main(["script", "export", str(pid), "--format", "docx", "--out", str(out), *ws]) == 0
    assert out.exists()
    assert (
        main(
            [
                "script",
                "export",
                str(pid),
                "--format",
                "txt",
                "--out",
                str(tmp_path / "no" / "x.txt"),
                *ws,
            ]
        )
        == 1
    )
    assert "tidak ada" in capsys.readouterr().err
    out.write_bytes(b"dokumen milik pengguna")
    before = out.read_bytes()
    args = ["script", "export", str(pid), "--format", "docx", "--out", str(out), *ws]
    assert main(args) == 1  # an existing file is not replaced silently
    assert "tidak ditimpa" in capsys.readouterr().err and out.read_bytes() == before
    assert main([*args, "--overwrite"]) == 0
    assert out.read_bytes().startswith(b"PK")  # replaced by a real .docx when asked
