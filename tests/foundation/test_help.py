"""Bantuan: the shortcut list, the getting-started guide, and the problem report."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from app.core.errors import KilasError
from app.services.logs import configure_logging, log_files
from app.services.problem_report import build_problem_report
from app.services.projects import ProjectService
from app.ui.help.dialogs import GuideDialog, ShortcutsDialog
from app.ui.help.shortcuts import ambiguous_shortcuts, collect_shortcuts
from app.ui.main_window import MainWindow
from app.ui.screens import SCREENS


@pytest.fixture
def window(qtbot, ctx, tmp_path: Path):
    ctx.service(ProjectService).create("Cara Lapor 112", template="tutorial-layanan-publik")
    win = MainWindow(ctx, QSettings(str(tmp_path / "kilas.ini"), QSettings.IniFormat))
    qtbot.addWidget(win)
    win.show()
    return win


def test_no_shortcut_is_ambiguous_on_any_screen(window) -> None:
    entries = collect_shortcuts(window, window.all_screens())
    assert {e.screen_key for e in entries} >= {spec.key for spec in SCREENS} - {"render"}
    assert ambiguous_shortcuts(entries) == []


def test_calendar_month_and_week_keys_switch_the_view(window, qtbot) -> None:
    calendar = window.show_screen("calendar")
    calendar.set_mode("month")
    week_keys = calendar.week_action.shortcut().toString()
    assert week_keys not in {f"Ctrl+{i}" for i in range(1, 9)}
    calendar.week_action.trigger()
    assert calendar.week_action.isChecked()


def test_ambiguity_check_catches_a_clash(window) -> None:
    calendar = window.screen("calendar")
    calendar.month_action.setShortcut(QKeySequence("Ctrl+1"))  # the wave-1 clash
    problems = ambiguous_shortcuts(collect_shortcuts(window, window.all_screens()))
    assert [(screen, keys) for screen, keys, _texts in problems] == [("calendar", "Ctrl+1")]


def test_shortcut_list_shows_every_screen_and_filters(window, qtbot) -> None:
    entries = collect_shortcuts(window, window.all_screens())
    dialog = ShortcutsDialog(entries, window)
    qtbot.addWidget(dialog)
    rows = dialog.row_texts()
    assert ("Proyek baru", QKeySequence("Ctrl+N").toString(QKeySequence.NativeText)) in rows
    assert len(rows) == len({(e.screen_key, e.text, e.keys) for e in entries})
    dialog.filter.setText("minggu")
    assert [text for text, _keys in dialog.row_texts()] == ["Minggu"]


def test_guide_shows_on_first_start_until_unticked(window, qtbot) -> None:
    window.show_guide_on_first_start()
    dialog = window.findChild(GuideDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Naskah" in dialog.text.toPlainText()
    dialog.show_again.setChecked(False)
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(GuideDialog) is None)
    window.show_guide_on_first_start()
    assert window.findChild(GuideDialog) is None


def test_problem_report_holds_versions_checks_and_logs_but_no_secrets(ctx, tmp_path) -> None:
    assert configure_logging() is not None
    logging.getLogger("kilas.test").warning("penanda-log-uji")
    for handler in logging.getLogger().handlers:
        handler.flush()
    ctx.set_setting("ffmpeg_path", "")
    target = build_problem_report(ctx, tmp_path / "laporan.zip")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        report = json.loads(archive.read("kilas-report.json"))
        logs = b"".join(archive.read(n) for n in names if n.startswith("logs/"))
    assert report["versions"]["kilas"]
    assert report["versions"]["pyside6"] == "6.11.3"
    assert any(check["name"] == "ffmpeg" and check["ok"] for check in report["doctor"])
    assert report["workspace"]["rows"]["projects"] == 0
    assert b"penanda-log-uji" in logs
    assert [p.name for p in log_files()][0] == "kilas.log"
    assert not [k for k in report["settings"] if "password" in k or "token" in k]


def test_problem_report_never_replaces_a_file_silently(ctx, tmp_path) -> None:
    folder = tmp_path / "unduhan"
    folder.mkdir()
    existing = folder / "laporan.zip"
    existing.write_bytes(b"punya pengguna")
    with pytest.raises(KilasError) as err:
        build_problem_report(ctx, existing)
    assert "tidak ditimpa" in err.value.message("id")
    assert existing.read_bytes() == b"punya pengguna"
    assert [p.name for p in folder.iterdir()] == ["laporan.zip"]


def test_cli_report_problem(workspace_dir, tmp_path) -> None:
    out = tmp_path / "r.zip"
    cmd = [sys.executable, "-m", "app", "--lang", "en", "report-problem"]
    cmd += ["--workspace", str(workspace_dir), "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"Problem report: {out}" in done.stdout
    again = subprocess.run(cmd, capture_output=True, text=True)
    assert again.returncode == 1
    assert "already exists" in again.stdout + again.stderr
