"""The foundation CLI as a user runs it: exit codes, JSON, messages in the chosen language."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from app.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_then_projects_json(capsys, workspace_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        "new",
        "--title",
        "Cara Bayar PBB Online",
        "--template",
        "tutorial-layanan-publik",
        "--workspace",
        str(workspace_dir),
    )
    assert code == 0
    new_id = int(out.strip())
    code, out, _ = run(capsys, "projects", "--workspace", str(workspace_dir), "--json")
    rows = json.loads(out)
    assert code == 0
    assert rows == [{**rows[0], "id": new_id, "title": "Cara Bayar PBB Online", "status": "script"}]
    assert rows[0]["estimated_seconds"] > 0


def test_failure_has_clear_message_and_nonzero_exit(capsys, workspace_dir: Path) -> None:
    workspace_dir.mkdir(parents=True)
    (workspace_dir / "kilas.db").write_bytes(b"bukan sqlite")
    code, _, err = run(capsys, "projects", "--workspace", str(workspace_dir))
    assert code == 1
    assert "Galat:" in err and "bukan basis data Kilas" in err
    code, _, err = run(capsys, "projects", "--workspace", str(workspace_dir), "--lang", "en")
    assert code == 1 and "not a Kilas database" in err


def test_new_with_unknown_template_fails(capsys, workspace_dir: Path) -> None:
    code, _, err = run(
        capsys, "new", "--title", "X", "--template", "nope", "--workspace", str(workspace_dir)
    )
    assert code == 1 and "nope" in err


def test_doctor_reports_ffmpeg_filters(capsys, workspace_dir: Path) -> None:
    code, out, _ = run(capsys, "doctor", "--workspace", str(workspace_dir), "--json")
    report = json.loads(out)
    names = {c["name"]: c for c in report["checks"]}
    assert (
        names["ffmpeg"]["ok"] and names["encoder:libx264"]["ok"] and names["filter:loudnorm"]["ok"]
    )
    assert names["filter:subtitles"]["ok"], "libass is needed to burn captions"
    assert names["workspace"]["ok"]
    assert code == (0 if report["ok"] else 1)


def test_python_dash_m_app_runs_the_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0
    for name in ("doctor", "sample", "projects", "new", "screenshot"):
        assert name in proc.stdout


def test_lang_before_the_command_selects_english() -> None:
    from app.main import _is_cli

    assert _is_cli(["--lang", "en", "projects"]) and _is_cli(["--lang=en", "doctor"])
    assert not _is_cli(["--lang", "en"]) and not _is_cli(["--workspace", "/tmp/x"])
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--lang", "en", "new", "--title", ""],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1 and "The project title is empty" in proc.stderr


def test_start_up_does_not_import_torch_or_whisper(tmp_path: Path) -> None:
    code = (
        "import sys, os; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "from PySide6.QtWidgets import QApplication; app=QApplication([]);"
        "from PySide6.QtCore import QSettings;"
        "from app.services.workspaces import open_context; from app.ui.main_window import MainWindow;"
        f"ctx=open_context(__import__('pathlib').Path({str(tmp_path / 'ws')!r}));"
        f"w=MainWindow(ctx, QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat)); w.show();"
        "print(sorted(m for m in ('torch','whisper','faster_whisper','ctranslate2','moviepy') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"
