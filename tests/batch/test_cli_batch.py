"""`kilas batch`: progress, final table, exit codes, and --resume after a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.batch.conftest import FAKE, write_sheet

REPO = Path(__file__).resolve().parents[2]
GOOD = 'Layanan KTP;narasi.m4a;"klip a.mp4;klip b.mp4";Budi Santoso;Kepala Dinas;tiktok;ktp-01;Urus KTP gratis;#ktp;no'


def _kilas(args: list[str], env_extra: dict[str, str] | None = None, **kw) -> subprocess.Popen:
    env = {**os.environ, "KILAS_LANG": "id", **(env_extra or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "app", *args, "--render-fn", FAKE],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def test_batch_renders_good_rows_reports_bad_ones_and_exits_non_zero(
    sheet_dir: Path, tmp_path: Path
) -> None:
    sheet = write_sheet(
        sheet_dir, [GOOD, "Rusak;narasi.m4a;rusak.mp4;;;tiktok;rusak-01;;;no"], encoding="cp1252"
    )
    out = tmp_path / "hasil batch"
    proc = _kilas(["batch", "--csv", str(sheet), "--out", str(out), "--jobs", "2", "--zip"])
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1, stderr
    assert "baris 3" in stdout and "rusak.mp4" in stdout
    table = stdout[stdout.index("Baris") :]
    assert "ktp-01" in table and "selesai" in table and "ditolak" in table
    kit = out / "ktp-01"
    assert sorted(p.name for p in kit.iterdir()) == ["caption.txt", "cover.jpg", "ktp-01.mp4"]
    with zipfile.ZipFile(out / "batch.zip") as zf:
        assert "ktp-01/ktp-01.mp4" in zf.namelist()


def test_kill_the_whole_batch_then_resume_makes_each_output_once(
    sheet_dir: Path, tmp_path: Path
) -> None:
    lines = [GOOD, GOOD.replace("ktp-01", "ktp-02")]
    sheet = write_sheet(sheet_dir, lines)
    out = tmp_path / "out"
    log = out / ".kilas" / "cache" / "fake-renders.log"
    proc = _kilas(
        ["batch", "--csv", str(sheet), "--out", str(out), "--jobs", "2"],
        env_extra={"KILAS_FAKE_MODE": "block"},
    )
    try:
        # Wait (no sleep) until both renders are half-way: their log lines appear.
        for line in proc.stdout:
            if log.exists() and log.read_text().count("start") >= 2:
                break
            if "50%" in line and log.exists() and log.read_text().count("start") >= 2:
                break
        assert log.read_text().count("start") >= 2
        proc.send_signal(signal.SIGKILL)  # the machine "dies": no clean-up runs
        proc.wait(30)
    finally:
        proc.kill()
    assert not (out / "ktp-01" / "ktp-01.mp4").exists()
    resumed = _kilas(["batch", "--resume", "--out", str(out)])
    stdout, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stdout + stderr
    for name in ("ktp-01", "ktp-02"):
        files = sorted(p.name for p in (out / name).iterdir())
        assert files == ["caption.txt", "cover.jpg", f"{name}.mp4"]  # no .part left behind
    done = [line for line in log.read_text().splitlines() if line.startswith("done")]
    assert len(done) == 2  # each output rendered to completion exactly once
